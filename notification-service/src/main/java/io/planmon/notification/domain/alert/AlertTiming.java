package io.planmon.notification.domain.alert;

import java.time.Instant;

/**
 * Keeps an alert's timing as signals arrive (docs/spec.md#alerts: timing counts in reporting periods): the run of
 * consecutive periods at any severity, at WARNING or worse and at CRITICAL, and since when it is CRITICAL.
 *
 * <p>Runs per severity rather than one run that restarts when the severity changes: a rule with {@code minSeverity}
 * WARNING must count an AT_RISK quarter followed by an OFF_TRACK one as two, a rule with CRITICAL as one.
 */
public final class AlertTiming {
    private AlertTiming() {}

    /** The alert fires with {@code severity} for {@code period} (null for subjects without periods). */
    public static void fired(Alert a, Severity severity, String period, Instant now) {
        restart(a, severity, period);
        a.criticalSince = severity == Severity.CRITICAL ? now : null;
    }

    /**
     * A signal for the open alert, for its own period or a later one (earlier ones never get here).
     *
     * @return whether it is for a new period
     */
    public static boolean signalled(Alert a, Severity severity, String period, Instant now) {
        boolean newPeriod = period != null && !period.equals(a.period);
        if (!newPeriod) {
            // The same period again, revised: only this period's place in the runs changes. A run that the revision
            // broke (down, then up again) restarts at this period: it may count too few periods, never too many.
            a.warningPeriods = severity.atLeast(Severity.WARNING) ? Math.max(a.warningPeriods, 1) : 0;
            a.criticalPeriods = severity == Severity.CRITICAL ? Math.max(a.criticalPeriods, 1) : 0;
        } else if (ReportingPeriod.follows(a.period, period)) {
            a.periods++;
            a.warningPeriods = severity.atLeast(Severity.WARNING) ? a.warningPeriods + 1 : 0;
            a.criticalPeriods = severity == Severity.CRITICAL ? a.criticalPeriods + 1 : 0;
        } else {
            // A period passed without a verdict (no data, or no reference yet): the run is broken.
            restart(a, severity, period);
        }
        if (severity != Severity.CRITICAL) {
            a.criticalSince = null;
        } else if (a.severity != Severity.CRITICAL || a.criticalSince == null) {
            a.criticalSince = now;
        }
        return newPeriod;
    }

    private static void restart(Alert a, Severity severity, String period) {
        a.firstPeriod = period;
        a.periods = 1;
        a.warningPeriods = severity.atLeast(Severity.WARNING) ? 1 : 0;
        a.criticalPeriods = severity == Severity.CRITICAL ? 1 : 0;
    }
}
