package org.rookery.domain.game;

import java.time.Instant;

/**
 * One accepted lifecycle transition: which event made it, when, who, what command, from which
 * state to which (from is null for creation), and why. Immutable.
 */
public record AuditEntry(long seq, Instant at, String actor, String action, Lifecycle from, Lifecycle to, String why) {}
