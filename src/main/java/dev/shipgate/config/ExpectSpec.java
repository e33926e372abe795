package dev.shipgate.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * `expect:` conditions on an HTTP response. An empty spec means "any 2xx". {@code json} maps a JSON
 * path to the value it must have.
 */
public record ExpectSpec(
    List<Integer> status,
    Map<String, Object> json,
    String bodyContains,
    String bodyMatches,
    Map<String, String> headers,
    Duration maxLatency)
    implements ConfigSection {
  public ExpectSpec {
    status = Immutables.list(status);
    json = Immutables.map(json);
    headers = Immutables.map(headers);
  }

  public static ExpectSpec none() {
    return new ExpectSpec(null, null, null, null, null, null);
  }

  @Override
  public void validate(ConfigCheck check) {
    for (int i = 0; i < status.size(); i++) {
      Integer s = status.get(i);
      if (s < 100 || s > 599) {
        check.at("status", i).fail("not an HTTP status", "use codes from 100 to 599");
      }
    }
    check.at("bodyMatches").regex(bodyMatches);
    check.at("maxLatency").positive(maxLatency);
  }
}
