package dev.shipgate.config;

/** What a deployed service is. */
public enum ServiceRole {
  BACKEND,
  FRONTEND,
  WORKER
}
