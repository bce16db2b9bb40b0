package io.planmon.devstack.keycloak;

import io.planmon.devstack.Progress;
import io.planmon.devstack.StackException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks the Keycloak distribution zip once. It unpacks into a scratch directory and renames that when complete, so an
 * interrupted unzip is never mistaken for an installation.
 */
final class KeycloakInstall {

    private static final int REPORT_PERCENT_STEP = 10;

    private KeycloakInstall() {}

    /** The Keycloak home under {@code directory}, unpacked from the zip first if it is not there yet. */
    static Path ensureInstalled(Path directory, Path zip, Progress progress) {
        Path home = directory.resolve(zip.getFileName().toString().replaceFirst("\\.zip$", ""));
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path scratch = directory.resolve(".unzipping");
        try {
            deleteRecursively(scratch);
            Files.createDirectories(scratch);
            unzip(zip, scratch, progress);
            Files.move(scratch, home, StandardCopyOption.ATOMIC_MOVE);
            return home;
        } catch (IOException e) {
            throw new StackException("cannot unpack Keycloak from " + zip + " into " + directory, e);
        }
    }

    private static void unzip(Path zip, Path target, Progress progress) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            long totalBytes = Collections.list(file.entries()).stream()
                    .mapToLong(ZipEntry::getSize)
                    .sum();
            int totalEntries = file.size();
            progress.say("  unzipping Keycloak (" + megabytes(totalBytes) + " MB, " + totalEntries + " entries) into "
                    + target.getParent() + " — only the first time");
            long bytes = 0;
            int entries = 0;
            int reported = 0;
            Enumeration<? extends ZipEntry> all = file.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                bytes += extract(file, entry, target);
                entries++;
                int percent = (int) (100 * bytes / Math.max(1, totalBytes));
                if (percent >= reported + REPORT_PERCENT_STEP) {
                    reported = percent - percent % REPORT_PERCENT_STEP;
                    progress.say("  unzipping Keycloak: " + reported + "% (" + megabytes(bytes) + " of "
                            + megabytes(totalBytes) + " MB, " + entries + " of " + totalEntries + " entries)");
                }
            }
        }
    }

    /** Writes one entry without the zip's top directory; returns its size. */
    private static long extract(ZipFile file, ZipEntry entry, Path target) throws IOException {
        String name = entry.getName();
        int slash = name.indexOf('/');
        String relative = slash < 0 ? name : name.substring(slash + 1);
        Path destination = target.resolve(relative).normalize();
        if (!destination.startsWith(target)) {
            throw new IOException("zip entry outside the target directory: " + name);
        }
        if (entry.isDirectory() || relative.isEmpty()) {
            Files.createDirectories(destination);
            return 0;
        }
        Files.createDirectories(destination.getParent());
        try (InputStream in = file.getInputStream(entry)) {
            Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
        }
        // Zip entries carry no Unix permissions that java.util.zip exposes; the launch scripts must be executable.
        if (relative.startsWith("bin/") && relative.endsWith(".sh")) {
            destination.toFile().setExecutable(true);
        }
        return entry.getSize();
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
