package org.rookery.adapters.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.jooq.JSONB;
import org.rookery.domain.game.GameMemento;

/**
 * A {@link GameMemento} as the JSON document of {@code game_snapshot.memento}: the record's
 * components by name (instants as ISO-8601 text, enums by name), read back through the record's
 * own constructor so an invalid document cannot become a memento. Thread-safe.
 */
final class SnapshotJson {
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    JSONB write(GameMemento memento) {
        try {
            return JSONB.valueOf(mapper.writeValueAsString(memento));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("snapshot of game " + memento.gameId() + " cannot be written as JSON", e);
        }
    }

    GameMemento read(JSONB document, String gameId) {
        try {
            return mapper.readValue(document.data(), GameMemento.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored snapshot of game " + gameId + " is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
