package dev.shipgate.incidents.notify;

import dev.shipgate.config.GithubNotifyConfig;
import dev.shipgate.config.NotifyConfig;
import dev.shipgate.config.WebhookTarget;
import java.util.ArrayList;
import java.util.List;

/** The destinations {@code notify:} configures, in a fixed order: slack, webhook, github. */
final class Destinations {
  private Destinations() {}

  static List<Destination> of(NotifyConfig n) {
    List<Destination> out = new ArrayList<>();
    if (n.slack().isConfigured()) {
      out.add(new SlackDestination(uri(n.slack())));
    }
    if (n.webhook().isConfigured()) {
      out.add(new WebhookDestination(uri(n.webhook()), n.webhookSecret()));
    }
    GithubNotifyConfig gh = n.github();
    if (gh != null && gh.token().isPresent()) {
      out.add(new GithubDestination(gh));
    }
    return out;
  }

  /** The URLs requests really go to, to be masked like the configured ones. */
  static List<String> derivedSecrets(NotifyConfig n) {
    List<String> out = new ArrayList<>();
    for (WebhookTarget t : List.of(n.slack(), n.webhook())) {
      if (t.isConfigured() && t.baseUrl() != null) {
        out.add(uri(t).toString());
      }
    }
    return out;
  }

  private static java.net.URI uri(WebhookTarget t) {
    return Rebase.apply(t.url().reveal(), t.baseUrl());
  }
}
