package dev.shipgate.incidents;

/**
 * What {@link IncidentService#resolve} did.
 *
 * @param alreadyResolved it was resolved before this call (nothing changed)
 */
public record ResolveResult(Incident incident, boolean alreadyResolved) {}
