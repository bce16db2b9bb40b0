package io.planmon.indicator.service;

import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of an import body, read as a stream and handed over a chunk at a time, so that no more than one chunk is
 * ever held in memory. A body that cannot be read at all throws a 400 problem; a row that cannot be read is an
 * {@link ImportRow#unreadable} row.
 */
@FunctionalInterface
public interface RowSource {

    /** Reads every row, passing them on in order in lists of at most {@code chunkRows}, indexed from 0 in the whole body. */
    void read(int chunkRows, Consumer<List<ImportRow>> chunk);
}
