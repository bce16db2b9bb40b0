package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.IndicatorRepository;
import io.planmon.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * The plan admin allows or forbids values for periods that have not begun yet (forecasts) per indicator; forbidden
 * by default, so that a value for 2030Q4 pushed in 2026 is refused as the mistake it usually is.
 */
@ApplicationScoped
public class FuturePeriodsService {
    private static final Logger LOG = Logger.getLogger(FuturePeriodsService.class);

    private final MeterRegistry metrics;

    private final IndicatorRepository indicators;

    public FuturePeriodsService(MeterRegistry metrics, IndicatorRepository indicators) {
        this.metrics = metrics;
        this.indicators = indicators;
    }

    @Transactional
    public Indicator set(String code, boolean allowed, Caller caller) {
        Indicator indicator = indicators.require(code);
        boolean before = indicator.futurePeriods;
        indicator.futurePeriods = allowed;
        metrics.counter("planmon.indicator.future-periods.changes").increment();
        LOG.infof(
                "%s: future periods %s (was %s), set by %s",
                code, allowed ? "allowed" : "refused", before ? "allowed" : "refused", caller.name());
        return indicator;
    }
}
