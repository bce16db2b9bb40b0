package io.planmon.indicator.domain.evaluation;

/** Where the trend leads by the target year: a {@link Projection}, or {@link NoProjection} with the reason why not. */
public sealed interface Outlook permits Projection, NoProjection {
    String reason();

    String reasonEn();

    /** The projection misses the target while the current status is still ON_TRACK (an INFO alert). */
    default boolean earlyWarning() {
        return false;
    }
}
