package io.planmon.indicator.service;

import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.Period;
import java.math.BigDecimal;

/**
 * A batch row that passed every check that needs no lock: its indicator, its period, the value as sent and as the
 * numeric(20, 6) column will hold it (what is compared with the stored value and evaluated).
 */
record AcceptedRow(int index, Indicator indicator, Period period, BigDecimal value, BigDecimal stored, String note) {

    String code() {
        return indicator.code;
    }
}
