package io.planmon.e2e;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates malformed requests for an endpoint from a seeded random source, so that a failing run can be repeated
 * exactly: each request is spoilt in one primary way (a path value, a query parameter, the body, its content type, the
 * token, the method) and sometimes also given a hostile header. None of them can succeed as a write.
 */
final class BadRequests {
    /** A request as sent: the raw (already percent-encoded) path and query, the token spoilt or not. */
    record BadRequest(
            String what,
            String method,
            String path,
            String contentType,
            byte[] body,
            Map<String, String> headers,
            TokenSpoiler token) {}

    /** How the caller's real token is sent, or spoilt. */
    interface TokenSpoiler {
        String authorization(String token);
    }

    private static final List<String> SEGMENTS = List.of(
            "%00",
            "GDP%00",
            "%0A",
            "%1B%5B31m",
            "%C2%85",
            "%7F",
            "-1",
            "0",
            "99999999999999999999",
            "1e400",
            "NaN",
            "%27%20or%201%3D1--",
            "%E2%80%AE",
            "x".repeat(300),
            "%F0%9F%92%A9",
            "%25",
            "1.5",
            "%7B%7D",
            "%20",
            "null",
            "%FF%FE",
            "2021-13",
            "%2E%2E",
            "%2F",
            "A%09B");
    private static final List<String> VALUES = List.of(
            "%00",
            "STATS%00",
            "%0D%0A",
            "-1",
            "0",
            "99999999999999999999",
            "1e400",
            "abc",
            "",
            "%FF",
            "x".repeat(1500),
            "%27",
            "true%00",
            "%E2%80%AE",
            "1,2",
            "%5B1%5D",
            "-0",
            "NaN",
            "%C2%85");
    private static final List<String> CONTENT_TYPES = List.of(
            "text/plain",
            "application/xml",
            "application/octet-stream",
            "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded",
            "application/json-patch+json",
            "image/png");
    private static final List<TokenSpoiler> TOKENS = List.of(
            t -> null,
            t -> "Bearer not-a-jwt",
            t -> "Bearer " + t.substring(0, t.length() - 6),
            t -> "Bearer " + t.substring(0, t.lastIndexOf('.')),
            t -> "Bearer " + t + "x",
            t -> "Bearer " + alg("none") + t.substring(t.indexOf('.'), t.lastIndexOf('.') + 1),
            t -> "Basic Zm9vOmJhcg==",
            t -> "Bearer",
            t -> "Bearer " + "A".repeat(4000) + ".e30.c2ln");
    private static final List<Map.Entry<String, String>> HEADERS = List.of(
            Map.entry("If-None-Match", "W/\"x"),
            Map.entry("If-None-Match", "\"" + "a".repeat(500) + "\""),
            Map.entry("Accept", "application/xml"),
            Map.entry("Accept", "text/html;q=0.9, */*;q=0"),
            Map.entry("X-Request-Id", "../../etc/passwd%00"),
            Map.entry("X-Request-Id", "r".repeat(1000)),
            Map.entry("X-Synthetic", "a\tb \u00e9"),
            Map.entry("Origin", "http://evil.example"),
            Map.entry("Range", "bytes=9-1"),
            Map.entry("Accept-Encoding", "gzip;q=2, *;q=-1"));

    private final Random random;

    BadRequests(long seed) {
        this.random = new Random(seed);
    }

    BadRequest next(BadInputTargets.Target target) {
        List<String> primaries = new ArrayList<>(List.of("token", "method"));
        if (!target.params().isEmpty()) {
            primaries.add("path");
        }
        if (target.hasBody()) {
            primaries.addAll(List.of("body", "body", "content-type"));
        } else if (!target.streams() || !target.query().isEmpty()) {
            primaries.addAll(List.of("query", "query"));
        }
        String primary = pick(primaries);
        Map<String, String> params = new LinkedHashMap<>(target.params());
        String query = "";
        String method = target.method();
        String contentType = target.hasBody() ? "application/json" : null;
        byte[] body = target.hasBody() ? target.body().getBytes(StandardCharsets.UTF_8) : null;
        TokenSpoiler token = t -> "Bearer " + t;
        String what = primary;
        switch (primary) {
            case "path" -> {
                String name = pick(new ArrayList<>(params.keySet()));
                String value = pick(SEGMENTS);
                params.put(name, value);
                what += " " + name + "=" + abbreviated(value);
            }
            case "query" -> {
                List<String> names = new ArrayList<>(target.query());
                names.add("x%00y");
                names.add("unknown");
                String name = pick(names);
                String value = target.streams() ? "%00" : pick(VALUES);
                query = "?" + name + "=" + value + (random.nextBoolean() ? "&" + name + "=" + pick(VALUES) : "");
                what += " " + abbreviated(query);
            }
            case "body" -> {
                BadBodies.Spoilt spoilt = BadBodies.spoil(target.body(), random);
                body = spoilt.bytes();
                what += " " + spoilt.how();
            }
            case "content-type" -> {
                contentType = random.nextInt(8) == 0 ? null : pick(CONTENT_TYPES);
                what += " " + contentType;
            }
            case "token" -> {
                int which = random.nextInt(TOKENS.size());
                token = TOKENS.get(which);
                what += " #" + which;
            }
            default -> {
                // Never a method that could write: DELETE only where the path names nothing deletable.
                method = target.hasBody() || target.streams() ? "PATCH" : pick(List.of("PATCH", "DELETE"));
                what += " " + method;
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        if (random.nextInt(3) == 0) {
            Map.Entry<String, String> header = pick(HEADERS);
            headers.put(header.getKey(), header.getValue());
            what += " + " + header.getKey() + ": " + abbreviated(header.getValue());
        }
        String path = target.template();
        for (Map.Entry<String, String> param : params.entrySet()) {
            path = path.replace("{" + param.getKey() + "}", param.getValue());
        }
        return new BadRequest(what, method, path + query, contentType, body, headers, token);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String alg(String name) {
        return java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("{\"alg\":\"" + name + "\",\"typ\":\"JWT\"}").getBytes(StandardCharsets.UTF_8));
    }

    static String abbreviated(String text) {
        String shown = text.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 40 ? shown.substring(0, 40) + "…(" + shown.length() + ")" : shown;
    }
}
