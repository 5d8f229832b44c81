package org.rookery.domain.game;

import java.util.Objects;
import java.util.function.Function;

/**
 * The value a command returns: accepted with a result, or rejected with a typed reason and a
 * message for humans. Business refusals are values, never exceptions. Immutable.
 *
 * @param <T> what an accepted command yields
 */
public sealed interface Outcome<T> permits Outcome.Accepted, Outcome.Rejected {

    /** The command was accepted; {@code value} is what it produced. */
    record Accepted<T>(T value) implements Outcome<T> {
        public Accepted {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The command was refused and changed nothing it was asked to change. */
    record Rejected<T>(Rejection reason, String message) implements Outcome<T> {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }

        /** The same rejection, typed for another result. */
        @SuppressWarnings("unchecked")
        public <U> Rejected<U> retype() {
            return (Rejected<U>) this;
        }
    }

    static <T> Outcome<T> accepted(T value) {
        return new Accepted<>(value);
    }

    static <T> Outcome<T> rejected(Rejection reason, String message) {
        return new Rejected<>(reason, message);
    }

    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /** Transforms an accepted value; a rejection passes through. */
    default <U> Outcome<U> map(Function<? super T, ? extends U> f) {
        return switch (this) {
            case Accepted<T> a -> new Accepted<>(f.apply(a.value()));
            case Rejected<T> r -> r.retype();
        };
    }
}
