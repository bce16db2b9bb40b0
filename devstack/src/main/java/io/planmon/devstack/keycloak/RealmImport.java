package io.planmon.devstack.keycloak;

import io.planmon.devstack.Progress;
import io.planmon.devstack.StackException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Puts the realm file where {@code --import-realm} finds it. Keycloak skips a realm that already exists, so when the
 * file changed since the last import the development database is reset: the new realm is what the developer expects.
 */
final class RealmImport {

    private RealmImport() {}

    static void provide(Path keycloakHome, Path realmFile, Progress progress) {
        if (!Files.isRegularFile(realmFile)) {
            throw new StackException("the realm file " + realmFile + " is missing");
        }
        Path importDirectory = keycloakHome.resolve("data/import");
        Path imported = importDirectory.resolve(realmFile.getFileName());
        Path database = keycloakHome.resolve("data/h2");
        try {
            Files.createDirectories(importDirectory);
            byte[] wanted = Files.readAllBytes(realmFile);
            boolean changed = Files.isRegularFile(imported) && !Arrays.equals(wanted, Files.readAllBytes(imported));
            if (changed && Files.exists(database)) {
                progress.say("  " + realmFile.getFileName() + " changed since the last import: resetting Keycloak's"
                        + " development database so that the new realm is imported");
                KeycloakInstall.deleteRecursively(database);
            }
            Files.write(imported, wanted);
        } catch (IOException e) {
            throw new StackException("cannot copy " + realmFile + " to " + importDirectory, e);
        }
    }
}
