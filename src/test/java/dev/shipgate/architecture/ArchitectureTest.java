package dev.shipgate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape docs/architecture.md promises, as tests: cli → workflow → features → domain →
 * infrastructure, no feature importing another, every package documented, no printing below the
 * CLI.
 */
class ArchitectureTest {
  private static final String[] FEATURES = {
    "dev.shipgate.ci..",
    "dev.shipgate.hook..",
    "dev.shipgate.init..",
    "dev.shipgate.migrate..",
    "dev.shipgate.status..",
    "dev.shipgate.schema..",
    "dev.shipgate.probe..",
    "dev.shipgate.incidents..",
    "dev.shipgate.recovery..",
    "dev.shipgate.monitor..",
    "dev.shipgate.deploy.."
  };

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.shipgate");
  }

  @Test
  void layersOnlyReachDownwards() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("Entry")
        .definedBy("dev.shipgate")
        .layer("Cli")
        .definedBy("dev.shipgate.cli..", "dev.shipgate.server..")
        .layer("Workflow")
        .definedBy("dev.shipgate.workflow..")
        .layer("Features")
        .definedBy(FEATURES)
        .layer("Domain")
        .definedBy(
            "dev.shipgate.lint..",
            "dev.shipgate.migrations..",
            "dev.shipgate.history..",
            "dev.shipgate.store..")
        .layer("Infrastructure")
        .definedBy(
            "dev.shipgate.db..",
            "dev.shipgate.config..",
            "dev.shipgate.core..",
            "dev.shipgate.process..",
            "dev.shipgate.logs..")
        .whereLayer("Cli")
        .mayOnlyBeAccessedByLayers("Entry")
        .whereLayer("Workflow")
        .mayOnlyBeAccessedByLayers("Cli")
        .whereLayer("Features")
        .mayOnlyBeAccessedByLayers("Cli", "Workflow")
        .whereLayer("Domain")
        .mayOnlyBeAccessedByLayers("Cli", "Workflow", "Features")
        .whereLayer("Infrastructure")
        .mayOnlyBeAccessedByLayers("Cli", "Workflow", "Features", "Domain")
        .withOptionalLayers(true)
        .check(classes);
  }

  @Test
  void featuresDoNotImportEachOther() {
    slices()
        .matching(
            "dev.shipgate.(ci|hook|init|migrate|status|schema|probe|incidents|recovery|monitor|deploy)..")
        .should()
        .notDependOnEachOther()
        .check(classes);
  }

  @Test
  void onlyTheCliWritesToTheTerminal() {
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.shipgate.cli..")
        .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
        .because("user-facing text goes through the output boundary in cli")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackages("dev.shipgate.cli..")
        .and()
        .doNotHaveFullyQualifiedName("dev.shipgate.core.Json")
        .should()
        .dependOnClassesThat()
        .areAssignableTo(PrintWriter.class)
        .because("services return results; renderers in cli print them")
        .check(classes);
  }

  @Test
  void concurrentWorkRunsOnPlatformThreadsFromCoreThreads() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("dev.shipgate.core.Threads")
        .should()
        .callMethod(Executors.class, "newVirtualThreadPerTaskExecutor")
        .orShould()
        .callMethod(Thread.class, "ofVirtual")
        .orShould()
        .callMethod(Thread.class, "startVirtualThread", Runnable.class)
        .because(
            "class loading on virtual threads deadlocked a starting serve; core.Threads says why")
        .check(classes);
  }

  @Test
  void everyPackageSaysWhatItOwnsInAPackageInfo() throws IOException {
    Path root = Path.of("src/main/java/dev/shipgate");
    List<Path> missing;
    try (Stream<Path> dirs = Files.walk(root)) {
      missing =
          dirs.filter(Files::isDirectory)
              .filter(d -> hasJava(d))
              .filter(d -> !Files.exists(d.resolve("package-info.java")))
              .toList();
    }
    assertThat(missing).as("packages without package-info.java").isEmpty();
  }

  private static boolean hasJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
