package dev.shipgate.monitor;

/**
 * One target after a round.
 *
 * @param state the state shown (SUPPRESSED when a dependency explains the failure)
 * @param own the target's own state from its checks alone
 * @param previous the state shown before this round
 * @param checked whether this round checked it (it was due)
 * @param rootCause the DOWN dependency behind a SUPPRESSED state, else null
 * @param last the latest observation, or null before the first
 */
public record TargetStatus(
    String target,
    String kind,
    TargetState state,
    TargetState own,
    TargetState previous,
    boolean checked,
    int failures,
    int passes,
    String rootCause,
    Observation last) {
  public boolean changed() {
    return state != previous;
  }
}
