package io.planmon.devstack.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planmon.devstack.Progress;
import io.planmon.devstack.StackException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the browser tests' Chromium comes from: named, on the PATH, installed, or a failure saying how to get one. */
class ChromiumTest {
    @TempDir
    Path dir;

    @Test
    void theNamedBrowserWinsWithTheDriverBesideIt() throws IOException {
        Path browser = executable(dir.resolve("opt/chromium"));
        Path driver = executable(dir.resolve("opt/chromedriver"));

        Chromium chromium =
                Chromium.provide(Map.of("PLANMON_CHROMIUM", browser.toString()), Progress.silent(), never());

        assertThat(chromium).isEqualTo(new Chromium(browser, driver));
    }

    @Test
    void oneOnThePathIsTaken() throws IOException {
        Path browser = executable(dir.resolve("bin/chromium"));
        Path driver = executable(dir.resolve("bin/chromedriver"));

        Chromium chromium = Chromium.provide(Map.of("PATH", dir.resolve("bin").toString()), Progress.silent(), never());

        assertThat(chromium).isEqualTo(new Chromium(browser, driver));
    }

    @Test
    void aMissingBrowserIsInstalledWhereThatIsPossibleWithProgress() {
        List<String> said = new ArrayList<>();
        Path bin = dir.resolve("bin");
        Chromium.Installer installer = new Chromium.Installer() {
            @Override
            public boolean possible() {
                return true;
            }

            @Override
            public void install() {
                try {
                    executable(bin.resolve("chromium"));
                    executable(bin.resolve("chromedriver"));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };

        Chromium chromium = Chromium.provide(Map.of("PATH", bin.toString()), said::add, installer);

        assertThat(chromium.browser()).isEqualTo(bin.resolve("chromium"));
        assertThat(said).anyMatch(line -> line.contains("installing Debian's chromium"));
    }

    @Test
    void withoutBrowserAndWithoutInstallItFailsSayingHow() {
        assertThatThrownBy(() -> Chromium.provide(Map.of("PATH", dir.toString()), Progress.silent(), never()))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("apt-get install -y chromium chromium-driver")
                .hasMessageContaining("PLANMON_CHROMIUM");
    }

    private static Chromium.Installer never() {
        return new Chromium.Installer() {
            @Override
            public boolean possible() {
                return false;
            }

            @Override
            public void install() {
                throw new AssertionError("nothing to install");
            }
        };
    }

    private static Path executable(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
