package io.planmon.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValueRangeTest {

    @Test
    void aPercentShareLiesIn0To100() {
        ValueRange range = ValueRange.of(indicator("家庭医生签约覆盖率", "Family doctor contract coverage", "%"));
        assertThat(range.violation(new BigDecimal("100"), "%")).isEmpty();
        assertThat(range.violation(new BigDecimal("0"), "%")).isEmpty();
        assertThat(range.violation(new BigDecimal("140"), "%")).get().asString().contains("[0, 100]");
        assertThat(range.violation(new BigDecimal("-0.1"), "%")).isPresent();
    }

    @Test
    void aPercentRateOfChangeMayBeNegativeOrAbove100() {
        assertThat(ValueRange.of(indicator("地区生产总值增速", "District GDP growth", "%")))
                .isEqualTo(ValueRange.NONE);
        assertThat(ValueRange.of(indicator("单位GDP能耗下降", "Reduction of energy use per GDP", "%")))
                .isEqualTo(ValueRange.NONE);
    }

    @Test
    void otherUnitsHaveNoRangeUnlessTheIndicatorSetsOne() {
        Indicator amount = indicator("碳排放总量", "Total carbon emissions", "10kt CO2");
        assertThat(ValueRange.of(amount)).isEqualTo(ValueRange.NONE);
        amount.valueMin = BigDecimal.ZERO;
        assertThat(ValueRange.of(amount).violation(new BigDecimal("-1"), "t")).isPresent();
        assertThat(ValueRange.of(amount).violation(new BigDecimal("1e9"), "t")).isEmpty();
    }

    private static Indicator indicator(String name, String nameEn, String unit) {
        Indicator i = new Indicator();
        i.name = name;
        i.nameEn = nameEn;
        i.unit = unit;
        return i;
    }
}
