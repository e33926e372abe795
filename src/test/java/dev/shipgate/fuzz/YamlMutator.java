package dev.shipgate.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Mutates a YAML document the ways a typo or a hostile tester would: drop a key, swap a value's
 * type, empty it, null it, unicode, huge and negative numbers, invalid globs and regexes, odd
 * durations and enum indexes, every {@code ${VAR}} form, deep nesting, keys in the wrong place,
 * duplicate keys and broken YAML. All choices come from the given random, so a seed replays.
 */
public final class YamlMutator {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  /** Keys a config uses somewhere: inserted at random places (known key, wrong level). */
  private static final List<String> KEYS =
      List.of(
          "timeout",
          "port",
          "skip",
          "allow",
          "get",
          "minRows",
          "tables",
          "columns",
          "indexes",
          "layout",
          "apply",
          "command",
          "dir",
          "url",
          "attempts",
          "rules",
          "severity",
          "expect",
          "status",
          "bodyMatches",
          "headers",
          "retries",
          "keepDays",
          "lockTimeout",
          "version",
          "name",
          "type",
          "optional",
          "baseUrl",
          "reopenWindow",
          "required",
          "secrets",
          "env",
          "source",
          "maxLatency",
          "json",
          "version-gap",
          "bogus-rule",
          "connect",
          "database",
          "migrations",
          "lint",
          "checks",
          "services",
          "notify",
          "server",
          "store",
          "verify");

  private static final List<String> STRINGS =
      List.of(
          "",
          " ",
          "[",
          "{a",
          "[!",
          "a[b",
          "**/[",
          "(",
          "[a-",
          "*+",
          "\\",
          "?",
          "{a,{b}",
          "${UNSET}",
          "${UNSET-}",
          "${UNSET:-}",
          "${UNSET:-5s}",
          "${UNSET:-[}",
          "$${UNSET}",
          "${",
          "${CANARY_TOKEN}",
          "${STRIPE_SECRET_KEY}",
          "Bearer ${CANARY_TOKEN}",
          "${OPENAI_API_KEY}x",
          "prefix-${CANARY_TOKEN}-suffix",
          "5",
          "-5s",
          "1.5s",
          "0s",
          "0",
          "100000000000000000d",
          "99999999999999999999ms",
          "1m30",
          "5 s",
          "3",
          "-1",
          "flyway",
          "COMMAND",
          "off",
          "no",
          "true",
          "null",
          "~",
          "1e309",
          "0x10",
          "日本語",
          "\u0000",
          "\uD83D\uDE00",
          "é".repeat(300),
          "a".repeat(5000),
          "../../..",
          "/",
          ".",
          "db/migrations",
          "http://",
          "http://[::1",
          "https://example.invalid:99999/x",
          "ftp://x",
          "sqlite:",
          "jdbc:",
          "postgres://",
          "sqlite:" + "\u00e9.db",
          "error",
          "warning",
          "version-gap",
          "users",
          "a.b",
          "a(b",
          "t(a,,b)",
          "\n",
          "'",
          "\"",
          "#",
          ": x",
          "- x",
          "&a",
          "*a",
          "!!binary x");

  /** The values most likely to break a parser of globs, regexes, numbers and durations. */
  private static final List<String> HOSTILE =
      List.of("[", "{a", "(", "[a-", "${UNSET-}", "", "100000000000000000d", "3", "\\", "**/[");

  private YamlMutator() {}

  public static JsonNode parse(String yaml) {
    try {
      return YAML.readTree(yaml);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Every key path of the seed documents (list items as index 0): where values belong. */
  private static final List<List<Object>> KNOWN_PATHS = new ArrayList<>();

  /** Learns the key paths of a seed, so mutations can put hostile values where keys belong. */
  static synchronized void learn(JsonNode doc) {
    paths(doc, new ArrayList<>());
  }

  private static void paths(JsonNode node, List<Object> at) {
    if (node instanceof ObjectNode o) {
      o.fieldNames()
          .forEachRemaining(
              k -> {
                List<Object> p = new ArrayList<>(at);
                p.add(k);
                if (!KNOWN_PATHS.contains(p)) {
                  KNOWN_PATHS.add(List.copyOf(p));
                }
                paths(o.get(k), p);
              });
    } else if (node instanceof ArrayNode a && !a.isEmpty()) {
      List<Object> p = new ArrayList<>(at);
      p.add(0);
      paths(a.get(0), p);
    }
  }

  /** One to four mutations of {@code doc}, written back as YAML text. */
  public static String mutate(JsonNode doc, SplittableRandom r) {
    JsonNode copy = doc.deepCopy();
    // half the cases carry one mutation, so the rest of the file still loads and the value
    // reaches the code that uses it
    int n = r.nextBoolean() ? 1 : 2 + r.nextInt(3);
    for (int k = 0; k < n; k++) {
      copy =
          switch (r.nextInt(4)) {
            case 0 -> KNOWN_PATHS.isEmpty() ? mutateTree(copy, r) : setKnownPath(copy, r);
            case 1 -> hostileLeaf(copy, r);
            default -> mutateTree(copy, r);
          };
    }
    String text = write(copy);
    if (r.nextInt(6) == 0) {
      text = mutateText(text, r);
    }
    return text;
  }

  private static String write(JsonNode node) {
    try {
      return YAML.writeValueAsString(node);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode mutateTree(JsonNode root, SplittableRandom r) {
    List<Slot> slots = new ArrayList<>();
    collect(root, slots);
    if (slots.isEmpty() || r.nextInt(40) == 0) {
      return r.nextBoolean() ? randomValue(r, 0) : F.objectNode();
    }
    Slot s = slots.get(r.nextInt(slots.size()));
    switch (r.nextInt(7)) {
      case 0 -> s.remove();
      case 1 -> s.set(NullNode.getInstance());
      case 2 -> s.set(randomScalar(r));
      case 3 -> s.set(randomValue(r, 0));
      case 4 -> s.set(deep(r, 20 + r.nextInt(60)));
      case 5 -> {
        if (s.node() instanceof ObjectNode o) {
          o.set(KEYS.get(r.nextInt(KEYS.size())), randomValue(r, 0));
        } else if (s.node() instanceof ArrayNode a) {
          a.add(r.nextBoolean() ? NullNode.getInstance() : randomValue(r, 0));
        } else {
          s.set(F.arrayNode().add(s.node()).addNull());
        }
      }
      default -> s.set(swapType(s.node(), r));
    }
    return root;
  }

  /**
   * Sets a key path some seed uses (creating the mappings and lists on the way) to a hostile
   * scalar, or to a list holding one: a typo exactly where a value belongs.
   */
  private static JsonNode setKnownPath(JsonNode root, SplittableRandom r) {
    if (!(root instanceof ObjectNode)) {
      return root;
    }
    List<Object> path = KNOWN_PATHS.get(r.nextInt(KNOWN_PATHS.size()));
    JsonNode node = root;
    for (int i = 0; i < path.size() - 1; i++) {
      Object seg = path.get(i);
      boolean nextIsIndex = path.get(i + 1) instanceof Integer;
      JsonNode child =
          seg instanceof Integer ? (node.size() > 0 ? node.get(0) : null) : node.get((String) seg);
      if (child == null || !(nextIsIndex ? child.isArray() : child.isObject())) {
        child = nextIsIndex ? F.arrayNode() : F.objectNode();
        if (node instanceof ObjectNode o) {
          o.set((String) seg, child);
        } else {
          ArrayNode a = (ArrayNode) node;
          if (a.isEmpty()) {
            a.add(child);
          } else {
            a.set(0, child);
          }
        }
      }
      node = child;
    }
    JsonNode value = randomScalar(r);
    if (r.nextInt(3) == 0) {
      value = F.arrayNode().add(value);
    }
    Object last = path.get(path.size() - 1);
    if (node instanceof ObjectNode o) {
      o.set((String) last, value);
    } else if (node instanceof ArrayNode a) {
      a.insert(0, value);
    }
    return root;
  }

  /** Replaces one scalar value of the document with one of the most hostile values. */
  private static JsonNode hostileLeaf(JsonNode root, SplittableRandom r) {
    List<Slot> slots = new ArrayList<>();
    collect(root, slots);
    List<Slot> leaves = slots.stream().filter(s -> s.node().isValueNode()).toList();
    if (leaves.isEmpty()) {
      return mutateTree(root, r);
    }
    leaves
        .get(r.nextInt(leaves.size()))
        .set(TextNode.valueOf(HOSTILE.get(r.nextInt(HOSTILE.size()))));
    return root;
  }

  private static JsonNode swapType(JsonNode v, SplittableRandom r) {
    if (v.isTextual()) {
      return switch (r.nextInt(4)) {
        case 0 -> IntNode.valueOf(r.nextInt(10) - 2);
        case 1 -> F.arrayNode().add(v);
        case 2 -> F.objectNode().set(v.textValue().isEmpty() ? "k" : v.textValue(), v);
        default -> BooleanNode.TRUE;
      };
    }
    if (v.isNumber() || v.isBoolean()) {
      return TextNode.valueOf(v.asText() + (r.nextBoolean() ? "x" : ""));
    }
    if (v.isArray()) {
      return v.isEmpty() ? TextNode.valueOf("") : v.get(0);
    }
    if (v.isObject()) {
      ArrayNode a = F.arrayNode();
      v.fields().forEachRemaining(e -> a.add(e.getKey()));
      return a;
    }
    return TextNode.valueOf("");
  }

  static JsonNode randomScalar(SplittableRandom r) {
    return switch (r.nextInt(10)) {
      case 0 -> IntNode.valueOf(r.nextInt(7) - 1);
      case 1 -> LongNode.valueOf(Long.MAX_VALUE - r.nextInt(3));
      case 2 -> new BigIntegerNode(new BigInteger("9".repeat(20 + r.nextInt(30))));
      case 3 -> DoubleNode.valueOf(r.nextBoolean() ? 1.5 : -0.0);
      case 4 -> BooleanNode.valueOf(r.nextBoolean());
      case 5 -> IntNode.valueOf(Integer.MIN_VALUE);
      case 6 -> TextNode.valueOf(HOSTILE.get(r.nextInt(HOSTILE.size())));
      default -> TextNode.valueOf(STRINGS.get(r.nextInt(STRINGS.size())));
    };
  }

  private static JsonNode randomValue(SplittableRandom r, int depth) {
    int kind = depth > 2 ? 0 : r.nextInt(4);
    return switch (kind) {
      case 1 -> {
        ArrayNode a = F.arrayNode();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
          a.add(r.nextInt(5) == 0 ? NullNode.getInstance() : randomValue(r, depth + 1));
        }
        yield a;
      }
      case 2 -> {
        ObjectNode o = F.objectNode();
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
          o.set(KEYS.get(r.nextInt(KEYS.size())), randomValue(r, depth + 1));
        }
        yield o;
      }
      default -> randomScalar(r);
    };
  }

  private static JsonNode deep(SplittableRandom r, int levels) {
    JsonNode v = randomScalar(r);
    for (int i = 0; i < levels; i++) {
      v = r.nextBoolean() ? F.arrayNode().add(v) : F.objectNode().set("k", v);
    }
    return v;
  }

  /** Text-level damage the tree cannot express: duplicate keys, broken YAML, anchors, tabs. */
  private static String mutateText(String text, SplittableRandom r) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    if (lines.isEmpty()) {
      return text;
    }
    int at = r.nextInt(lines.size());
    switch (r.nextInt(6)) {
      case 0 -> lines.add(at, lines.get(at)); // duplicate key (or list item)
      case 1 -> lines.set(at, lines.get(at) + " \"unclosed");
      case 2 -> lines.set(at, "\t" + lines.get(at));
      case 3 -> lines.add(at, "x: &a {k: *a}");
      case 4 -> lines.set(at, lines.get(at).replaceFirst(": ", ": !!binary "));
      default -> {
        return text.substring(0, r.nextInt(text.length() + 1));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  /** A place in the tree that holds a value: it can be replaced or removed. */
  private record Slot(ContainerNode<?> parent, String field, int index, JsonNode node) {
    void set(JsonNode v) {
      if (parent instanceof ObjectNode o) {
        o.set(field, v);
      } else {
        ((ArrayNode) parent).set(index, v);
      }
    }

    void remove() {
      if (parent instanceof ObjectNode o) {
        o.remove(field);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }
  }

  private static void collect(JsonNode node, List<Slot> out) {
    if (node instanceof ObjectNode o) {
      Iterator<String> names = o.fieldNames();
      List<String> keys = new ArrayList<>();
      names.forEachRemaining(keys::add);
      for (String k : keys) {
        out.add(new Slot(o, k, -1, o.get(k)));
        collect(o.get(k), out);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        out.add(new Slot(a, null, i, a.get(i)));
        collect(a.get(i), out);
      }
    }
  }
}
