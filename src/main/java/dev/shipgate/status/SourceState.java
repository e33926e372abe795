package dev.shipgate.status;

import java.util.List;

/**
 * What one history table says, held against the directory. Lists hold version identifiers
 * (PRODUCT.md §4).
 *
 * @param notes why something is changed, what is applied but unknown here
 */
record SourceState(
    String current,
    String head,
    List<String> pending,
    List<String> failed,
    List<String> changed,
    List<StatusNote> notes) {
  SourceState {
    pending = List.copyOf(pending);
    failed = List.copyOf(failed);
    changed = List.copyOf(changed);
    notes = List.copyOf(notes);
  }
}
