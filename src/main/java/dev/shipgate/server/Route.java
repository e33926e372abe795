package dev.shipgate.server;

import io.javalin.http.HandlerType;

/** One row of the route table. */
record Route(HandlerType method, String path, Access access, Endpoint endpoint) {
  static Route get(String path, Access access, Endpoint e) {
    return new Route(HandlerType.GET, path, access, e);
  }

  static Route post(String path, Access access, Endpoint e) {
    return new Route(HandlerType.POST, path, access, e);
  }
}
