package io.planmon.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The ceiling of the overview's paint benchmark: the same page shell, the same scripts and styles from the repository and
 * the same two answers (summary and feed, taken from the real stack in the same run) served by the JDK's plain HTTP
 * server on localhost, with no sign-in, gateway, services or database behind them. Whatever the overview takes here is
 * what the browser alone costs.
 */
final class StaticOverview implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json");

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    /**
     * @param repository the repository root (page shell and assets are read from the gateway's sources)
     * @param config the page's configuration as the gateway gave it to the signed-in person
     * @param assetCaching the Cache-Control the gateway sends with the assets, sent here too
     */
    StaticOverview(Path repository, String config, String assetCaching) {
        Path resources = repository.resolve("gateway/src/main/resources");
        String shell = read(resources.resolve("dashboard/index.html")).replace("{{CONFIG}}", config);
        answers.put("/", new Answer(shell.getBytes(StandardCharsets.UTF_8), TYPES.get("html"), "no-store", null));
        Path assets = resources.resolve("META-INF/resources/assets");
        try (var files = Files.walk(assets)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String name = file.getFileName().toString();
                String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
                answers.put(
                        "/assets/" + assets.relativize(file).toString().replace('\\', '/'),
                        new Answer(bytes(file), type, assetCaching, null));
            });
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::answer);
        server.start();
    }

    /** A data answer with its ETag; a request naming that ETag gets a 304, as from the gateway. */
    void data(String pathAndQuery, String json, String etag) {
        answers.put(
                pathAndQuery,
                new Answer(json.getBytes(StandardCharsets.UTF_8), TYPES.get("json"), "private, no-cache", etag));
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try {
            String target = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null
                            ? ""
                            : "?" + exchange.getRequestURI().getRawQuery());
            Answer answer = answers.get(target);
            if (answer == null) {
                // The alert stream among others: 204 tells an EventSource not to connect again.
                exchange.sendResponseHeaders(target.startsWith("/api/v1/alerts/stream") ? 204 : 404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", answer.type());
            if (answer.caching() != null) {
                exchange.getResponseHeaders().set("Cache-Control", answer.caching());
            }
            if (answer.etag() != null) {
                exchange.getResponseHeaders().set("ETag", answer.etag());
                if (answer.etag().equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
            }
            exchange.sendResponseHeaders(200, answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        } finally {
            exchange.close();
        }
    }

    private static String read(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private record Answer(byte[] body, String type, String caching, String etag) {}
}
