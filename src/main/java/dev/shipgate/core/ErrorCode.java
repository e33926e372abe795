package dev.shipgate.core;

import java.util.Locale;

/**
 * Why a run could not finish or did not pass, for machines: {@code error.code} in every JSON
 * document, stable and upper-case. People read the message that travels with it ({@link
 * Failure#message()}); code never parses that message.
 */
public enum ErrorCode {
  /** An unknown or conflicting flag, a bad argument, an unknown name. */
  USAGE(ErrorClass.USAGE),
  /** A path or file that does not exist or cannot be read or written. */
  NOT_FOUND(ErrorClass.INPUT_MISSING),
  /** shipgate.yaml is invalid, or lacks what the command needs. */
  CONFIG_INVALID(ErrorClass.CONFIG),
  /** No connection after every attempt of {@code database.connect}. */
  DB_UNREACHABLE(ErrorClass.GATE_FAILED),
  /** The server refused the connection for a reason retrying cannot fix (password, database). */
  DB_REJECTED(ErrorClass.GATE_FAILED),
  /** A query shipgate needed (catalog, history) failed. */
  DB_QUERY_FAILED(ErrorClass.GATE_FAILED),
  /** Another run held the migration lock for longer than the lock timeout. */
  LOCK_TIMEOUT(ErrorClass.GATE_FAILED),
  /** The migration lint found errors, so nothing was applied. */
  LINT_FAILED(ErrorClass.GATE_FAILED),
  /** A migration file failed on the database. */
  MIGRATION_FAILED(ErrorClass.GATE_FAILED),
  /** The plan is unsafe (changed, unfinished, removed or out-of-order files), so nothing ran. */
  MIGRATION_REFUSED(ErrorClass.GATE_FAILED),
  /** The team's migrator exited 0, but its history table is not at head. */
  HISTORY_NOT_AT_HEAD(ErrorClass.GATE_FAILED),
  /** A command shipgate ran could not start or exited non-zero. */
  COMMAND_FAILED(ErrorClass.GATE_FAILED),
  /** A command shipgate ran outlived its timeout and was killed. */
  COMMAND_TIMEOUT(ErrorClass.GATE_FAILED),
  /** Required environment variables are missing or empty. */
  ENV_MISSING(ErrorClass.GATE_FAILED),
  /** The schema lacks what {@code database.expect} requires. */
  EXPECTATIONS_FAILED(ErrorClass.GATE_FAILED),
  /** The run was interrupted. */
  INTERRUPTED(ErrorClass.GATE_FAILED),
  /** deploy: a directory is not writable or a generated artifact is missing. */
  PREFLIGHT_FAILED(ErrorClass.GATE_FAILED),
  /** deploy: a service's port is taken by a process shipgate did not start. */
  PORT_IN_USE(ErrorClass.GATE_FAILED),
  /** deploy: another deploy holds the deploy lock. */
  DEPLOY_LOCKED(ErrorClass.GATE_FAILED),
  /** deploy: a service exited while it was being started or gated. */
  SERVICE_EXITED(ErrorClass.GATE_FAILED),
  /** deploy: a service did not pass its readiness checks in time, recovery included. */
  NOT_READY(ErrorClass.GATE_FAILED),
  /** deploy: a layer of the tunnel (process, connector, local origin, public URL) failed. */
  TUNNEL_FAILED(ErrorClass.GATE_FAILED),
  /** deploy: a required external API or agent failed. */
  EXTERNAL_FAILED(ErrorClass.GATE_FAILED),
  /** A bug in shipgate. */
  INTERNAL(ErrorClass.INTERNAL);

  private final ErrorClass errorClass;

  ErrorCode(ErrorClass errorClass) {
    this.errorClass = errorClass;
  }

  public ErrorClass errorClass() {
    return errorClass;
  }

  /** The JSON form: {@code LOCK_TIMEOUT}. */
  public String id() {
    return name().toUpperCase(Locale.ROOT);
  }
}
