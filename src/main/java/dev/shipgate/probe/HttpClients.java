package dev.shipgate.probe;

import dev.shipgate.core.Threads;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * One {@link HttpClient} per connect timeout (the JDK sets it per client), all running their work
 * on one pool of daemon platform threads ({@link Threads#pooled}). {@link #close()} aborts whatever
 * is still in flight. The executor never rejects: a client finishing its aborted exchanges after
 * close must not print a stack trace.
 */
final class HttpClients implements AutoCloseable {
  /**
   * Shared by every client and never shut down, so it never rejects. Pooled: the client splits each
   * exchange into many short tasks, and a new platform thread for each made 1,000 probes time out.
   */
  private static final Executor EXECUTOR = Threads.pooled("shipgate-http-");

  private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();

  HttpClient forConnectTimeout(Duration connectTimeout) {
    return clients.computeIfAbsent(
        connectTimeout,
        t ->
            HttpClient.newBuilder()
                .connectTimeout(t)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .executor(EXECUTOR)
                .build());
  }

  @Override
  public void close() {
    clients.values().forEach(HttpClient::shutdownNow);
    clients.clear();
  }
}
