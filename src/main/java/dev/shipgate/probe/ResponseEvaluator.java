package dev.shipgate.probe;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.shipgate.config.Durations;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Judges one response against an {@link Expectation}, in order: status, then (when JSON is
 * expected) HTML page / invalid JSON / JSON paths, then body, headers and latency, and finally the
 * probe's own {@link ResponseJudge}. The first failed condition decides the verdict.
 */
final class ResponseEvaluator {
  private static final int MAX_SNIPPET = 120;

  private ResponseEvaluator() {}

  static Verdict evaluate(HttpReply reply, Expectation expect, ResponseJudge judge) {
    if (!expect.accepts(reply.status())) {
      return statusFailure(reply, expect);
    }
    HttpReply r = reply;
    if (expect.jsonBody()) {
      Object json;
      try {
        json = parseJson(reply);
      } catch (BodyProblem p) {
        return p.verdict;
      }
      r = reply.withJson(json);
      for (JsonCondition c : expect.json()) {
        String problem = c.check(json);
        if (problem != null) {
          return Verdict.fail(FailureReason.ASSERTION, problem);
        }
      }
    }
    Optional<String> problem = bodyAndHeaders(r, expect);
    if (problem.isPresent()) {
      return Verdict.fail(FailureReason.ASSERTION, problem.get());
    }
    return judge.judge(r);
  }

  private static Object parseJson(HttpReply reply) throws BodyProblem {
    String body = reply.body();
    String status = "HTTP " + reply.status();
    if (body.isBlank()) {
      throw new BodyProblem(
          Verdict.fail(
              FailureReason.BAD_JSON, status + " with an empty body where JSON was expected"));
    }
    if (HtmlPages.isHtml(reply.contentType(), body)) {
      throw new BodyProblem(
          Verdict.fail(
              FailureReason.HTML_ERROR_PAGE,
              status
                  + ": "
                  + HtmlPages.describe(body)
                  + " where JSON was expected"
                  + redirectNote(reply)));
    }
    try {
      return JsonDocs.parse(body);
    } catch (JsonProcessingException e) {
      String cut = reply.truncated() ? " (body cut at 1 MiB)" : "";
      throw new BodyProblem(
          Verdict.fail(
              FailureReason.BAD_JSON,
              status + ": the body is not valid JSON: " + JsonDocs.describe(e) + cut));
    }
  }

  private static Optional<String> bodyAndHeaders(HttpReply r, Expectation expect) {
    if (expect.bodyContains() != null && !r.body().contains(expect.bodyContains())) {
      return Optional.of("the body does not contain \"" + expect.bodyContains() + "\"");
    }
    if (expect.bodyMatches() != null && !expect.bodyMatches().matcher(r.body()).find()) {
      return Optional.of("the body does not match /" + expect.bodyMatches().pattern() + "/");
    }
    for (Map.Entry<String, String> h : expect.headers().entrySet()) {
      List<String> values = r.headers().allValues(h.getKey());
      if (values.isEmpty()) {
        return Optional.of("header " + h.getKey() + " is missing");
      }
      String want = h.getValue().toLowerCase(Locale.ROOT);
      if (values.stream().noneMatch(v -> v.toLowerCase(Locale.ROOT).contains(want))) {
        return Optional.of(
            "header "
                + h.getKey()
                + " is \""
                + String.join(", ", values)
                + "\", expected it to contain \""
                + h.getValue()
                + "\"");
      }
    }
    if (expect.maxLatency() != null && r.latency().compareTo(expect.maxLatency()) > 0) {
      return Optional.of(
          "took "
              + r.latency().toMillis()
              + "ms, more than maxLatency "
              + Durations.format(expect.maxLatency()));
    }
    return Optional.empty();
  }

  static Verdict statusFailure(HttpReply reply, Expectation expect) {
    int s = reply.status();
    FailureReason reason =
        s == 401 || s == 403
            ? FailureReason.AUTH
            : s == 429
                ? FailureReason.RATE_LIMITED
                : s >= 500 && s <= 599
                    ? FailureReason.HTTP_5XX
                    : s >= 400 && s <= 499 ? FailureReason.HTTP_4XX : FailureReason.ASSERTION;
    StringBuilder d = new StringBuilder("HTTP ").append(s);
    if (s >= 300 && s < 400) {
      reply.headers().firstValue("location").ifPresent(l -> d.append(" redirect to ").append(l));
    } else {
      explain(reply).ifPresent(x -> d.append(": ").append(x));
    }
    if (s == 429) {
      reply
          .headers()
          .firstValue("retry-after")
          .ifPresent(v -> d.append(" (Retry-After: ").append(v.strip()).append(')'));
    }
    if (!expect.statuses().isEmpty() || reason == FailureReason.ASSERTION) {
      d.append(" (expected ").append(expect.describeStatuses()).append(')');
    }
    d.append(redirectNote(reply));
    return Verdict.fail(reason, d.toString());
  }

  /** What the body of an error response says: the API's message, the page title, or its text. */
  private static Optional<String> explain(HttpReply reply) {
    String body = reply.body();
    if (body.isBlank()) {
      return Optional.empty();
    }
    if (HtmlPages.isHtml(reply.contentType(), body)) {
      return Optional.of(HtmlPages.describe(body));
    }
    try {
      Optional<String> message = ErrorMessages.from(JsonDocs.parse(body));
      if (message.isPresent()) {
        return message;
      }
    } catch (JsonProcessingException e) {
      // not JSON: show the text
    }
    String line = body.strip().lines().findFirst().orElse("").strip();
    return Optional.of(
        line.length() > MAX_SNIPPET ? line.substring(0, MAX_SNIPPET - 1) + "…" : line);
  }

  private static String redirectNote(HttpReply reply) {
    return reply.redirected() ? " (redirected to " + reply.uri() + ")" : "";
  }

  /** Carries a verdict out of body parsing. */
  private static final class BodyProblem extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Verdict verdict;

    BodyProblem(Verdict verdict) {
      super(null, null, false, false);
      this.verdict = verdict;
    }
  }
}
