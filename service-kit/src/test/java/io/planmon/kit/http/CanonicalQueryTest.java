package io.planmon.kit.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class CanonicalQueryTest {

    @Test
    void theSameParametersInAnotherOrderShareAKey() {
        assertThat(ConditionalReads.canonicalQuery(query("b", "2", "a", "1")))
                .isEqualTo(ConditionalReads.canonicalQuery(query("a", "1", "b", "2")))
                .isEqualTo("a=1&b=2");
    }

    @Test
    void aValueThatSpellsOtherParametersKeepsAKeyOfItsOwn() {
        String two = ConditionalReads.canonicalQuery(query("department", "STATS", "subject", "T1"));
        String forged = ConditionalReads.canonicalQuery(query("department", "STATS], subject=[T1"));
        String forgedAmpersand = ConditionalReads.canonicalQuery(query("department", "STATS&subject=T1"));

        assertThat(forged).isNotEqualTo(two);
        assertThat(forgedAmpersand).isNotEqualTo(two);
    }

    /** A UriInfo whose (decoded) query holds these name/value pairs. */
    private static UriInfo query(String... pairs) {
        MultivaluedMap<String, String> raw = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            raw.add(pairs[i], pairs[i + 1]);
        }
        return (UriInfo) Proxy.newProxyInstance(
                UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getQueryParameters") && args == null) {
                        return raw;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
