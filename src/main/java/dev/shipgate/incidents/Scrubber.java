package dev.shipgate.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.shipgate.config.Redactor;
import java.util.Iterator;
import java.util.Map;

/**
 * Redacts everything before it is written to the store: known secret values and URL passwords in
 * every string, and the whole value of any JSON field whose name says it is secret ({@code
 * password}, {@code apiKey}, {@code token}, ...). Also caps sizes so one noisy caller cannot bloat
 * the store.
 */
public final class Scrubber {
  static final int MAX_TEXT = 4000;
  static final int MAX_JSON = 32_000;

  private final Redactor redactor;

  public Scrubber(Redactor redactor) {
    this.redactor = redactor;
  }

  public String text(String s, int max) {
    if (s == null) {
      return null;
    }
    String r = redactor.redact(s);
    return r.length() <= max ? r : r.substring(0, max - 1) + "…";
  }

  public String text(String s) {
    return text(s, MAX_TEXT);
  }

  /** A redacted copy of {@code node}; an oversized document is replaced by a marked excerpt. */
  public JsonNode json(JsonNode node) {
    JsonNode copy = scrub(node == null ? JsonNodeFactory.instance.objectNode() : node);
    String text = copy.toString();
    if (text.length() <= MAX_JSON) {
      return copy;
    }
    ObjectNode cut = JsonNodeFactory.instance.objectNode();
    cut.put("truncated", true);
    cut.put("excerpt", text.substring(0, MAX_TEXT));
    return cut;
  }

  private JsonNode scrub(JsonNode n) {
    if (n.isTextual()) {
      return TextNode.valueOf(redactor.redact(n.textValue()));
    }
    if (n instanceof ArrayNode a) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      a.forEach(e -> out.add(scrub(e)));
      return out;
    }
    if (n instanceof ObjectNode o) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      Iterator<Map.Entry<String, JsonNode>> it = o.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String name = redactor.redact(e.getKey());
        JsonNode v = e.getValue();
        boolean secretField = Redactor.isSecretName(e.getKey()) && v.isValueNode() && !v.isNull();
        out.set(name, secretField ? TextNode.valueOf(Redactor.MASK) : scrub(v));
      }
      return out;
    }
    return n.deepCopy();
  }
}
