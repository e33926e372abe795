package dev.shipgate.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shipgate.core.Json;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code .shipgate/deploy-state.json}: what the last deploy started and still owns (pids, process
 * groups, ports, run id). It is rewritten (atomically) after every process a deploy starts or
 * stops, so a deploy killed with {@code kill -9} still leaves a true record for the next one.
 */
public final class StateFile {
  public static final String NAME = "deploy-state.json";

  /**
   * One process shipgate owns.
   *
   * @param role {@code backend}, {@code frontend}, {@code worker} or {@code tunnel}
   * @param processStart when the leader started (a later process reusing the pid is not ours)
   * @param project the project whose deploy started it (two configs may share a directory)
   */
  public record Owned(
      String name,
      String role,
      long pid,
      long pgid,
      Integer port,
      String processStart,
      String log,
      String project) {
    /** Whether it belongs to {@code p}'s deploys (entries without a project belong to all). */
    public boolean of(String p) {
      return project == null || project.equals(p);
    }

    /** Whether any member of its group is still running, and the group is the one we started. */
    public boolean alive() {
      Optional<ProcessHandle> leader = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
      if (leader.isPresent() && processStart != null) {
        Optional<Instant> start = leader.get().info().startInstant();
        if (start.isPresent() && !start.get().toString().equals(processStart)) {
          return false; // the pid was reused by someone else
        }
      }
      return ProcessGroups.alive(pgid);
    }
  }

  /** The whole file. */
  public record State(String runId, String updatedAt, List<Owned> processes) {
    public State {
      processes = processes == null ? List.of() : List.copyOf(processes);
    }

    public State with(Owned o) {
      List<Owned> l = new ArrayList<>(processes);
      l.removeIf(
          x ->
              x.name().equals(o.name())
                  && x.role().equals(o.role())
                  && java.util.Objects.equals(x.project(), o.project()));
      l.add(o);
      return new State(runId, Instant.now().toString(), l);
    }

    public State without(Owned o) {
      List<Owned> l = new ArrayList<>(processes);
      l.removeIf(x -> x.pgid() == o.pgid());
      return new State(runId, Instant.now().toString(), l);
    }

    public State ownedBy(String run) {
      return new State(run, Instant.now().toString(), processes);
    }
  }

  private final Path file;

  public StateFile(Path shipgateDir) {
    this.file = shipgateDir.resolve(NAME);
  }

  public Path path() {
    return file;
  }

  /** The state, or an empty one when there is no (readable) file. */
  public State read() {
    if (!Files.isRegularFile(file)) {
      return new State(null, null, List.of());
    }
    try {
      return mapper().readValue(file.toFile(), State.class);
    } catch (IOException e) {
      return new State(null, null, List.of()); // a torn or foreign file: nothing we can trust
    }
  }

  public void write(State state) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(NAME + ".tmp");
    mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), state);
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static ObjectMapper mapper() {
    return Json.mapper();
  }
}
