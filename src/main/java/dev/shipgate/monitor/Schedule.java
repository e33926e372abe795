package dev.shipgate.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which targets are due when: every target is due at the start, then once per its own interval
 * after the round that checked it. Time is handed in (an injected clock), so tests drive rounds
 * without sleeping.
 */
public final class Schedule {
  private final Map<String, Duration> intervals = new LinkedHashMap<>();
  private final Map<String, Instant> next = new LinkedHashMap<>();

  public Schedule(List<TargetPolicy> policies, Instant start) {
    for (TargetPolicy p : policies) {
      intervals.put(p.name(), p.interval());
      next.put(p.name(), start);
    }
  }

  /** The targets due at {@code now}, in the order given; each is then due again an interval on. */
  public List<String> takeDue(Instant now) {
    List<String> due = new ArrayList<>();
    for (Map.Entry<String, Instant> e : next.entrySet()) {
      if (!e.getValue().isAfter(now)) {
        due.add(e.getKey());
        Instant following = e.getValue().plus(intervals.get(e.getKey()));
        // a round that ran late does not queue up missed rounds
        e.setValue(following.isAfter(now) ? following : now.plus(intervals.get(e.getKey())));
      }
    }
    return due;
  }

  /** When the next target is due. */
  public Instant nextDue() {
    return next.values().stream().min(Instant::compareTo).orElse(Instant.MAX);
  }
}
