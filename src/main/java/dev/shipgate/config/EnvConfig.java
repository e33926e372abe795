package dev.shipgate.config;

import java.util.List;

/** `env:` required variables and extra secret names. */
public record EnvConfig(List<String> required, List<String> secrets) implements ConfigSection {
  public EnvConfig {
    required = Immutables.list(required);
    secrets = Immutables.list(secrets);
  }

  static EnvConfig defaults() {
    return new EnvConfig(null, null);
  }

  @Override
  public void validate(ConfigCheck check) {
    names(check.at("required"), required);
    names(check.at("secrets"), secrets);
  }

  private static void names(ConfigCheck check, List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      if (!names.get(i).matches("[A-Za-z_][A-Za-z0-9_]*")) {
        check
            .at(i)
            .fail(
                "not an environment variable name",
                "write the name alone (DATABASE_URL), not ${DATABASE_URL} or a value");
      }
    }
  }
}
