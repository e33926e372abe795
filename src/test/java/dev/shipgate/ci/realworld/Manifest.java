package dev.shipgate.ci.realworld;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The real-world corpus manifest ({@code src/test/resources/ci-realworld/manifest.yaml}): for each
 * public repository its pinned commit, licence and ecosystem, and for each CI file taken from it
 * the findings {@code lint ci} reports today ({@code findings}, asserted exactly), a person's
 * verdict on every place where a failure can be swallowed ({@code truth}, for precision and recall,
 * written from the original file and not from the lint's output), and faults to inject ({@code
 * faults}).
 *
 * <ul>
 *   <li>finding: {@code "LINE RULE SEVERITY"};
 *   <li>truth: {@code "LINE silenced RULE SEVERITY -- why"} or {@code "LINE fine -- why"};
 *   <li>fault: {@code "KIND LINE -- note"}, see {@link Fault.Kind}.
 * </ul>
 */
record Manifest(List<Repo> repos) {
  static final Path ROOT = Path.of("src/test/resources/ci-realworld");
  static final Path FILE = ROOT.resolve("manifest.yaml");

  record Repo(
      String repo,
      String commit,
      String licence,
      String ecosystem,
      List<String> folders,
      List<Entry> files) {
    /** The folder holding this repository's shapes: {@code owner+name}. */
    String dir() {
      return repo.replace('/', '+');
    }
  }

  record Entry(String path, List<String> findings, List<String> truth, List<String> faults) {}

  static Manifest load(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return parse(text);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  static Manifest parse(String text) {
    Map<String, Object> root = new Yaml(new LoaderOptions()).load(text);
    List<Repo> repos = new ArrayList<>();
    for (Object o : (List<Object>) root.getOrDefault("repositories", List.of())) {
      Map<String, Object> r = (Map<String, Object>) o;
      List<Entry> files = new ArrayList<>();
      for (Object f : (List<Object>) r.getOrDefault("files", List.of())) {
        Map<String, Object> e = (Map<String, Object>) f;
        files.add(
            new Entry(
                (String) e.get("path"),
                strings(e.get("findings")),
                strings(e.get("truth")),
                strings(e.get("faults"))));
      }
      repos.add(
          new Repo(
              (String) r.get("repo"),
              String.valueOf(r.get("commit")),
              (String) r.get("licence"),
              (String) r.get("ecosystem"),
              strings(r.get("folders")),
              files));
    }
    return new Manifest(repos);
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object o) {
    if (o == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object x : (List<Object>) o) {
      out.add(String.valueOf(x));
    }
    return out;
  }

  Map<String, Repo> byName() {
    Map<String, Repo> m = new LinkedHashMap<>();
    repos.forEach(r -> m.put(r.repo(), r));
    return m;
  }

  /** The manifest as YAML, in a stable layout that a person edits. */
  String render(String header) {
    StringBuilder sb = new StringBuilder(header);
    sb.append("repositories:\n");
    for (Repo r : repos) {
      sb.append("  - repo: ").append(r.repo()).append('\n');
      sb.append("    commit: ").append(r.commit()).append('\n');
      sb.append("    licence: ").append(r.licence()).append('\n');
      sb.append("    ecosystem: ").append(r.ecosystem()).append('\n');
      if (!r.folders().isEmpty()) {
        list(sb, "    folders:", r.folders(), "      ");
      }
      sb.append("    files:\n");
      for (Entry e : r.files()) {
        sb.append("      - path: ").append(e.path()).append('\n');
        list(sb, "        findings:", e.findings(), "          ");
        list(sb, "        truth:", e.truth(), "          ");
        if (!e.faults().isEmpty()) {
          list(sb, "        faults:", e.faults(), "          ");
        }
      }
    }
    return sb.toString();
  }

  private static void list(StringBuilder sb, String head, List<String> items, String indent) {
    if (items.isEmpty()) {
      sb.append(head).append(" []\n");
      return;
    }
    sb.append(head).append('\n');
    for (String i : items) {
      sb.append(indent).append("- ").append(quote(i)).append('\n');
    }
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
