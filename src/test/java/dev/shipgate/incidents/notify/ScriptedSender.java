package dev.shipgate.incidents.notify;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * An {@link HttpSender} for budget tests on a fake clock: each request takes a scripted time (a
 * hanging receiver takes the whole timeout it was given) and gets a scripted reply.
 */
final class ScriptedSender implements HttpSender {
  record Step(Duration latency, Reply reply) {}

  private final FakeTime time;
  private final Deque<Step> script = new ArrayDeque<>();
  final List<Duration> timeouts = new ArrayList<>();
  final List<Outbound> requests = new ArrayList<>();

  ScriptedSender(FakeTime time) {
    this.time = time;
  }

  ScriptedSender reply(int status, Map<String, String> headers) {
    script.add(new Step(Duration.ofMillis(20), new Reply(status, headers, "{}", null)));
    return this;
  }

  ScriptedSender hang() {
    script.add(new Step(null, Reply.failed("TIMEOUT")));
    return this;
  }

  @Override
  public Reply send(Outbound request, Duration timeout) {
    requests.add(request);
    timeouts.add(timeout);
    Step s =
        script.isEmpty()
            ? new Step(Duration.ofMillis(20), new Reply(500, Map.of(), "", null))
            : script.poll();
    if (s.latency() == null || s.latency().compareTo(timeout) >= 0) {
      time.clock.advance(timeout);
      return Reply.failed("TIMEOUT");
    }
    time.clock.advance(s.latency());
    return s.reply();
  }
}
