package dev.shipgate.ci.model;

import java.nio.file.Path;

/** A 1-based line in a CI file. */
public record Loc(Path file, int line) {}
