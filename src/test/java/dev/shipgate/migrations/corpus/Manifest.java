package dev.shipgate.migrations.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code src/test/resources/corpus/migrations/manifest.json}: one entry per real migration
 * directory of the corpus, with where it comes from (repository, pinned commit, path, licence) and
 * the verdict shipgate must give on it (layout, no error, exactly these warnings).
 */
record Manifest(List<Manifest.Entry> entries) {
  static final Path ROOT = Path.of("src/test/resources/corpus/migrations");

  /**
   * One corpus directory.
   *
   * @param layout the layout shipgate must detect ({@code none}: no layout, a no-migrations
   *     warning)
   * @param warnings the exact warnings, as {@code "<rule> <path relative to the entry>"}
   * @param allow findings the project's own shipgate.yaml would allow, rule to relative paths, each
   *     a deliberate choice of that project (the reason is in {@code why})
   */
  record Entry(
      String id,
      String repo,
      String commit,
      String path,
      String licence,
      String layout,
      List<String> warnings,
      Map<String, List<String>> allow,
      String why) {
    Path mirror() {
      return Path.of("/work/.mirror", repo.replace('/', '+'), "repo");
    }
  }

  static Manifest load() {
    try {
      JsonNode root = Json.mapper().readTree(ROOT.resolve("manifest.json").toFile());
      List<Entry> entries = new ArrayList<>();
      for (JsonNode n : root.get("entries")) {
        List<String> warnings = new ArrayList<>();
        n.path("warnings").forEach(w -> warnings.add(w.asText()));
        Map<String, List<String>> allow = new LinkedHashMap<>();
        n.path("allow")
            .properties()
            .forEach(
                e -> {
                  List<String> paths = new ArrayList<>();
                  e.getValue().forEach(p -> paths.add(p.asText()));
                  allow.put(e.getKey(), paths);
                });
        entries.add(
            new Entry(
                n.get("id").asText(),
                n.get("repo").asText(),
                n.get("commit").asText(),
                n.get("path").asText(),
                n.get("licence").asText(),
                n.get("layout").asText(),
                warnings,
                allow,
                n.path("why").asText(null)));
      }
      return new Manifest(entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
