package dev.shipgate.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * `database.expect.columns` and `.indexes` take either a list of names or a map from name to a
 * definition (`table.column: type`, `name: table(col, ...)`).
 */
final class ExpectationDeserializers {
  private ExpectationDeserializers() {}

  private static <T> List<T> listOrMap(
      JsonParser p, DeserializationContext ctxt, String what, BiFunction<String, String, T> parse)
      throws IOException {
    List<T> out = new ArrayList<>();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_ARRAY) {
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (!t.isScalarValue()) {
          throw ConfigProblem.mappingError(p, what + " list entries must be plain names");
        }
        out.add(apply(p, parse, p.getText(), null));
      }
    } else if (t == JsonToken.START_OBJECT) {
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken v = p.nextToken();
        if (!v.isScalarValue()) {
          throw ConfigProblem.mappingError(p, what + " '" + key + "' must map to a single value");
        }
        out.add(apply(p, parse, key, v == JsonToken.VALUE_NULL ? null : p.getText()));
      }
    } else {
      throw ConfigProblem.mappingError(
          p, what + " must be a list of names or a map of name: definition");
    }
    return out;
  }

  private static <T> T apply(JsonParser p, BiFunction<String, String, T> parse, String k, String v)
      throws IOException {
    try {
      return parse.apply(k, v);
    } catch (IllegalArgumentException e) {
      throw ConfigProblem.mappingError(p, e.getMessage());
    }
  }

  static final class Columns extends JsonDeserializer<List<ColumnExpectation>> {
    @Override
    public List<ColumnExpectation> deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      return listOrMap(p, ctxt, "columns", ColumnExpectation::parse);
    }
  }

  static final class Indexes extends JsonDeserializer<List<IndexExpectation>> {
    @Override
    public List<IndexExpectation> deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      return listOrMap(p, ctxt, "indexes", IndexExpectation::parse);
    }
  }
}
