package dev.shipgate.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The restarter lock beside a SQLite store: an OS file lock on {@code <store>.recovery.lock}
 * (released by the OS when the process dies, also on kill -9), plus a semaphore per path so two
 * engines in one JVM exclude each other too. The holder writes {@code holder TAB target TAB
 * since-millis} into the file while it holds the lock, so others can show who it is.
 */
final class FileRestarterLock implements RestarterLock {
  private static final Map<Path, Semaphore> IN_JVM = new ConcurrentHashMap<>();

  private final Path path;
  private final Semaphore local;

  FileRestarterLock(Path path) {
    this.path = path.toAbsolutePath().normalize();
    this.local = IN_JVM.computeIfAbsent(this.path, p -> new Semaphore(1));
  }

  Path path() {
    return path;
  }

  @Override
  public Optional<Lease> tryAcquire(String holder, String target, Instant now) {
    if (!local.tryAcquire()) {
      return Optional.empty();
    }
    FileChannel ch = null;
    try {
      Files.createDirectories(path.getParent());
      ch =
          FileChannel.open(
              path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = tryLock(ch);
      if (lock == null) {
        ch.close();
        local.release();
        return Optional.empty();
      }
      ch.truncate(0);
      ch.write(
          ByteBuffer.wrap(
              (holder + "\t" + target + "\t" + now.toEpochMilli() + "\n")
                  .getBytes(StandardCharsets.UTF_8)),
          0);
      ch.force(false);
      FileChannel held = ch;
      return Optional.of(() -> release(held, lock));
    } catch (IOException e) {
      closeQuietly(ch);
      local.release();
      throw new UncheckedIOException("cannot take the restarter lock " + path, e);
    }
  }

  private static FileLock tryLock(FileChannel ch) throws IOException {
    try {
      return ch.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  private void release(FileChannel ch, FileLock lock) {
    try {
      ch.truncate(0);
      lock.release();
    } catch (IOException e) {
      // closing the channel below releases the lock anyway
    } finally {
      closeQuietly(ch);
      local.release();
    }
  }

  @Override
  public RecoveryStats.LockView view() {
    boolean held;
    if (local.tryAcquire()) {
      try (FileChannel ch =
          FileChannel.open(
              path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        FileLock probe = tryLock(ch);
        held = probe == null;
        if (probe != null) {
          probe.release();
        }
      } catch (IOException e) {
        held = false;
      } finally {
        local.release();
      }
    } else {
      held = true;
    }
    if (!held) {
      return new RecoveryStats.LockView("file", false, null, null, null);
    }
    String[] parts = readHolder();
    return new RecoveryStats.LockView(
        "file",
        true,
        parts.length > 0 ? parts[0] : null,
        parts.length > 1 ? parts[1] : null,
        parts.length > 2 ? parseInstant(parts[2]) : null);
  }

  private String[] readHolder() {
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8).strip();
      return text.isEmpty() ? new String[0] : text.split("\t");
    } catch (IOException e) {
      return new String[0];
    }
  }

  private static Instant parseInstant(String millis) {
    try {
      return Instant.ofEpochMilli(Long.parseLong(millis.strip()));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException e) {
        // nothing held
      }
    }
  }

  @Override
  public void close() {
    // nothing open between acquisitions
  }
}
