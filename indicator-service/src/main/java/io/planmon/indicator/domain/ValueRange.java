package io.planmon.indicator.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The values an indicator can take at all (not its target): a share in {@code %} lies in 0..100, a rate of change in
 * {@code %} (growth, reduction) may be negative or above 100, so it has no range. {@code value_min}/{@code value_max}
 * on the indicator override the rule; either bound may be null (open).
 */
public record ValueRange(BigDecimal min, BigDecimal max) {
    public static final ValueRange NONE = new ValueRange(null, null);
    private static final ValueRange PERCENT = new ValueRange(BigDecimal.ZERO, BigDecimal.valueOf(100));
    private static final ValueRange PER_MILLE = new ValueRange(BigDecimal.ZERO, BigDecimal.valueOf(1000));
    private static final List<String> CHANGE_ZH = List.of("增速", "增长", "增幅", "下降", "降低", "减少", "变化");
    private static final List<String> CHANGE_EN =
            List.of("growth", "change", "reduction", "decrease", "increase", "decline");

    public static ValueRange of(Indicator indicator) {
        if (indicator.valueMin != null || indicator.valueMax != null) {
            return new ValueRange(indicator.valueMin, indicator.valueMax);
        }
        if (isRateOfChange(indicator.name, indicator.nameEn)) {
            return NONE;
        }
        return switch (indicator.unit == null ? "" : indicator.unit.trim()) {
            case "%" -> PERCENT;
            case "‰" -> PER_MILLE;
            default -> NONE;
        };
    }

    static boolean isRateOfChange(String name, String nameEn) {
        String en = nameEn == null ? "" : nameEn.toLowerCase(Locale.ROOT);
        return (name != null && CHANGE_ZH.stream().anyMatch(name::contains))
                || CHANGE_EN.stream().anyMatch(en::contains);
    }

    /** Why {@code value} lies outside, or empty when it is inside. */
    public Optional<String> violation(BigDecimal value, String unit) {
        boolean below = min != null && value.compareTo(min) < 0;
        boolean above = max != null && value.compareTo(max) > 0;
        if (!below && !above) {
            return Optional.empty();
        }
        return Optional.of(plain(value) + " is outside [" + (min == null ? "-∞" : plain(min)) + ", "
                + (max == null ? "∞" : plain(max)) + "], the range of this indicator in " + unit);
    }

    private static String plain(BigDecimal x) {
        return x.stripTrailingZeros().toPlainString();
    }
}
