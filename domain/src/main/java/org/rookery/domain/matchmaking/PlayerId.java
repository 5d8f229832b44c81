package org.rookery.domain.matchmaking;

/**
 * The identity of a user looking for a game: 1 to 128 characters, not blank; immutable.
 *
 * @param value the id as the identity provider gives it
 */
public record PlayerId(String value) {

    public static final int MAX_LENGTH = 128;

    public PlayerId {
        InvalidMatchmakingException.present(value, "player id");
        InvalidMatchmakingException.require(!value.isBlank(), "player id must not be blank");
        InvalidMatchmakingException.requireValue(value.length() <= MAX_LENGTH,
                "player id must be at most " + MAX_LENGTH + " characters long", value.length());
    }

    // Written out rather than left to the record's generated methods: waves hash and compare
    // hundreds of thousands of ids, and the generated ones go through method handles.
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof PlayerId id && value.equals(id.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
