/**
 * Database access for every feature that talks to a database: parsing the URL forms users write
 * ({@link dev.shipgate.db.DatabaseUrl}), choosing the {@link dev.shipgate.db.Database} for it (one
 * sub-package per database), connecting with retry and backoff ({@link dev.shipgate.db.Connector}),
 * splitting SQL scripts into statements and quoting identifiers. It owns no feature logic, and
 * every URL it shows is redacted: a password never leaves this package in a message.
 */
package dev.shipgate.db;
