package dev.shipgate.init;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small project layouts for the init tests, each lint-clean. */
final class Fixtures {
  private Fixtures() {}

  static Path write(Path root, String rel, String text) {
    try {
      Path p = root.resolve(rel);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void prismaAtRoot(Path root) {
    write(root, "package.json", "{\"name\": \"@acme/shop\", \"private\": true}\n");
    write(root, "prisma/schema.prisma", "datasource db { provider = \"postgresql\" }\n");
    write(root, "prisma/migrations/migration_lock.toml", "provider = \"postgresql\"\n");
    write(
        root,
        "prisma/migrations/20240101120000_init/migration.sql",
        "CREATE TABLE users (id int);\n");
    write(
        root,
        "prisma/migrations/20240215093000_add_bookings/migration.sql",
        "CREATE TABLE bookings (id int);\n");
  }

  static void prismaInServer(Path root) {
    write(root, "server/package.json", "{\"name\": \"server\"}\n");
    write(root, "server/prisma/schema.prisma", "datasource db { provider = \"postgresql\" }\n");
    write(root, "server/prisma/migrations/migration_lock.toml", "provider = \"postgresql\"\n");
    write(
        root,
        "server/prisma/migrations/20240101120000_init/migration.sql",
        "CREATE TABLE users (id int);\n");
  }

  static void alembicAtRoot(Path root) {
    write(root, "requirements.txt", "alembic\nsqlalchemy\n");
    write(root, "alembic.ini", "[alembic]\nscript_location = migrations\n");
    write(root, "migrations/env.py", "# alembic env\n");
    write(
        root,
        "migrations/versions/1a2b3c_init.py",
        "revision = \"1a2b3c\"\ndown_revision = None\n");
    write(
        root,
        "migrations/versions/4d5e6f_users.py",
        "revision = \"4d5e6f\"\ndown_revision = \"1a2b3c\"\n");
  }

  static void alembicInBackend(Path root) {
    write(root, "backend/pyproject.toml", "[project]\nname = \"booking-api\"\n");
    write(root, "backend/alembic.ini", "[alembic]\nscript_location = %(here)s/alembic\n");
    write(root, "backend/alembic/env.py", "# alembic env\n");
    write(
        root,
        "backend/alembic/versions/0001_init.py",
        "revision = \"0001\"\ndown_revision = None\n");
  }

  static void flywayMaven(Path root) {
    write(
        root,
        "pom.xml",
        "<project><build><plugins><plugin><artifactId>flyway-maven-plugin</artifactId></plugin></plugins></build></project>\n");
    write(root, "mvnw", "#!/bin/sh\n");
    write(root, "src/main/resources/db/migration/V1__init.sql", "CREATE TABLE users (id int);\n");
    write(
        root, "src/main/resources/db/migration/V2__orders.sql", "CREATE TABLE orders (id int);\n");
    write(
        root,
        "src/test/resources/db/migration/V1__test_data.sql",
        "INSERT INTO users VALUES (1);\n");
  }

  static void flywayGradle(Path root) {
    write(root, "build.gradle", "plugins { id 'org.flywaydb.flyway' version '10.0.0' }\n");
    write(root, "db/migration/V1__init.sql", "CREATE TABLE users (id int);\n");
  }

  static void flywayCli(Path root) {
    write(root, "db/migration/V1__init.sql", "CREATE TABLE users (id int);\n");
    write(root, "db/migration/V1.1__more.sql", "CREATE TABLE more (id int);\n");
  }

  static void numbered(Path root) {
    write(root, "db/migrations/001_init.sql", "CREATE TABLE users (id int);\n");
    write(root, "db/migrations/002_orders.sql", "CREATE TABLE orders (id int);\n");
    write(root, "db/migrations/003_index.sql", "CREATE INDEX ix ON orders (id);\n");
    write(root, "db/seeds/001_users.sql", "INSERT INTO users VALUES (1);\n");
  }

  static void upDown(Path root) {
    write(root, "sql/1_init.up.sql", "CREATE TABLE users (id int);\n");
    write(root, "sql/1_init.down.sql", "DROP TABLE users;\n");
    write(root, "sql/2_orders.up.sql", "CREATE TABLE orders (id int);\n");
    write(root, "sql/2_orders.down.sql", "DROP TABLE orders;\n");
  }

  static void workflowsOnly(Path root) {
    write(
        root,
        ".github/workflows/ci.yml",
        "on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test\n");
    write(root, "package.json", "{\"name\": \"widget\"}\n");
  }
}
