/**
 * The offline migration rules, one class per rule group, run by {@code MigrationLinter} where the
 * directory's {@link dev.shipgate.migrations.Layout} checks them. Rules ask the layout (keys,
 * order, rollback convention, forward text) instead of switching on its id. Must not read config:
 * the {@code lint:} policy is applied afterwards.
 */
package dev.shipgate.migrations.rules;
