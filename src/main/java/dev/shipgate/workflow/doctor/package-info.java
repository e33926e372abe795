/**
 * The doctor (O3): {@link dev.shipgate.workflow.doctor.Doctor} turns the server's latest health
 * snapshot and the config into a diagnostics bundle ({@link
 * dev.shipgate.workflow.doctor.DoctorReport}) with recommended actions and no secrets (what is
 * configured says {@code true/false}, ids are masked by {@link
 * dev.shipgate.workflow.doctor.Masks}); {@link dev.shipgate.workflow.doctor.DoctorRun} checks
 * everything now and records the failures as incidents. It must not print or wait without a bound.
 */
package dev.shipgate.workflow.doctor;
