package io.planmon.devstack.service;

import io.planmon.devstack.Port;

/**
 * One running copy of a service: the first is named like the service ({@code task-service}), the second gets a suffix
 * ({@code task-service-2}). The name is its log file, pid file and {@code PLANMON_INSTANCE_ID}, so that a restarted
 * instance rejoins its Kafka consumer groups under the same name.
 */
public record ServiceInstance(Service service, int number) {

    public ServiceInstance {
        service.port(number); // refuses an instance the service cannot have
    }

    public String name() {
        return number == 1 ? service.moduleName() : service.moduleName() + "-" + number;
    }

    public Port port() {
        return service.port(number);
    }

    /** The instance by its name, e.g. {@code notification-service-2}. */
    public static ServiceInstance named(String name) {
        for (Service service : Service.values()) {
            for (int number = 1; number <= service.maxInstances(); number++) {
                ServiceInstance instance = new ServiceInstance(service, number);
                if (instance.name().equals(name)) {
                    return instance;
                }
            }
        }
        throw new IllegalArgumentException("unknown service instance " + name);
    }
}
