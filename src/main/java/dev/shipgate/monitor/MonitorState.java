package dev.shipgate.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every target's hysteresis and the dependencies between them: {@link #apply} takes one round of
 * observations and returns every target's status. Not thread-safe: one loop owns it.
 */
public final class MonitorState {
  private final Map<String, TargetPolicy> policies = new LinkedHashMap<>();
  private final Map<String, Hysteresis> own = new LinkedHashMap<>();
  private final Map<String, TargetState> shown = new HashMap<>();
  private final Map<String, Observation> last = new HashMap<>();
  private final Dependencies deps;
  private final Instant start;
  private final Duration grace;
  private int round;

  /**
   * @throws IllegalArgumentException for an unknown dependency or a cycle
   */
  public MonitorState(List<TargetPolicy> targets, Instant start, Duration grace) {
    for (TargetPolicy p : targets) {
      policies.put(p.name(), p);
      own.put(p.name(), new Hysteresis(p));
      shown.put(p.name(), TargetState.UNKNOWN);
    }
    this.deps = Dependencies.of(targets);
    this.start = start;
    this.grace = grace;
  }

  public List<TargetPolicy> policies() {
    return List.copyOf(policies.values());
  }

  public Dependencies dependencies() {
    return deps;
  }

  /** One round: the observations of the targets that were due (others keep their state). */
  public RoundResult apply(List<Observation> observations, Instant at) {
    round++;
    boolean inGrace = Hysteresis.inGrace(start, grace, at);
    Map<String, Boolean> checked = new HashMap<>();
    for (Observation o : observations) {
      Hysteresis h = own.get(o.target());
      if (h == null) {
        throw new IllegalArgumentException("unknown target " + o.target());
      }
      h.observe(o.health(), inGrace);
      last.put(o.target(), o);
      checked.put(o.target(), true);
    }
    Map<String, TargetState> ownStates = new HashMap<>();
    own.forEach((n, h) -> ownStates.put(n, h.state()));
    List<TargetStatus> out = new ArrayList<>();
    for (TargetPolicy p : policies.values()) {
      Hysteresis h = own.get(p.name());
      TargetState mine = h.state();
      String root = null;
      TargetState state = mine;
      if (mine == TargetState.DOWN || mine == TargetState.DEGRADED) {
        Optional<String> cause = deps.rootCause(p.name(), ownStates);
        if (cause.isPresent()) {
          root = cause.get();
          state = TargetState.SUPPRESSED;
        }
      }
      TargetState previous = shown.put(p.name(), state);
      out.add(
          new TargetStatus(
              p.name(),
              p.kind(),
              state,
              mine,
              previous,
              checked.containsKey(p.name()),
              h.failures(),
              h.passes(),
              root,
              last.get(p.name())));
    }
    return new RoundResult(round, at, List.copyOf(out));
  }
}
