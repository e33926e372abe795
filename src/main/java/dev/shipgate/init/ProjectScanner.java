package dev.shipgate.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipgate.config.MigrationLayout;
import dev.shipgate.migrations.Layout;
import dev.shipgate.migrations.scan.LayoutDetector;
import dev.shipgate.migrations.scan.Layouts;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Looks at a project for {@code shipgate init}: Prisma ({@code prisma/migrations}), Alembic ({@code
 * alembic.ini} and its {@code versions/}), Flyway ({@code db/migration}, also under {@code
 * src/main/resources}), other numbered SQL folders, GitHub workflows, GitLab CI, and the stack
 * manifests. Searches eight levels deep, skipping dependency, build, test and seed folders.
 */
public final class ProjectScanner {
  private static final int DEPTH = 8;
  private static final Set<String> SKIP =
      Set.of(
          ".git",
          "node_modules",
          "vendor",
          "target",
          "build",
          "dist",
          "out",
          ".venv",
          "venv",
          "env",
          "__pycache__",
          ".tox",
          ".next",
          ".nuxt",
          ".gradle",
          ".idea",
          "coverage",
          ".cache",
          "site-packages",
          "bower_components",
          ".terraform");

  /** Folders whose SQL files are seeds, fixtures or test data, not the schema's history. */
  private static final Set<String> TEST_SEGMENTS =
      Set.of(
          "test",
          "tests",
          "__tests__",
          "spec",
          "specs",
          "testdata",
          "fixtures",
          "fixture",
          "seeds",
          "seed",
          "e2e");

  private static final Pattern SQL_MIGRATION =
      Pattern.compile("(?i)^(\\d+[a-z]?[_.-].*|V\\d+.*__.*|R__.*)\\.sql$");
  private static final Pattern SCRIPT_LOCATION =
      Pattern.compile("(?m)^\\s*script_location\\s*=\\s*(\\S+)\\s*$");

  private ProjectScanner() {}

  public static Project scan(Path root) {
    Path base = root.toAbsolutePath().normalize();
    List<Path> dirs = directories(base);
    List<MigrationCandidate> found = new ArrayList<>();
    Set<Path> claimed = new HashSet<>();
    for (Path dir : dirs) {
      prisma(base, dir, found, claimed);
      alembic(base, dir, found, claimed);
    }
    for (Path dir : dirs) {
      if (!claimed.contains(dir) && !insideClaimed(dir, claimed)) {
        sql(base, dir, found, claimed);
      }
    }
    found.sort(
        Comparator.comparingInt((MigrationCandidate c) -> rank(c.layout()))
            .thenComparing(c -> -c.files())
            .thenComparingInt(c -> c.dir().split("/").length)
            .thenComparing(MigrationCandidate::dir));
    MigrationCandidate primary = found.isEmpty() ? null : found.get(0);
    return new Project(
        base,
        name(base),
        found,
        workflows(base),
        Files.isRegularFile(base.resolve(".gitlab-ci.yml")),
        stacks(base),
        Installs.node(base, primary),
        Installs.python(base, primary));
  }

  private static int rank(MigrationLayout layout) {
    return switch (layout) {
      case PRISMA -> 0;
      case ALEMBIC -> 1;
      case FLYWAY -> 2;
      default -> 3;
    };
  }

  private static void prisma(Path base, Path dir, List<MigrationCandidate> out, Set<Path> claimed) {
    Path parent = dir.getParent();
    if (!dir.getFileName().toString().equals("migrations")
        || parent == null
        || !parent.getFileName().toString().equals("prisma")) {
      return;
    }
    int count =
        (int)
            children(dir).stream()
                .filter(p -> Files.isRegularFile(p.resolve("migration.sql")))
                .count();
    String schema = rel(base, parent.resolve("schema.prisma"));
    String command = "npx prisma migrate deploy";
    if (!parent.equals(base.resolve("prisma"))
        && Files.isRegularFile(parent.resolve("schema.prisma"))) {
      command += " --schema " + schema;
    }
    out.add(new MigrationCandidate(rel(base, dir), MigrationLayout.PRISMA, count, command));
    claimed.add(dir);
  }

  private static void alembic(
      Path base, Path dir, List<MigrationCandidate> out, Set<Path> claimed) {
    Path ini = dir.resolve("alembic.ini");
    Path scripts = null;
    if (Files.isRegularFile(ini)) {
      String location = scriptLocation(ini);
      scripts = dir.resolve(location.replace("%(here)s/", "").replace("%(here)s", ".")).normalize();
    } else if (Files.isDirectory(dir.resolve("versions"))
        && Files.isRegularFile(dir.resolve("env.py"))) {
      scripts = dir;
    }
    if (scripts == null
        || !Files.isDirectory(scripts.resolve("versions"))
        || claimed.contains(scripts)) {
      return;
    }
    int count =
        (int)
            children(scripts.resolve("versions")).stream()
                .filter(
                    p ->
                        p.getFileName().toString().endsWith(".py")
                            && !p.getFileName().toString().equals("__init__.py"))
                .count();
    Path iniFile = Files.isRegularFile(ini) ? ini : findIni(base, scripts);
    String command = "alembic upgrade head";
    if (iniFile != null && !iniFile.getParent().equals(base)) {
      command = "alembic -c " + rel(base, iniFile) + " upgrade head";
    }
    out.add(new MigrationCandidate(rel(base, scripts), MigrationLayout.ALEMBIC, count, command));
    claimed.add(scripts);
    claimed.add(scripts.resolve("versions"));
  }

  private static Path findIni(Path base, Path scripts) {
    for (Path p = scripts; p != null && p.startsWith(base); p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("alembic.ini"))) {
        return p.resolve("alembic.ini");
      }
    }
    return null;
  }

  private static String scriptLocation(Path ini) {
    try {
      Matcher m = SCRIPT_LOCATION.matcher(Files.readString(ini));
      return m.find() ? m.group(1) : "alembic";
    } catch (IOException e) {
      return "alembic";
    }
  }

  private static void sql(Path base, Path dir, List<MigrationCandidate> out, Set<Path> claimed) {
    boolean flywayDir = dir.endsWith(Path.of("db", "migration"));
    int count =
        (int)
            children(dir).stream()
                .filter(Files::isRegularFile)
                .filter(p -> SQL_MIGRATION.matcher(p.getFileName().toString()).matches())
                .count();
    if (!flywayDir && count == 0) {
      return;
    }
    MigrationLayout layout =
        flywayDir && count == 0 ? MigrationLayout.FLYWAY : LayoutDetector.detect(dir).layout();
    if (layout == MigrationLayout.PRISMA || layout == MigrationLayout.ALEMBIC) {
      return;
    }
    Layout def = Layouts.of(layout);
    String command =
        layout == MigrationLayout.FLYWAY
            ? flywayCommand(base, dir)
            : def.builtinRunner() ? null : def.tool().orElse(null);
    out.add(new MigrationCandidate(rel(base, dir), layout, count, command));
    claimed.add(dir);
  }

  /** How the team runs Flyway: its Maven or Gradle plugin when configured, else the Flyway CLI. */
  private static String flywayCommand(Path base, Path dir) {
    if (contains(base.resolve("pom.xml"), "flyway-maven-plugin")) {
      return (Files.exists(base.resolve("mvnw")) ? "./mvnw" : "mvn") + " -B flyway:migrate";
    }
    for (String gradle : List.of("build.gradle", "build.gradle.kts")) {
      if (contains(base.resolve(gradle), "org.flywaydb.flyway")) {
        return (Files.exists(base.resolve("gradlew")) ? "./gradlew" : "gradle") + " flywayMigrate";
      }
    }
    return "flyway -locations=filesystem:" + rel(base, dir) + " migrate";
  }

  private static boolean contains(Path file, String text) {
    try {
      return Files.isRegularFile(file) && Files.readString(file).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  private static List<String> workflows(Path base) {
    Path dir = base.resolve(".github/workflows");
    return children(dir).stream()
        .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml$"))
        .map(p -> rel(base, p))
        .sorted()
        .toList();
  }

  private static Set<Stack> stacks(Path base) {
    Set<Stack> out = EnumSet.noneOf(Stack.class);
    if (Files.isRegularFile(base.resolve("package.json"))) {
      out.add(Stack.NODE);
    }
    boolean requirements =
        children(base).stream()
            .anyMatch(p -> p.getFileName().toString().matches("requirements.*\\.txt"));
    if (requirements || Files.isRegularFile(base.resolve("pyproject.toml"))) {
      out.add(Stack.PYTHON);
    }
    if (Files.isRegularFile(base.resolve("pom.xml"))) {
      out.add(Stack.MAVEN);
    }
    if (Files.isRegularFile(base.resolve("build.gradle"))
        || Files.isRegularFile(base.resolve("build.gradle.kts"))) {
      out.add(Stack.GRADLE);
    }
    return out;
  }

  /** The project's name: package.json "name", else pyproject's, else the folder's. */
  private static String name(Path base) {
    try {
      Path pkg = base.resolve("package.json");
      if (Files.isRegularFile(pkg)) {
        JsonNode n = new ObjectMapper().readTree(pkg.toFile()).path("name");
        if (n.isTextual() && !n.asText().isBlank()) {
          String name = n.asText();
          return name.contains("/") ? name.substring(name.indexOf('/') + 1) : name;
        }
      }
      Path py = base.resolve("pyproject.toml");
      if (Files.isRegularFile(py)) {
        Matcher m =
            Pattern.compile("(?m)^name\\s*=\\s*[\"']([^\"']+)[\"']").matcher(Files.readString(py));
        if (m.find()) {
          return m.group(1);
        }
      }
    } catch (IOException | RuntimeException e) {
      // an unreadable manifest only means the folder name is used
    }
    Path fileName = base.getFileName();
    return fileName == null ? "app" : fileName.toString();
  }

  private static List<Path> directories(Path base) {
    List<Path> out = new ArrayList<>();
    try {
      Files.walkFileTree(
          base,
          EnumSet.noneOf(FileVisitOption.class),
          DEPTH,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(base)) {
                String name = dir.getFileName().toString();
                if (SKIP.contains(name) || TEST_SEGMENTS.contains(name.toLowerCase(Locale.ROOT))) {
                  return FileVisitResult.SKIP_SUBTREE;
                }
                out.add(dir);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      return out;
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  private static boolean insideClaimed(Path dir, Set<Path> claimed) {
    return claimed.stream().anyMatch(c -> dir.startsWith(c) && !dir.equals(c));
  }

  private static List<Path> children(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  static String rel(Path base, Path p) {
    String s = base.relativize(p.toAbsolutePath().normalize()).toString();
    return s.replace('\\', '/');
  }
}
