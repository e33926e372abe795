/**
 * What the CI lint reads a workflow into: jobs, steps, scripts with the file line of every
 * character, failure switches (continue-on-error, allow_failure), matrices and scopes. Plain
 * records; no parsing and no rules here.
 */
package dev.shipgate.ci.model;
