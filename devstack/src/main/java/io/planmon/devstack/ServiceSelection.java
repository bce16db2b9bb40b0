package io.planmon.devstack;

import io.planmon.devstack.service.Service;
import io.planmon.devstack.service.ServiceInstance;
import io.planmon.devstack.service.ServiceProcess;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of a {@link StackConfig} about its services, kept apart from where the stack lives: which services run, how
 * many instances of each, and the extra variables each gets. Immutable like the config; every change is a copy.
 */
final class ServiceSelection {

    private final Set<Service> services;
    private final Map<Service, Map<String, String>> environment;
    private final int replicas;

    private ServiceSelection(Set<Service> services, Map<Service, Map<String, String>> environment, int replicas) {
        this.services = Collections.unmodifiableSet(
                services.isEmpty() ? EnumSet.noneOf(Service.class) : EnumSet.copyOf(services));
        this.environment = Map.copyOf(environment);
        this.replicas = replicas;
    }

    /** Every service, one instance each, nothing added to their environment. */
    static ServiceSelection all() {
        return new ServiceSelection(EnumSet.allOf(Service.class), Map.of(), 1);
    }

    /** These services instead, keeping the replicas and the variables. */
    ServiceSelection only(Set<Service> selected) {
        return new ServiceSelection(selected, environment, replicas);
    }

    /** {@code count} instances of each data service; 1 or 2, since each has two ports. */
    ServiceSelection withReplicas(int count) {
        if (count < 1 || count > 2) {
            throw new StackException("--replicas takes 1 or 2, got " + count);
        }
        return new ServiceSelection(services, environment, count);
    }

    /** The full JIT for every selected service and the gateway's rate limits raised beyond a load generator's rate. */
    ServiceSelection forBenchmarks() {
        ServiceSelection changed = this;
        for (Service service : services) {
            changed = changed.withVariable(service, ServiceProcess.JIT_VARIABLE, ServiceProcess.FULL_JIT);
        }
        for (String limit : List.of("DEFAULT", "CLIENTS_DASHBOARD")) {
            String prefix = "PLANMON_RATE_LIMIT_" + limit;
            changed = changed.withVariable(Service.GATEWAY, prefix + "_REQUESTS_PER_SECOND", "1000000")
                    .withVariable(Service.GATEWAY, prefix + "_BURST", "1000000");
        }
        return changed;
    }

    private ServiceSelection withVariable(Service service, String name, String value) {
        Map<Service, Map<String, String>> changed = new HashMap<>(environment);
        Map<String, String> variables = new HashMap<>(changed.getOrDefault(service, Map.of()));
        variables.put(name, value);
        changed.put(service, Map.copyOf(variables));
        return new ServiceSelection(services, changed, replicas);
    }

    /** In start order (the enum's), which puts the gateway last. */
    List<Service> services() {
        return List.copyOf(services);
    }

    int replicas() {
        return replicas;
    }

    /** Each data service's instances up to {@link #replicas()} (the gateway has only one), in start order. */
    List<ServiceInstance> instances() {
        List<ServiceInstance> instances = new ArrayList<>();
        for (Service service : services) {
            for (int number = 1; number <= Math.min(replicas, service.maxInstances()); number++) {
                instances.add(new ServiceInstance(service, number));
            }
        }
        return instances;
    }

    Map<String, String> environment(Service service) {
        return environment.getOrDefault(service, Map.of());
    }
}
