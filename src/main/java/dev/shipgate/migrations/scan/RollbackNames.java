package dev.shipgate.migrations.scan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises rollback files by the words that mean one, where they mean one. A description whose
 * last word is rollback/revert/undo/down ({@code add_chat_rollback}, {@code add_chat.down}) is the
 * rollback of another migration. One whose first word is rollback/revert/undo ({@code
 * revert_chat_feature}) may be a deliberate forward migration that undoes an earlier change. The
 * same words elsewhere describe something else ({@code add_rollback_reason}, {@code
 * create_undo_log}, {@code add_down_payment}), and "reverse" is never a rollback word ({@code
 * reverse_document_relation}).
 */
public final class RollbackNames {
  /** How a name marks itself as a rollback. */
  public enum Form {
    NONE,
    /** The last word is rollback/revert/undo/down: the rollback of another migration. */
    SUFFIX,
    /** Starts with rollback/revert/undo: maybe a deliberate forward migration. */
    INNER
  }

  private static final Set<String> WORDS = Set.of("rollback", "revert", "undo");

  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

  private RollbackNames() {}

  public static Form classify(String description) {
    if (!mentionsRollback(description)) {
      return Form.NONE;
    }
    List<String> tokens = tokens(description);
    if (tokens.isEmpty()) {
      return Form.NONE;
    }
    String last = tokens.get(tokens.size() - 1);
    if (WORDS.contains(last) || last.equals("down")) {
      return Form.SUFFIX;
    }
    return WORDS.contains(tokens.get(0)) ? Form.INNER : Form.NONE;
  }

  private static boolean mentionsRollback(String description) {
    if (description == null) {
      return false;
    }
    String lower = description.toLowerCase(Locale.ROOT);
    return lower.contains("rollback")
        || lower.contains("revert")
        || lower.contains("undo")
        || lower.contains("down");
  }

  /** The lower-case words of a name: split on anything but letters and digits. */
  public static List<String> tokens(String description) {
    if (description == null || description.isBlank()) {
      return List.of();
    }
    return Arrays.stream(NON_WORD.split(description.toLowerCase(Locale.ROOT)))
        .filter(t -> !t.isEmpty())
        .toList();
  }
}
