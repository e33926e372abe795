package dev.shipgate.probe;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body up to {@link #MAX_BYTES} and stops there, so a probe of a huge or endless
 * response cannot exhaust memory. Stays asynchronous, so the probe's deadline covers the body too.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<LimitedBody.Bytes> {
  static final int MAX_BYTES = 1 << 20;

  /** The bytes read, and whether the body was longer. */
  record Bytes(byte[] data, boolean truncated) {}

  private final CompletableFuture<Bytes> result = new CompletableFuture<>();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final int max;
  private Flow.Subscription subscription;

  private LimitedBody(int max) {
    this.max = max;
  }

  static HttpResponse.BodyHandler<Bytes> handler() {
    return info -> new LimitedBody(MAX_BYTES);
  }

  @Override
  public CompletionStage<Bytes> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    this.subscription = s;
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer b : items) {
      int room = max - buffer.size();
      int n = Math.min(room, b.remaining());
      byte[] chunk = new byte[n];
      b.get(chunk);
      buffer.write(chunk, 0, n);
      if (b.hasRemaining()) {
        result.complete(new Bytes(buffer.toByteArray(), true));
        subscription.cancel();
        return;
      }
    }
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(new Bytes(buffer.toByteArray(), false));
  }
}
