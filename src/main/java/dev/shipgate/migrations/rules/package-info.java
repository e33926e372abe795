/**
 * The migration lint's rules, one class per rule group, over a scanned {@code MigrationSet}. They
 * read no config: the {@code lint:} policy is applied to their findings afterwards.
 */
package dev.shipgate.migrations.rules;
