package dev.shipgate.core;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a signal (SIGINT, SIGTERM) interrupts, and how to stop it. Code that starts something that
 * would outlive shipgate (a statement on the server, a migrator's process group) opens a {@link
 * Scope} with a way to cancel it; the CLI's signal handler calls {@link #interrupt}, which cancels
 * every open scope (latest first) and remembers what was running and what was done about it, so the
 * run can end with one line saying so. Process-wide, like signals.
 */
public final class Interruption {
  /** A signal by name and number: the exit code is 128 + number. */
  public record Signal(String name, int number) {
    public static final Signal INT = new Signal("SIGINT", 2);
    public static final Signal TERM = new Signal("SIGTERM", 15);
  }

  private record Action(String what, Runnable cancel) {}

  private static final Deque<Action> OPEN = new ConcurrentLinkedDeque<>();
  private static final List<String> RUNNING = new CopyOnWriteArrayList<>();
  private static final List<String> DONE = new CopyOnWriteArrayList<>();
  private static volatile Signal received;

  private Interruption() {}

  /** While open, {@code what} ("applying db/002_x.sql") is running; {@code cancel} stops it. */
  public static Scope during(String what, Runnable cancel) {
    Action a = new Action(what, cancel);
    OPEN.addLast(a);
    if (received != null) {
      cancelNow(a); // the signal came first: do not start what it would have stopped
    }
    return new Scope(a);
  }

  /** An open scope: closing it means what it ran has ended by itself. */
  public static final class Scope implements AutoCloseable {
    private final Action action;

    private Scope(Action action) {
      this.action = action;
    }

    @Override
    public void close() {
      OPEN.remove(action);
    }
  }

  /**
   * The signal came: cancels every open scope, latest first.
   *
   * @return true when something was running (it is cancelled now); false when nothing was, and the
   *     caller should interrupt the main thread instead
   */
  public static synchronized boolean interrupt(Signal signal) {
    if (received != null) {
      return true;
    }
    received = signal;
    List<Action> open = new ArrayList<>(OPEN);
    for (int i = open.size() - 1; i >= 0; i--) {
      cancelNow(open.get(i));
    }
    return !open.isEmpty();
  }

  private static void cancelNow(Action a) {
    if (!RUNNING.contains(a.what())) {
      RUNNING.add(a.what());
    }
    try {
      a.cancel().run();
    } catch (RuntimeException e) {
      note("could not stop " + a.what() + ": " + e.getMessage());
    }
  }

  /** Records what was done because of the signal ("cancelled its statement"). */
  public static void note(String done) {
    if (received != null && !DONE.contains(done)) {
      DONE.add(done);
    }
  }

  public static Optional<Signal> received() {
    return Optional.ofNullable(received);
  }

  /** What was running when the signal came, in the order it was cancelled. */
  public static List<String> running() {
    return List.copyOf(RUNNING);
  }

  /** Forgets a signal (tests that run in-process after one). */
  static synchronized void reset() {
    received = null;
    OPEN.clear();
    RUNNING.clear();
    DONE.clear();
  }

  /** What was done because of the signal, in order. */
  public static List<String> done() {
    return List.copyOf(DONE);
  }
}
