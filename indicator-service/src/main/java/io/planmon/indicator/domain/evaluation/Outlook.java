package io.planmon.indicator.domain.evaluation;

import java.math.BigDecimal;

/** Where the trend leads by the target year: a {@link Projection}, or {@link NoProjection} with the reason why not. */
public sealed interface Outlook permits Projection, Outlook.NoProjection {
    String reason();

    String reasonEn();

    /** The projection misses the target while the current status is still ON_TRACK (an INFO alert). */
    default boolean earlyWarning() {
        return false;
    }

    /**
     * No projection, and why: no target year, the target year has come, or too few annual values for a trend. With
     * too few values the catch-up rate is still known (it needs only the latest value), so it comes along.
     *
     * @param catchUp the rate needed from the latest value, or null where there is none
     */
    record NoProjection(String reason, String reasonEn, CatchUp catchUp) implements Outlook {
        public NoProjection(String reason, String reasonEn) {
            this(reason, reasonEn, null);
        }

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

        /** Too few values for a trend, but the rate needed to reach the target on time, said in the reason too. */
        static NoProjection tooFewPoints(int count, CatchUp catchUp) {
            NoProjection few = tooFewPoints(count);
            return new NoProjection(
                    few.reason() + "；" + catchUp.reason(), few.reasonEn() + "; " + catchUp.reasonEn(), catchUp);
        }
    }

    /** The annual rate needed from the latest value to reach the target in the target year, in its trend's unit. */
    record CatchUp(int targetYear, BigDecimal rate, Trend trend, String reason, String reasonEn) {
        public CatchUp {
            rate = Wording.round2(rate);
        }
    }
}
