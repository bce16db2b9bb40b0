package io.planmon.events;

/** Kafka topic names: one place, so that producers and consumers never drift apart. */
public final class Topics {
    public static final String OBSERVATIONS = "planmon.observations.v1";
    public static final String INDICATOR_STATUS = "planmon.indicator-status.v1";
    public static final String TASKS = "planmon.tasks.v1";
    public static final String ALERTS = "planmon.alerts.v1";
    public static final String SUBMISSIONS = "planmon.submissions.v1";

    private Topics() {}
}
