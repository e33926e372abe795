package dev.shipgate.ci.realworld;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Precision and recall of {@code lint ci} against a person's verdicts, on real files: every finding
 * is compared with the {@code truth} of its file (a finding at a line and rule the truth calls
 * silenced, with that severity, is a true positive; any other finding is a false one), every
 * silenced site not reported is a miss, and every injected fault is one more labelled site (a fault
 * that must be flagged is a hit or a miss; anything reported on a fault's lines that it does not
 * expect is false). The manifest's {@code findings} (today's output) play no part.
 */
final class Measure {
  int truePositives;
  int falseErrors;
  int falseWarnings;
  int misses;
  int faults;
  int faultsCaught;
  int silentFaults;
  int silentFaultsKept;
  final List<String> notes = new ArrayList<>();

  double precision() {
    int reported = truePositives + falseErrors + falseWarnings;
    return reported == 0 ? 1.0 : (double) truePositives / reported;
  }

  double recall() {
    int relevant = truePositives + misses;
    return relevant == 0 ? 1.0 : (double) truePositives / relevant;
  }

  /** Measures one repository whose files (shapes or originals) are in {@code root}. */
  void repository(Path root, Manifest.Repo repo, Path scratch) {
    Map<String, Set<String>> actual = RealWorldCorpus.lint(root, repo);
    for (Manifest.Entry e : repo.files()) {
      natural(repo.repo() + ":" + e.path(), actual.getOrDefault(e.path(), Set.of()), truth(e));
    }
    int n = 0;
    for (Manifest.Entry e : repo.files()) {
      for (Fault f : Fault.parse(e.faults())) {
        fault(root, repo, e, f, scratch.resolve(repo.dir() + "-" + n++));
      }
    }
  }

  /** Silenced sites of a file's truth, as {@code "LINE RULE SEVERITY"}. */
  static Set<String> truth(Manifest.Entry e) {
    Set<String> out = new TreeSet<>();
    for (String t : e.truth()) {
      String[] p = t.split(" -- ", 2)[0].strip().split("\\s+");
      if (p.length >= 4 && p[1].equals("silenced")) {
        out.add(p[0] + " " + p[2] + " " + p[3]);
      }
    }
    return out;
  }

  private void natural(String where, Set<String> reported, Set<String> silenced) {
    for (String f : reported) {
      if (silenced.contains(f)) {
        truePositives++;
      } else {
        count(f, where + ": false " + f);
      }
    }
    for (String s : silenced) {
      if (!reported.contains(s)) {
        misses++;
        notes.add(where + ": missed " + s);
      }
    }
  }

  private void count(String finding, String note) {
    if (finding.endsWith(" error")) {
      falseErrors++;
    } else {
      falseWarnings++;
    }
    notes.add(note);
  }

  private void fault(Path root, Manifest.Repo repo, Manifest.Entry e, Fault f, Path copy) {
    RealWorldCorpus.copy(root, copy);
    Path file = copy.resolve(e.path());
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      Files.write(file, f.apply(lines), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    Set<String> reported = RealWorldCorpus.lint(copy, repo).getOrDefault(e.path(), Set.of());
    String where = repo.repo() + ":" + e.path() + " fault " + f.kind().id + " " + f.line();
    String expected = f.expected();
    if (expected == null) {
      silentFaults++;
    } else {
      faults++;
    }
    boolean caught = false;
    for (String r : reported) {
      int line = Integer.parseInt(r.split(" ", 2)[0]);
      if (r.equals(expected)) {
        caught = true;
        truePositives++;
      } else if (f.lines().contains(line)) {
        count(r, where + ": false " + r);
      }
    }
    if (expected != null && !caught) {
      misses++;
      notes.add(where + ": missed " + expected);
    } else if (expected != null) {
      faultsCaught++;
    } else if (reported.stream()
        .noneMatch(r -> f.lines().contains(Integer.parseInt(r.split(" ")[0])))) {
      silentFaultsKept++;
    }
    delete(copy);
  }

  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String summary() {
    return String.format(
        "%d true findings, %d false errors, %d false warnings, %d misses; faults: %d of %d flagged,"
            + " %d of %d harmless changes kept silent; precision %.3f, recall %.3f",
        truePositives,
        falseErrors,
        falseWarnings,
        misses,
        faultsCaught,
        faults,
        silentFaultsKept,
        silentFaults,
        precision(),
        recall());
  }
}
