package dev.shipgate.probe;

/**
 * Why a probe failed, in a form a script can act on. The names are a stable contract (they appear
 * in JSON output).
 */
public enum FailureReason {
  /** The host name does not resolve. */
  DNS,
  /** Nothing accepted the connection, or it was reset or closed before a response. */
  CONNECTION_REFUSED,
  /** No connection or no complete response within the timeout. */
  TIMEOUT,
  /** The TLS handshake failed: untrusted or mismatched certificate, or no TLS on that port. */
  TLS,
  /** 401 or 403, or an API token the provider reports as disabled or expired. */
  AUTH,
  /** 429 Too Many Requests. */
  RATE_LIMITED,
  /** Any other 4xx. */
  HTTP_4XX,
  /** Any 5xx. */
  HTTP_5XX,
  /** An HTML page (often a login or error page) where JSON was expected. */
  HTML_ERROR_PAGE,
  /** The body is not valid JSON where JSON was expected. */
  BAD_JSON,
  /** The response arrived but a condition (status, JSON path, body, header, latency) failed. */
  ASSERTION;

  /** False for failures that another attempt cannot fix (wrong credentials, a 404). */
  public boolean retryable() {
    return this != AUTH && this != HTTP_4XX;
  }
}
