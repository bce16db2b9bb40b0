package io.planmon.deploy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Debian packages the check needs, installed with apt-get when missing (as root on Debian only), progress shown. */
final class DebianPackages {
    private DebianPackages() {}

    static void install(List<String> packages) {
        List<String> missing = packages.stream()
                .filter(p -> !new Command("dpkg", Duration.ofSeconds(30), null, Map.of(), true)
                        .run(List.of("dpkg-query", "-W", "-f=${Status}", p))
                        .output()
                        .contains("install ok installed"))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        System.out.println("[docker] installing Debian packages " + missing + " with apt-get");
        Map<String, String> env = Map.of("DEBIAN_FRONTEND", "noninteractive");
        new Command("apt-get", Duration.ofMinutes(5), null, env, false)
                .require(List.of("apt-get", "-q", "-o", "Acquire::http::Timeout=30", "update"));
        // Without an fsync per file (as in image builds): unpacking docker.io and containerd took half a minute with
        // it.
        List<String> install = new ArrayList<>(List.of(
                "apt-get",
                "-q",
                "-y",
                "-o",
                "Acquire::http::Timeout=30",
                "-o",
                "Dpkg::Options::=--force-unsafe-io",
                "install",
                "--no-install-recommends"));
        install.addAll(missing);
        new Command("apt-get", Duration.ofMinutes(10), null, env, false).require(install);
    }
}
