package dev.shipgate.incidents.notify;

import java.net.URI;
import java.util.Map;

/** One HTTP request a destination wants sent. The URI may carry a credential: never print it. */
record Outbound(String method, URI uri, Map<String, String> headers, String body) {}
