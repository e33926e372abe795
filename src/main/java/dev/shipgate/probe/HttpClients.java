package dev.shipgate.probe;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * One {@link HttpClient} per connect timeout (the JDK sets it per client), all sharing one
 * virtual-thread executor. {@link #close()} aborts whatever is still in flight.
 */
final class HttpClients implements AutoCloseable {
  private final Map<Duration, HttpClient> clients = new ConcurrentHashMap<>();
  private final ExecutorService executor;

  HttpClients(ExecutorService executor) {
    this.executor = executor;
  }

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
