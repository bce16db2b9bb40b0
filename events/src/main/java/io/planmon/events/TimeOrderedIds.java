package io.planmon.events;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Version 7 UUIDs (RFC 9562): 48 bits of Unix milliseconds first, then 74 random bits.
 *
 * <p>Why not {@link UUID#randomUUID()}: event ids are unique keys in three large, ever-growing tables (the outbox,
 * the consumers' processed-event inbox and the activity feed). Random ids scatter each insert over the whole B-tree,
 * so once an index outgrows the buffer cache every insert reads and dirties a random page; ids that grow with time
 * append at the right edge of the index instead. The random part keeps ids unguessable enough to be unique across
 * instances (74 bits per millisecond); ids are not secrets.
 */
public final class TimeOrderedIds {
    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;

    private TimeOrderedIds() {}

    /** A new id whose text sorts after every id made in an earlier millisecond. */
    public static UUID next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | VERSION_7 | (random.nextLong() & 0x0FFFL);
        long low = VARIANT_RFC | (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL);
        return new UUID(high, low);
    }
}
