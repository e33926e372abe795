package dev.shipgate.ci.rules;

import dev.shipgate.ci.model.CiDocument;
import dev.shipgate.ci.model.Loc;
import dev.shipgate.lint.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs every CI rule on a document, drops findings silenced by {@code # shipgate: allow} comments,
 * merges findings that several jobs share (a template or anchor used by many jobs is reported once,
 * naming every job), and turns them into lint {@link Finding}s whose message names job and step.
 */
public final class CiRules {
  private static final List<CiRule> RULES =
      List.of(new ContinueOnErrorRule(), new IgnoredFailureRule(), new UnsortedMigrationLoopRule());

  private CiRules() {}

  /**
   * @param lines the raw lines of every file the document was read from (for allow comments)
   */
  public static List<Finding> check(
      CiDocument doc, CiContext context, Map<Path, List<String>> lines) {
    List<CiFinding> raw = new ArrayList<>();
    for (CiRule rule : RULES) {
      rule.check(doc, context, raw);
    }
    AllowComments allow = new AllowComments(doc.scopes(), lines);
    Map<String, List<CiFinding>> byPlace = new LinkedHashMap<>();
    for (CiFinding f : raw) {
      if (!allow.silences(f)) {
        byPlace.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (List<CiFinding> same : byPlace.values()) {
      out.add(toFinding(same));
    }
    return out;
  }

  private static String key(CiFinding f) {
    Loc l = f.loc();
    return f.rule().id() + "|" + l.file() + "|" + l.line() + "|" + Objects.toString(f.step(), "");
  }

  private static Finding toFinding(List<CiFinding> same) {
    CiFinding first = same.get(0);
    List<String> jobs = new ArrayList<>();
    for (CiFinding f : same) {
      if (!jobs.contains(f.job())) {
        jobs.add(f.job());
      }
    }
    StringBuilder where = new StringBuilder(jobs.size() == 1 ? "job '" : "jobs '");
    where.append(String.join("', '", jobs)).append('\'');
    if (first.step() != null) {
      where.append(", step '").append(first.step()).append('\'');
    }
    return new Finding(
        first.rule(),
        first.severity(),
        first.loc().file(),
        first.loc().line(),
        where + ": " + first.message(),
        first.hint());
  }
}
