package dev.shipgate.ci.rules;

import dev.shipgate.ci.model.CiDocument;
import java.util.List;

/** One CI lint rule: reads a document, adds its findings. */
interface CiRule {
  void check(CiDocument doc, CiContext context, List<CiFinding> out);
}
