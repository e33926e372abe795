package dev.shipgate.status;

import java.util.List;
import java.util.Map;

/**
 * The status verdict (PRODUCT.md §4). {@link #migrated()} is true when the database is at the
 * directory's head with nothing pending, failed or changed; {@link #ok()} additionally needs every
 * schema check to pass, and decides the exit code.
 *
 * @param source which history was read: shipgate, flyway, prisma or alembic
 * @param current the latest applied version identifier (comma-separated Alembic heads), or null
 * @param head the directory's latest version identifier, or null
 * @param notes explanations for the text form; not part of the JSON contract
 */
public record MigrationStatus(
    boolean migrated,
    String source,
    String current,
    String head,
    List<String> pending,
    List<String> failed,
    List<String> changed,
    Map<String, Boolean> checks,
    List<String> notes) {

  public boolean ok() {
    return migrated && checks.values().stream().allMatch(Boolean::booleanValue);
  }
}
