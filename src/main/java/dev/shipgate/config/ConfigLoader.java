package dev.shipgate.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.ShipgateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads `shipgate.yaml` once into an immutable {@link ShipgateConfig}: YAML → tree → `${VAR}`
 * expansion of every value → records (unknown keys rejected) → relative paths resolved → validated.
 * Every problem is a {@link ShipgateException} with exit code 78 whose message names the file, line
 * and key.
 */
public final class ConfigLoader {
  public static final String DEFAULT_FILE = "shipgate.yaml";

  private static final YAMLFactory YAML =
      YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  private static final ObjectMapper TREE_READER = new ObjectMapper(YAML);
  private static final ObjectMapper BINDER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          // enums by name only: `layout: 3` is not the fourth layout
          .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .withCoercionConfig(LogicalType.Integer, ConfigLoader::noEmptyString)
          .withCoercionConfig(LogicalType.Float, ConfigLoader::noEmptyString)
          .withCoercionConfig(LogicalType.Boolean, ConfigLoader::noEmptyString)
          .withCoercionConfig(LogicalType.Enum, ConfigLoader::noEmptyString)
          .addModule(ScalarDeserializers.module())
          .build();

  private final EnvExpander expander;
  private final Set<String> lintRules;

  public ConfigLoader(Function<String, String> env) {
    this(new EnvExpander(env), Set.of());
  }

  private ConfigLoader(EnvExpander expander, Set<String> lintRules) {
    this.expander = expander;
    this.lintRules = lintRules;
  }

  /**
   * This loader, also rejecting `lint.rules` keys that are not among {@code ids} (the lint rules
   * live above this layer, so the caller names them).
   */
  public ConfigLoader withLintRules(Set<String> ids) {
    return new ConfigLoader(expander, Set.copyOf(ids));
  }

  /** An empty value (an unset `${VAR}`) is not a number, a boolean or a choice. */
  private static void noEmptyString(MutableCoercionConfig c) {
    c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
  }

  public static ConfigLoader fromEnvironment() {
    return new ConfigLoader(System::getenv);
  }

  /**
   * Loads the file named with {@code -c} (must exist: exit 66 otherwise), else the {@code
   * shipgate.yaml} {@link #discover} finds from the working directory, else the defaults.
   */
  public ShipgateConfig load(Path explicitFile) {
    if (explicitFile != null) {
      if (!Files.exists(explicitFile)) {
        if (Files.isSymbolicLink(explicitFile)) {
          throw ShipgateException.config(
              explicitFile
                  + ": a symbolic link that does not resolve (a loop, or its target is missing);"
                  + " point -c at the file itself");
        }
        throw ShipgateException.inputMissing(
            "config file not found: "
                + explicitFile
                + " (check the -c path, or run `shipgate init`)");
      }
      if (Files.isDirectory(explicitFile)) {
        throw ShipgateException.config(
            explicitFile + ": a directory, not a config file; pass -c DIR/" + DEFAULT_FILE);
      }
      return loadFile(explicitFile);
    }
    return discover(Path.of("").toAbsolutePath())
        .map(this::loadFile)
        .orElseGet(ShipgateConfig::defaults);
  }

  /**
   * The {@code shipgate.yaml} in {@code start} or its nearest parent, looking no higher than the
   * repository root (the first folder holding {@code .git}), the way git finds {@code .git}.
   * Outside a repository only {@code start} itself is looked at: a stray file in a home folder must
   * not configure every project below it.
   */
  public static java.util.Optional<Path> discover(Path start) {
    Path here = start.toAbsolutePath().normalize();
    Path own = here.resolve(DEFAULT_FILE);
    if (Files.exists(own)) {
      return java.util.Optional.of(relativeToWorkingDir(own));
    }
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        for (Path d = here.getParent(); d != null && d.startsWith(dir); d = d.getParent()) {
          Path f = d.resolve(DEFAULT_FILE);
          if (Files.exists(f) && here.startsWith(dir)) {
            return java.util.Optional.of(relativeToWorkingDir(f));
          }
        }
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.empty();
  }

  private static Path relativeToWorkingDir(Path file) {
    Path cwd = Path.of("").toAbsolutePath();
    return file.startsWith(cwd) ? cwd.relativize(file) : file;
  }

  public ShipgateConfig loadFile(Path file) {
    String text = read(file);
    LineIndex lines = index(file, text);
    ConfigSource source =
        new ConfigSource(file, file.toAbsolutePath().normalize().getParent(), lines);
    JsonNode tree = parse(file, text);
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      return resolvePaths(ShipgateConfig.defaults(), source);
    }
    if (!tree.isObject()) {
      throw ShipgateException.config(
          file + ":1: the config must be a mapping of keys (version: 1, project: ..., ...)");
    }
    if (tree.has("source")) {
      // `source` is a Java-side field of ShipgateConfig, not a config key
      throw ShipgateException.config(source.where("source") + ": unknown key 'source'");
    }
    expand(tree);
    ShipgateConfig raw = bind(tree, source);
    ShipgateConfig resolved = resolvePaths(raw, source);
    StructureCheck.visit(resolved, new ConfigCheck(source, expander, lintRules));
    ConfigValidator.validate(resolved);
    return resolved;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw ShipgateException.inputMissing("config file not found: " + file);
    } catch (java.nio.charset.MalformedInputException e) {
      throw ShipgateException.config(file + ": not UTF-8 text; save the config as UTF-8");
    } catch (IOException e) {
      throw new ShipgateException(
          ErrorCode.NOT_FOUND, "cannot read config file " + file + ": " + e.getMessage(), e);
    }
  }

  private static LineIndex index(Path file, String text) {
    try {
      return LineIndex.of(YAML, text);
    } catch (JsonProcessingException e) {
      throw malformed(file, e);
    } catch (IOException e) {
      throw ShipgateException.config(file + ": cannot parse YAML: " + e.getMessage());
    }
  }

  private static JsonNode parse(Path file, String text) {
    try {
      return TREE_READER.readTree(text);
    } catch (JsonProcessingException e) {
      throw malformed(file, e);
    }
  }

  private static ShipgateException malformed(Path file, JsonProcessingException e) {
    var loc = e.getLocation();
    String where = loc == null ? file.toString() : file + ":" + loc.getLineNr();
    String problem =
        e.getOriginalMessage()
            .lines()
            .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
            .map(String::strip)
            .reduce((a, b) -> a + "; " + b)
            .orElse("");
    if (problem.startsWith("Duplicate field")) {
      problem = problem.replace("Duplicate field", "duplicate key") + "; keep one of them";
    } else {
      problem = "malformed YAML: " + problem + " (check indentation and quoting)";
    }
    return new ShipgateException(ErrorCode.CONFIG_INVALID, where + ": " + problem, e);
  }

  private void expand(JsonNode node) {
    if (node instanceof ObjectNode obj) {
      Iterator<Map.Entry<String, JsonNode>> it = obj.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getValue().isTextual()) {
          e.setValue(TextNode.valueOf(expander.expand(e.getValue().textValue())));
        } else {
          expand(e.getValue());
        }
      }
    } else if (node instanceof ArrayNode arr) {
      for (int i = 0; i < arr.size(); i++) {
        if (arr.get(i).isTextual()) {
          arr.set(i, TextNode.valueOf(expander.expand(arr.get(i).textValue())));
        } else {
          expand(arr.get(i));
        }
      }
    }
  }

  private static ShipgateConfig bind(JsonNode tree, ConfigSource source) {
    try {
      return BINDER.treeToValue(tree, ShipgateConfig.class);
    } catch (JsonMappingException e) {
      throw new ShipgateException(ErrorCode.CONFIG_INVALID, BindingErrors.describe(e, source), e);
    } catch (StreamReadException e) {
      throw new ShipgateException(
          ErrorCode.CONFIG_INVALID, BindingErrors.describeRead(e, source), e);
    } catch (JsonProcessingException e) {
      throw new ShipgateException(
          ErrorCode.CONFIG_INVALID, source + ": " + e.getOriginalMessage(), e);
    }
  }

  private static ShipgateConfig resolvePaths(ShipgateConfig c, ConfigSource source) {
    MigrationsConfig m = c.migrations();
    if (m.dir() != null) {
      m = m.withDir(source.resolve(m.dir()));
    }
    ReportConfig r = c.report().withDir(source.resolve(c.report().dir()));
    List<ServiceConfig> services =
        c.services().stream()
            // a null entry stays for StructureCheck to name
            .map(s -> s == null || s.cwd() == null ? s : s.withCwd(source.resolve(s.cwd())))
            .toList();
    LogsConfig logs = c.logs().withDir(source.resolve(c.logs().dir()));
    return c.withResolved(m, r, services, logs, source);
  }
}
