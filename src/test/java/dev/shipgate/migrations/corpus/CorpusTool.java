package dev.shipgate.migrations.corpus;

import dev.shipgate.cli.Cli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The corpus's own tools, run from {@code bench/migration-corpus.sh} on a machine that has the
 * mirrors under {@code /work/.mirror} (never by {@code mvn verify}):
 *
 * <ul>
 *   <li>{@code extract [ID...]}: writes the shape of each entry ({@link Skeleton}) into the
 *       committed corpus;
 *   <li>{@code full OUT}: writes the original files into OUT and checks every entry's recorded
 *       verdict against them (the full-fidelity run);
 *   <li>{@code every OUT}: writes each corpus repository's whole tree into OUT and lints every one
 *       of its folders in-process, reporting any exit 70 or stack trace.
 * </ul>
 */
public final class CorpusTool {
  private CorpusTool() {}

  public static void main(String[] args) throws IOException {
    Manifest m = Manifest.load();
    String verb = args.length == 0 ? "" : args[0];
    switch (verb) {
      case "extract" -> extract(m, List.of(args).subList(1, args.length));
      case "full" -> System.exit(full(m, Path.of(args[1])) ? 0 : 1);
      case "every" -> System.exit(every(m, Path.of(args[1])) ? 0 : 1);
      default -> {
        System.err.println("usage: CorpusTool extract [ID...] | full OUT | every OUT");
        System.exit(64);
      }
    }
  }

  private static void extract(Manifest m, List<String> ids) throws IOException {
    for (Manifest.Entry e : m.entries()) {
      if (!ids.isEmpty() && !ids.contains(e.id())) {
        continue;
      }
      Path out = Manifest.ROOT.resolve(e.id());
      int n = write(e, out, true);
      System.out.println(e.id() + ": " + n + " files");
    }
  }

  /** Writes an entry's files below {@code out}: their shapes, or the originals. */
  static int write(Manifest.Entry e, Path out, boolean shapes) throws IOException {
    delete(out);
    Files.createDirectories(out);
    int n = 0;
    String prefix = e.path().endsWith("/") ? e.path() : e.path() + "/";
    for (GitTree.File f : GitTree.files(e.mirror(), e.commit(), e.path())) {
      if (f.bytes() == null || !f.path().startsWith(prefix)) {
        continue;
      }
      String rel = f.path().substring(prefix.length());
      Path target = out.resolve(rel);
      Files.createDirectories(target.getParent());
      if (shapes) {
        String shape =
            Skeleton.of(
                target.getFileName().toString(), new String(f.bytes(), StandardCharsets.UTF_8));
        if (shape == null) {
          continue;
        }
        Files.writeString(target, shape);
      } else {
        Files.write(target, f.bytes());
      }
      n++;
    }
    return n;
  }

  private static boolean full(Manifest m, Path out) throws IOException {
    int passed = 0;
    List<String> failures = new ArrayList<>();
    for (Manifest.Entry e : m.entries()) {
      Path dir = out.resolve(e.id());
      write(e, dir, false);
      CorpusLint.Result r = CorpusLint.check(e, dir);
      if (r.passes()) {
        passed++;
      } else {
        failures.add(r.describe());
      }
    }
    failures.forEach(System.out::println);
    System.out.println(
        "full-fidelity: " + passed + " of " + m.entries().size() + " entries get their verdict");
    return failures.isEmpty();
  }

  private static boolean every(Manifest m, Path out) throws IOException {
    Map<String, Manifest.Entry> repos = new LinkedHashMap<>();
    m.entries().forEach(e -> repos.putIfAbsent(e.repo(), e));
    Map<Integer, Integer> exits = new TreeMap<>();
    List<String> bad = new ArrayList<>();
    int folders = 0;
    for (Manifest.Entry e : repos.values()) {
      Path root = out.resolve(e.repo().replace('/', '+'));
      if (!Files.isDirectory(root)) {
        Manifest.Entry whole =
            new Manifest.Entry(
                e.id(),
                e.repo(),
                e.commit(),
                ".",
                e.licence(),
                e.layout(),
                List.of(),
                Map.of(),
                null);
        writeWhole(whole, root);
      }
      List<Path> dirs;
      try (Stream<Path> s = Files.walk(root)) {
        dirs = s.filter(Files::isDirectory).toList();
      }
      for (Path d : dirs) {
        folders++;
        for (String format : new String[] {"text", "json"}) {
          StringWriter o = new StringWriter();
          StringWriter err = new StringWriter();
          int code =
              Cli.run(
                  new PrintWriter(o),
                  new PrintWriter(err),
                  Map.of(),
                  "lint",
                  "migrations",
                  d.toString(),
                  "--format",
                  format);
          exits.merge(code, 1, Integer::sum);
          String all = o + "\n" + err;
          if (code == 70 || all.contains("Exception") && all.contains("\tat ")) {
            bad.add(d + " (" + format + "): exit " + code + ": " + err.toString().strip());
          }
        }
      }
    }
    bad.forEach(System.out::println);
    System.out.println(
        "every folder: "
            + folders
            + " folders of "
            + repos.size()
            + " repositories, exit codes "
            + exits
            + ", "
            + bad.size()
            + " crashes");
    return bad.isEmpty();
  }

  private static void writeWhole(Manifest.Entry e, Path root) throws IOException {
    Files.createDirectories(root);
    for (GitTree.File f : GitTree.files(e.mirror(), e.commit(), ".")) {
      if (f.bytes() == null) {
        continue;
      }
      Path target = root.resolve(f.path());
      Files.createDirectories(target.getParent());
      Files.write(target, f.bytes());
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
