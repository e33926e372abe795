package dev.shipgate.workflow.deploy;

import dev.shipgate.incidents.Category;
import java.util.List;

/** The deploy's states, in the order they run; SUCCESS and FAILURE_ROLLBACK are terminal. */
public enum Phase {
  PRECHECK(Category.DEPLOY),
  DB_VALIDATE(Category.DB),
  MIGRATE_VERIFY(Category.MIGRATION),
  BACKEND_START(Category.BACKEND),
  BACKEND_READY_GATE(Category.BACKEND),
  FRONTEND_START(Category.DEPLOY),
  TUNNEL_START_OR_VERIFY(Category.TUNNEL),
  EXTERNAL_VERIFY(Category.API),
  SUCCESS(Category.DEPLOY),
  FAILURE_ROLLBACK(Category.DEPLOY);

  /** The states a deploy walks through before it ends. */
  public static final List<Phase> FORWARD =
      List.of(
          PRECHECK,
          DB_VALIDATE,
          MIGRATE_VERIFY,
          BACKEND_START,
          BACKEND_READY_GATE,
          FRONTEND_START,
          TUNNEL_START_OR_VERIFY,
          EXTERNAL_VERIFY);

  private final Category category;

  Phase(Category category) {
    this.category = category;
  }

  /** The incident category of a deploy that failed in this state. */
  public Category category() {
    return category;
  }
}
