package dev.shipgate.status;

import java.util.List;

/**
 * Where a database's migration history stands against the directory. {@link #migrated()} is true
 * when it is at the directory's head with nothing pending, failed or changed.
 *
 * @param source which history was read: shipgate, flyway, prisma or alembic
 * @param current the latest applied version identifier (comma-separated Alembic heads), or null
 * @param head the directory's latest version identifier, or null
 * @param notes the explanations behind the verdict
 */
public record HistoryStatus(
    boolean migrated,
    String source,
    String current,
    String head,
    List<String> pending,
    List<String> failed,
    List<String> changed,
    List<StatusNote> notes) {
  public HistoryStatus {
    pending = List.copyOf(pending);
    failed = List.copyOf(failed);
    changed = List.copyOf(changed);
    notes = List.copyOf(notes);
  }
}
