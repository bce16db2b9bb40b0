package io.planmon.e2e;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How many partitions an instance's observations consumer holds, from the Kafka client's metrics on /q/metrics. */
final class AssignedPartitions {
    private static final Pattern ASSIGNED = Pattern.compile(
            "kafka_consumer_coordinator_assigned_partitions\\{[^}]*client_id=\"kafka-consumer-observations\"[^}]*\\}"
                    + " ([0-9.E+-]+)");

    private AssignedPartitions() {}

    /** The count, or -1 when the metric is missing. */
    static double ofObservations(String instanceUrl) {
        String metrics = given().get(instanceUrl + "/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Matcher value = ASSIGNED.matcher(metrics);
        return value.find() ? Double.parseDouble(value.group(1)) : -1;
    }
}
