package dev.shipgate.cli.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.core.DisplayPaths;
import dev.shipgate.core.Failure;
import java.nio.file.Path;
import java.util.Collection;

/** What every JSON document shares: the error object, paths as users see them, lists. */
final class Documents {
  private Documents() {}

  /** {@code "error": {"code", "message"}}, or {@code "error": null}. */
  static void error(ObjectNode o, Failure failure) {
    if (failure == null) {
      o.putNull("error");
      return;
    }
    ObjectNode e = o.putObject("error");
    e.put("code", failure.code().id());
    e.put("message", failure.message());
  }

  static void path(ObjectNode o, String field, Path p) {
    if (p == null) {
      o.putNull(field);
    } else {
      o.put(field, DisplayPaths.of(p));
    }
  }

  static void strings(ArrayNode a, Collection<String> values) {
    values.forEach(a::add);
  }
}
