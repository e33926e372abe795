package dev.shipgate.migrations.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming ledger hashes equal the hashes of the whole file held in memory. */
class SumFileTest {
  @TempDir Path tmp;

  private void assertSameAsWholeFile(byte[] bytes) throws Exception {
    Path f = Files.write(tmp.resolve("m.sql"), bytes);
    byte[][] streamed = SumFile.hashes(f);
    assertThat(streamed[0]).isEqualTo(SumFile.sha256(bytes));
    assertThat(streamed[1]).isEqualTo(SumFile.sha256(SumFile.withoutWhitespace(bytes)));
  }

  @Test
  void shortFilesAndAByteOrderMarkHashAsTheyDidWhenReadWhole() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertSameAsWholeFile(new byte[0]);
    assertSameAsWholeFile(" ".getBytes(StandardCharsets.UTF_8));
    assertSameAsWholeFile("a\n".getBytes(StandardCharsets.UTF_8));
    assertSameAsWholeFile(bom);
    assertSameAsWholeFile(new byte[] {(byte) 0xEF, (byte) 0xBB});
    byte[] withBom = new byte[bom.length + 20];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy("CREATE TABLE t (id int);".getBytes(), 0, withBom, 3, 20);
    assertSameAsWholeFile(withBom);
  }

  @Test
  void filesLargerThanTheBufferHashAsTheyDidWhenReadWhole() throws Exception {
    Random random = new Random(17);
    byte[] alphabet = " \t\r\n\f\u000bSELECT1;".getBytes(StandardCharsets.ISO_8859_1);
    for (int size : new int[] {65_535, 65_536, 65_537, 200_003}) {
      byte[] bytes = new byte[size];
      for (int i = 0; i < size; i++) {
        bytes[i] = alphabet[random.nextInt(alphabet.length)];
      }
      assertSameAsWholeFile(bytes);
    }
  }

  @Test
  void aWhitespaceOnlyChangeKeepsTheSecondHashAndChangesTheFirst() throws Exception {
    Path a = Files.writeString(tmp.resolve("a.sql"), "CREATE TABLE t (id int);\n");
    Path b = Files.writeString(tmp.resolve("b.sql"), "CREATE TABLE t (\n  id int\n);\n");
    assertThat(SumFile.hashes(a)[0]).isNotEqualTo(SumFile.hashes(b)[0]);
    assertThat(SumFile.hashes(a)[1]).isEqualTo(SumFile.hashes(b)[1]);
  }
}
