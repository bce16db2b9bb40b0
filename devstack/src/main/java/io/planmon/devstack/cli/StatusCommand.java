package io.planmon.devstack.cli;

import io.planmon.devstack.Ports;
import io.planmon.devstack.RunDirectory;
import io.planmon.devstack.process.HttpCheck;
import java.io.PrintStream;
import java.net.URI;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/** {@code ./planmon status}: each server of the last {@code up} with its port, pid and whether its health answers. */
final class StatusCommand {

    private final RunDirectory run;
    private final OwnProcesses own;
    private final PrintStream out;

    StatusCommand(RunDirectory run, OwnProcesses own, PrintStream out) {
        this.run = run;
        this.own = own;
        this.out = out;
    }

    int run() {
        Properties endpoints = run.endpoints();
        if (endpoints.isEmpty()) {
            out.println("No stack has been started here yet: ./planmon up");
            return 1;
        }
        Map<String, ProcessHandle> alive = own.alive();
        TreeSet<String> names = new TreeSet<>();
        endpoints.stringPropertyNames().forEach(key -> names.add(key.substring(0, key.lastIndexOf('.'))));
        out.printf("%-22s %-6s %-8s %s%n", "NAME", "PORT", "PID", "HEALTH");
        int healthy = 0;
        for (String name : names) {
            ProcessHandle process = alive.get(name);
            String health = health(endpoints.getProperty(name + ".check"));
            healthy += health.equals("ok") ? 1 : 0;
            out.printf(
                    "%-22s %-6s %-8s %s%n",
                    name,
                    endpoints.getProperty(name + ".port"),
                    process == null ? "-" : Long.toString(process.pid()),
                    health);
        }
        ProcessHandle up = alive.get(UpCommand.SELF);
        out.println(up == null ? "(no ./planmon up is running)" : "(./planmon up runs as pid " + up.pid() + ")");
        return healthy == names.size() ? 0 : 3;
    }

    /** "ok", or what the check saw instead. */
    private static String health(String check) {
        URI uri = URI.create(check);
        if (uri.getScheme().equals("tcp")) {
            return Ports.accepts(uri.getPort()) ? "ok" : "not listening";
        }
        int status = HttpCheck.status(check);
        return status == 200 ? "ok" : status < 0 ? "not answering" : "HTTP " + status + " from " + check;
    }
}
