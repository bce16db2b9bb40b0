package io.planmon.kit.validation;

import java.util.List;

/**
 * How the compact constructors of request records read texts, the same in every service: stripped of surrounding
 * white space; an optional text that is blank is absent (null); a required one stays "" so that {@link PlainText}
 * can say it must not be blank.
 */
public final class Texts {
    private Texts() {}

    /** {@code text} stripped, null when absent or blank. */
    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** {@code text} stripped, null only when absent. */
    public static String required(String text) {
        return text == null ? null : text.strip();
    }

    /** Every item stripped (null items stay, for {@code @NotNull} to name); an absent list is empty. */
    public static List<String> items(List<String> texts) {
        return texts == null ? List.of() : texts.stream().map(Texts::required).toList();
    }
}
