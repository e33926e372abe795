package dev.shipgate.deploy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;

/** Whether a TCP port is free to listen on (on every address), and waiting until it is. */
public final class Ports {
  private Ports() {}

  public static boolean isFree(int port) {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** True as soon as the port is free; false when it is still taken after {@code timeout}. */
  public static boolean awaitFree(int port, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!isFree(port)) {
      if (System.nanoTime() - deadline >= 0) {
        return false;
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return isFree(port);
      }
    }
    return true;
  }
}
