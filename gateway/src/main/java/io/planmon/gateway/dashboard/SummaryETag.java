package io.planmon.gateway.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

/**
 * The summary's entity tag: a digest of the scope and of each part's own ETag (or, for a missing part, why it is
 * missing), so that it changes exactly when one of the parts does, and two scopes never share one.
 */
final class SummaryETag {
    private SummaryETag() {}

    static String of(String scope, Map<Part, PartAnswer> parts, Map<Part, Missing> missing) {
        StringBuilder source = new StringBuilder(scope);
        for (Part part : Part.values()) {
            source.append('\n').append(part.key()).append('=');
            PartAnswer answer = parts.get(part);
            if (answer != null) {
                // A service that sent no ETag is named by its counts themselves.
                source.append(
                        answer.etag() != null
                                ? answer.etag()
                                : "body:" + answer.counts().encode());
            } else {
                Missing gap = missing.get(part);
                source.append("missing:").append(gap.reason()).append(':').append(gap.status());
            }
        }
        byte[] digest = sha256().digest(source.toString().getBytes(StandardCharsets.UTF_8));
        return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + '"';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
