package dev.shipgate.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Duration;

/** Jackson deserializers for the config's scalar types: durations and secrets. */
final class ScalarDeserializers {
  private ScalarDeserializers() {}

  static SimpleModule module() {
    SimpleModule m = new SimpleModule("shipgate-config");
    m.addDeserializer(Duration.class, new DurationDeserializer());
    m.addDeserializer(Secret.class, new SecretDeserializer());
    return m;
  }

  static final class DurationDeserializer extends JsonDeserializer<Duration> {
    @Override
    public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.currentToken().isScalarValue()) {
        return (Duration) ctxt.handleUnexpectedToken(Duration.class, p);
      }
      try {
        return Durations.parse(p.getText());
      } catch (Durations.Invalid e) {
        // the reason, never the value: it may have come from the environment
        throw ConfigProblem.mappingError(p, "the duration " + e.reason());
      }
    }
  }

  static final class SecretDeserializer extends JsonDeserializer<Secret> {
    @Override
    public Secret deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NULL) {
        return Secret.empty();
      }
      if (!t.isScalarValue()) {
        return (Secret) ctxt.handleUnexpectedToken(Secret.class, p);
      }
      return Secret.of(p.getText());
    }

    @Override
    public Secret getNullValue(DeserializationContext ctxt) {
      return Secret.empty();
    }
  }
}
