package dev.shipgate.config;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Visits every record of a loaded config, depth first in component order, and checks what holds for
 * every section alike: no empty or null list item, no empty map value, a key named {@code
 * ...timeout} is more than 0. Then it calls each {@link ConfigSection}'s own checks. A new section
 * needs nothing here: its record is visited because it is a component of the tree.
 */
final class StructureCheck {
  private StructureCheck() {}

  static void visit(Object record, ConfigCheck at) {
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      Object value = read(record, c);
      if (value == null || value instanceof ConfigSource) {
        continue;
      }
      String key = jsonName(c);
      ConfigCheck here = at.at(key);
      if (value instanceof Duration d && key.toLowerCase(Locale.ROOT).endsWith("timeout")) {
        here.positive(d);
      }
      value(value, here, c.getGenericType().getTypeName().contains("java.lang.Object>"));
    }
    if (record instanceof ConfigSection s) {
      s.validate(at);
    }
  }

  private static void value(Object value, ConfigCheck here, boolean anyValue) {
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        Object item = list.get(i);
        if (item == null || item instanceof String s && s.isBlank()) {
          here.at(i)
              .fail(
                  "empty list item"
                      + (here.at(i).fromUnsetVariable() ? " (its variable is unset)" : ""),
                  "remove the empty '-' entry or give it a value");
        }
        value(item, here.at(i), false);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (e.getValue() == null && !anyValue) {
          here.at(String.valueOf(e.getKey()))
              .fail("no value", "give '" + e.getKey() + "' a value, or remove the key");
        }
        if (e.getValue() != null) {
          value(e.getValue(), here.at(String.valueOf(e.getKey())), false);
        }
      }
    } else if (value.getClass().isRecord()) {
      visit(value, here);
    }
  }

  private static Object read(Object record, RecordComponent c) {
    try {
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read config component " + c.getName(), e);
    }
  }

  private static String jsonName(RecordComponent c) {
    var p = c.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
    if (p == null) {
      p = c.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
    }
    return p != null && !p.value().isEmpty() ? p.value() : c.getName();
  }
}
