package dev.shipgate.incidents.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.shipgate.config.GithubNotifyConfig;
import dev.shipgate.core.Json;
import dev.shipgate.incidents.IncidentEvent;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A comment on a GitHub issue, one per incident: the first transition creates it ({@code POST
 * /repos/O/R/issues/N/comments}), later ones edit it in place ({@code PATCH
 * /repos/O/R/issues/comments/ID}) with the whole current state, so the issue shows one up-to-date
 * entry per incident instead of a comment per change.
 */
final class GithubDestination implements Destination {
  private final GithubNotifyConfig config;
  private final String base;
  private final TokenBucket bucket = new TokenBucket(2, 1.0);

  GithubDestination(GithubNotifyConfig config) {
    this.config = config;
    this.base = config.baseUrl().strip().replaceAll("/+$", "");
  }

  @Override
  public String name() {
    return "github";
  }

  @Override
  public String configKey() {
    return "notify.github";
  }

  @Override
  public TokenBucket bucket() {
    return bucket;
  }

  @Override
  public Outbound request(Message m, Optional<String> thread, Instant now) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Accept", "application/vnd.github+json");
    h.put("X-GitHub-Api-Version", "2022-11-28");
    h.put("Authorization", "Bearer " + config.token().reveal());
    h.put("Content-Type", "application/json; charset=utf-8");
    String body = Json.object().put("body", markdown(m)).toString();
    if (thread.isPresent() && !m.test()) {
      return new Outbound(
          "PATCH",
          URI.create(base + "/repos/" + config.repo() + "/issues/comments/" + thread.get()),
          h,
          body);
    }
    return new Outbound(
        "POST",
        URI.create(base + "/repos/" + config.repo() + "/issues/" + config.issue() + "/comments"),
        h,
        body);
  }

  @Override
  public Optional<String> thread(Reply r) {
    try {
      JsonNode n = Json.mapper().readTree(r.body());
      return n.path("id").canConvertToLong()
          ? Optional.of(Long.toString(n.path("id").asLong()))
          : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  static String markdown(Message m) {
    StringBuilder sb = new StringBuilder();
    sb.append("### ").append(m.title()).append("\n\n");
    if (!m.test()) {
      var i = m.incident();
      sb.append("| | |\n|---|---|\n");
      sb.append("| Project | ").append(cell(m.project())).append(" |\n");
      sb.append("| Status | **").append(i.status()).append("** (last: ").append(m.transition());
      sb.append(" at ").append(Message.time(m.transitionAt())).append(") |\n");
      sb.append("| Severity | ").append(i.severity()).append(" |\n");
      sb.append("| Category | ").append(i.category()).append(" |\n");
      sb.append("| Detections | ").append(i.repeatCount()).append(" |\n");
      sb.append("| Opened | ").append(Message.time(i.openedAt())).append(" |\n");
      if (i.resolvedAt() != null) {
        sb.append("| Resolved | ").append(Message.time(i.resolvedAt())).append(" |\n");
      }
      sb.append("| Key | `").append(cell(i.key())).append("` |\n\n");
      List<IncidentEvent> events = m.events();
      if (!events.isEmpty()) {
        sb.append("**Last events**\n\n");
        events.forEach(e -> sb.append("- ").append(Message.eventLine(e)).append('\n'));
        sb.append('\n');
      }
    }
    List<String> next = m.nextSteps();
    if (!next.isEmpty()) {
      sb.append("**Next steps**\n\n");
      next.forEach(n -> sb.append("- ").append(n).append('\n'));
      sb.append('\n');
    }
    sb.append("<!-- shipgate incident ")
        .append(m.incident().id())
        .append(" delivery ")
        .append(m.deliveryId())
        .append(" -->\n");
    return sb.toString();
  }

  private static String cell(String s) {
    return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
  }
}
