package io.planmon.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body streaming through the proxy that stops, and fails the pipe to the upstream, as soon as more than a
 * given number of bytes have come through.
 */
final class LimitedBody implements ReadStream<Buffer> {

    /** How the pipe learns that the body was cut off. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("request body larger than " + limit + " bytes", null, false, false);
        }
    }

    private final ReadStream<Buffer> source;
    private final long limit;
    private final Runnable onExceeded;
    private Handler<Throwable> exceptionHandler;
    private long seen;
    private boolean exceeded;

    LimitedBody(ReadStream<Buffer> source, long limit, Runnable onExceeded) {
        this.source = source;
        this.limit = limit;
        this.onExceeded = onExceeded;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            if (exceeded) {
                return;
            }
            seen += chunk.length();
            if (seen <= limit) {
                handler.handle(chunk);
                return;
            }
            exceeded = true;
            onExceeded.run();
            if (exceptionHandler != null) {
                exceptionHandler.handle(new TooLarge(limit));
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        // A body cut off must not look complete to the upstream.
        source.endHandler(
                endHandler == null
                        ? null
                        : v -> {
                            if (!exceeded) {
                                endHandler.handle(v);
                            }
                        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        source.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        source.fetch(amount);
        return this;
    }
}
