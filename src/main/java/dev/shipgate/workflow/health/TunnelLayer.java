package dev.shipgate.workflow.health;

import dev.shipgate.probe.FailureReason;
import dev.shipgate.probe.ProbeStatus;

/**
 * One layer of the tunnel (D4): {@code process} (running), {@code local} (the origin answers) or
 * {@code public} (the public URL answers), so "not running" reads apart from "running but not
 * routing".
 */
public record TunnelLayer(
    String layer, ProbeStatus status, FailureReason reason, Long latencyMs, String detail) {}
