package org.rookery.adapters.http.websocket;

/**
 * Joins a text message sent in fragments, keeping at most {@code max} characters of it: a longer
 * message is remembered as too long (one character over) without being kept, so the handler can
 * refuse it by its size. Not thread-safe: one connection's frames arrive on one thread.
 */
final class MessageAssembler {
    private final int max;
    private StringBuilder fragments;

    MessageAssembler(int max) {
        this.max = max;
    }

    /** The whole message once {@code last} arrives, else null. */
    String add(String text, boolean last) {
        if (fragments == null && last) return text;
        if (fragments == null) fragments = new StringBuilder();
        if (fragments.length() + text.length() <= max) fragments.append(text);
        else fragments.setLength(max + 1); // remember it is too long, keep no more
        if (!last) return null;
        String whole = fragments.toString();
        fragments = null;
        return whole;
    }
}
