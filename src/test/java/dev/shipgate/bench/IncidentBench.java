package dev.shipgate.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.shipgate.config.ConfigLoader;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.incidents.Category;
import dev.shipgate.incidents.Detection;
import dev.shipgate.incidents.IncidentService;
import dev.shipgate.incidents.Severity;
import dev.shipgate.incidents.notify.Notifications;
import dev.shipgate.testing.EmbeddedPg;
import dev.shipgate.workflow.incidents.Incidents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code record} throughput in-process: N calls on one open service (one command's connection), on
 * a SQLite file and on the embedded PostgreSQL, for two shapes: N detections spread over 100 keys
 * (the dedup path: append an event, bump the count) and N detections of new keys (insert path). No
 * notification destination is configured (delivery is measured by the ITs, not here). Run it with
 * {@code bench/incidents-bench.sh [calls=10000] [rounds=3]}.
 */
public final class IncidentBench {
  private IncidentBench() {}

  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path work = Files.createTempDirectory("shipgate-incident-bench");
    EmbeddedPg.server();
    System.out.printf(
        Locale.ROOT,
        "shipgate %s, Java %s, %d cores, %d record calls per round, median of %d rounds%n",
        dev.shipgate.core.ShipgateVersion.get(),
        System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(),
        calls,
        rounds);
    run(work, "warmup", 2000, 1, false);
    run(work, "bench", calls, rounds, true);
  }

  private static void run(Path work, String name, int calls, int rounds, boolean report)
      throws Exception {
    for (String db : List.of("sqlite", "postgres")) {
      for (int keys : new int[] {100, calls}) {
        List<Long> totals = new ArrayList<>();
        List<Long> p99s = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
          Path dir = Files.createDirectories(work.resolve(name + "-" + db + "-" + keys + "-" + r));
          String store =
              db.equals("sqlite")
                  ? "sqlite:" + dir.resolve("shipgate.db")
                  : EmbeddedPg.newDatabase().url();
          Path cfg = dir.resolve("shipgate.yaml");
          Files.writeString(cfg, "version: 1\nproject: bench\nstore: \"" + store + "\"\n");
          ShipgateConfig config = new ConfigLoader(k -> null).loadFile(cfg);
          long[] each = new long[calls];
          long t0;
          long total;
          try (Notifications.Opened o = Incidents.open(config, Map.of())) {
            IncidentService s = o.service();
            t0 = System.nanoTime();
            for (int i = 0; i < calls; i++) {
              long c0 = System.nanoTime();
              s.record(
                  Detection.of(
                      "bench/check/target-" + (i % keys),
                      Severity.WARN,
                      Category.API,
                      "target " + (i % keys) + " answers 503",
                      JsonNodeFactory.instance.objectNode().put("attempt", i)));
              each[i] = System.nanoTime() - c0;
            }
            total = System.nanoTime() - t0;
          }
          Arrays.sort(each);
          totals.add(total);
          p99s.add(each[(int) (calls * 0.99)]);
        }
        if (report) {
          long median = BenchFiles.median(totals);
          System.out.printf(
              Locale.ROOT,
              "%-8s %-22s %6d ms  %7.0f records/s  p99 %.2f ms%n",
              db,
              keys == calls ? "new key each call" : keys + " keys (dedup)",
              median / 1_000_000,
              calls / (median / 1e9),
              BenchFiles.median(p99s) / 1e6);
        }
      }
    }
  }
}
