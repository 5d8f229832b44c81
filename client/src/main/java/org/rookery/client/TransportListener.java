package org.rookery.client;

/**
 * Hears one connection attempt, in order: {@link #opened} once it is up, its frames, then one
 * {@link #ended} (without {@code opened} when the attempt failed). The transport makes these calls
 * one after the other; implementations hand them to the connection thread.
 */
interface TransportListener {
    void opened(Transport transport);

    void frame(ServerFrame frame);

    /**
     * The attempt failed or the open transport ended. {@code permanent} when the server said that
     * retrying cannot help (unknown game, refused token); {@code why} for the log.
     */
    void ended(boolean permanent, String why);
}
