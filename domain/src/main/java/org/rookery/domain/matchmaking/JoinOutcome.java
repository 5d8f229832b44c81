package org.rookery.domain.matchmaking;

import java.time.Duration;

/** What became of a request to join a queue: joined, switched pools, already there, or a typed rejection; immutable. */
public sealed interface JoinOutcome {

    /** Whether the player is waiting in the pool they asked for. */
    boolean waiting();

    /** The player was not waiting and now is. */
    record Joined(QueueEntry entry) implements JoinOutcome {
        public Joined {
            InvalidMatchmakingException.present(entry, "entry");
        }

        @Override
        public boolean waiting() {
            return true;
        }
    }

    /** The player was waiting in another pool; that entry was dropped and they now wait here. */
    record Switched(QueueEntry entry, QueueEntry left) implements JoinOutcome {
        public Switched {
            InvalidMatchmakingException.present(entry, "entry");
            InvalidMatchmakingException.present(left, "entry left");
            InvalidMatchmakingException.require(entry.player().equals(left.player()), "a switch keeps the player");
        }

        @Override
        public boolean waiting() {
            return true;
        }
    }

    /** The player already waits in this pool; the entry and its waiting time are kept. */
    record AlreadyWaiting(QueueEntry entry) implements JoinOutcome {
        public AlreadyWaiting {
            InvalidMatchmakingException.present(entry, "entry");
        }

        @Override
        public boolean waiting() {
            return true;
        }
    }

    /** Rejected: the queue holds its capacity of players. */
    record QueueFull(int capacity) implements JoinOutcome {
        public QueueFull {
            InvalidMatchmakingException.requireValue(capacity > 0, "capacity must be positive", capacity);
        }

        @Override
        public boolean waiting() {
            return false;
        }
    }

    /** Rejected: the player joined less than the join interval ago and may try again after {@code retryAfter}. */
    record TooSoon(Duration retryAfter) implements JoinOutcome {
        public TooSoon {
            InvalidMatchmakingException.present(retryAfter, "retry-after");
            InvalidMatchmakingException.requireValue(retryAfter.isPositive(), "retry-after must be positive", retryAfter);
        }

        @Override
        public boolean waiting() {
            return false;
        }
    }
}
