package dev.shipgate.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.core.Json;
import dev.shipgate.core.ShipgateException;
import dev.shipgate.incidents.Category;
import dev.shipgate.incidents.Detection;
import dev.shipgate.incidents.EventType;
import dev.shipgate.incidents.Incident;
import dev.shipgate.incidents.IncidentQuery;
import dev.shipgate.incidents.RecordResult;
import dev.shipgate.incidents.ResolveResult;
import dev.shipgate.incidents.Severity;
import dev.shipgate.incidents.Timeline;
import dev.shipgate.incidents.notify.Notifications;
import dev.shipgate.workflow.incidents.Incidents;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shipgate incidents list|show|record|resolve`: the incident store (O1). */
@Command(
    name = "incidents",
    header = "The incident store: list, show, record, resolve.",
    mixinStandardHelpOptions = true,
    description = {
      "Incidents in the store named by store: (default sqlite:.shipgate/shipgate.db).",
      "A key has at most one open incident; recording it again bumps it."
    },
    subcommands = {
      IncidentsCommand.ListCmd.class,
      IncidentsCommand.Show.class,
      IncidentsCommand.Record.class,
      IncidentsCommand.Resolve.class
    })
final class IncidentsCommand implements Callable<Integer> {
  @ParentCommand ShipgateCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return Cli.missingSubcommand(spec);
  }

  /** Opens the service, runs {@code body} against stdout (the redacting output boundary). */
  static int withService(ShipgateCommand root, CommandSpec spec, ServiceBody body) {
    root.output().redactWith(Notifications.redactor(root.redactor(), root.config()));
    PrintWriter out = spec.commandLine().getOut();
    try (Notifications.Opened opened = Incidents.open(root.config(), root.env())) {
      int code = body.run(opened, out);
      out.flush();
      return code;
    }
  }

  /** What a sub-command does with the open service. */
  @FunctionalInterface
  interface ServiceBody {
    int run(Notifications.Opened opened, PrintWriter out);
  }

  static void render(boolean json, JsonNode doc, Consumer<PrintWriter> text, PrintWriter out) {
    if (json) {
      Json.write(doc, out);
    } else {
      text.accept(out);
    }
  }

  static ShipgateException unknown(long id) {
    return ShipgateException.inputMissing(
        "no incident " + id + " in the store; list them with shipgate incidents list --all");
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "Incidents, most recently updated first (default: the open ones).")
  static final class ListCmd implements Callable<Integer> {
    @ParentCommand IncidentsCommand parent;

    @Spec CommandSpec spec;

    @Mixin FormatOption format;

    static final class Which {
      @Option(names = "--open", description = "Only open incidents (the default).")
      boolean open;

      @Option(names = "--all", description = "Open and resolved incidents.")
      boolean all;
    }

    @ArgGroup(exclusive = true)
    Which which;

    @Option(
        names = "--since",
        paramLabel = "DURATION",
        converter = DurationConverter.class,
        description = "Only incidents updated within this long (e.g. 7d, 12h).")
    Duration since;

    @Option(
        names = "--limit",
        paramLabel = "N",
        defaultValue = "100",
        description = "At most N incidents (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
      if (limit < 1) {
        throw ShipgateException.usage("--limit must be at least 1");
      }
      boolean openOnly = which == null || !which.all;
      return withService(
          parent.root,
          spec,
          (opened, out) -> {
            List<Incident> list = opened.service().list(new IncidentQuery(openOnly, since, limit));
            render(
                format.json(),
                IncidentsRenderer.listJson(list),
                w -> IncidentsRenderer.listText(list, openOnly, w),
                out);
            return ExitCode.OK.code();
          });
    }
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "One incident with its timeline (one line per event) and notifications.")
  static final class Show implements Callable<Integer> {
    @ParentCommand IncidentsCommand parent;

    @Spec CommandSpec spec;

    @Mixin FormatOption format;

    @Parameters(paramLabel = "ID", description = "The incident's id.")
    long id;

    @Override
    public Integer call() {
      return withService(
          parent.root,
          spec,
          (opened, out) -> {
            Timeline t = opened.service().show(id).orElseThrow(() -> unknown(id));
            render(
                format.json(),
                IncidentsRenderer.showJson(t),
                w -> IncidentsRenderer.showText(t, w),
                out);
            return ExitCode.OK.code();
          });
    }
  }

  @Command(
      name = "record",
      mixinStandardHelpOptions = true,
      description = {
        "Record a detection (or another event) for a key and print the incident's id.",
        "An open incident with the key is bumped; one resolved within incidents.reopenWindow",
        "is reopened; otherwise a new incident opens. For scripts, hooks, CI jobs, cron."
      })
  static final class Record implements Callable<Integer> {
    @ParentCommand IncidentsCommand parent;

    @Spec CommandSpec spec;

    @Mixin FormatOption format;

    @Option(names = "--key", required = true, paramLabel = "KEY", description = "Dedup key.")
    String key;

    @Option(
        names = "--severity",
        required = true,
        paramLabel = "SEVERITY",
        description = "${COMPLETION-CANDIDATES}.")
    Severity severity;

    @Option(
        names = "--category",
        required = true,
        paramLabel = "CATEGORY",
        description = "${COMPLETION-CANDIDATES}.")
    Category category;

    @Option(names = "--summary", required = true, paramLabel = "TEXT", description = "One line.")
    String summary;

    @Option(
        names = "--event",
        paramLabel = "TYPE",
        defaultValue = "DETECTED",
        description =
            "DETECTED (default), RECOVERY_ATTEMPTED, RECOVERY_SUCCESS, RECOVERY_FAILED,"
                + " ESCALATED, RESOLVED or NOTE.")
    EventType event;

    @Option(names = "--message", paramLabel = "TEXT", description = "The event's line.")
    String message;

    @Option(names = "--detail", paramLabel = "JSON", description = "Details, a JSON object.")
    String detail;

    @Option(names = "--deploy-id", paramLabel = "ID", description = "The deploy run.")
    String deployId;

    @Option(names = "--trace-id", paramLabel = "ID", description = "The W3C trace id.")
    String traceId;

    @Override
    public Integer call() {
      if (event == EventType.NOTIFY_FAILED) {
        throw ShipgateException.usage(
            "--event NOTIFY_FAILED is written by shipgate itself; use NOTE for a free-form entry");
      }
      if (key.isBlank() || key.length() > Detection.MAX_KEY) {
        throw ShipgateException.usage("--key must be 1 to " + Detection.MAX_KEY + " characters");
      }
      if (summary.isBlank()) {
        throw ShipgateException.usage("--summary must not be empty");
      }
      JsonNode details = detail == null ? null : parseDetail(detail);
      Detection d =
          new Detection(
              key, severity, category, summary, event, message, details, null, deployId, traceId);
      return withService(
          parent.root,
          spec,
          (opened, out) -> {
            RecordResult r = opened.service().record(d);
            render(
                format.json(),
                IncidentsRenderer.recordJson(r),
                w -> {
                  if (r.incident() == null) {
                    w.println("nothing open for key " + key);
                  } else {
                    w.println(r.incident().id());
                  }
                },
                out);
            return ExitCode.OK.code();
          });
    }

    private static JsonNode parseDetail(String text) {
      try {
        JsonNode n = Json.mapper().readTree(text);
        if (n == null || !n.isObject()) {
          throw ShipgateException.usage(
              "--detail must be a JSON object, e.g. --detail '{\"url\": \"https://...\"}'");
        }
        return n;
      } catch (JsonProcessingException e) {
        throw ShipgateException.usage(
            "--detail is not valid JSON (line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr()
                + "); pass a JSON object, e.g. --detail '{\"url\": \"https://...\"}'");
      }
    }
  }

  @Command(
      name = "resolve",
      mixinStandardHelpOptions = true,
      description = "Resolve an open incident, with notes on what fixed it.")
  static final class Resolve implements Callable<Integer> {
    @ParentCommand IncidentsCommand parent;

    @Spec CommandSpec spec;

    @Mixin FormatOption format;

    @Parameters(paramLabel = "ID", description = "The incident's id.")
    long id;

    @Option(names = "--notes", required = true, paramLabel = "TEXT", description = "What fixed it.")
    String notes;

    @Override
    public Integer call() {
      return withService(
          parent.root,
          spec,
          (opened, out) -> {
            Optional<ResolveResult> r = opened.service().resolve(id, notes);
            ResolveResult rr = r.orElseThrow(() -> unknown(id));
            var doc = Json.object();
            doc.put("id", id);
            doc.put("alreadyResolved", rr.alreadyResolved());
            doc.set("incident", IncidentsRenderer.incident(rr.incident()));
            render(
                format.json(),
                doc,
                w ->
                    w.println(
                        rr.alreadyResolved()
                            ? "incident "
                                + id
                                + " was already resolved at "
                                + IncidentsRenderer.time(rr.incident().resolvedAt())
                            : "resolved incident " + id + " (" + rr.incident().key() + ")"),
                out);
            return ExitCode.OK.code();
          });
    }
  }
}
