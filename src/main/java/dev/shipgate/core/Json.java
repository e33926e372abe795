package dev.shipgate.core;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** One pretty-printer for every JSON document shipgate writes (stable, 2-space, LF). */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectWriter WRITER = MAPPER.writer(new Printer());

  private Json() {}

  /** Two-space indent, {@code "key": value}, and {@code []} / {@code {}} for empty containers. */
  private static final class Printer extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    Printer() {
      super(
          Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator(""));
      _objectIndenter = new DefaultIndenter("  ", "\n");
      _arrayIndenter = new DefaultIndenter("  ", "\n");
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new Printer();
    }
  }

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static void write(Object node, PrintWriter out) {
    try {
      out.println(WRITER.writeValueAsString(node));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document as {@link #write} prints it, final newline included. */
  public static String text(Object node) {
    try {
      return WRITER.writeValueAsString(node) + System.lineSeparator();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
