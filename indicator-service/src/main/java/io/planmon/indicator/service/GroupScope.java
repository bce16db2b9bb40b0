package io.planmon.indicator.service;

import io.planmon.indicator.service.IndicatorLocks.ValueChange;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.function.Function;
import java.util.function.Supplier;

/** Where the indicator groups of an {@link ImportPass} run, and how each gets its indicator locked. */
interface GroupScope {
    <T> T run(Supplier<T> work);

    ValueChange lock(String code);

    /** Whether a failed group fails the whole pass (the batch's one transaction), rather than only its own rows. */
    boolean failsWhole();

    /** Each group in a transaction of its own, which locks its indicator first. */
    record OwnTransactions(Function<String, ValueChange> locker) implements GroupScope {
        @Override
        public <T> T run(Supplier<T> work) {
            return QuarkusTransaction.requiringNew().call(work::get);
        }

        @Override
        public ValueChange lock(String code) {
            return locker.apply(code);
        }

        @Override
        public boolean failsWhole() {
            return false;
        }
    }

    /** Every group in the caller's transaction. */
    record Shared(Function<String, ValueChange> locker, boolean failsWhole) implements GroupScope {
        @Override
        public <T> T run(Supplier<T> work) {
            return work.get();
        }

        @Override
        public ValueChange lock(String code) {
            return locker.apply(code);
        }
    }
}
