package dev.shipgate.testing;

import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.history.Checksums;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * A stand-in for {@code prisma migrate deploy} in tests of {@code apply: command}: it reads
 * DATABASE_URL like Prisma, runs every {@code <folder>/migration.sql} of the directory given as the
 * first argument, and records each in {@code _prisma_migrations} exactly as Prisma's table defines
 * it. With a second argument "fail-last" it records the last folder as started but unfinished (what
 * Prisma leaves after a failed migration) and still exits 0.
 */
public final class PrismaLikeDeploy {
  private PrismaLikeDeploy() {}

  public static void main(String[] args) throws Exception {
    DatabaseUrl url = DatabaseUrl.parse(System.getenv("DATABASE_URL"), Path.of(""));
    Path dir = Path.of(args[0]);
    boolean failLast = args.length > 1 && args[1].equals("fail-last");
    List<Path> folders;
    try (var s = Files.list(dir)) {
      folders = s.filter(Files::isDirectory).sorted().toList();
    }
    try (Connection c = DriverManager.getConnection(url.jdbcUrl(), url.properties());
        Statement st = c.createStatement()) {
      st.execute(StatusDdl.PRISMA);
      for (int i = 0; i < folders.size(); i++) {
        Path sql = folders.get(i).resolve("migration.sql");
        byte[] bytes = Files.readAllBytes(sql);
        boolean finish = !(failLast && i == folders.size() - 1);
        if (finish) {
          st.execute(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name,"
                    + " applied_steps_count) VALUES (?, ?, "
                    + (finish ? "now()" : "NULL")
                    + ", ?, 1)")) {
          ps.setString(1, UUID.randomUUID().toString());
          ps.setString(2, Checksums.sha256(bytes));
          ps.setString(3, folders.get(i).getFileName().toString());
          ps.executeUpdate();
        }
        System.out.println("Applying migration `" + folders.get(i).getFileName() + "`");
      }
    }
    System.out.println("All migrations have been successfully applied.");
  }
}
