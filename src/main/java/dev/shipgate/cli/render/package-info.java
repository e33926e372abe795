/**
 * Renderers: one per command and format, turning result records and live events into text or JSON
 * documents. They compute nothing the result does not say, and write only to the writers the output
 * boundary gives them (so everything they print is redacted).
 */
package dev.shipgate.cli.render;
