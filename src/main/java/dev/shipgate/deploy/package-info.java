/**
 * The parts of {@code deploy} that touch the machine: services started as child processes in their
 * own process group with their output in {@code logs/<service>.log} ({@link ServiceProcess}),
 * stopping a group (SIGTERM, grace, SIGKILL) and checking its port is free ({@link ProcessGroups},
 * {@link Ports}), the deploy lock in the store ({@link DeployLock}), the state file of what the
 * last deploy started ({@link StateFile}), and finding a running process by name ({@link
 * ProcessLookup}). It decides nothing about phases or what a failure means: that is {@code
 * workflow.deploy}.
 */
package dev.shipgate.deploy;
