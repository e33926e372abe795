package dev.shipgate.core;

/**
 * Something a running service reports while it works: a step started or finished, a wait and its
 * reason, a retry. Each feature defines its events as records; renderers in the CLI print them live
 * (text) or leave them to the final document (JSON). Services never format text.
 */
public interface Event {}
