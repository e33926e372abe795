package dev.shipgate.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.Json;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.schema.ExpectationResult;
import dev.shipgate.schema.Hotpatch;
import dev.shipgate.schema.SchemaReport;
import dev.shipgate.schema.SchemaService;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shipgate schema check|hotpatch`: schema expectations (M7) and their hot-patch (M8). */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = "Check database.expect, or print SQL for what is missing.",
    subcommands = {SchemaCommand.Check.class, SchemaCommand.HotpatchCommand.class})
final class SchemaCommand implements Callable<Integer> {
  @ParentCommand ShipgateCommand root;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return Cli.missingSubcommand(spec);
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Verify database.expect: tables, columns (case-sensitive names on",
        "PostgreSQL), indexes and minRows floors. Lists exactly what is",
        "missing; exit 0 or 1."
      })
  static final class Check implements Callable<Integer> {
    @ParentCommand SchemaCommand schema;

    @Spec CommandSpec spec;

    @Mixin DatabaseOption database;

    @Mixin FormatOption output;

    @Override
    public Integer call() {
      ShipgateConfig config = schema.root.config();
      DatabaseUrl target = database.resolve(config);
      UnaryOperator<String> redact = DbCli.redactor(schema.root, target);
      PrintWriter out = spec.commandLine().getOut();
      SchemaReport report =
          DbCli.redacting(
              redact,
              () ->
                  SchemaService.check(
                      config, target, DbCli.progress(spec.commandLine().getErr(), spec, redact)));
      if (output.json()) {
        ObjectNode o = Json.object();
        o.put("ok", report.ok());
        ArrayNode results = o.putArray("results");
        for (ExpectationResult r : report.results()) {
          ObjectNode n = results.addObject();
          n.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
          n.put("key", r.key());
          n.put("ok", r.ok());
          n.put("detail", r.ok() ? null : redact.apply(r.detail()));
        }
        Json.write(o, out);
      } else {
        for (ExpectationResult r : report.results()) {
          out.println(
              redact.apply(
                  (r.ok() ? "ok      " : "MISSING ")
                      + r.key()
                      + (r.ok() ? "" : ": " + r.detail())));
        }
        out.println(
            report.ok()
                ? "schema: OK (" + report.summary() + ")"
                : "schema: "
                    + report.missing().size()
                    + " of "
                    + report.results().size()
                    + " expectations failed (shipgate schema hotpatch prints SQL for what it can add)");
      }
      return report.ok() ? ExitCode.OK.code() : ExitCode.GATE_FAILED.code();
    }
  }

  @Command(
      name = "hotpatch",
      mixinStandardHelpOptions = true,
      description = {
        "Print idempotent SQL that adds the missing expected columns and",
        "indexes (those with a declared type or definition). Only SQL goes",
        "to stdout, so it pipes into psql; exit 1 when something missing",
        "cannot be patched."
      })
  static final class HotpatchCommand implements Callable<Integer> {
    @ParentCommand SchemaCommand schema;

    @Spec CommandSpec spec;

    @Mixin DatabaseOption database;

    @Override
    public Integer call() {
      ShipgateConfig config = schema.root.config();
      DatabaseUrl target = database.resolve(config);
      UnaryOperator<String> redact = DbCli.redactor(schema.root, target);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Hotpatch.Script script =
          DbCli.redacting(
              redact,
              () -> SchemaService.hotpatch(config, target, DbCli.progress(err, spec, redact)));
      out.println(
          "-- shipgate schema hotpatch for "
              + target.redacted()
              + ": "
              + script.statements().size()
              + (script.statements().size() == 1 ? " statement" : " statements"));
      script.statements().forEach(out::println);
      out.flush();
      script.notes().forEach(n -> err.println("shipgate: note: " + redact.apply(n)));
      script.unpatchable().forEach(u -> err.println("shipgate: cannot patch " + redact.apply(u)));
      if (script.statements().isEmpty() && script.unpatchable().isEmpty()) {
        err.println("shipgate: nothing is missing; nothing to patch");
      }
      return script.unpatchable().isEmpty() ? ExitCode.OK.code() : ExitCode.GATE_FAILED.code();
    }
  }
}
