package dev.shipgate.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The workload the launcher records its start-up cache from (JDK 25+ AOT cache: classes loaded and
 * linked, method profiles): one JVM that runs the common commands in-process against a throw-away
 * copy of {@code examples/shop} (SQLite), a closed PostgreSQL port and a closed HTTP port. Not a
 * command; run by {@code ./shipgate} right after it builds the jar: {@code java
 * -XX:AOTCacheOutput=… -cp shipgate.jar dev.shipgate.cli.CacheTraining REPO_ROOT}. Every outcome is
 * ignored; it must only exit normally.
 */
public final class CacheTraining {
  private CacheTraining() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath();
    Path work = Files.createTempDirectory("shipgate-training");
    try {
      Path shop = copy(root.resolve("examples/shop"), work.resolve("shop"));
      int closed = closedPort();
      Path cfg = work.resolve("closed.yaml");
      Files.writeString(
          cfg,
          "version: 1\n"
              + "database:\n  url: postgres://shipgate:x@127.0.0.1:"
              + closed
              + "/x\n"
              + "  connect: {attempts: 1, timeout: 1s}\n"
              + "migrations: {dir: "
              + shop.resolve("db/migrations")
              + "}\n"
              + "checks:\n  - {name: api, get: \"http://127.0.0.1:"
              + closed
              + "/health\", timeout: 1s}\n");
      String shopCfg = shop.resolve("shipgate.yaml").toString();
      List<List<String>> runs =
          List.of(
              List.of("--version"),
              List.of("lint", "migrations", "--help"),
              List.of("lint", "migrations", root.resolve("examples/numbered/broken").toString()),
              List.of(
                  "lint",
                  "migrations",
                  root.resolve("examples/alembic/broken").toString(),
                  "--format",
                  "json"),
              List.of(
                  "lint",
                  "migrations",
                  root.resolve("examples/prisma/broken").toString(),
                  "--format",
                  "sarif"),
              List.of("lint", "ci", root.toString(), "--format", "github"),
              List.of("-c", shopCfg, "lint"),
              List.of("-c", shopCfg, "sentry"),
              List.of("-c", shopCfg, "status", "--format", "json"),
              List.of("-c", shopCfg, "schema", "check"),
              List.of("-c", shopCfg, "schema", "hotpatch"),
              List.of("-c", shopCfg, "verify", "--quick"),
              List.of("-c", cfg.toString(), "status"),
              List.of("-c", cfg.toString(), "check", "--format", "json"),
              List.of("wait", "http://127.0.0.1:" + closed + "/", "--timeout", "300ms"));
      PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
      for (List<String> run : runs) {
        try {
          Cli.run(sink, sink, Map.of(), run.toArray(String[]::new));
        } catch (RuntimeException e) {
          // training only needs the classes the run loads
        }
      }
    } finally {
      delete(work);
    }
  }

  private static int closedPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.filter(p -> !p.toString().contains(".shipgate")).toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return to;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temp directory; the OS cleans it eventually
    }
  }
}
