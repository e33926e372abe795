package dev.shipgate.db;

import java.time.Duration;

/**
 * How to open one connection.
 *
 * @param connectTimeout how long one attempt may take ({@code database.connect.timeout})
 * @param lockTimeout how long to wait for locks held by others (SQLite's busy timeout)
 * @param create whether a missing SQLite file may be created (only commands that write)
 * @param applicationName shown to other sessions (PostgreSQL's application_name)
 */
public record OpenOptions(
    Duration connectTimeout, Duration lockTimeout, boolean create, String applicationName) {}
