package io.planmon.devstack.cli;

import io.planmon.devstack.Port;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/** Before {@code up}: every port the stack needs must be free, and if one is not, the message says what to do. */
final class PortCheck {

    private PortCheck() {}

    /** One line per busy port, e.g. {@code port 8080 (gateway) is in use}. */
    static List<String> busy(Map<Port, Integer> ports, IntPredicate isFree) {
        return ports.entrySet().stream()
                .filter(entry -> !isFree.test(entry.getValue()))
                .map(entry -> "port " + entry.getValue() + " (" + entry.getKey().label() + ") is in use")
                .toList();
    }

    /** The message for busy ports, or null when all are free; {@code running} names servers of an earlier up. */
    static String problem(List<String> busy, Set<String> running) {
        if (busy.isEmpty() && running.isEmpty()) {
            return null;
        }
        StringBuilder message = new StringBuilder();
        if (!running.isEmpty()) {
            message.append("A previous ./planmon up is still running (")
                    .append(String.join(", ", running))
                    .append("): stop it with Ctrl-C in its terminal, or with ./planmon down.\n");
        }
        busy.forEach(line -> message.append("  ").append(line).append('\n'));
        if (!busy.isEmpty() && running.isEmpty()) {
            message.append("Another program holds these ports: stop it, or choose other ports with the PLANMON_*_PORT")
                    .append(" variables (./planmon help lists them).\n");
        }
        return message.toString().stripTrailing();
    }
}
