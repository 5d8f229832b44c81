package org.rookery.ports.out;

import org.rookery.ports.out.notice.MatchNotice;
/**
 * Tells players about their matches, wherever they are connected. A new subscriber first gets
 * the user's latest notice, if one is kept, so a notice sent just before the player connected is
 * not missed. A failing listener must not stop delivery to the others. Implementations are
 * thread-safe.
 */
public interface MatchNotifier {

    Subscription subscribe(String userId, MatchNoticeListener listener);

    void notify(String userId, MatchNotice notice);
}
