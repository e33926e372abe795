package dev.shipgate.cli;

import static dev.shipgate.testing.LocalHttpServer.failing;
import static dev.shipgate.testing.LocalHttpServer.json;
import static dev.shipgate.testing.LocalHttpServer.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.probe.wait.WaitOptions;
import dev.shipgate.probe.wait.WaitTarget;
import dev.shipgate.testing.CliResult;
import dev.shipgate.testing.CliRun;
import dev.shipgate.testing.LocalHttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WaitCommandTest {
  @TempDir Path dir;

  private static CliResult waitFor(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "wait";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.shipgate(all);
  }

  @Test
  void anOpenTcpPortIsReadyAtOnce() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
      waitFor("tcp://127.0.0.1:" + s.getLocalPort())
          .exits(0)
          .outContains("ready: tcp://127.0.0.1:" + s.getLocalPort(), "accepting connections");
    }
  }

  @Test
  void anHttpTargetIsReadyWhenItAnswers2xx() {
    try (LocalHttpServer server = LocalHttpServer.start()) {
      server.route("/health", failing(3, status(503), json(200, "{}")));
      waitFor(server.url("/health"), "--interval", "10ms")
          .exits(0)
          .outContains("ready: " + server.url("/health"), "HTTP 200", "4 attempts");
    }
  }

  @Test
  void statusListsWhatCountsAsReady() {
    try (LocalHttpServer server = LocalHttpServer.start()) {
      server.route("/api", status(401));
      waitFor(server.url("/api"), "--status", "200,401").exits(0).outContains("ready:");
    }
  }

  @Test
  void aFileIsReadyOnceItExists() throws Exception {
    Path marker = dir.resolve("ready.flag");
    // the file appears while the wait runs (the first polls see no file); no timing assumed
    Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              try {
                Thread.sleep(200);
                Files.writeString(marker, "ok");
              } catch (Exception e) {
                // the wait below times out and fails the test
              }
            });
    waitFor(marker.toString(), "--timeout", "60s").exits(0).outContains("ready: " + marker);
  }

  @Test
  void aServerThatStartsLaterIsNoticed() throws Exception {
    int port = LocalHttpServer.refusedPort();
    CountDownLatch done = new CountDownLatch(1);
    Thread.ofPlatform()
        .daemon()
        .start(
            () -> {
              try (ServerSocket s = new ServerSocket()) {
                Thread.sleep(300);
                s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                done.await(); // open until the wait has ended, however long it took
              } catch (Exception e) {
                // the wait below times out and fails the test
              }
            });
    try {
      waitFor("tcp://127.0.0.1:" + port, "--timeout", "60s").exits(0).outContains("ready:");
    } finally {
      done.countDown();
    }
  }

  @Test
  void itSaysWhyItIsStillWaitingAndTimesOutWithTheLastReason() {
    int port = LocalHttpServer.refusedPort();
    String url = "http://127.0.0.1:" + port + "/health";
    // the first "still waiting" line is due after 0.75s of a 6s wait: a wide window, and no
    // assertion on when exactly it came (WaitServiceTest checks the reasons on a hand clock)
    CliResult r = waitFor(url, "--timeout", "6s").exits(1);
    assertThat(r.err())
        .containsPattern(
            "shipgate: still waiting for "
                + java.util.regex.Pattern.quote(url)
                + " \\[\\d+\\.\\d\\ds of 6s, \\d+ attempts?\\]: CONNECTION_REFUSED: connection"
                + " refused by 127\\.0\\.0\\.1:"
                + port);
    assertThat(r.err().strip().lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo(
            "shipgate: timed out after 6s waiting for "
                + url
                + " (CONNECTION_REFUSED: connection refused by 127.0.0.1:"
                + port
                + ")");
  }

  @Test
  void localhostTriesIpv4AndIpv6() throws Exception {
    try (LocalHttpServer v6 = LocalHttpServer.start(InetAddress.getByName("::1"))) {
      v6.route("/health", json(200, "{}"));
      waitFor("http://localhost:" + v6.port() + "/health", "tcp://localhost:" + v6.port())
          .exits(0)
          .outContains("accepting connections on [0:0:0:0:0:0:0:1]");
    }
    int port = LocalHttpServer.refusedPort();
    waitFor("tcp://localhost:" + port, "--timeout", "1s")
        .exits(1)
        .errContains("(tried 127.0.0.1 and ::1)");
  }

  @Test
  void passwordsInTargetUrlsAreMasked() {
    int port = LocalHttpServer.refusedPort();
    waitFor("http://deploy:s3cr3t-pw-canary@127.0.0.1:" + port + "/", "--timeout", "200ms")
        .exits(1)
        .neverShows("s3cr3t-pw-canary")
        .errContains("deploy:****@");
  }

  @Test
  void badTargetsAndFlagsAreUsageErrors() {
    waitFor("ftp://example.org/file").exits(64).oneLineError().errContains("http(s)://HOST/PATH");
    waitFor("tcp://db").exits(64).oneLineError().errContains("tcp://HOST:PORT");
    waitFor("tcp://127.0.0.1:1", "--timeout", "0s").exits(64).errContains("must be more than 0");
    waitFor("http://127.0.0.1:1/", "--status", "999")
        .exits(64)
        .oneLineError()
        .errContains("--status 999 is not an HTTP status");
    waitFor().exits(64);
  }

  @Test
  void theDefaultTimeoutIsFiniteAndLocalTargetsArePolledFasterThanRemoteOnes() {
    WaitOptions o = new WaitOptions(null, null, null, null);
    assertThat(o.timeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(o.intervalFor(WaitTarget.parse("http://localhost:3000/health")))
        .isEqualTo(Duration.ofMillis(25));
    assertThat(o.intervalFor(WaitTarget.parse("tcp://[::1]:5432")))
        .isEqualTo(Duration.ofMillis(25));
    assertThat(o.intervalFor(WaitTarget.parse("tcp://127.0.0.2:5432")))
        .isEqualTo(Duration.ofMillis(25));
    assertThat(o.intervalFor(WaitTarget.parse("https://api.example.org/health")))
        .isEqualTo(Duration.ofMillis(250));
    assertThat(
            new WaitOptions(null, Duration.ofSeconds(1), null, null)
                .intervalFor(WaitTarget.parse("https://api.example.org/health")))
        .isEqualTo(Duration.ofSeconds(1));
  }
}
