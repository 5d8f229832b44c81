package org.rookery.adapters.memory;

import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.rookery.ports.out.notice.MatchNotice;
import org.rookery.ports.out.MatchNoticeListener;
import org.rookery.ports.out.MatchNotifier;
import org.rookery.ports.out.Subscription;

/**
 * Delivers notices to the listeners of this process, and keeps each user's latest notice (for
 * the most recently notified users, up to a bound) to hand to a listener that subscribes later.
 * Thread-safe.
 */
public final class InMemoryMatchNotifier implements MatchNotifier {
    private static final System.Logger LOG = System.getLogger(InMemoryMatchNotifier.class.getName());
    private final ConcurrentHashMap<String, CopyOnWriteArrayList<MatchNoticeListener>> listeners = new ConcurrentHashMap<>();
    private final ReentrantLock latestLock = new ReentrantLock();
    private final LinkedHashMap<String, MatchNotice> latest;

    /** Keeps the latest notice of up to 100 000 users. */
    public InMemoryMatchNotifier() {
        this(100_000);
    }

    public InMemoryMatchNotifier(int usersKept) {
        if (usersKept < 1) throw new IllegalArgumentException("usersKept must be positive");
        this.latest = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, MatchNotice> eldest) {
                return size() > usersKept;
            }
        };
    }

    @Override
    public Subscription subscribe(String userId, MatchNoticeListener listener) {
        listeners.computeIfAbsent(userId, id -> new CopyOnWriteArrayList<>()).add(listener);
        MatchNotice last;
        latestLock.lock();
        try {
            last = latest.get(userId);
        } finally {
            latestLock.unlock();
        }
        if (last != null) deliver(userId, listener, last);
        return () -> listeners.computeIfPresent(userId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    @Override
    public void notify(String userId, MatchNotice notice) {
        latestLock.lock();
        try {
            latest.put(userId, notice);
        } finally {
            latestLock.unlock();
        }
        List<MatchNoticeListener> current = listeners.get(userId);
        if (current != null) current.forEach(listener -> deliver(userId, listener, notice));
    }

    /** Current listeners of a user. */
    public List<MatchNoticeListener> listenersOf(String userId) {
        List<MatchNoticeListener> current = listeners.get(userId);
        return current == null ? List.of() : List.copyOf(current);
    }

    private static void deliver(String userId, MatchNoticeListener listener, MatchNotice notice) {
        try {
            listener.onNotice(notice);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a match listener of " + userId + " failed", e);
        }
    }
}
