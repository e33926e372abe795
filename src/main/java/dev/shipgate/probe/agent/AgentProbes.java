package dev.shipgate.probe.agent;

import dev.shipgate.config.AgentConfig;
import dev.shipgate.config.ConfigSource;
import dev.shipgate.config.Secret;
import dev.shipgate.probe.ConfigErrors;
import dev.shipgate.probe.Expectation;
import dev.shipgate.probe.HttpProbe;
import dev.shipgate.probe.ProbeKind;
import dev.shipgate.probe.ProbeUris;
import java.net.URI;

/** One `agents:` entry as a probe of GET {url}/health with {@code X-Health-Check: true}. */
public final class AgentProbes {
  private AgentProbes() {}

  public static HttpProbe of(AgentConfig a, int index, ConfigSource source) {
    URI uri;
    try {
      uri = ProbeUris.join(a.url(), "/health");
    } catch (IllegalArgumentException e) {
      throw ConfigErrors.at(
          source, e.getMessage() + " (an unset ${VAR} expands to nothing)", "agents", index, "url");
    }
    if (!a.timeout().isPositive()) {
      throw ConfigErrors.at(source, "must be more than 0 (e.g. 5s)", "agents", index, "timeout");
    }
    return HttpProbe.builder(a.name(), ProbeKind.AGENT, uri)
        .header("X-Health-Check", Secret.of("true"))
        .headers(a.headers())
        .expect(Expectation.any2xx().requiringJson())
        .timeout(a.timeout())
        .judge(new AgentHealthJudge())
        .build();
  }
}
