import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The endpoints for the check benchmark: /ok/N answers {"status":"alive"} at once, /hang/N reads
 * the request and never answers. Prints its port, then serves until killed.
 * Run with a JDK 21+: java BenchServer.java
 */
public class BenchServer {
  public static void main(String[] args) throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    byte[] body = "{\"status\":\"alive\"}".getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/ok",
        ex -> {
          ex.getRequestBody().readAllBytes();
          ex.getResponseHeaders().set("Content-Type", "application/json");
          ex.sendResponseHeaders(200, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    server.createContext(
        "/hang",
        ex -> {
          try {
            Thread.sleep(Long.MAX_VALUE);
          } catch (InterruptedException e) {
            ex.close();
          }
        });
    server.start();
    System.out.println(server.getAddress().getPort());
    System.out.flush();
  }
}
