/**
 * {@code shipgate init} (capability C2): detects migration layouts, CI files and stacks in a
 * project, writes a commented {@code shipgate.yaml} that loads and lints as is, and renders the
 * next steps (a CI job, pre-deploy hooks). Writes only the config file, never over an existing one
 * unless forced; reads nothing outside the project folder.
 */
package dev.shipgate.init;
