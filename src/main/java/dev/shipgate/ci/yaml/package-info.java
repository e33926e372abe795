/**
 * YAML with positions for the CI lint: composing files with SnakeYAML's node API (anchors, aliases,
 * merge keys, custom tags, several documents), reading nodes without ever failing on an unexpected
 * shape, and mapping scalar text back to file lines. Knows nothing about GitHub or GitLab.
 */
package dev.shipgate.ci.yaml;
