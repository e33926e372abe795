package dev.shipgate.workflow.doctor;

/**
 * What the config says of one external API, without its secret: whether a key or token is set and
 * its masked id.
 */
public record ExternalFacts(
    String name, String type, boolean optional, boolean configured, String maskedId) {}
