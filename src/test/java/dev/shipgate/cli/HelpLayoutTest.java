package dev.shipgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HelpLayoutTest {
  private static List<CommandLine> all(CommandLine cl) {
    List<CommandLine> out = new ArrayList<>();
    out.add(cl);
    cl.getSubcommands().values().forEach(s -> out.addAll(all(s)));
    return out;
  }

  @Test
  void everyHelpLineFitsEightyColumns() {
    for (CommandLine cl : all(Cli.commandTree())) {
      for (String line : cl.getUsageMessage().lines().toList()) {
        assertThat(line.length())
            .as("%s: %s", cl.getCommandSpec().qualifiedName(), line)
            .isLessThanOrEqualTo(80);
      }
    }
  }

  @Test
  void everyCommandListShowsWholeSentences() {
    for (CommandLine cl : all(Cli.commandTree())) {
      for (CommandLine sub : cl.getSubcommands().values()) {
        String[] header = sub.getCommandSpec().usageMessage().header();
        assertThat(header).as("header of %s", sub.getCommandSpec().qualifiedName()).hasSize(1);
        assertThat(header[0].strip())
            .as("header of %s", sub.getCommandSpec().qualifiedName())
            .matches("(?s).*[.)]");
      }
    }
  }

  @Test
  void everyCommandHasTheSameLayoutHeaderUsageDescriptionOptions() {
    for (CommandLine cl : all(Cli.commandTree())) {
      String usage = cl.getUsageMessage();
      String name = cl.getCommandSpec().qualifiedName();
      assertThat(usage.indexOf("Usage: " + name)).as(name).isPositive();
      assertThat(usage).as(name).contains("--verbose", "--config");
    }
  }

  @Test
  void sentencesEndAtAFullStopNotAtAnAbbreviationOrEllipsis() {
    assertThat(HelpLayout.sentenceEnd("Use e.g. a file. Then more.")).isEqualTo(16);
    assertThat(HelpLayout.sentenceEnd("http(s)://... answers. Next")).isEqualTo(22);
    assertThat(HelpLayout.sentenceEnd("No full stop")).isEqualTo(12);
  }
}
