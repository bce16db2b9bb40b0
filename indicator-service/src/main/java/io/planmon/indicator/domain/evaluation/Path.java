package io.planmon.indicator.domain.evaluation;

import io.planmon.indicator.domain.evaluation.Target.MultipleOfBase;
import io.planmon.indicator.domain.evaluation.Target.TargetValue;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Where a path kind expects the indicator in each year from the base year's value to the target, and which way is
 * progress; {@code factor} is set for a compound path (MULTIPLE_OF_BASE) and null for a linear one (TARGET_VALUE).
 */
record Path(
        int baseYear,
        BigDecimal base,
        int targetYear,
        BigDecimal target,
        BigDecimal factor,
        Polarity direction,
        String goalZh,
        String goalEn) {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    /** The direction is the factor's (above 1 up, below 1 down); a factor of 1 falls back on the polarity. */
    static Path compound(MultipleOfBase target, BigDecimal base, Polarity polarity) {
        BigDecimal factor = target.factor();
        BigDecimal goal = base.multiply(factor, MathContext.DECIMAL64);
        boolean doubling = factor.compareTo(TWO) == 0;
        return new Path(
                target.baseYear(),
                base,
                target.targetYear(),
                goal,
                factor,
                Polarity.towards(base, goal, polarity),
                doubling ? "翻一番" : "达到基期" + Wording.param(factor) + "倍",
                doubling ? "doubling" : Wording.param(factor) + "× the base");
    }

    /** docs/spec.md#target-kinds: the polarity follows the sign of target − base (a falling target goes down). */
    static Path linear(TargetValue target, BigDecimal base, Polarity polarity) {
        BigDecimal goal = target.targetValue();
        return new Path(
                target.baseYear(),
                base,
                target.targetYear(),
                goal,
                null,
                Polarity.towards(base, goal, polarity),
                "达到" + Wording.num(goal),
                Wording.num(goal));
    }

    boolean compound() {
        return factor != null;
    }

    /**
     * value(b)·f^((y−b)/(T−b)) or the straight line from value(b) to the target. The year is held within [b, T]: the
     * path starts at the base and asks nothing beyond the target after T.
     */
    BigDecimal expectedAt(int year) {
        int y = Math.max(baseYear, Math.min(year, targetYear));
        if (y == targetYear) {
            return target;
        }
        if (compound()) {
            // The fractional power needs double; its ~16 significant digits are far beyond the 2 decimals shown.
            double share = (double) (y - baseYear) / (targetYear - baseYear);
            return base.multiply(BigDecimal.valueOf(Math.pow(factor.doubleValue(), share)), MathContext.DECIMAL64);
        }
        BigDecimal share = BigDecimal.valueOf(y - baseYear)
                .divide(BigDecimal.valueOf(targetYear - baseYear), MathContext.DECIMAL64);
        return base.add(target.subtract(base).multiply(share, MathContext.DECIMAL64), MathContext.DECIMAL64);
    }

    boolean reached(BigDecimal value) {
        return direction.notWorse(value, target);
    }

    /** 2020至2035年翻一番: the goal with its years. */
    String zhGoal() {
        return baseYear + "至" + targetYear + "年" + goalZh;
    }

    /** 按2020至2035年翻一番路径 / the path to doubling 2020→2035. */
    String zh() {
        return "按" + zhGoal() + "路径";
    }

    String en() {
        return "the path to " + goalEn + " " + baseYear + "→" + targetYear;
    }
}
