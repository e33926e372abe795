package dev.shipgate.init;

import static dev.shipgate.testing.CliRun.shipgate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipgate.config.ApplyMode;
import dev.shipgate.config.ConfigLoader;
import dev.shipgate.config.MigrationLayout;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.ErrorClass;
import dev.shipgate.core.ShipgateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InitTest {
  @TempDir Path project;

  static Stream<Arguments> layouts() {
    return Stream.of(
        layout(
            "Prisma at the root",
            Fixtures::prismaAtRoot,
            "prisma/migrations",
            MigrationLayout.PRISMA,
            "npx prisma migrate deploy"),
        layout(
            "Prisma under server/",
            Fixtures::prismaInServer,
            "server/prisma/migrations",
            MigrationLayout.PRISMA,
            "npx prisma migrate deploy --schema server/prisma/schema.prisma"),
        layout(
            "Alembic at the root",
            Fixtures::alembicAtRoot,
            "migrations",
            MigrationLayout.ALEMBIC,
            "alembic upgrade head"),
        layout(
            "Alembic under backend/",
            Fixtures::alembicInBackend,
            "backend/alembic",
            MigrationLayout.ALEMBIC,
            "alembic -c backend/alembic.ini upgrade head"),
        layout(
            "Flyway with the Maven plugin",
            Fixtures::flywayMaven,
            "src/main/resources/db/migration",
            MigrationLayout.FLYWAY,
            "./mvnw -B flyway:migrate"),
        layout(
            "Flyway with the Gradle plugin",
            Fixtures::flywayGradle,
            "db/migration",
            MigrationLayout.FLYWAY,
            "gradle flywayMigrate"),
        layout(
            "Flyway CLI",
            Fixtures::flywayCli,
            "db/migration",
            MigrationLayout.FLYWAY,
            "flyway -locations=filesystem:db/migration migrate"),
        layout("numbered SQL", Fixtures::numbered, "db/migrations", MigrationLayout.NUMBERED, null),
        layout("up/down SQL", Fixtures::upDown, "sql", MigrationLayout.UPDOWN, null));
  }

  private static Arguments layout(
      String name, Consumer<Path> fixture, String dir, MigrationLayout layout, String command) {
    return Arguments.of(name, fixture, dir, layout, command);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void writesAConfigThatLoadsAndLintsCleanly(
      String name, Consumer<Path> fixture, String dir, MigrationLayout layout, String command) {
    fixture.accept(project);
    Init.Result r = Init.run(project, project.resolve("shipgate.yaml"), false);

    ShipgateConfig config = new ConfigLoader(Map.<String, String>of()::get).load(r.written());
    assertThat(config.migrations().dir())
        .isEqualTo(project.resolve(dir).toAbsolutePath().normalize());
    assertThat(config.migrations().layout()).isEqualTo(layout);
    assertThat(config.migrations().apply())
        .isEqualTo(command == null ? ApplyMode.BUILTIN : ApplyMode.COMMAND);
    assertThat(config.migrations().command()).isEqualTo(command);
    assertThat(config.env().required()).containsExactly("DATABASE_URL");

    shipgate("-c", r.written().toString(), "lint").exits(0).outContains("OK: no problems");
  }

  @Test
  void workflowsOnlyProjectLintsItsCi() {
    Fixtures.workflowsOnly(project);
    Init.Result r = Init.run(project, project.resolve("shipgate.yaml"), false);
    assertThat(r.config())
        .contains("# migrations:", "CI: 1 GitHub Actions workflow", "project: widget");
    assertThat(new ConfigLoader(Map.<String, String>of()::get).load(r.written()).migrations().dir())
        .isNull();
    shipgate("-c", r.written().toString(), "lint")
        .exits(0)
        .outContains("ci.yml (GitHub Actions workflow, 1 job)");
  }

  @Test
  void emptyProjectStillGetsALoadableConfig() throws IOException {
    Files.createDirectories(project.resolve(".git"));
    Init.Result r = Init.run(project, project.resolve("shipgate.yaml"), false);
    assertThat(r.project().migrations()).isEmpty();
    new ConfigLoader(Map.<String, String>of()::get).load(r.written());
    shipgate("-c", r.written().toString(), "lint")
        .exits(78)
        .oneLineError()
        .errContains("no migrations.dir");
  }

  @Test
  void secondaryMigrationFoldersAreNamedInAComment() {
    Fixtures.prismaAtRoot(project);
    Fixtures.numbered(project);
    Init.Result r = Init.run(project, project.resolve("shipgate.yaml"), false);
    assertThat(r.project().primary().layout()).isEqualTo(MigrationLayout.PRISMA);
    assertThat(r.config())
        .contains("#        also numbered SQL migrations in db/migrations (3 migrations)");
  }

  @Test
  void seedAndTestFoldersAreNotMigrations() {
    Fixtures.flywayMaven(project);
    Fixtures.write(project, "test/fixtures/001_data.sql", "select 1;\n");
    assertThat(ProjectScanner.scan(project).migrations())
        .extracting(MigrationCandidate::dir)
        .containsExactly("src/main/resources/db/migration");
  }

  @Test
  void refusesToOverwriteAndLeavesTheFileAlone() throws IOException {
    Path existing = Fixtures.write(project, "shipgate.yaml", "version: 1\nproject: mine\n");
    assertThatThrownBy(() -> Init.run(project, existing, false))
        .isInstanceOf(ShipgateException.class)
        .hasMessageContaining("already exists")
        .hasMessageContaining("--force")
        .satisfies(
            e ->
                assertThat(((ShipgateException) e).code().errorClass())
                    .isEqualTo(ErrorClass.USAGE));
    assertThat(Files.readString(existing)).isEqualTo("version: 1\nproject: mine\n");
    Init.run(project, existing, true);
    assertThat(Files.readString(existing)).contains("written by `shipgate init`");
  }

  @Test
  void theSuggestedGithubJobPassesTheCiLint() throws IOException {
    Fixtures.prismaAtRoot(project);
    Fixtures.alembicInBackend(project);
    Init.Result r = Init.run(project, project.resolve("shipgate.yaml"), false);
    String job = NextSteps.githubJob(r.project());
    Fixtures.write(project, ".github/workflows/shipgate.yml", job);
    shipgate("lint", "ci", project.toString()).exits(0).outContains("OK: no problems in 1 file");
    assertThat(job).contains("postgres:16", "shipgate lint", "shipgate sentry", "run: npm install");
    assertThat(job).doesNotContain("setup-python");
  }

  @Test
  void ciJobInstallsWhatTheMigratorNeeds() {
    Fixtures.alembicInBackend(project);
    Fixtures.write(project, "frontend/package.json", "{}");
    Project p = ProjectScanner.scan(project);
    assertThat(p.pythonInstall()).isEqualTo("pip install ./backend/");
    assertThat(p.nodeInstall()).isNull();
    assertThat(NextSteps.githubJob(p)).contains("run: pip install ./backend/");

    Path other = project.resolve("other");
    Fixtures.prismaInServer(other);
    Fixtures.write(other, "server/package-lock.json", "{}");
    assertThat(ProjectScanner.scan(other).nodeInstall()).isEqualTo("cd server && npm ci");
  }

  @Test
  void nextStepsNameEveryPreDeployHook() {
    Fixtures.numbered(project);
    String steps = Init.run(project, project.resolve("shipgate.yaml"), false).nextSteps();
    assertThat(steps)
        .contains(
            "preDeployCommand: shipgate sentry",
            "release: shipgate sentry",
            "release_command = \"shipgate sentry\"",
            "initContainers:",
            "command: [\"shipgate\", \"sentry\"]");
  }

  @Test
  void projectNameThatYamlWouldMisreadIsQuoted() {
    Fixtures.write(project, "package.json", "{\"name\": \"yes\"}\n");
    Init.Result r = Init.run(project, project.resolve("shipgate.yaml"), false);
    assertThat(r.config()).contains("project: \"yes\"");
    assertThat(new ConfigLoader(Map.<String, String>of()::get).load(r.written()).project())
        .isEqualTo("yes");
  }
}
