package dev.shipgate.migrations.ledger;

import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import dev.shipgate.migrations.AlembicRevision;
import dev.shipgate.migrations.DjangoMigration;
import dev.shipgate.migrations.MigrationFile;
import dev.shipgate.migrations.MigrationKind;
import dev.shipgate.migrations.MigrationSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a migration directory against its {@code shipgate.sum} ({@code checksum-mismatch}, {@code
 * sum-missing}) and rewrites it ({@code --update-sum}). The ledger covers the forward migrations in
 * apply order; Flyway repeatables (meant to change), rollback and skipped files are left out.
 */
public final class Ledger {
  private Ledger() {}

  /** The files the ledger covers, in apply order. */
  static List<Path> covered(MigrationSet set) {
    if (set.definition().graphOrdered()) {
      List<Path> files = new ArrayList<>();
      set.revisions().stream()
          .sorted(Comparator.comparing(AlembicRevision::fileName))
          .forEach(r -> files.add(r.path()));
      set.djangoMigrations().stream().map(DjangoMigration::path).sorted().forEach(files::add);
      return files;
    }
    return set.migrations().stream()
        .filter(f -> f.kind() == MigrationKind.VERSIONED && !f.skipped())
        .map(MigrationFile::path)
        .toList();
  }

  public static Path sumFile(MigrationSet set) {
    return set.dir().resolve(SumFile.NAME);
  }

  /** Writes the ledger; returns how many migrations it records. */
  public static int update(MigrationSet set) throws IOException {
    List<Path> files = readable(covered(set));
    SumFile.write(sumFile(set), SumFile.compute(set.dir(), files));
    return files.size();
  }

  public static List<Finding> check(MigrationSet set, boolean requireSum) {
    Path sum = sumFile(set);
    if (!Files.exists(sum)) {
      return requireSum
          ? List.of(
              Finding.of(
                  Rule.SUM_MISSING,
                  sum,
                  null,
                  "no shipgate.sum ledger: edits to applied migrations and files inserted by parallel branches go unnoticed",
                  "create it with `shipgate lint migrations --update-sum "
                      + set.dir().getFileName()
                      + "` and commit it"))
          : List.of();
    }
    SumFile.Parsed parsed;
    try {
      parsed = SumFile.read(sum);
    } catch (IOException e) {
      return List.of(
          Finding.of(
              Rule.CHECKSUM_MISMATCH,
              sum,
              null,
              "cannot read the ledger: " + e.getMessage(),
              "make it readable, or regenerate it with --update-sum"));
    }
    List<Finding> out = new ArrayList<>(integrity(sum, parsed));
    List<Path> current = readable(covered(set));
    List<SumFile.Entry> now;
    try {
      now = SumFile.compute(set.dir(), current);
    } catch (IOException e) {
      return out;
    }
    out.addAll(compare(set, parsed.entries(), now, current));
    return out;
  }

  private static List<Finding> integrity(Path sum, SumFile.Parsed parsed) {
    List<Finding> out = new ArrayList<>();
    String regenerate =
        "review the migrations, then regenerate it: shipgate lint migrations --update-sum";
    for (int line : parsed.badLines()) {
      out.add(
          Finding.of(
              Rule.CHECKSUM_MISMATCH,
              sum,
              line,
              "not a ledger line (a merge conflict marker or a hand edit): two branches probably added migrations at the same time",
              "merge the migrations so they get distinct versions, then " + regenerate));
    }
    int broken = SumFile.firstBrokenLink(parsed.entries());
    if (broken >= 0) {
      SumFile.Entry e = parsed.entries().get(broken);
      out.add(
          Finding.of(
              Rule.CHECKSUM_MISMATCH,
              sum,
              e.line(),
              "ledger chain breaks at "
                  + e.name()
                  + ": the ledger was edited by hand or a merge combined lines from two branches",
              regenerate));
    } else if (parsed.total() == null || !parsed.total().equals(SumFile.total(parsed.entries()))) {
      out.add(
          Finding.of(
              Rule.CHECKSUM_MISMATCH,
              sum,
              parsed.totalLine() == 0 ? null : parsed.totalLine(),
              "the ledger's sum line does not match its entries: edited by hand or merged from two branches",
              regenerate));
    }
    return out;
  }

  private static List<Finding> compare(
      MigrationSet set, List<SumFile.Entry> recorded, List<SumFile.Entry> now, List<Path> current) {
    List<Finding> out = new ArrayList<>();
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < now.size(); i++) {
      position.put(now.get(i).name(), i);
    }
    Map<String, SumFile.Entry> recordedByName = new HashMap<>();
    int lastRecorded = -1;
    String lastRecordedName = null;
    for (SumFile.Entry r : recorded) {
      recordedByName.put(r.name(), r);
      Integer pos = position.get(r.name());
      if (pos == null) {
        out.add(
            Finding.of(
                Rule.CHECKSUM_MISMATCH,
                set.dir().resolve(r.name()),
                null,
                "recorded in shipgate.sum (line "
                    + r.line()
                    + ") but removed: databases that applied it keep its changes, new databases will not get them",
                "restore it from version control; if it never reached any database, run --update-sum"));
        continue;
      }
      SumFile.Entry n = now.get(pos);
      if (!n.sha256().equals(r.sha256())) {
        String what =
            n.wsSha256().equals(r.wsSha256())
                ? "only whitespace or line endings changed since shipgate.sum recorded it (line "
                    + r.line()
                    + "), yet checksum-based runners will reject or re-run it"
                : "edited after shipgate.sum recorded it (line "
                    + r.line()
                    + "): databases that already applied it will never see the edit";
        out.add(
            Finding.of(
                Rule.CHECKSUM_MISMATCH,
                current.get(pos),
                null,
                what,
                "restore the recorded content (git checkout) and put the change in a new migration; if it never reached any database, run --update-sum"));
      }
      if (pos > lastRecorded) {
        lastRecorded = pos;
        lastRecordedName = r.name();
      }
    }
    if (set.definition().graphOrdered()) {
      return out; // the revision graph, not file order, decides where a new revision goes
    }
    for (int i = 0; i < lastRecorded; i++) {
      if (!recordedByName.containsKey(now.get(i).name())) {
        out.add(
            Finding.of(
                Rule.CHECKSUM_MISMATCH,
                current.get(i),
                null,
                "new migration inserted before "
                    + lastRecordedName
                    + ", the last one shipgate.sum records: probably from a parallel branch; databases that already applied "
                    + lastRecordedName
                    + " may skip it or run it out of order",
                "give it a version after " + lastRecordedName + ", then run --update-sum"));
      }
    }
    return out;
  }

  private static List<Path> readable(List<Path> files) {
    return files.stream().filter(Files::isReadable).toList();
  }
}
