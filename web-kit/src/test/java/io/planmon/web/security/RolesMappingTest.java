package io.planmon.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shared configuration gives "reader" to each realm role and to nothing else. */
class RolesMappingTest {
    private static final String PREFIX = "quarkus.http.auth.roles-mapping.";

    @Test
    void everyRealmRoleAndOnlyARealmRoleReads() throws IOException {
        Properties shared = new Properties();
        try (Reader in =
                Files.newBufferedReader(Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
            shared.load(in);
        }
        Map<String, String> mapping = shared.stringPropertyNames().stream()
                .filter(key -> key.startsWith(PREFIX))
                .collect(Collectors.toMap(key -> key.substring(PREFIX.length()), shared::getProperty));

        assertThat(mapping)
                .containsOnlyKeys(
                        Roles.REALM.stream().map(role -> '"' + role + '"').toList())
                .allSatisfy((role, mapped) -> assertThat(mapped).isEqualTo(Roles.READER));
        assertThat(Roles.REALM).doesNotContain(Roles.READER);
    }
}
