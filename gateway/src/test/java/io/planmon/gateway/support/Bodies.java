package io.planmon.gateway.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Request bodies for the streaming tests, and the digest that tells whether one arrived intact. */
public final class Bodies {
    private Bodies() {}

    /** An observation import in the API's CSV format ({@code indicator,period,value,note}) of at least {@code size} bytes. */
    public static byte[] csv(int size) {
        StringBuilder text = new StringBuilder("indicator,period,value,note\n");
        for (int row = 0; text.length() < size; row++) {
            text.append("GDP_GROWTH,2026-")
                    .append(String.format("%02d", row % 12 + 1))
                    .append(',')
                    .append(row % 1000 / 10.0)
                    .append(",row ")
                    .append(row)
                    .append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
