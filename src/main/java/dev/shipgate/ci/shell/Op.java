package dev.shipgate.ci.shell;

/** What joins a command to its neighbour: a separator, {@code &&}, {@code ||} or a pipe. */
public enum Op {
  SEQ,
  AND,
  OR,
  PIPE
}
