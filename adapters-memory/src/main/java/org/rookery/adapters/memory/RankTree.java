package org.rookery.adapters.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An order-statistic treap of (rating, player) keys, highest rating first and equal ratings by
 * player id: every node knows the size of its subtree, so insert, delete, rank and the k-th key
 * all cost O(log n) expected (random heap priorities keep the tree balanced whatever the insert
 * order). Not thread-safe: its owner locks.
 */
final class RankTree {
    /** One key in the tree. */
    record Ranked(String player, double rating) {}

    private static final class Node {
        final String player;
        final double rating;
        final int priority;
        Node left, right;
        int size = 1;

        Node(String player, double rating, int priority) {
            this.player = player;
            this.rating = rating;
            this.priority = priority;
        }
    }

    private final SplittableRandom priorities = new SplittableRandom(0x5eed_1e4d_b0a4dL);
    private Node root;

    int size() {
        return size(root);
    }

    void insert(String player, double rating) {
        root = insert(root, new Node(player, rating, priorities.nextInt()));
    }

    /** Removes the key; it must be in the tree. */
    void delete(String player, double rating) {
        root = delete(root, player, rating);
    }

    /** The 1-based position of a key that is in the tree. */
    long rankOf(String player, double rating) {
        long before = 0;
        for (Node t = root; t != null; ) {
            int c = compare(player, rating, t);
            if (c == 0) return before + size(t.left) + 1;
            if (c < 0) {
                t = t.left;
            } else {
                before += size(t.left) + 1;
                t = t.right;
            }
        }
        throw new IllegalStateException(player + " at " + rating + " is not in the tree");
    }

    /**
     * Up to {@code limit} keys from the {@code offset}-th (0-based), in order: one descent to the
     * first, then an in-order walk, O(log n + limit).
     */
    List<Ranked> range(long offset, int limit) {
        long end = Math.min(size(), offset + (long) limit);
        List<Ranked> keys = new ArrayList<>((int) Math.max(0, end - offset));
        if (offset >= end) return keys;
        ArrayDeque<Node> ahead = new ArrayDeque<>(); // nodes whose left subtree the walk is in: each comes after it
        Node t = root;
        for (long k = offset; ; ) {
            int left = size(t.left);
            if (k < left) {
                ahead.push(t);
                t = t.left;
            } else if (k == left) {
                break;
            } else {
                k -= left + 1;
                t = t.right;
            }
        }
        keys.add(new Ranked(t.player, t.rating));
        for (long next = offset + 1; next < end; next++) {
            if (t.right != null) {
                for (t = t.right; t.left != null; t = t.left) ahead.push(t);
            } else {
                t = ahead.pop();
            }
            keys.add(new Ranked(t.player, t.rating));
        }
        return keys;
    }

    private static Node insert(Node t, Node node) {
        if (t == null) return node;
        if (compare(node.player, node.rating, t) < 0) {
            t.left = insert(t.left, node);
            if (t.left.priority > t.priority) t = rotateRight(t);
        } else {
            t.right = insert(t.right, node);
            if (t.right.priority > t.priority) t = rotateLeft(t);
        }
        return resize(t);
    }

    private static Node delete(Node t, String player, double rating) {
        if (t == null) throw new IllegalStateException(player + " at " + rating + " is not in the tree");
        int c = compare(player, rating, t);
        if (c == 0) return merge(t.left, t.right);
        if (c < 0) {
            t.left = delete(t.left, player, rating);
        } else {
            t.right = delete(t.right, player, rating);
        }
        return resize(t);
    }

    /** Joins two trees whose keys are all ordered a before b. */
    private static Node merge(Node a, Node b) {
        if (a == null) return b;
        if (b == null) return a;
        if (a.priority > b.priority) {
            a.right = merge(a.right, b);
            return resize(a);
        }
        b.left = merge(a, b.left);
        return resize(b);
    }

    private static Node rotateRight(Node t) {
        Node l = t.left;
        t.left = l.right;
        l.right = resize(t);
        return l;
    }

    private static Node rotateLeft(Node t) {
        Node r = t.right;
        t.right = r.left;
        r.left = resize(t);
        return r;
    }

    private static Node resize(Node t) {
        t.size = 1 + size(t.left) + size(t.right);
        return t;
    }

    private static int size(Node t) {
        return t == null ? 0 : t.size;
    }

    /** Board order: higher rating first, then player id ascending. */
    private static int compare(String player, double rating, Node t) {
        int byRating = Double.compare(t.rating, rating);
        return byRating != 0 ? byRating : player.compareTo(t.player);
    }
}
