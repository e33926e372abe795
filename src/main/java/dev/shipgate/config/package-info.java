/**
 * Reads `shipgate.yaml` into immutable records: `${VAR}` expansion, durations, secrets, precise
 * file:line:key errors (exit 78). Owns the schema; must not perform any of the checks the config
 * describes, and must never print a {@link dev.shipgate.config.Secret}'s value.
 */
package dev.shipgate.config;
