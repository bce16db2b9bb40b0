package io.planmon.gateway.openapi;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Serves the merged document at {@code /q/openapi}, where every planmon service serves its own, in YAML or, with
 * {@code ?format=json} or {@code Accept: application/json}, in JSON, as SmallRye OpenAPI does. SmallRye's own document
 * of the gateway is switched off ({@code application.properties}): it could only describe the gateway's JAX-RS
 * endpoints, of which there are none, and its filters run on a model built at build time, not on documents fetched at
 * run time. Swagger UI ({@code /q/swagger-ui}) is pointed here.
 */
@ApplicationScoped
public class OpenApiRoute {
    public static final String PATH = "/q/openapi";

    private final MergedDocument merged;

    OpenApiRoute(MergedDocument merged) {
        this.merged = merged;
    }

    void register(@Observes Router router) {
        router.get(PATH).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        boolean json = wantsJson(ctx);
        merged.document()
                .onComplete(
                        rendered -> ctx.response()
                                .putHeader(
                                        HttpHeaders.CONTENT_TYPE,
                                        json ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                                .end(json ? rendered.json() : rendered.yaml()),
                        ctx::fail);
    }

    private static boolean wantsJson(RoutingContext ctx) {
        String format = ctx.request().getParam("format");
        if (format != null) {
            return format.toLowerCase(Locale.ROOT).equals("json");
        }
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("application/json");
    }
}
