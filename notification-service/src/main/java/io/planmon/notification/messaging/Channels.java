package io.planmon.notification.messaging;

/** The incoming channels; each is bound to its topic in application.properties ({@code mp.messaging.incoming.<name>.*}). */
public final class Channels {
    /** {@link io.planmon.events.Topics#OBSERVATIONS} */
    public static final String OBSERVATIONS = "observations";

    /** {@link io.planmon.events.Topics#INDICATOR_STATUS} */
    public static final String INDICATOR_STATUS = "indicator-status";

    /** {@link io.planmon.events.Topics#TASKS} */
    public static final String TASKS = "tasks";

    private Channels() {}
}
