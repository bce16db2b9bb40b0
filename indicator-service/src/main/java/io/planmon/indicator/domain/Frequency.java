package io.planmon.indicator.domain;

/** How often an indicator is measured; each frequency has its own period format. */
public enum Frequency {
    ANNUAL("2026"),
    QUARTERLY("2026Q1"),
    MONTHLY("2026-01");

    private final String example;

    Frequency(String example) {
        this.example = example;
    }

    public String example() {
        return example;
    }
}
