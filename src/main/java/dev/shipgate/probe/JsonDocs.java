package dev.shipgate.probe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.spi.json.JacksonJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;

/** Parses response bodies (strictly: trailing garbage is an error) and renders JSON values. */
final class JsonDocs {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /** JsonPath over documents parsed by Jackson (maps, lists, scalars). */
  static final Configuration PATH_CONFIG =
      Configuration.builder()
          .jsonProvider(new JacksonJsonProvider(MAPPER))
          .mappingProvider(new JacksonMappingProvider(MAPPER))
          .build();

  private static final int MAX_SHOWN = 80;

  private JsonDocs() {}

  /**
   * @throws JsonProcessingException with the location of the first error
   */
  static Object parse(String body) throws JsonProcessingException {
    return MAPPER.readValue(body, Object.class);
  }

  /**
   * A JSON value as the user would write it, shortened: {@code "alive"}, {@code true}, {@code 3}.
   */
  static String show(Object value) {
    String s;
    try {
      s = MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      s = String.valueOf(value);
    }
    return s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN - 1) + "…" : s;
  }

  /** One line describing a JSON parse error: "line 1, column 7: Unexpected character ('x')". */
  static String describe(JsonProcessingException e) {
    String msg = e.getOriginalMessage();
    int cut = msg.indexOf('\n');
    msg = cut < 0 ? msg : msg.substring(0, cut);
    int paren = msg.indexOf(": was expecting");
    msg = paren < 0 ? msg : msg.substring(0, paren);
    var loc = e.getLocation();
    return loc == null
        ? msg
        : "line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": " + msg;
  }
}
