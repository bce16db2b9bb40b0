package io.planmon.devstack;

import java.io.PrintStream;

/** Where the stack reports what it is doing: long steps must never look like a hang. */
@FunctionalInterface
public interface Progress {

    /** Reports one line of progress. */
    void say(String line);

    /** Prints each line to standard output at once. */
    static Progress console() {
        PrintStream out = System.out;
        return line -> {
            out.println(line);
            out.flush();
        };
    }

    /** Drops every line, for callers that only care about the result. */
    static Progress silent() {
        return line -> {};
    }
}
