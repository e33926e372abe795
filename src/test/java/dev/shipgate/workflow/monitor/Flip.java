package dev.shipgate.workflow.monitor;

import dev.shipgate.testing.LocalHttpServer;
import java.util.concurrent.atomic.AtomicInteger;

/** A loopback route that answers with whatever status the test sets (healthy or failing). */
final class Flip {
  private final AtomicInteger status = new AtomicInteger(200);

  LocalHttpServer.Reply reply() {
    return (ex, s) ->
        LocalHttpServer.json(status.get(), "{\"status\":" + status.get() + "}").answer(ex, s);
  }

  void healthy() {
    status.set(200);
  }

  void failing() {
    status.set(503);
  }

  void set(boolean ok) {
    status.set(ok ? 200 : 503);
  }
}
