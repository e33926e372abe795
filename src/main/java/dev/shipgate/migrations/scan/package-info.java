/**
 * Directory to {@link dev.shipgate.migrations.MigrationSet}: one {@link
 * dev.shipgate.migrations.Layout} implementation per layout ({@code Layouts}), detection from what
 * files are ({@code LayoutDetector}, {@code FolderEvidence}, {@code Trees} for parents of a tree,
 * {@code Looks} for other tools' folders), and the readers they share ({@code DirectoryListing},
 * never throwing). Must not judge: naming problems found while reading are its only findings.
 */
package dev.shipgate.migrations.scan;
