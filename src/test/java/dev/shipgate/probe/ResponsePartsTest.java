package dev.shipgate.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shipgate.config.ExpectSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponsePartsTest {
  @Test
  void htmlIsRecognisedByContentTypeOrByItsFirstCharacter() {
    assertThat(HtmlPages.isHtml("text/html; charset=utf-8", "{}")).isTrue();
    assertThat(HtmlPages.isHtml("application/json", "\uFEFF  <!doctype html><p>")).isTrue();
    assertThat(HtmlPages.isHtml("application/json", "{\"a\":1}")).isFalse();
  }

  @Test
  void theTitleIsUnescapedCollapsedAndShortened() {
    assertThat(HtmlPages.title("<TITLE lang=en>\n  Log in\n &mdash; &amp; Co </TITLE>"))
        .contains("Log in &mdash; & Co");
    assertThat(HtmlPages.title("<html><body>no title</body></html>")).isEmpty();
    assertThat(HtmlPages.title("<title>" + "x".repeat(300) + "</title>").orElseThrow())
        .hasSize(100);
  }

  @Test
  void retryAfterAcceptsSecondsAndHttpDates() {
    assertThat(RetryAfter.parse("30")).contains(Duration.ofSeconds(30));
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("soon")).isEmpty();
  }

  @Test
  void apiErrorMessagesAreFoundInTheCommonShapes() throws Exception {
    assertThat(ErrorMessages.from(JsonDocs.parse("{\"error\":{\"message\":\"No such key\"}}")))
        .contains("No such key");
    assertThat(
            ErrorMessages.from(
                JsonDocs.parse(
                    "{\"success\":false,\"errors\":[{\"code\":1000,\"message\":\"Invalid API Token\"}]}")))
        .contains("Invalid API Token");
    assertThat(ErrorMessages.from(JsonDocs.parse("{\"detail\":\"Not Found\"}")))
        .contains("Not Found");
    assertThat(ErrorMessages.from(JsonDocs.parse("[1,2]"))).isEmpty();
  }

  @Test
  void anExpectBlockWithMistakesIsRejectedWithTheReason() {
    assertThatThrownBy(
            () ->
                Expectation.compile(
                    new ExpectSpec(List.of(200, 700), null, null, null, null, null)))
        .hasMessageContaining("status 700 is not an HTTP status");
    assertThatThrownBy(
            () -> Expectation.compile(new ExpectSpec(null, null, null, "([a-z", null, null)))
        .hasMessageContaining("bodyMatches is not a valid regular expression");
    assertThatThrownBy(
            () ->
                Expectation.compile(
                    new ExpectSpec(null, Map.of("$..[", "ok"), null, null, null, null)))
        .hasMessageContaining("not a valid JSON path");
  }

  @Test
  void jsonPathsMakeTheBodyJsonAndStatusesReplaceAny2xx() {
    Expectation e =
        Expectation.compile(
            new ExpectSpec(List.of(200, 401), Map.of("$.ok", true), null, null, null, null));
    assertThat(e.jsonBody()).isTrue();
    assertThat(e.accepts(401)).isTrue();
    assertThat(e.accepts(204)).isFalse();
    assertThat(Expectation.any2xx().accepts(204)).isTrue();
    assertThat(Expectation.any2xx().accepts(302)).isFalse();
  }

  @Test
  void theRequestIdIsSafeForAHeader() {
    RunContext c = RunContext.create(dev.shipgate.config.Redactor.urlsOnly());
    assertThat(c.requestId("my api/health ✓")).isEqualTo(c.runId() + "-my_api_health_");
    assertThat(c.runId()).matches("[0-9a-f]{16}");
  }
}
