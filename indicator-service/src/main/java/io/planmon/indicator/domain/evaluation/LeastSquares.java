package io.planmon.indicator.domain.evaluation;

import io.planmon.indicator.domain.evaluation.Series.Point;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** Ordinary least squares over (year, value) points: the straight-line trend, or on logarithms the compound one. */
final class LeastSquares {
    private LeastSquares() {}

    /** The straight line through the points, read at {@code year}. */
    static double linearAt(List<Point> points, int year) {
        return fitAt(points, year, DoubleUnaryOperator.identity());
    }

    /** The constant-growth curve (a line through the logarithms), read at {@code year}; every value must be positive. */
    static double compoundAt(List<Point> points, int year) {
        return Math.exp(fitAt(points, year, Math::log));
    }

    private static double fitAt(List<Point> points, int year, DoubleUnaryOperator transform) {
        double[] x = points.stream().mapToDouble(Point::year).toArray();
        double[] y = points.stream()
                .map(Point::value)
                .mapToDouble(BigDecimal::doubleValue)
                .map(transform)
                .toArray();
        double meanX = mean(x);
        double meanY = mean(y);
        // Centred on the mean year, so that squares of years near 2030 do not eat the precision.
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
        }
        return meanY + sxy / sxx * (year - meanX);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
