package org.rookery.ports.out;

import org.rookery.ports.out.notice.MatchNotice;
/** Receives one player's match notices (an SSE stream, a test). Must not block. Implementations decide their own thread-safety. */
@FunctionalInterface
public interface MatchNoticeListener {
    void onNotice(MatchNotice notice);
}
