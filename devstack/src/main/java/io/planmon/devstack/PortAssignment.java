package io.planmon.devstack;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Works out every port of the stack: defaults, environment overrides with their derived ports, or random ones. */
final class PortAssignment {

    private PortAssignment() {}

    /**
     * {@code PLANMON_*_PORT} variables override (an empty environment gives the defaults); an unset derived port follows
     * its (maybe overridden) base.
     */
    static Map<Port, Integer> fromEnvironment(Map<String, String> environment) {
        Map<Port, Integer> ports = new EnumMap<>(Port.class);
        Set<Port> explicit = EnumSet.noneOf(Port.class);
        for (Port port : Port.values()) {
            String value = environment.get(port.environmentVariable());
            if (value != null && !value.isBlank()) {
                ports.put(port, parse(port, value.trim()));
                explicit.add(port);
            } else {
                ports.put(port, port.defaultPort());
            }
        }
        for (Port port : Port.values()) {
            if (port.base() != null && !explicit.contains(port)) {
                ports.put(port, port.derivedFrom(ports.get(port.base())));
            }
        }
        return ports;
    }

    /** Distinct ports that were free a moment ago, so that tests never collide with a running stack. */
    static Map<Port, Integer> random() {
        Map<Port, Integer> ports = new EnumMap<>(Port.class);
        Set<Integer> taken = new HashSet<>();
        for (Port port : Port.values()) {
            int candidate;
            do {
                candidate = Ports.freePort();
            } while (!taken.add(candidate));
            ports.put(port, candidate);
        }
        return ports;
    }

    private static int parse(Port port, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0 && number < 65536) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the variable's name
        }
        throw new StackException(port.environmentVariable() + " must be a TCP port (1-65535), got '" + value + "'");
    }
}
