package org.rookery.client;

/**
 * Hands one connection attempt's reports to the {@link LiveGameLoop} on the connection thread,
 * tagged with the attempt's generation so that the loop can ignore attempts it has given up on.
 * Thread-safe: transports call it from the JDK's threads.
 */
final class AttemptReports implements TransportListener {
    private final LiveGameLoop loop;
    private final int attempt;
    private final ConnectionThread thread;

    AttemptReports(LiveGameLoop loop, int attempt, ConnectionThread thread) {
        this.loop = loop;
        this.attempt = attempt;
        this.thread = thread;
    }

    @Override
    public void opened(Transport transport) {
        thread.post(() -> loop.opened(attempt, transport), transport::close);
    }

    @Override
    public void frame(ServerFrame frame) {
        thread.post(() -> loop.frame(attempt, frame), () -> { });
    }

    @Override
    public void ended(boolean permanent, String why) {
        thread.post(() -> loop.ended(attempt, permanent, why), () -> { });
    }
}
