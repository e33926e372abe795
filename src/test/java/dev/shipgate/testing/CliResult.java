package dev.shipgate.testing;

import static org.assertj.core.api.Assertions.assertThat;

/** Exit code and captured output of one CLI run, with fluent assertions (jbang style). */
public record CliResult(int exitCode, String out, String err) {
  public CliResult exits(int expected) {
    assertThat(exitCode).as("exit code; stdout:%n%s%nstderr:%n%s", out, err).isEqualTo(expected);
    return this;
  }

  public CliResult outContains(String... parts) {
    assertThat(out).contains(parts);
    return this;
  }

  public CliResult errContains(String... parts) {
    assertThat(err).contains(parts);
    return this;
  }

  /** A user error: exactly one line on stderr and no stack trace. */
  public CliResult oneLineError() {
    assertThat(err.strip().lines().count()).as("stderr lines:%n%s", err).isEqualTo(1);
    assertThat(err).doesNotContain("\tat ", "Exception");
    return this;
  }

  /** Neither stream contains {@code secret}. */
  public CliResult neverShows(String secret) {
    assertThat(out).doesNotContain(secret);
    assertThat(err).doesNotContain(secret);
    return this;
  }
}
