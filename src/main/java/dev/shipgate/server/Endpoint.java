package dev.shipgate.server;

import io.javalin.http.Context;

/** A route's handler: reads the request, answers a {@link Reply}; never writes the response. */
@FunctionalInterface
interface Endpoint {
  Reply handle(Context ctx) throws Exception;
}
