package dev.shipgate.cli;

import dev.shipgate.config.ConfigLoader;
import dev.shipgate.config.Redactor;
import dev.shipgate.config.ShipgateConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: global options and the lazily loaded config every command reads. */
@Command(
    name = "shipgate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Stops broken deploys and says exactly why.",
    subcommands = {
      LintCommand.class,
      HookCommand.class,
      MigrateCommand.class,
      StatusCommand.class,
      SchemaCommand.class,
      SentryCommand.class,
      CheckCommand.class,
      WaitCommand.class,
      VerifyCommand.class,
      IncidentsCommand.class,
      NotifyCommand.class,
      InitCommand.class,
      DeployCommand.class,
      ServeCommand.class,
      AutoComplete.GenerateCompletion.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:success: every gate passed",
      " 1:a gate failed (lint errors, ...)",
      " 2:partial: passed with degraded or optional failures",
      "64:usage error (unknown flag, bad argument)",
      "66:input missing (path or config file not found)",
      "70:internal error (a bug; see the crash log named in the message)",
      "78:configuration invalid (the message names file, line and key)"
    })
public final class ShipgateCommand implements Callable<Integer> {
  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description =
          "Config file (default: shipgate.yaml in the working directory or its nearest parent"
              + " up to the repository root).")
  Path configFile;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Show stack traces for errors.")
  boolean verbose;

  @Spec CommandSpec spec;

  private final Map<String, String> env;
  private final boolean color;
  private final Output output;
  private ShipgateConfig config;
  private OutputFormat requestedFormat = OutputFormat.TEXT;

  ShipgateCommand(Map<String, String> env, boolean color, Output output) {
    this.env = env;
    this.color = color;
    this.output = output;
  }

  @Override
  public Integer call() {
    return Cli.missingSubcommand(spec);
  }

  boolean verbose() {
    return verbose;
  }

  boolean color() {
    return color;
  }

  Map<String, String> env() {
    return env;
  }

  Path configFile() {
    return configFile;
  }

  /** The output boundary: stdout and stderr, redacted. */
  Output output() {
    return output;
  }

  /** The redactor as it stands: environment secrets, then the config's once it is loaded. */
  Redactor redactor() {
    return output.redactor();
  }

  /** What {@code --format} asked for (text when the command has no such option). */
  OutputFormat requestedFormat() {
    return requestedFormat;
  }

  void requestedFormat(OutputFormat format) {
    requestedFormat = format;
  }

  /**
   * The config, loaded on first use: `-c FILE`, else ./shipgate.yaml, else defaults. From then on
   * the output boundary masks its secrets too.
   */
  ShipgateConfig config() {
    if (config == null) {
      config = loader().load(configFile);
      output.redactWith(Redactor.of(config, env));
    }
    return config;
  }

  /**
   * For commands that need no config ({@code wait}, {@code lint migrations PATH}, {@code lint ci
   * PATH}): the config when it loads; when a discovered shipgate.yaml is broken or unreadable, the
   * defaults, and with {@code --verbose} a line saying what was ignored. A file named with {@code
   * -c} must load: the user asked for it.
   */
  ShipgateConfig configIfUsable() {
    if (config != null || configFile != null) {
      return config();
    }
    try {
      return config();
    } catch (dev.shipgate.core.ShipgateException e) {
      if (e.code().errorClass() != dev.shipgate.core.ErrorClass.CONFIG
          && e.code().errorClass() != dev.shipgate.core.ErrorClass.INPUT_MISSING) {
        throw e;
      }
      if (verbose) {
        output
            .err()
            .println(
                "shipgate: ignored the config (this command does not need one): " + e.getMessage());
      }
      config = ShipgateConfig.defaults();
      output.redactWith(Redactor.of(config, env));
      return config;
    }
  }

  private ConfigLoader loader() {
    return new ConfigLoader(env::get)
        .withLintRules(
            java.util.Arrays.stream(dev.shipgate.lint.Rule.values())
                .map(dev.shipgate.lint.Rule::id)
                .collect(java.util.stream.Collectors.toSet()));
  }

  /** A database URL a command will use (e.g. {@code --url}): its password is masked from now on. */
  void showsDatabaseUrl(dev.shipgate.db.DatabaseUrl url) {
    Redactor r = output.redactor().withUrl(url.raw());
    if (url.password() != null) {
      r = r.withSecret(url.password());
    }
    for (String secret : url.secretProperties().values()) {
      r = r.withSecret(secret);
    }
    output.redactWith(r);
  }
}
