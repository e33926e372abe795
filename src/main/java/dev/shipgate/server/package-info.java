/**
 * {@code shipgate serve}'s HTTP side (O2, O4, O7), on Javalin (Jetty's platform threads): every
 * route in {@link dev.shipgate.server.Routes} (path, who may call it, handler), the tokens and the
 * dashboard session ({@link dev.shipgate.server.Guard}), the JSON of each route, {@code /metrics}
 * through Micrometer, and the jte dashboard. It is an output boundary like {@code cli}: every body
 * passes the same {@link dev.shipgate.config.Redactor} ({@link dev.shipgate.server.Responder}).
 * Handlers read the refresher's cached snapshot; they never wait on a dependency. It must not hold
 * health or business rules (those are in {@code workflow.health} and {@code workflow.doctor}).
 */
package dev.shipgate.server;
