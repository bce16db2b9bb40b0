package io.planmon.devstack.cli;

/** The text of {@code ./planmon help}. */
final class Usage {

    private Usage() {}

    static String text() {
        return """
                Usage: ./planmon <command>

                  up [--infra-only]  start PostgreSQL, Kafka, Keycloak and the four services in the foreground
                                     (--infra-only: just PostgreSQL, Kafka and Keycloak, e.g. for quarkus:dev;
                                     --bench: services with the full JIT as in production, rate limits lifted;
                                     --replicas 2: each data service twice, the gateway taking them in turn);
                                     Ctrl-C stops everything
                  bench <name>       measure a started stack (best one started with up --bench), each figure beside
                                     a ceiling measured in the same run: ingest, latency, read (docs/performance.md)
                  down               stop a stack started by `up` in another terminal
                  status             each server with its port, pid and whether its health check answers
                  logs <name>        follow a log: postgres, kafka, keycloak, gateway, indicator-service,
                                     task-service, notification-service (with --replicas 2 also
                                     indicator-service-2, task-service-2, notification-service-2)
                  help               this text

                Data, logs and pid files live in .planmon/ (delete it for a fresh start).
                Ports (defaults): PLANMON_GATEWAY_PORT (8080; the services follow at +1, +2, +3, their second
                  instances at +11, +12, +13),
                  PLANMON_KEYCLOAK_PORT (8180; management at +10), PLANMON_KAFKA_PORT (9092; controller at +1),
                  PLANMON_DB_PORT (5433). Each derived port has its own variable too, e.g. PLANMON_TASK_SERVICE_PORT.
                External database: PLANMON_DB_URL=jdbc:postgresql://… with PLANMON_DB_USER and PLANMON_DB_PASSWORD.
                """;
    }
}
