package dev.shipgate.migrations.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.migrations.ForwardPart;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The streaming scan gives the verdict and line of the whole-text reading it replaced (comments
 * stripped, up sections cut out, then one pattern), on generated SQL read in chunks of any size.
 */
class ForwardSqlScanTest {
  private static final Pattern UP = Pattern.compile("^\\s*--\\s*migrate:up\\b.*");
  private static final Pattern DOWN = Pattern.compile("^\\s*--\\s*migrate:down\\b.*");
  private static final Pattern DROP =
      Pattern.compile("\\bDROP\\s+(SCHEMA|DATABASE|OWNED)\\b", Pattern.CASE_INSENSITIVE);
  private static final String[] TOKENS = {
    "DROP",
    "drop",
    "Drop",
    "SCHEMA",
    "database",
    "Owned",
    "DROPS",
    "SCHEMAS",
    "x",
    "_",
    "1",
    " ",
    " ",
    "\n",
    "\n",
    "\t",
    "\r\n",
    "--",
    "-",
    "/*",
    "*/",
    "/",
    "*",
    "'",
    "''",
    ";",
    "é",
    "\u00a0",
    "DROP SCHEMA a",
    "drop\n owned",
    "DROP DATABASE",
    "-- migrate:up\n",
    "-- migrate:down\n",
    "  --migrate:up\r\n",
    "CREATE TABLE t (id int);\n"
  };

  /** What the rule computed before it streamed: the oracle. */
  private static int oracleLine(String text, ForwardPart part) {
    String forward = part.sectioned() ? up(text) : text;
    Matcher m = DROP.matcher(CommentStripper.sql(forward));
    if (!m.find()) {
      return 0;
    }
    String code = CommentStripper.sql(forward);
    return 1 + (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count();
  }

  private static boolean marker(Pattern p, String line) {
    return p.matcher(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).matches();
  }

  private static String up(String text) {
    String[] lines = text.split("\n", -1);
    boolean any = false;
    for (String l : lines) {
      any |= marker(UP, l);
    }
    if (!any) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    boolean inUp = false;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (marker(UP, l)) {
        inUp = true;
      } else if (marker(DOWN, l)) {
        inUp = false;
      } else if (inUp) {
        out.append(l);
      }
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** Hands out at most a few characters per read, so every boundary falls somewhere. */
  private static Reader dribble(String text, Random random) {
    return new Reader() {
      private final StringReader in = new StringReader(text);

      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        return in.read(buf, off, Math.min(len, 1 + random.nextInt(7)));
      }

      @Override
      public void close() {}
    };
  }

  private static int streamedLine(String text, ForwardPart part, Reader reader) throws IOException {
    DropScan s = ForwardSqlScan.scan(reader, part);
    return s.done() ? s.line() : 0;
  }

  @Test
  void generatedSqlGetsTheVerdictAndLineOfTheWholeTextReading() throws IOException {
    Random random = new Random(42);
    ForwardPart sections = ForwardPart.sections(UP, DOWN);
    int hits = 0;
    for (int i = 0; i < 5000; i++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(40);
      for (int t = 0; t < n; t++) {
        sb.append(TOKENS[random.nextInt(TOKENS.length)]);
      }
      String text = sb.toString();
      for (ForwardPart part : new ForwardPart[] {ForwardPart.WHOLE, sections}) {
        int expected = oracleLine(text, part);
        hits += expected > 0 ? 1 : 0;
        assertThat(streamedLine(text, part, new StringReader(text)))
            .as("%s over %s", part.sectioned() ? "sections" : "whole", text)
            .isEqualTo(expected);
        assertThat(streamedLine(text, part, dribble(text, random)))
            .as("dribbled %s", text)
            .isEqualTo(expected);
        DropScan inMemory = ForwardSqlScan.scan(text, part);
        assertThat(inMemory.done() ? inMemory.line() : 0)
            .as("in memory %s", text)
            .isEqualTo(expected);
      }
    }
    assertThat(hits).as("the generator must produce hits to compare").isGreaterThan(500);
  }

  @Test
  void aDropInTheDownSectionOfAHugeFileIsNotDestructiveAndOneInTheUpSectionIsFoundByLine()
      throws IOException {
    String longLine = "x".repeat(3 * ForwardSqlScan.MARKER_PREFIX);
    String text =
        "-- migrate:up\n"
            + ("INSERT INTO t VALUES ('" + longLine + "');\n").repeat(50)
            + "-- migrate:down\n"
            + "DROP SCHEMA app CASCADE;\n";
    ForwardPart sections = ForwardPart.sections(UP, DOWN);
    assertThat(streamedLine(text, sections, new StringReader(text))).isZero();
    assertThat(streamedLine(text, ForwardPart.WHOLE, new StringReader(text))).isEqualTo(53);
    String upDrop = text.replace("-- migrate:down\n", "DROP\n  DATABASE shop;\n-- migrate:down\n");
    assertThat(streamedLine(upDrop, sections, new StringReader(upDrop))).isEqualTo(52);
  }

  @Test
  void aMarkerLineLongerThanTheHeldPrefixStillSwitchesSectionsAndIsNotCode() throws IOException {
    String text =
        "-- migrate:up "
            + "y".repeat(2 * ForwardSqlScan.MARKER_PREFIX)
            + " DROP SCHEMA a\n"
            + "SELECT 1;\n-- migrate:down\nDROP SCHEMA a;\n";
    ForwardPart sections = ForwardPart.sections(UP, DOWN);
    assertThat(streamedLine(text, sections, new StringReader(text))).isZero();
  }

  @Test
  void windowsLineEndingsDoNotHideTheSectionMarkers() throws IOException {
    String text =
        "-- migrate:up\r\nCREATE TABLE t (id int);\r\n-- migrate:down\r\nDROP SCHEMA s;\r\n";
    assertThat(streamedLine(text, ForwardPart.sections(UP, DOWN), new StringReader(text))).isZero();
  }
}
