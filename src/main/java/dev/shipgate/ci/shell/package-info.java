/**
 * Just enough POSIX shell / bash parsing to see how failures flow through a CI script: tokens
 * (quotes, substitutions, here-documents, comments), simple commands with the operators between
 * them, nesting and tested conditions, {@code ||} fallbacks, pipelines and loops. Not an
 * interpreter: it never runs or expands anything, and never fails on odd input.
 */
package dev.shipgate.ci.shell;
