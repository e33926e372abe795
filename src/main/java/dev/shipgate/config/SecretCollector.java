package dev.shipgate.config;

import java.util.ArrayList;
import java.util.List;

/** Every {@link Secret} a config holds, so the {@link Redactor} can mask their values. */
final class SecretCollector {
  private SecretCollector() {}

  /** Keys, tokens, webhook URLs: secrets whatever their length. */
  static List<Secret> secrets(ShipgateConfig c) {
    List<Secret> out = new ArrayList<>();
    for (ExternalConfig e : c.externals()) {
      out.add(e.key());
      out.add(e.token());
    }
    out.add(c.notifications().slack().url());
    out.add(c.notifications().webhook().url());
    out.add(c.notifications().webhookSecret());
    if (c.notifications().github() != null) {
      out.add(c.notifications().github().token());
    }
    out.add(c.server().adminToken());
    out.add(c.server().internalToken());
    out.add(c.logs().sentryDsn());
    return out.stream().filter(Secret::isPresent).toList();
  }

  /**
   * Header values of probes: secrets when they could be credentials ({@code Authorization: Bearer
   * ...}); a header of a few characters ({@code X-Retry: 1}) is not masked all over the output.
   */
  static List<Secret> headers(ShipgateConfig c) {
    List<Secret> out = new ArrayList<>();
    for (ServiceConfig s : c.services()) {
      s.ready().forEach(r -> out.addAll(r.headers().values()));
    }
    for (CheckConfig check : c.checks()) {
      out.addAll(check.headers().values());
    }
    for (ExternalConfig e : c.externals()) {
      out.addAll(e.headers().values());
    }
    for (AgentConfig a : c.agents()) {
      out.addAll(a.headers().values());
    }
    return out.stream().filter(Secret::isPresent).toList();
  }

  /**
   * The connection URLs ({@code database.url}, {@code store}): only their password is secret, so
   * they are shown with the password masked rather than hidden whole.
   */
  static List<Secret> connectionUrls(ShipgateConfig c) {
    return java.util.stream.Stream.of(c.database().url(), c.store())
        .filter(Secret::isPresent)
        .toList();
  }
}
