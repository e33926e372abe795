/**
 * What every lint shares: rule ids, findings, the report record, the `lint:` policy (severity
 * overrides, allow-lists) and the renderers (text, JSON, SARIF, GitHub annotations). Knows nothing
 * about migrations or workflows.
 */
package dev.shipgate.lint;
