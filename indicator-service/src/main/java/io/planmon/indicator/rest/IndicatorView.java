package io.planmon.indicator.rest;

import io.planmon.indicator.domain.Frequency;
import io.planmon.indicator.domain.Indicator;
import java.util.LinkedHashMap;
import java.util.Map;

/** A catalogue entry as the API shows it; {@code target} is the kind plus the parameters the plan gives. */
public record IndicatorView(
        String code,
        String name,
        String nameEn,
        String area,
        int article,
        String unit,
        Frequency frequency,
        String polarity,
        String ownerDepartment,
        Map<String, Object> target,
        String planSentence) {

    static IndicatorView of(Indicator i) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("kind", i.targetKind);
        target.putAll(i.targetParams);
        return new IndicatorView(
                i.code,
                i.name,
                i.nameEn,
                i.area,
                i.article,
                i.unit,
                i.frequency,
                i.polarity,
                i.ownerDepartment,
                target,
                i.planSentence);
    }
}
