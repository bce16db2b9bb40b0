package io.planmon.task.messaging;

/** Incoming channels; each is bound to its topic in application.properties ({@code mp.messaging.incoming.<name>.*}). */
public final class Channels {
    /** {@link io.planmon.events.Topics#INDICATOR_STATUS} */
    public static final String INDICATOR_STATUS = "indicator-status";

    private Channels() {}
}
