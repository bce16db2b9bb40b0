package io.planmon.devstack.bench;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * The synthetic rows the ingest benchmark pushes: values of real statistics-bureau indicators in periods long past
 * (1900 on), every one labelled "synthetic bench" in its note. They are not official statistics; the benchmark is
 * meant for a throwaway stack (delete .planmon afterwards).
 */
final class SyntheticRows {
    static final String NOTE = "synthetic bench";
    /** The bureau's monthly indicator. */
    static final String MONTHLY = "FIXED_ASSET_INVESTMENT_GROWTH";
    /** The bureau's quarterly indicators. */
    static final List<String> QUARTERLY = List.of("INCOME_GROWTH", "SH_GDP_GROWTH", "GDP_GROWTH");

    private SyntheticRows() {}

    /** The n-th month from January 1900. */
    static String month(int n) {
        return YearMonth.of(1900, 1).plusMonths(n).toString();
    }

    /** The n-th quarter from 1900Q1. */
    static String quarter(int n) {
        return (1900 + n / 4) + "Q" + (1 + n % 4);
    }

    /** A plausible growth rate in percent, different for every (period, round). */
    static String value(int period, int round) {
        return String.format(Locale.ROOT, "%.2f", 3 + (period * 7 + round * 13) % 90 / 10.0);
    }

    /** A JSON batch body of {@code count} periods of {@code indicator} from period {@code first}. */
    static String batch(String indicator, boolean monthly, int first, int count, int round) {
        StringBuilder json = new StringBuilder(count * 96).append("{\"observations\":[");
        for (int i = 0; i < count; i++) {
            int p = first + i;
            json.append(i == 0 ? "" : ",")
                    .append("{\"indicator\":\"")
                    .append(indicator)
                    .append("\",\"period\":\"")
                    .append(monthly ? month(p) : quarter(p))
                    .append("\",\"value\":")
                    .append(value(p, round))
                    .append(",\"note\":\"" + NOTE + "\"}");
        }
        return json.append("]}").toString();
    }
}
