package dev.shipgate.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shipgate.config.RecoveryBudgetConfig;
import dev.shipgate.config.Redactor;
import dev.shipgate.core.Event;
import dev.shipgate.store.Store;
import dev.shipgate.testing.LocalHttpServer;
import dev.shipgate.testing.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The recovery engine over real stores (a SQLite file, embedded PostgreSQL), real shell commands, a
 * real HTTP trigger, and real child processes sharing one store. Time is a {@link MutableClock}
 * except in the child processes (they all start within the default 10-minute interval).
 */
class RecoveryEngineIT {
  private static final String CANARY = "sk_live_CANARY_recovery_4242";

  @TempDir Path dir;

  private final MutableClock clock = MutableClock.at("2026-06-01T08:00:00Z");
  private final List<Event> events = new CopyOnWriteArrayList<>();

  private RecoveryEngine engine(Store store, String label, RecoveryAction action) {
    return RecoveryEngine.open(
        store,
        List.of(new RecoveryTarget("db", action, RecoveryBudgetConfig.defaults())),
        Redactor.urlsOnly().withSecret(CANARY),
        clock,
        events::add,
        label);
  }

  private RecoveryAction.Command appendLine(String extra) {
    return new RecoveryAction.Command(
        "echo ran >> attempts.txt" + extra, dir, Map.of(), Duration.ofSeconds(30));
  }

  private long attempts() throws IOException {
    Path f = dir.resolve("attempts.txt");
    return Files.exists(f) ? Files.readAllLines(f).size() : 0;
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void twoEnginesOnOneStoreRunTheActionExactlyOncePerBudgetWindow(String kind) throws Exception {
    String url = RecoveryStores.url(kind, dir);
    try (Store s1 = RecoveryStores.open(url, dir);
        Store s2 = RecoveryStores.open(url, dir);
        RecoveryEngine a = engine(s1, "a", appendLine("; sleep 0.2"));
        RecoveryEngine b = engine(s2, "b", appendLine("; sleep 0.2"))) {
      for (int window = 1; window <= 3; window++) {
        List<RecoveryOutcome> round = race(a, b, 4);
        assertThat(round.stream().filter(o -> o.status().ran()).count()).isEqualTo(1);
        assertThat(round)
            .allMatch(
                o ->
                    o.status().ran()
                        || o.status() == RecoveryStatus.LOCKED
                        || o.status() == RecoveryStatus.RATE_LIMITED);
        assertThat(attempts()).isEqualTo(window);
        clock.advance(Duration.ofMinutes(5)); // still inside the 10-minute interval
        assertThat(race(a, b, 2)).noneMatch(o -> o.status().ran());
        clock.advance(Duration.ofMinutes(6));
      }
      // three attempts in the hour: the budget is spent, the next request escalates, once
      List<RecoveryOutcome> after = race(a, b, 4);
      assertThat(after).noneMatch(o -> o.status().ran());
      assertThat(after.stream().filter(o -> o.status() == RecoveryStatus.ESCALATED).count())
          .isEqualTo(1);
      assertThat(a.attempt("db").status()).isEqualTo(RecoveryStatus.EXHAUSTED);
      assertThat(events.stream().filter(e -> e instanceof RecoveryEvents.Escalated).count())
          .isEqualTo(1);
      assertThat(attempts()).isEqualTo(3);
    }
  }

  /** {@code n} attempts at once, alternating between the two engines. */
  private static List<RecoveryOutcome> race(RecoveryEngine a, RecoveryEngine b, int n)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<RecoveryOutcome>> fs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        RecoveryEngine e = i % 2 == 0 ? a : b;
        fs.add(
            pool.submit(
                () -> {
                  go.await();
                  return e.attempt("db");
                }));
      }
      go.countDown();
      List<RecoveryOutcome> out = new ArrayList<>();
      for (Future<RecoveryOutcome> f : fs) {
        out.add(f.get(120, TimeUnit.SECONDS));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aRestartedEngineKeepsCountingFromTheStore(String kind) throws Exception {
    String url = RecoveryStores.url(kind, dir);
    try (Store s = RecoveryStores.open(url, dir);
        RecoveryEngine e = engine(s, "first", appendLine("; exit 3"))) {
      RecoveryOutcome o = e.attempt("db");
      assertThat(o.status()).isEqualTo(RecoveryStatus.FAILED);
      assertThat(o.detail()).startsWith("exit 3");
      assertThat(o.attemptsInWindow()).isEqualTo(1);
    }
    clock.advance(Duration.ofMinutes(11));
    try (Store s = RecoveryStores.open(url, dir);
        RecoveryEngine e = engine(s, "second", appendLine("; exit 3"))) {
      assertThat(e.attempt("db").status()).isEqualTo(RecoveryStatus.FAILED);
      // two failures in a row: the next attempt waits 20 minutes, not 10
      clock.advance(Duration.ofMinutes(11));
      RecoveryOutcome limited = e.attempt("db");
      assertThat(limited.status()).isEqualTo(RecoveryStatus.RATE_LIMITED);
      assertThat(limited.nextAllowedAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(9)));
      RecoveryStats.TargetStats st = e.stats().targets().get(0);
      assertThat(st.attemptsInWindow()).isEqualTo(2);
      assertThat(st.consecutiveFailures()).isEqualTo(2);
      assertThat(st.failed()).isEqualTo(2);
      assertThat(st.lastStatus()).isEqualTo("FAILED");
    }
    assertThat(attempts()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void theLockHolderIsVisibleInStatsWhileAnActionRuns(String kind) throws Exception {
    String url = RecoveryStores.url(kind, dir);
    Path go = dir.resolve("go");
    RecoveryAction.Command waits =
        new RecoveryAction.Command(
            "touch started; while [ ! -f go ]; do sleep 0.05; done",
            dir,
            Map.of(),
            Duration.ofSeconds(120));
    try (Store s1 = RecoveryStores.open(url, dir);
        Store s2 = RecoveryStores.open(url, dir);
        RecoveryEngine a = engine(s1, "alpha", waits);
        RecoveryEngine b = engine(s2, "beta", waits)) {
      assertThat(b.stats().lock().held()).isFalse();
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        Future<RecoveryOutcome> running = pool.submit(() -> a.attempt("db"));
        awaitFile(dir.resolve("started"));
        RecoveryStats.LockView lock = b.stats().lock();
        assertThat(lock.held()).isTrue();
        assertThat(lock.holder()).endsWith("alpha").contains(":" + ProcessHandle.current().pid());
        assertThat(lock.target()).isEqualTo("db");
        assertThat(lock.kind()).isEqualTo(kind.equals("sqlite") ? "file" : "advisory");
        RecoveryOutcome refused = b.attempt("db");
        assertThat(refused.status()).isEqualTo(RecoveryStatus.LOCKED);
        assertThat(refused.detail()).contains("alpha");
        Files.writeString(go, "");
        assertThat(running.get(120, TimeUnit.SECONDS).status()).isEqualTo(RecoveryStatus.SUCCEEDED);
      } finally {
        pool.shutdownNow();
      }
      assertThat(b.stats().lock().held()).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void childProcessesOnOneStoreRunTheActionOnce(String kind) throws Exception {
    String url = RecoveryStores.url(kind, dir);
    try (Store s = RecoveryStores.open(url, dir)) {
      // schema created once up front, so the children only race for the lock
    }
    List<Process> children = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ProcessBuilder pb =
          new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-cp",
              System.getProperty("java.class.path"),
              AttemptOnce.class.getName(),
              url,
              dir.toString(),
              "echo ran >> attempts.txt; sleep 1");
      pb.redirectErrorStream(true);
      pb.redirectOutput(dir.resolve("child" + i + ".log").toFile());
      children.add(pb.start());
    }
    List<String> statuses = new ArrayList<>();
    for (int i = 0; i < children.size(); i++) {
      assertThat(children.get(i).waitFor(180, TimeUnit.SECONDS)).isTrue();
      String log = Files.readString(dir.resolve("child" + i + ".log"), StandardCharsets.UTF_8);
      assertThat(children.get(i).exitValue()).as(log).isZero();
      statuses.add(log.lines().filter(l -> l.startsWith("STATUS ")).findFirst().orElse(log));
    }
    assertThat(attempts()).isEqualTo(1);
    assertThat(statuses).containsOnlyOnce("STATUS SUCCEEDED");
    assertThat(statuses)
        .allMatch(
            s ->
                s.equals("STATUS SUCCEEDED")
                    || s.equals("STATUS LOCKED")
                    || s.equals("STATUS RATE_LIMITED"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgresql"})
  void aTriggerAnswering429DefersByItsRetryAfterWithoutSpendingTheBudget(String kind)
      throws Exception {
    String url = RecoveryStores.url(kind, dir);
    try (LocalHttpServer http = LocalHttpServer.start();
        Store s = RecoveryStores.open(url, dir);
        RecoveryEngine e =
            engine(
                s,
                "t",
                new RecoveryAction.Trigger(
                    java.net.URI.create(http.url("/health/recover")), Duration.ofSeconds(10)))) {
      http.route(
          "/health/recover",
          LocalHttpServer.failing(
              1,
              LocalHttpServer.withHeader("Retry-After", "120", LocalHttpServer.status(429)),
              LocalHttpServer.json(202, "{\"ok\":true}")));
      RecoveryOutcome deferred = e.attempt("db");
      assertThat(deferred.status()).isEqualTo(RecoveryStatus.DEFERRED);
      assertThat(deferred.attemptsInWindow()).isZero();
      assertThat(deferred.detail())
          .isEqualTo("HTTP 429: retry after 120s")
          .doesNotContain("127.0.0.1");
      clock.advance(Duration.ofSeconds(60));
      assertThat(e.attempt("db").status()).isEqualTo(RecoveryStatus.RATE_LIMITED);
      assertThat(http.requests("/health/recover")).hasSize(1);
      clock.advance(Duration.ofSeconds(61));
      RecoveryOutcome ok = e.attempt("db");
      assertThat(ok.status()).isEqualTo(RecoveryStatus.SUCCEEDED);
      assertThat(ok.attemptsInWindow()).isEqualTo(1);
      assertThat(http.requests("/health/recover").get(1).method()).isEqualTo("POST");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite"})
  void aCommandThatOutlivesItsTimeoutIsKilledAndItsOutputIsRedacted(String kind) throws Exception {
    String url = RecoveryStores.url(kind, dir);
    try (Store s = RecoveryStores.open(url, dir);
        RecoveryEngine e =
            engine(
                s,
                "t",
                new RecoveryAction.Command(
                    "echo token=" + CANARY + "; sleep 60",
                    dir,
                    Map.of(),
                    Duration.ofMillis(500)))) {
      RecoveryOutcome o = e.attempt("db");
      assertThat(o.status()).isEqualTo(RecoveryStatus.FAILED);
      assertThat(o.detail()).startsWith("TIMEOUT").contains("token=****").doesNotContain(CANARY);
      assertThat(e.stats().targets().get(0).lastDetail()).doesNotContain(CANARY);
    }
    assertThat(Files.readAllBytes(dir.resolve("store.db")))
        .asString(StandardCharsets.ISO_8859_1)
        .doesNotContain(CANARY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite"})
  void resetAfterRecoveryClearsTheEscalationSoTheNextOutageMayRecoverAgain(String kind)
      throws Exception {
    String url = RecoveryStores.url(kind, dir);
    try (Store s = RecoveryStores.open(url, dir);
        RecoveryEngine e = engine(s, "t", appendLine("; exit 1"))) {
      assertThat(e.attempt("db").status()).isEqualTo(RecoveryStatus.FAILED);
      clock.advance(Duration.ofMinutes(11));
      assertThat(e.attempt("db").status()).isEqualTo(RecoveryStatus.FAILED);
      clock.advance(Duration.ofMinutes(21)); // two failures in a row: 20 minutes
      assertThat(e.attempt("db").status()).isEqualTo(RecoveryStatus.FAILED);
      clock.advance(Duration.ofMinutes(1));
      assertThat(e.attempt("db").status()).isEqualTo(RecoveryStatus.RATE_LIMITED);
      clock.advance(Duration.ofMinutes(9)); // the last attempt had its 10 minutes
      assertThat(e.attempt("db").status()).isEqualTo(RecoveryStatus.ESCALATED);
      assertThat(e.attempt("db").status()).isEqualTo(RecoveryStatus.EXHAUSTED);
      assertThat(e.reset("db")).isTrue();
      clock.advance(Duration.ofHours(2));
      assertThat(e.attempt("db").status().ran()).isTrue();
      assertThat(e.attempt("nope").status()).isEqualTo(RecoveryStatus.UNKNOWN_TARGET);
    }
  }

  private static void awaitFile(Path f) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.exists(f)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(f + " never appeared");
      }
      Thread.sleep(20);
    }
  }
}
