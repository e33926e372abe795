package dev.shipgate.cli;

import dev.shipgate.core.ErrorClass;
import dev.shipgate.core.ErrorCode;
import dev.shipgate.core.Failure;
import dev.shipgate.core.Outcome;
import dev.shipgate.core.Verdict;

/**
 * The one exit-code table of shipgate (README, "Exit codes") and the one mapping onto it: from a
 * {@link Verdict}, from an {@link ErrorCode}'s class, and {@code verify}'s stage numbers. Nothing
 * outside this class chooses a number.
 */
enum ExitCode {
  /** Every gate passed. */
  OK(0),
  /** A gate failed: lint errors, pending or failed migrations, unhealthy, deploy rolled back. */
  GATE_FAILED(1),
  /** Passed with degraded or optional failures. */
  PARTIAL(2),
  /** Unknown flag or bad argument. */
  USAGE(64),
  /** A path or config file named by the user does not exist. */
  INPUT_MISSING(66),
  /** A bug in shipgate. */
  INTERNAL(70),
  /** The configuration is invalid. */
  CONFIG(78),
  /** Interrupted by SIGINT (Ctrl-C): what was running is cancelled (128 + 2). */
  INTERRUPTED_INT(130),
  /** Interrupted by SIGTERM: what was running is cancelled (128 + 15). */
  INTERRUPTED_TERM(143);

  /** 128 + the signal's number, as shells report a process a signal ended. */
  static int ofSignal(dev.shipgate.core.Interruption.Signal signal) {
    return signal.number() == 2
        ? INTERRUPTED_INT.code
        : signal.number() == 15 ? INTERRUPTED_TERM.code : 128 + signal.number();
  }

  /** {@code verify}: more than one stage failed. */
  static final int SEVERAL_STAGES_FAILED = 99;

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  int code() {
    return code;
  }

  static int of(Verdict verdict) {
    return switch (verdict) {
      case PASS -> OK.code;
      case PARTIAL -> PARTIAL.code;
      case FAIL -> GATE_FAILED.code;
    };
  }

  static int of(ErrorCode error) {
    return of(error.errorClass());
  }

  static int of(Failure failure) {
    return of(failure.code());
  }

  /** A failure's class when the run stopped early, else the verdict's code. */
  static int of(Outcome outcome) {
    return outcome.failure().map(ExitCode::of).orElseGet(() -> of(outcome.verdict()));
  }

  static int of(ErrorClass c) {
    return switch (c) {
      case GATE_FAILED -> GATE_FAILED.code;
      case USAGE -> USAGE.code;
      case INPUT_MISSING -> INPUT_MISSING.code;
      case CONFIG -> CONFIG.code;
      case INTERNAL -> INTERNAL.code;
    };
  }

  /**
   * {@code verify}: 0 when no stage failed, the stage's number (1-4) when exactly one did, 99 when
   * more than one did.
   */
  static int ofStages(java.util.List<Integer> failedStages) {
    return switch (failedStages.size()) {
      case 0 -> OK.code;
      case 1 -> failedStages.get(0);
      default -> SEVERAL_STAGES_FAILED;
    };
  }
}
