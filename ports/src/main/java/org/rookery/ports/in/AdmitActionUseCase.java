package org.rookery.ports.in;

import org.rookery.ports.in.answer.Admission;

/**
 * Decides whether a caller may take a rate-limited action now: the action must fit both the
 * caller's user budget and its network address's budget. Each admission spends from them.
 * Implementations are thread-safe.
 */
public interface AdmitActionUseCase {
    /**
     * Admits or refuses one action. {@code userId} is null for an anonymous caller and
     * {@code clientAddress} null when unknown; a budget that has no key is not consulted.
     */
    Admission admit(LimitedAction action, String userId, String clientAddress);
}
