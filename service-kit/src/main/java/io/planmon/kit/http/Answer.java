package io.planmon.kit.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a read computes: the body to serialise and the headers that go with it (X-Total-Count, Link). */
public record Answer(Object body, Map<String, String> headers) {
    public static Answer of(Object body) {
        return new Answer(body, Map.of());
    }

    public Answer header(String name, Object value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, String.valueOf(value));
        return new Answer(body, more);
    }
}
