package io.planmon.indicator.domain.evaluation;

/** Where the trend leads by the target year: a {@link Projection}, or {@link NoProjection} with the reason why not. */
public sealed interface Outlook permits Projection, Outlook.NoProjection {
    String reason();

    String reasonEn();

    /** The projection misses the target while the current status is still ON_TRACK (an INFO alert). */
    default boolean earlyWarning() {
        return false;
    }

    /** No projection, and why: no target year, the target year has come, or too few annual values for a trend. */
    record NoProjection(String reason, String reasonEn) implements Outlook {
        static final NoProjection NO_TARGET_YEAR =
                new NoProjection("该类目标没有目标年份，不作趋势预测", "this kind of target has no target year to project to");

        static NoProjection targetYearReached(int targetYear, int latestYear) {
            return new NoProjection(
                    "最新数据为" + latestYear + "年，已到目标年份" + targetYear + "年，以当期评估为准",
                    "the latest value is for " + latestYear + ", the target year " + targetYear
                            + " has come: the evaluation tells");
        }

        static NoProjection tooFewPoints(int count) {
            return new NoProjection(
                    "趋势预测需要至少3个年度数据，现有" + count + "个", "a trend needs at least 3 annual values, there are " + count);
        }
    }
}
