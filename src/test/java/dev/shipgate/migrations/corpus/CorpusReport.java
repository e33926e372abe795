package dev.shipgate.migrations.corpus;

/** Prints each entry's verdict on the committed shapes (a helper for updating the manifest). */
final class CorpusReport {
  private CorpusReport() {}

  public static void main(String[] args) {
    for (Manifest.Entry e : Manifest.load().entries()) {
      CorpusLint.Result r = CorpusLint.check(e, Manifest.ROOT.resolve(e.id()));
      System.out.println((r.passes() ? "PASS " : "FAIL ") + r.describe());
    }
  }
}
