package dev.shipgate.ci.realworld;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The full-fidelity check: the manifest's expectations run against the original CI files at their
 * pinned commits, read from the fetched mirrors. Prints, per file, where the findings on the
 * original differ from the manifest (and from the shape), then the precision and recall measured on
 * the originals with the same faults injected. Not part of {@code ./mvnw verify} (which has no
 * mirrors): run {@code bench/ci-lint-realworld.sh}. Exit 1 when any expectation fails.
 *
 * <p>Usage: {@code FidelityCheck MIRROR_DIR [--survey]}; with {@code --survey} it prints every
 * finding on the originals instead (for a person writing the manifest).
 */
public final class FidelityCheck {
  private FidelityCheck() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path mirror = Path.of(args[0]);
    boolean survey = args.length > 1 && args[1].equals("--survey");
    Manifest manifest = Manifest.load(Manifest.FILE);
    Path scratch = Files.createTempDirectory("ci-realworld-");
    Measure measure = new Measure();
    List<String> problems = new ArrayList<>();
    int files = 0;
    int repos = 0;
    for (Manifest.Repo repo : manifest.repos()) {
      Path originals = scratch.resolve("originals").resolve(repo.dir());
      if (!Files.isDirectory(mirror.resolve(repo.dir()).resolve("repo"))) {
        problems.add(repo.repo() + ": not in the mirror, skipped");
        continue;
      }
      RealWorldCorpus.materialise(mirror, repo, originals);
      repos++;
      Map<String, Set<String>> onOriginal = RealWorldCorpus.lint(originals, repo);
      Map<String, Set<String>> onShape =
          RealWorldCorpus.lint(Manifest.ROOT.resolve(repo.dir()), repo);
      for (Manifest.Entry e : repo.files()) {
        files++;
        Set<String> o = onOriginal.getOrDefault(e.path(), Set.of());
        Set<String> s = onShape.getOrDefault(e.path(), Set.of());
        if (survey) {
          o.forEach(f -> System.out.println(repo.repo() + "\t" + e.path() + "\t" + f));
          if (!o.equals(s)) {
            System.out.println(repo.repo() + "\t" + e.path() + "\tSHAPE DIFFERS " + s);
          }
          continue;
        }
        if (!o.equals(Set.copyOf(e.findings()))) {
          problems.add(
              repo.repo() + ":" + e.path() + ": original " + o + ", manifest " + e.findings());
        }
        if (!o.equals(s)) {
          problems.add(repo.repo() + ":" + e.path() + ": original " + o + ", shape " + s);
        }
      }
      if (!survey) {
        measure.repository(originals, repo, scratch.resolve("faults"));
      }
    }
    Measure.delete(scratch);
    if (survey) {
      return;
    }
    problems.forEach(System.out::println);
    measure.notes.forEach(n -> System.out.println("  " + n));
    System.out.printf(
        "original files: %d repositories, %d CI files; %d expectation mismatches%n",
        repos, files, problems.size());
    System.out.println("on the originals: " + measure.summary());
    System.exit(problems.isEmpty() ? 0 : 1);
  }
}
