package dev.shipgate.cli.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.Json;
import dev.shipgate.workflow.deploy.DeployReport;
import dev.shipgate.workflow.deploy.PhaseResult;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The deploy report as JSON (docs/deploy.md): {@code deploy --format json} prints it, and it is the
 * {@code deploy-report-<timestamp>.json} file. The same shape on success and on failure; every
 * phase is listed (SKIP when it did not run).
 */
public final class DeployJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private DeployJson() {}

  public static ObjectNode document(DeployReport r, int exitCode) {
    ObjectNode o = Json.object();
    o.put("status", r.status().name());
    o.put("exitCode", exitCode);
    o.put("runId", r.runId());
    o.put("traceId", r.traceId());
    o.put("project", r.project());
    o.put("environment", r.environment());
    o.put("dryRun", r.dryRun());
    o.put("startedAt", r.startedAt().toString());
    o.put("durationMs", r.durationMs());
    o.set("versions", tree(r.versions()));
    o.put("failedPhase", r.failedPhase() == null ? null : r.failedPhase().name());
    Documents.error(o, r.failureOrNull());
    ArrayNode phases = o.putArray("phases");
    for (PhaseResult p : r.phases()) {
      ObjectNode n = phases.addObject();
      n.put("state", p.state().name());
      n.put("status", p.status().name());
      n.put("startedAt", p.startedAt() == null ? null : p.startedAt().toString());
      n.put("durationMs", p.durationMs());
      ArrayNode events = n.putArray("events");
      for (PhaseResult.Stamped e : p.events()) {
        ObjectNode ev = events.addObject();
        ev.put("atMs", e.atMs());
        ev.put("type", e.event().getClass().getSimpleName());
        ((ObjectNode) tree(e.event())).properties().forEach(x -> ev.set(x.getKey(), x.getValue()));
      }
      Documents.error(n, p.error());
    }
    o.set("services", tree(r.services()));
    o.set("health", tree(r.health()));
    o.set("externals", tree(r.externals()));
    o.set("database", r.database() == null ? F.nullNode() : SentryJson.document(r.database()));
    o.set("rollback", tree(r.rollback()));
    o.set("nextSteps", tree(r.nextSteps()));
    return o;
  }

  /** Records as objects (component order), collections as arrays, times and paths as strings. */
  static JsonNode tree(Object v) {
    if (v == null) {
      return F.nullNode();
    }
    if (v instanceof Record rec) {
      ObjectNode o = F.objectNode();
      for (RecordComponent c : rec.getClass().getRecordComponents()) {
        try {
          var accessor = c.getAccessor();
          accessor.setAccessible(true);
          o.set(c.getName(), tree(accessor.invoke(rec)));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      return o;
    }
    if (v instanceof Collection<?> list) {
      ArrayNode a = F.arrayNode();
      list.forEach(x -> a.add(tree(x)));
      return a;
    }
    if (v instanceof Map<?, ?> m) {
      ObjectNode o = F.objectNode();
      m.forEach((k, x) -> o.set(String.valueOf(k), tree(x)));
      return o;
    }
    return switch (v) {
      case String s -> F.textNode(s);
      case Boolean b -> F.booleanNode(b);
      case Integer i -> F.numberNode(i);
      case Long l -> F.numberNode(l);
      case Double d -> F.numberNode(Math.round(d * 100) / 100.0);
      case Duration d -> F.numberNode(d.toMillis());
      case Instant i -> F.textNode(i.toString());
      case Path p -> F.textNode(p.toString());
      case Enum<?> e -> F.textNode(e.name());
      default -> F.textNode(String.valueOf(v));
    };
  }
}
