package dev.shipgate.incidents.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SignatureTest {
  @Test
  void signsTimestampDotBodyWithHmacSha256AsAReceiverRecomputesIt() throws Exception {
    String body = "{\"schema\":\"shipgate.incident.v1\"}";
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("s3cret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        HexFormat.of()
            .formatHex(mac.doFinal(("1700000000." + body).getBytes(StandardCharsets.UTF_8)));
    assertThat(Signature.sign("s3cret", 1700000000L, body)).isEqualTo("sha256=" + expected);
  }
}
