package dev.shipgate.ci.realworld;

import dev.shipgate.ci.yaml.YamlFile;
import dev.shipgate.ci.yaml.YamlProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the real-world CI corpus from fetched repositories: for each repository named in {@code
 * repos.txt} (one {@code owner/name ecosystem} a line), reads its CI files at the mirror's HEAD
 * with git, writes their shapes ({@link ShapeWriter}) under {@code ci-realworld/owner+name/} and
 * adds them to the manifest, keeping every finding, verdict and fault already recorded for a path.
 * SQL folders that scripts loop over are reproduced as empty files with the same names. Not part of
 * the build: run it through {@code bench/ci-lint-realworld.sh extract}.
 *
 * <p>Usage: {@code CorpusExtractor MIRROR_DIR REPOS_FILE}
 */
public final class CorpusExtractor {
  private static final Pattern CI_FILE =
      Pattern.compile(
          "(\\.github/workflows/[^/]+\\.ya?ml|(.*/)?\\.github/actions/.*/action\\.ya?ml|action\\.ya?ml"
              + "|(.*/)?\\.gitlab-ci\\.ya?ml|\\.gitlab/.*\\.ya?ml)");
  private static final Pattern SQL_DIR =
      Pattern.compile("(?:^|[\\s'\"(=])(?:\\./)?((?:[\\w.@-]+/)+)[\\w\\[\\]*?.{},-]*\\.sql\\b");
  private static final Pattern FIND_DIR =
      Pattern.compile("\\bfind\\s+['\"]?(?:\\./)?([\\w./@-]+?)/?['\"]?\\s");
  private static final Pattern WORKDIR = Pattern.compile("working-directory:\\s*['\"]?([\\w./-]+)");

  private CorpusExtractor() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Path mirror = Path.of(args[0]);
    List<String[]> wanted = new ArrayList<>();
    for (String l : Files.readAllLines(Path.of(args[1]))) {
      if (!l.isBlank() && !l.startsWith("#")) {
        wanted.add(l.strip().split("\\s+"));
      }
    }
    Manifest old =
        Files.exists(Manifest.FILE) ? Manifest.load(Manifest.FILE) : new Manifest(List.of());
    Map<String, Manifest.Repo> previous = old.byName();
    List<Manifest.Repo> repos = new ArrayList<>();
    for (String[] w : wanted) {
      Manifest.Repo r = extract(mirror, w[0], w.length > 1 ? w[1] : "other", previous.get(w[0]));
      if (r != null) {
        repos.add(r);
      }
    }
    String header = Files.exists(Manifest.FILE) ? header(Files.readString(Manifest.FILE)) : "";
    Files.writeString(Manifest.FILE, new Manifest(repos).render(header), StandardCharsets.UTF_8);
  }

  private static String header(String text) {
    StringBuilder sb = new StringBuilder();
    for (String l : text.split("\n")) {
      if (!l.startsWith("#")) {
        break;
      }
      sb.append(l).append('\n');
    }
    return sb.toString();
  }

  private static Manifest.Repo extract(
      Path mirror, String repo, String ecosystem, Manifest.Repo previous)
      throws IOException, InterruptedException {
    Path git = mirror.resolve(repo.replace('/', '+')).resolve("repo");
    if (!Files.isDirectory(git)) {
      System.err.println("skipped " + repo + ": not fetched");
      return null;
    }
    String commit = Git.run(git, "rev-parse", "HEAD").strip();
    List<String> tree = List.of(Git.run(git, "ls-tree", "-r", "--name-only", commit).split("\n"));
    Path out = Manifest.ROOT.resolve(repo.replace('/', '+'));
    Map<String, Manifest.Entry> kept = new LinkedHashMap<>();
    if (previous != null) {
      previous.files().forEach(e -> kept.put(e.path(), e));
    }
    List<Manifest.Entry> entries = new ArrayList<>();
    Set<String> sqlDirs = new TreeSet<>();
    for (String path : tree) {
      if (!CI_FILE.matcher(path).matches()
          || path.contains("node_modules/")
          || path.matches("(.*/)?(tests?|testdata|fixtures?)/.*")) {
        continue;
      }
      String text = Git.run(git, "show", commit + ":" + path);
      String shape;
      try {
        YamlFile y = YamlFile.parse(Path.of(path), text);
        boolean gitlab = path.endsWith(".gitlab-ci.yml") || path.startsWith(".gitlab/");
        shape = ShapeWriter.write(y.lines(), y.documents(), gitlab);
        YamlFile.parse(Path.of(path), shape);
      } catch (YamlProblem | IllegalStateException e) {
        System.err.println("skipped " + repo + ":" + path + ": " + e.getMessage());
        continue;
      }
      Path target = out.resolve(path);
      Files.createDirectories(target.getParent());
      Files.writeString(target, shape, StandardCharsets.UTF_8);
      sqlDirs.addAll(sqlDirs(text, tree));
      Manifest.Entry e = kept.get(path);
      entries.add(e != null ? e : new Manifest.Entry(path, List.of(), List.of(), List.of()));
    }
    for (String dir : sqlDirs) {
      for (String p : tree) {
        if (p.startsWith(dir + "/") && p.indexOf('/', dir.length() + 1) < 0 && p.endsWith(".sql")) {
          Path f = out.resolve(p);
          Files.createDirectories(f.getParent());
          Files.writeString(f, "");
        }
      }
    }
    if (entries.isEmpty()) {
      return null;
    }
    return new Manifest.Repo(
        repo, commit, licence(git, commit, tree), ecosystem, List.copyOf(sqlDirs), entries);
  }

  /** Folders of the tree that hold .sql files and that a script names. */
  private static Set<String> sqlDirs(String text, List<String> tree) {
    Set<String> candidates = new LinkedHashSet<>();
    Set<String> workdirs = new LinkedHashSet<>(List.of(""));
    Matcher wd = WORKDIR.matcher(text);
    while (wd.find()) {
      workdirs.add(wd.group(1).replaceFirst("^\\./", "").replaceFirst("/$", "") + "/");
    }
    for (Pattern p : List.of(SQL_DIR, FIND_DIR)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        String d = m.group(1).replaceFirst("/$", "");
        for (String w : workdirs) {
          candidates.add(w + d);
        }
      }
    }
    Set<String> out = new TreeSet<>();
    for (String d : candidates) {
      if (tree.stream()
          .anyMatch(
              p ->
                  p.startsWith(d + "/")
                      && p.endsWith(".sql")
                      && p.indexOf('/', d.length() + 1) < 0)) {
        out.add(d);
      }
    }
    return out;
  }

  /** The SPDX id of the licence in the repository's LICENSE (or COPYING) file, when recognised. */
  private static String licence(Path git, String commit, List<String> tree)
      throws IOException, InterruptedException {
    for (String p : tree) {
      String lower = p.toLowerCase(Locale.ROOT);
      if (!p.contains("/")
          && (lower.contains("license")
              || lower.startsWith("licence")
              || lower.startsWith("copying"))) {
        String text = Git.run(git, "show", commit + ":" + p);
        if (!text.strip().contains("\n") && tree.contains(text.strip())) {
          text = Git.run(git, "show", commit + ":" + text.strip()); // a symlink to the licence
        }
        return Licences.identify(text);
      }
    }
    return "unknown (no LICENSE file)";
  }
}
