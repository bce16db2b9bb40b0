package io.planmon.gateway.support;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** A route of the test application only, whose handler throws: what a bug in the gateway looks like to a caller. */
@ApplicationScoped
public class FailingRoute {
    public static final String PATH = "/test-only/failing";

    void register(@Observes Router router) {
        router.get(PATH).handler(ctx -> {
            throw new IllegalStateException("a bug, with internal details the caller must not see");
        });
    }
}
