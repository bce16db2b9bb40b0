package io.planmon.devstack;

import io.planmon.devstack.service.Service;
import io.planmon.devstack.service.ServiceInstance;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where each service instance of a stack answers, and the gateway's upstream setting made from it. */
final class ServiceUrls {
    private final Map<String, String> byInstance = new LinkedHashMap<>();
    private final Map<Service, String> routes = new EnumMap<>(Service.class);

    private ServiceUrls() {}

    static ServiceUrls of(StackConfig config) {
        ServiceUrls urls = new ServiceUrls();
        for (ServiceInstance instance : config.instances()) {
            String url = "http://localhost:" + config.port(instance.port());
            urls.byInstance.put(instance.name(), url);
            // The gateway's upstream setting: every instance's URL, comma-separated; it takes them in turn.
            urls.routes.merge(instance.service(), url, (first, next) -> first + "," + next);
        }
        return urls;
    }

    /** The base URL of an instance by name (gateway, task-service, task-service-2, …). */
    String of(String name) {
        String url = byInstance.get(name);
        if (url == null) {
            throw new IllegalArgumentException(name + " is not part of this stack");
        }
        return url;
    }

    /** Service → its instances' URLs, comma-separated, as the gateway's routes take them. */
    Map<Service, String> routes() {
        return routes;
    }
}
