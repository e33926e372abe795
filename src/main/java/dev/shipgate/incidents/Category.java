package dev.shipgate.incidents;

/** What part of the system an incident is about. */
public enum Category {
  DB,
  MIGRATION,
  BACKEND,
  TUNNEL,
  API,
  DEPLOY,
  CI,
  OTHER
}
