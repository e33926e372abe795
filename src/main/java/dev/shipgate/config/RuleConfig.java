package dev.shipgate.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of `lint.rules`: either a bare severity ({@code version-gap: error}) or {@code
 * {severity: warning, allow: [glob, ...]}}. A null severity keeps the rule's default. Allowed files
 * never get this rule's findings.
 */
@JsonDeserialize(using = RuleConfig.Reader.class)
public record RuleConfig(RuleLevel severity, List<String> allow) {
  public RuleConfig {
    allow = Immutables.list(allow);
  }

  static final class Reader extends JsonDeserializer<RuleConfig> {
    @Override
    public RuleConfig deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t.isScalarValue()) {
        return new RuleConfig(level(p), null);
      }
      if (t != JsonToken.START_OBJECT) {
        throw ConfigProblem.mappingError(
            p, "must be a severity (error, warning, off) or {severity: ..., allow: [...]}");
      }
      RuleLevel severity = null;
      List<String> allow = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken v = p.nextToken();
        switch (key) {
          case "severity" -> severity = level(p);
          case "allow" -> {
            if (v == JsonToken.START_ARRAY) {
              while (p.nextToken() != JsonToken.END_ARRAY) {
                allow.add(glob(p));
              }
            } else {
              allow.add(glob(p));
            }
          }
          default ->
              throw ConfigProblem.mappingError(
                  p, "unknown key '" + key + "'; a rule takes severity and allow");
        }
      }
      return new RuleConfig(severity, allow);
    }

    /** One allow pattern: a plain value (a null one stays null for the empty-item check). */
    private static String glob(JsonParser p) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NULL) {
        return null;
      }
      if (!t.isScalarValue()) {
        throw ConfigProblem.mappingError(p, "allow takes globs: a list of plain values");
      }
      return p.getText();
    }

    private static RuleLevel level(JsonParser p) throws IOException {
      try {
        return RuleLevel.parse(p.getText());
      } catch (IllegalArgumentException e) {
        throw ConfigProblem.mappingError(p, e.getMessage());
      }
    }
  }
}
