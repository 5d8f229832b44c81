package org.rookery.adapters.http.json;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.ports.out.ArchivePosition;

/**
 * The {@code cursor} of a player's archive pages on the wire: an opaque token (base64url of the
 * last game's end instant in epoch microseconds and its id) that says where the next page starts.
 * A token that is not one of ours is 400 {@code invalid_request}. Stateless.
 */
public final class ArchiveCursors {
    /** Longer tokens are refused before decoding. */
    public static final int MAX_LENGTH = 512;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private ArchiveCursors() {}

    public static String encode(ArchivePosition position) {
        Instant at = position.endedAt();
        long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000);
        return ENCODER.encodeToString((micros + ":" + position.gameId()).getBytes(StandardCharsets.UTF_8));
    }

    public static ArchivePosition decode(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) throw invalid();
        try {
            String text = new String(DECODER.decode(token), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            if (colon < 1) throw invalid();
            long micros = Long.parseLong(text.substring(0, colon));
            Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
            return new ArchivePosition(at, text.substring(colon + 1));
        } catch (IllegalArgumentException | java.time.DateTimeException e) { // bad base64, number, instant or id
            throw invalid();
        }
    }

    private static ApiProblemException invalid() {
        return ApiProblemException.badRequest("query parameter 'cursor' is not a cursor this server gave out; start again without it");
    }
}
