package io.planmon.indicator.rest;

import io.planmon.web.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The body of a synchronous batch push, read whole but only up to a bound: the service accepts bodies of hundreds of
 * megabytes for asynchronous imports, which must never be read into the heap at once.
 */
final class SyncBody {
    static final int MAX_MEGABYTES = 32;
    private static final int MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;

    private SyncBody() {}

    static String read(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ProblemException(
                        413,
                        "payload-too-large",
                        "Payload too large",
                        "a batch without async=true may have at most " + MAX_MEGABYTES
                                + " MB; send a larger import with ?async=true",
                        List.of());
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the request body broke off", e);
        }
    }
}
