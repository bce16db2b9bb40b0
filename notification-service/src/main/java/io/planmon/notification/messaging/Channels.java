package io.planmon.notification.messaging;

/** The incoming channels; each is bound to its topic in application.properties ({@code mp.messaging.incoming.<name>.*}). */
public final class Channels {
    /** {@link io.planmon.events.Topics#OBSERVATIONS} */
    public static final String OBSERVATIONS = "observations";

    /** {@link io.planmon.events.Topics#INDICATOR_STATUS} */
    public static final String INDICATOR_STATUS = "indicator-status";

    /** {@link io.planmon.events.Topics#TASKS} */
    public static final String TASKS = "tasks";

    /**
     * {@link io.planmon.events.Topics#ALERTS}, read by every instance for its own live stream (a consumer group per
     * instance).
     */
    public static final String ALERT_STREAM = "alert-stream";

    private Channels() {}
}
