package dev.shipgate.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A config value that parsed as YAML but is not what the key needs; message is user-facing. */
final class ConfigProblem extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private ConfigProblem(JsonParser p, String message) {
    super(p, message);
  }

  static ConfigProblem mappingError(JsonParser p, String message) {
    return new ConfigProblem(p, message);
  }
}
