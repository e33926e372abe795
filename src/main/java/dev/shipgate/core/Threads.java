package dev.shipgate.core;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * The threads shipgate runs concurrent work on: platform daemon threads, one per task. Not virtual
 * threads: probes, checks and request handlers load classes (drivers, Jackson, TLS) and a virtual
 * thread loading a class pins its carrier; with two cores both carriers can end up pinned waiting
 * for a class-loading lock whose holder waits for the jar's lock, held by a virtual thread that
 * then never gets a carrier. That deadlock stopped a {@code serve} from starting (a jcmd dump of
 * the hung process showed it). The work here is one thread per probe or check, each mostly waiting
 * on the network: a {@code check} of 1,000 probes starts 1,000 platform threads and still finishes
 * within its slowest timeout (bench/check-1000). {@code ArchitectureTest} keeps virtual threads out
 * of the main code.
 */
public final class Threads {
  private Threads() {}

  /** Daemon platform threads named {@code prefix} plus a counter. */
  public static ThreadFactory named(String prefix) {
    return Thread.ofPlatform().daemon().name(prefix, 0).factory();
  }

  /**
   * A pool of daemon platform threads named {@code prefix}N that reuses idle threads (and lets them
   * end after a minute idle), for work split into many short tasks, such as the JDK HTTP client's:
   * a new platform thread per task there costs more than the task (1,000 probes timed out).
   */
  public static ExecutorService pooled(String prefix) {
    return Executors.newCachedThreadPool(named(prefix));
  }

  /**
   * A fixed pool of {@code size} daemon platform threads named {@code prefix}N, for short CPU work
   * handed out in bursts: tasks queue instead of each starting a thread.
   */
  public static ExecutorService fixed(String prefix, int size) {
    return Executors.newFixedThreadPool(size, named(prefix));
  }

  /** An executor that starts one daemon platform thread per task, named {@code prefix}N. */
  public static ExecutorService perTask(String prefix) {
    return Executors.newThreadPerTaskExecutor(named(prefix));
  }
}
