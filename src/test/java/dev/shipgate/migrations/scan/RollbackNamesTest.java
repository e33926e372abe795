package dev.shipgate.migrations.scan;

import static dev.shipgate.migrations.scan.RollbackNames.Form.INNER;
import static dev.shipgate.migrations.scan.RollbackNames.Form.NONE;
import static dev.shipgate.migrations.scan.RollbackNames.Form.SUFFIX;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RollbackNamesTest {
  @Test
  void nameEndingInRollbackWordIsTheRollbackOfAnotherFile() {
    assertThat(RollbackNames.classify("add_customer_chat_support_rollback")).isEqualTo(SUFFIX);
    assertThat(RollbackNames.classify("add_chat.down")).isEqualTo(SUFFIX);
    assertThat(RollbackNames.classify("add-chat-revert")).isEqualTo(SUFFIX);
    assertThat(RollbackNames.classify("Add_Chat_UNDO")).isEqualTo(SUFFIX);
  }

  @Test
  void rollbackWordInsideTheNameMayBeADeliberateForwardMigration() {
    assertThat(RollbackNames.classify("revert_chat_feature")).isEqualTo(INNER);
    assertThat(RollbackNames.classify("rollback_pricing_change")).isEqualTo(INNER);
  }

  @Test
  void downOnlyCountsAtTheEnd() {
    assertThat(RollbackNames.classify("add_down_payment")).isEqualTo(NONE);
    assertThat(RollbackNames.classify("countdown_timer")).isEqualTo(NONE);
    assertThat(RollbackNames.classify("create_users")).isEqualTo(NONE);
    assertThat(RollbackNames.classify("")).isEqualTo(NONE);
  }

  @Test
  void reverseAndRollbackWordsInTheMiddleDescribeSomethingElse() {
    assertThat(RollbackNames.classify("reverse_document_relation")).isEqualTo(NONE);
    assertThat(RollbackNames.classify("add_reverse_index")).isEqualTo(NONE);
    assertThat(RollbackNames.classify("add_rollback_reason_column")).isEqualTo(NONE);
    assertThat(RollbackNames.classify("create_undo_log")).isEqualTo(NONE);
    assertThat(RollbackNames.classify("add_rollbacks_table")).isEqualTo(NONE);
  }
}
