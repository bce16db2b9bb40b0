package io.planmon.gateway.web;

import io.planmon.gateway.config.DashboardConfig;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The dashboard's HTML and the chart library, read once from the classpath: Apache ECharts' ES module build, unpacked
 * from its mvnpm jar (org.mvnpm:echarts, version from the Quarkus BOM) into {@code dashboard/vendor} at build time.
 */
@ApplicationScoped
public class PageFiles {

    private static final String VENDOR = "dashboard/vendor/";

    private final String shell;
    private final String signedOut;
    private final String echarts;
    private final byte[] echartsModule;
    private final boolean demoNotice;

    PageFiles(DashboardConfig config) {
        this.demoNotice = config.demoNotice();
        this.shell = read("dashboard/index.html");
        this.signedOut = read("dashboard/signed-out.html");
        // The version in the path: a new ECharts is a new URL, so the browser may keep each one for good.
        this.echarts = DashboardPaths.ASSETS + "vendor/echarts-" + echartsVersion() + ".esm.min.js";
        this.echartsModule = bytes(VENDOR + "echarts.esm.min.js");
    }

    /** The page shell with the signed-in person (JSON) and the chart library's path filled in. */
    String shell(JsonObject me) {
        JsonObject config = me.copy().put("echarts", echarts).put("demoNotice", demoNotice);
        // Inside a <script type="application/json">: no "<" may close the element early.
        return shell.replace("{{CONFIG}}", config.encode().replace("<", "\\u003c"));
    }

    String signedOut() {
        return signedOut;
    }

    /** Where the page imports ECharts from. */
    String echartsPath() {
        return echarts;
    }

    byte[] echartsModule() {
        return echartsModule;
    }

    private static String echartsVersion() {
        try (InputStream in = classLoader().getResourceAsStream(VENDOR + "pom.properties")) {
            if (in == null) {
                throw new IllegalStateException(
                        VENDOR + "pom.properties is missing: the build unpacks org.mvnpm:echarts");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = classLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the gateway's classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClassLoader classLoader() {
        return Thread.currentThread().getContextClassLoader();
    }
}
