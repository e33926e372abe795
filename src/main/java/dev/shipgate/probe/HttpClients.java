package dev.shipgate.probe;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;

/**
 * One {@link HttpClient} per connect timeout (the JDK sets it per client), all running their work
 * on virtual threads. {@link #close()} aborts whatever is still in flight. The executor never
 * rejects: a client finishing its aborted exchanges after close must not print a stack trace.
 */
final class HttpClients implements AutoCloseable {
  private static final ThreadFactory THREADS =
      Thread.ofVirtual().name("shipgate-http-", 0).factory();
  private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();
  private final Executor executor = task -> THREADS.newThread(task).start();

  HttpClient forConnectTimeout(Duration connectTimeout) {
    return clients.computeIfAbsent(
        connectTimeout,
        t ->
            HttpClient.newBuilder()
                .connectTimeout(t)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .executor(executor)
                .build());
  }

  @Override
  public void close() {
    clients.values().forEach(HttpClient::shutdownNow);
    clients.clear();
  }
}
