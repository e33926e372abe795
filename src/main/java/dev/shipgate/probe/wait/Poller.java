package dev.shipgate.probe.wait;

import dev.shipgate.config.Durations;
import dev.shipgate.probe.Expectation;
import dev.shipgate.probe.FailureReason;
import dev.shipgate.probe.HttpProbe;
import dev.shipgate.probe.Loopback;
import dev.shipgate.probe.ProbeKind;
import dev.shipgate.probe.ProbeResult;
import dev.shipgate.probe.ProbeRunner;
import dev.shipgate.probe.ProbeStatus;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** One poll of one target, bounded by a timeout. HTTP polls go through the probe engine. */
final class Poller implements TargetPoller {
  private static final String BOTH_FAMILIES = " (tried 127.0.0.1 and ::1)";

  private final ProbeRunner runner;
  private final Expectation expect;

  Poller(ProbeRunner runner, List<Integer> statuses) {
    this.runner = runner;
    this.expect = statuses.isEmpty() ? Expectation.any2xx() : Expectation.statuses(statuses);
  }

  @Override
  public Observation poll(WaitTarget target, Duration timeout) {
    return switch (target) {
      case WaitTarget.Http h -> http(h, timeout);
      case WaitTarget.Tcp t -> tcp(t, timeout);
      case WaitTarget.File f ->
          Files.exists(f.path())
              ? Observation.ready("exists", null)
              : Observation.notReady(null, "does not exist yet");
    };
  }

  private Observation http(WaitTarget.Http h, Duration timeout) {
    HttpProbe probe =
        HttpProbe.builder("wait", ProbeKind.CHECK, h.uri()).expect(expect).timeout(timeout).build();
    ProbeResult r = runner.run(probe);
    if (r.status() == ProbeStatus.PASS) {
      return Observation.ready(r.detail(), r.httpStatus());
    }
    String detail = r.detail();
    if (r.reason() == FailureReason.CONNECTION_REFUSED && Loopback.isLocalhost(h.uri().getHost())) {
      detail += BOTH_FAMILIES;
    }
    return new Observation(false, r.reason(), detail, r.httpStatus());
  }

  private static Observation tcp(WaitTarget.Tcp t, Duration timeout) {
    List<InetAddress> addresses;
    try {
      addresses =
          Loopback.isLocalhost(t.host())
              ? Loopback.addresses()
              : Arrays.asList(InetAddress.getAllByName(t.host()));
    } catch (UnknownHostException e) {
      return Observation.notReady(
          FailureReason.DNS, "cannot resolve host " + t.host() + " (DNS lookup failed)");
    }
    int ms = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    Observation last = null;
    for (InetAddress a : addresses) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(a, t.port()), ms);
        return Observation.ready("accepting connections on " + show(a) + ":" + t.port(), null);
      } catch (SocketTimeoutException e) {
        last =
            Observation.notReady(
                FailureReason.TIMEOUT,
                "could not connect to "
                    + t.host()
                    + ":"
                    + t.port()
                    + " within "
                    + Durations.format(timeout));
      } catch (ConnectException | NoRouteToHostException e) {
        String suffix = Loopback.isLocalhost(t.host()) ? BOTH_FAMILIES : "";
        last =
            Observation.notReady(
                FailureReason.CONNECTION_REFUSED,
                (e instanceof NoRouteToHostException ? "no route to " : "connection refused by ")
                    + t.host()
                    + ":"
                    + t.port()
                    + suffix);
      } catch (IOException e) {
        last =
            Observation.notReady(
                FailureReason.CONNECTION_REFUSED,
                "cannot connect to " + t.host() + ":" + t.port() + ": " + e.getMessage());
      }
    }
    return last;
  }

  private static String show(InetAddress a) {
    String s = a.getHostAddress();
    return s.indexOf(':') >= 0 ? "[" + s + "]" : s;
  }
}
