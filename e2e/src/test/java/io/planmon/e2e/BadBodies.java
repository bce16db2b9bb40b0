package io.planmon.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spoils a valid JSON body so that no endpoint may accept it: cut short, followed by more, a key twice, the wrong kind
 * of document, nested beyond reason, a number no column holds or a word where a number belongs, a NUL or bytes that
 * are no UTF-8 inside a string.
 */
final class BadBodies {
    /** The spoilt body and how it was spoilt. */
    record Spoilt(byte[] bytes, String how) {}

    private static final Pattern NUMBER = Pattern.compile(":\\s*(-?\\d+(\\.\\d+)?)");
    private static final Pattern STRING = Pattern.compile(":\\s*\"");
    private static final Pattern FIRST_KEY = Pattern.compile("^\\{\\s*\"([^\"]+)\"");

    private BadBodies() {}

    static Spoilt spoil(String valid, Random random) {
        for (int tries = 0; ; tries++) {
            Spoilt spoilt = attempt(valid, random.nextInt(12));
            if (spoilt != null) {
                return spoilt;
            }
        }
    }

    private static Spoilt attempt(String valid, int kind) {
        return switch (kind) {
            case 0 -> text("", "empty");
            case 1 -> text(valid.substring(0, valid.length() / 2), "cut in half");
            case 2 -> text(valid + "{}", "a second document");
            case 3 -> text(valid + " garbage", "trailing garbage");
            case 4 -> duplicateKey(valid);
            case 5 -> text(new String[] {"null", "[]", "\"text\"", "42", "true"}[valid.length() % 5], "not an object");
            case 6 -> text("[".repeat(3000) + "]".repeat(3000), "nested 3000 deep");
            case 7 -> number(valid, "\"not a number\"");
            case 8 -> number(valid, new String[] {"1e400", "-1e400", "1" + "0".repeat(40), "NaN"}[valid.length() % 4]);
            case 9 -> inString(valid, "\\u0000".getBytes(StandardCharsets.US_ASCII), "NUL in a string");
            case 10 -> inString(valid, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, "bytes that are no UTF-8");
            default -> inString(valid, "\\u001b[31m".getBytes(StandardCharsets.US_ASCII), "ESC in a string");
        };
    }

    private static Spoilt duplicateKey(String valid) {
        Matcher key = FIRST_KEY.matcher(valid);
        if (!key.find()) {
            return null;
        }
        return text("{\"" + key.group(1) + "\": null, " + valid.substring(1), "key " + key.group(1) + " twice");
    }

    private static Spoilt number(String valid, String replacement) {
        Matcher number = NUMBER.matcher(valid);
        if (!number.find()) {
            return null;
        }
        String spoilt = valid.substring(0, number.start(1)) + replacement + valid.substring(number.end(1));
        return text(spoilt, "a number as " + replacement);
    }

    private static Spoilt inString(String valid, byte[] inserted, String how) {
        Matcher string = STRING.matcher(valid);
        if (!string.find()) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(valid.substring(0, string.end()).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(inserted);
        out.writeBytes(valid.substring(string.end()).getBytes(StandardCharsets.UTF_8));
        return new Spoilt(out.toByteArray(), how);
    }

    private static Spoilt text(String body, String how) {
        return new Spoilt(body.getBytes(StandardCharsets.UTF_8), how);
    }
}
