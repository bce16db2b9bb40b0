package io.planmon.devstack.browser;

import io.planmon.devstack.Progress;
import io.planmon.devstack.StackException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Provides a Chromium and its chromedriver for the browser tests, the way the stack provides Keycloak: the one named by
 * {@code PLANMON_CHROMIUM} (and {@code PLANMON_CHROMEDRIVER}), else one on the PATH, else Debian's packages installed
 * with apt-get when running as root on Debian (progress printed); otherwise it fails saying how to install one. A
 * browser test never skips silently for want of a browser.
 *
 * @param browser the Chromium executable
 * @param driver the matching chromedriver executable
 */
public record Chromium(Path browser, Path driver) {

    static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome", "chrome");
    static final String HOW_TO_INSTALL = "the browser tests need Chromium and chromedriver: on Debian or Ubuntu run"
            + " 'apt-get install -y chromium chromium-driver' as root (the build does this itself when it runs as root"
            + " on Debian), or set PLANMON_CHROMIUM (and PLANMON_CHROMEDRIVER) to the executables";

    /** The browser to test with, installed first when it is missing and this machine allows it. */
    public static Chromium provide(Progress progress) {
        return provide(System.getenv(), progress, new AptGet(progress));
    }

    static Chromium provide(Map<String, String> env, Progress progress, Installer installer) {
        String named = env.get("PLANMON_CHROMIUM");
        if (named != null && !named.isBlank()) {
            Path browser = Path.of(named);
            if (!Files.isExecutable(browser)) {
                throw new StackException("PLANMON_CHROMIUM=" + named + " is not an executable file");
            }
            Path driver = driverBeside(env, browser)
                    .orElseThrow(
                            () -> new StackException("no chromedriver for " + named + ": set PLANMON_CHROMEDRIVER"));
            return new Chromium(browser, driver);
        }
        Optional<Chromium> found = onPath(env);
        if (found.isPresent()) {
            return found.get();
        }
        if (!installer.possible()) {
            throw new StackException("no Chromium found on the PATH; " + HOW_TO_INSTALL);
        }
        progress.say("browser tests: no Chromium on the PATH, installing Debian's chromium and chromium-driver"
                + " with apt-get (once per machine)");
        installer.install();
        return onPath(env)
                .orElseThrow(() -> new StackException(
                        "apt-get installed chromium, but no chromium and chromedriver are on the PATH; "
                                + HOW_TO_INSTALL));
    }

    static Optional<Chromium> onPath(Map<String, String> env) {
        Optional<Path> driver = which(env, "chromedriver");
        if (driver.isEmpty()) {
            return Optional.empty();
        }
        return BROWSERS.stream()
                .map(name -> which(env, name))
                .flatMap(Optional::stream)
                .findFirst()
                .map(browser -> new Chromium(browser, driver.get()));
    }

    private static Optional<Path> driverBeside(Map<String, String> env, Path browser) {
        String named = env.get("PLANMON_CHROMEDRIVER");
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named));
        }
        Path beside = browser.resolveSibling("chromedriver");
        return Files.isExecutable(beside) ? Optional.of(beside) : which(env, "chromedriver");
    }

    static Optional<Path> which(Map<String, String> env, String name) {
        String path = env.getOrDefault("PATH", "");
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, name))) {
                return Optional.of(Path.of(directory, name));
            }
        }
        return Optional.empty();
    }

    /** Installs the browser where the machine allows it. */
    interface Installer {
        boolean possible();

        void install();
    }

    /** Debian's packages through apt-get, as root only, printing apt's lines as progress. */
    record AptGet(Progress progress) implements Installer {

        @Override
        public boolean possible() {
            return "root".equals(System.getProperty("user.name"))
                    && Files.exists(Path.of("/etc/debian_version"))
                    && Files.isExecutable(Path.of("/usr/bin/apt-get"));
        }

        @Override
        public void install() {
            run(List.of("apt-get", "update"));
            run(List.of("apt-get", "install", "-y", "--no-install-recommends", "chromium", "chromium-driver"));
        }

        private void run(List<String> command) {
            progress.say("  $ " + String.join(" ", command));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
            try {
                Process process = builder.start();
                try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    out.lines().forEach(line -> progress.say("    " + line));
                }
                int exit = process.waitFor();
                if (exit != 0) {
                    throw new StackException(
                            String.join(" ", command) + " failed with exit code " + exit + "; " + HOW_TO_INSTALL);
                }
            } catch (IOException e) {
                throw new StackException("cannot run " + command.get(0) + "; " + HOW_TO_INSTALL, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("interrupted while installing Chromium", e);
            }
        }
    }
}
