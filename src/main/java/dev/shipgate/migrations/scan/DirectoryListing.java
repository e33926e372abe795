package dev.shipgate.migrations.scan;

import dev.shipgate.lint.Finding;
import dev.shipgate.lint.Rule;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists a migration directory without ever crashing: unreadable entries and symlink loops become
 * findings. Entries come sorted by name, the order a shell glob in the C locale uses.
 */
final class DirectoryListing {
  static final String SUM_FILE = "shipgate.sum";

  /** One entry; whether it is a directory is asked only when a scanner needs to know. */
  record Entry(Path path, String name) {
    boolean directory() {
      return Files.isDirectory(path);
    }
  }

  record Listing(List<Entry> entries, List<Finding> problems) {}

  private DirectoryListing() {}

  /** Top-level entries of {@code dir}, hidden files and the ledger left out. */
  static Listing list(Path dir) {
    List<Entry> entries = new ArrayList<>();
    List<Finding> problems = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        String name = p.getFileName().toString();
        if (ignored(name)) {
          continue;
        }
        entries.add(new Entry(p, name));
      }
    } catch (IOException e) {
      problems.add(unreadable(dir, e));
    }
    entries.sort(Comparator.comparing(Entry::name));
    return new Listing(entries, problems);
  }

  /** Every regular file under {@code dir}, following symlinks but not their loops. */
  static Listing walk(Path dir) {
    List<Entry> entries = new ArrayList<>();
    List<Finding> problems = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          64,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              return !d.equals(dir) && ignored(d.getFileName().toString())
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              String name = f.getFileName().toString();
              if (!ignored(name) && !attrs.isDirectory()) {
                entries.add(new Entry(f, name));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              problems.add(unreadable(f, e));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(unreadable(dir, e));
    }
    entries.sort(Comparator.comparing((Entry e) -> dir.relativize(e.path()).toString()));
    return new Listing(entries, problems);
  }

  private static boolean ignored(String name) {
    return name.startsWith(".") || name.equals(SUM_FILE) || name.equals("__pycache__");
  }

  static Finding unreadable(Path p, IOException e) {
    if (e instanceof FileSystemLoopException) {
      return Finding.of(
          Rule.UNREADABLE_FILE,
          p,
          null,
          "symbolic link loop: this directory links back to one of its parents",
          "remove or fix the link; migration directories should hold plain files");
    }
    String why =
        e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.toString();
    return Finding.of(
        Rule.UNREADABLE_FILE,
        p,
        null,
        "cannot read: " + why + "; lint cannot vouch for what it holds",
        "make it readable (chmod a+r) or remove it");
  }
}
