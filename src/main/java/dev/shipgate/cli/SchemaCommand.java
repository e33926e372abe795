package dev.shipgate.cli;

import dev.shipgate.cli.render.EventText;
import dev.shipgate.cli.render.SchemaJson;
import dev.shipgate.config.ShipgateConfig;
import dev.shipgate.core.Verdict;
import dev.shipgate.db.DatabaseUrl;
import dev.shipgate.schema.ExpectationResult;
import dev.shipgate.schema.Hotpatch;
import dev.shipgate.schema.SchemaCheck;
import dev.shipgate.schema.SchemaReport;
import dev.shipgate.schema.SchemaService;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
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

  /** Connection retries go to stderr: stdout is the verdict (or SQL for hotpatch). */
  static SchemaService service(ShipgateConfig config, PrintWriter err) {
    return new SchemaService(
        config.database().connect(), config.migrations().lockTimeout(), EventText.toStderr(err));
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
      schema.root.showsDatabaseUrl(target);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      SchemaCheck check =
          service(config, err).check(target, config.database().expect(), config.source());
      if (output.json()) {
        schema.root.output().json(SchemaJson.document(check));
      } else {
        SchemaReport report = check.report();
        for (ExpectationResult r : report.results()) {
          out.println(
              (r.ok() ? "ok      " : "MISSING ") + r.key() + (r.ok() ? "" : ": " + r.detail()));
        }
        if (check.failureOrNull() == null) {
          out.println(
              report.ok()
                  ? "schema: OK (" + report.summary() + ")"
                  : "schema: "
                      + report.missing().size()
                      + " of "
                      + report.results().size()
                      + " expectations failed (shipgate schema hotpatch prints SQL for what it can"
                      + " add)");
        }
      }
      check.failure().ifPresent(f -> err.println("shipgate: " + f.message()));
      return ExitCode.of(check);
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
      schema.root.showsDatabaseUrl(target);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Hotpatch.Script script =
          service(config, err).hotpatch(target, config.database().expect(), config.source());
      out.println(
          "-- shipgate schema hotpatch for "
              + target.redacted()
              + ": "
              + script.statements().size()
              + (script.statements().size() == 1 ? " statement" : " statements"));
      script.statements().forEach(out::println);
      out.flush();
      script.notes().forEach(n -> err.println("shipgate: note: " + n));
      script.unpatchable().forEach(u -> err.println("shipgate: cannot patch " + u));
      if (script.statements().isEmpty() && script.unpatchable().isEmpty()) {
        err.println("shipgate: nothing is missing; nothing to patch");
      }
      return ExitCode.of(Verdict.of(script.unpatchable().isEmpty()));
    }
  }
}
