package io.planmon.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's own scripts and styles stay within 500 KB compressed (the budget), and the chart library is
 * not among what every page loads: the indicator page imports it when it draws a chart.
 */
class DashboardWeightTest {
    private static final Path ASSETS = Path.of("src/main/resources/META-INF/resources/assets");
    private static final long BUDGET = 500 * 1024;

    @Test
    void ownScriptsAndStylesFitTheBudgetCompressed() throws IOException {
        List<Path> files = files();
        assertThat(files).extracting(path -> path.getFileName().toString()).contains("app.js", "app.css");
        long compressed = files.stream().mapToLong(DashboardWeightTest::gzipped).sum();
        assertThat(compressed).as("gzip bytes of %s", files).isLessThanOrEqualTo(BUDGET);
    }

    @Test
    void theChartLibraryIsLoadedOnlyWhereAChartIsDrawn() throws IOException {
        String shell = Files.readString(Path.of("src/main/resources/dashboard/index.html"));
        assertThat(shell).doesNotContain("echarts");
        for (Path file : files()) {
            boolean importsCharts = Files.readString(file).contains("config.echarts");
            assertThat(importsCharts).as(file.toString()).isEqualTo(file.endsWith(Path.of("pages", "indicator.js")));
        }
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(ASSETS)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static long gzipped(Path file) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(Files.readAllBytes(file));
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
