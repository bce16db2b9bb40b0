package io.planmon.devstack.test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code rel="next"} target of a paged list's {@code Link} header, as every service's paging tests walk it. */
public final class LinkHeader {
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    private LinkHeader() {}

    /**
     * The next page's URL; null without a {@code Link} header (the last page).
     *
     * @throws IllegalArgumentException for a {@code Link} header that names no next page (a paging bug)
     */
    public static String next(String link) {
        if (link == null) {
            return null;
        }
        Matcher m = NEXT.matcher(link);
        if (!m.find()) {
            throw new IllegalArgumentException("a Link header without rel=\"next\": " + link);
        }
        return m.group(1);
    }
}
