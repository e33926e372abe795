package dev.shipgate.ci.model;

/** The shell a step or job runs: its text with positions, and how the shell is started. */
public record Script(ScriptText text, ShellSettings shell) {}
