package dev.shipgate.status;

import java.util.List;

/**
 * What one history table says, held against the directory. Lists hold version identifiers
 * (PRODUCT.md §4).
 *
 * @param notes explanations for people (text output only): why something is changed, what is
 *     applied but unknown here
 */
record SourceState(
    String current,
    String head,
    List<String> pending,
    List<String> failed,
    List<String> changed,
    List<String> notes) {}
