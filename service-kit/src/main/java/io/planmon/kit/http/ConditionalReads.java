package io.planmon.kit.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place where a GET becomes conditional and cached. Per request: one version read ({@link ChangeCounters});
 * the ETag is that version plus a digest of the path, the query and the caller's scope; {@code If-None-Match} with it
 * is a 304, else the bytes come from a short in-memory cache keyed by (path and query, scope, version), computed once
 * per version. Since the version comes from the database, a change made by another instance (or by hand) changes the
 * ETag and the key: nothing needs invalidating, old entries age out.
 */
@ApplicationScoped
public class ConditionalReads {
    /** The client (and the gateway) must revalidate every time, and no shared cache may keep a caller's answer. */
    public static final String CACHE_CONTROL = "private, no-cache";

    private final ChangeCounters counters;
    private final ObjectMapper json;
    private final Cache<String, Cached> cache;
    private final Counter hits;
    private final Counter misses;
    private final Counter notModified;

    private record Cached(byte[] body, Map<String, String> headers) {}

    public ConditionalReads(
            ChangeCounters counters,
            ObjectMapper json,
            MeterRegistry registry,
            @ConfigProperty(name = "planmon.read-cache.max-bytes", defaultValue = "33554432") long maxBytes,
            @ConfigProperty(name = "planmon.read-cache.ttl", defaultValue = "60s") Duration ttl) {
        this.counters = counters;
        this.json = json;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .<String, Cached>weigher((key, value) -> key.length() + value.body().length)
                .expireAfterWrite(ttl)
                .build();
        this.hits = registry.counter("planmon.read.cache", "outcome", "hit");
        this.misses = registry.counter("planmon.read.cache", "outcome", "miss");
        this.notModified = registry.counter("planmon.read.cache", "outcome", "not-modified");
    }

    /**
     * Answers a GET: 304 when {@code If-None-Match} carries the current ETag, else 200 with the cached or freshly
     * computed JSON. {@code scope} names what of the caller the answer depends on (e.g. a reporter's department).
     * The version is read before computing, so an answer is never labelled newer than the data it was made from.
     */
    public Response read(Request request, UriInfo uri, String counter, String scope, Supplier<Answer> compute) {
        long version = counters.version(counter);
        String key = encode(uri.getPath()) + "?" + canonicalQuery(uri) + "|" + scope;
        EntityTag tag = new EntityTag(counter + "." + version + "." + digest(key));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            notModified.increment();
            return unchanged
                    .tag(tag)
                    .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                    .build();
        }
        boolean[] computed = {false};
        Cached cached = cache.get(version + "|" + key, k -> {
            computed[0] = true;
            return serialise(compute.get());
        });
        (computed[0] ? misses : hits).increment();
        Response.ResponseBuilder ok = Response.ok(cached.body(), MediaType.APPLICATION_JSON_TYPE)
                .tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        cached.headers().forEach(ok::header);
        return ok.build();
    }

    private Cached serialise(Answer answer) {
        try {
            return new Cached(json.writeValueAsBytes(answer.body()), Map.copyOf(answer.headers()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a read answer could not be written as JSON", e);
        }
    }

    /**
     * The query with its parameters in name order, so that the same question asked two ways shares an entry. Names and
     * values are percent-encoded again: decoded, a value holding {@code &}, {@code =} or {@code |} could spell another
     * question's key and fill its entry (and ETag) with this one's answer.
     */
    static String canonicalQuery(UriInfo uri) {
        StringBuilder query = new StringBuilder();
        new TreeMap<>(uri.getQueryParameters())
                .forEach((name, values) -> values.forEach(value -> {
                    query.append(query.isEmpty() ? "" : "&")
                            .append(encode(name))
                            .append('=')
                            .append(encode(value));
                }));
        return query.toString();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String digest(String key) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
