package org.rookery.application.matchmaking;

import java.time.Instant;

/**
 * What one wave did: matches paired, waiting matches retried, and what came of all those
 * attempts (games created, matches queued for a retry, matches given up). Immutable.
 */
public record WaveReport(Instant at, int paired, int retried, int created, int queuedForRetry, int cancelled) {}
