package org.rookery.events.json.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.rookery.domain.event.DrawDeclined;
import org.rookery.domain.event.DrawOffered;
import org.rookery.domain.event.GameAborted;
import org.rookery.domain.event.GameCreated;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.event.GameEvent;
import org.rookery.domain.event.MatchCreated;
import org.rookery.domain.event.MatchmakingEvent;
import org.rookery.domain.event.MovePlayed;
import org.rookery.domain.event.PlayerJoined;
import org.rookery.events.json.EventJson;
import org.rookery.events.json.EventUpcasters;

/**
 * docs/events as a frozen contract: it keeps every evolution rule (frozen files unchanged, the
 * open versions changed only compatibly since their baselines, every superseded version frozen,
 * upcast and proven on stored old events), it has a schema for exactly the event types the
 * domain has, and the newest version of each is the one this build writes.
 */
class DocsEventSchemasTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path OLD_EVENTS = Path.of("src", "test", "resources", "old-events");
    private static final Set<String> ENVELOPES = Set.of(EventSchemas.GAME_ENVELOPE, EventSchemas.MATCH_ENVELOPE);
    private static final Map<String, Integer> WRITTEN_VERSIONS = Map.of(
            GameCreated.TYPE, GameCreated.SCHEMA_VERSION,
            PlayerJoined.TYPE, PlayerJoined.SCHEMA_VERSION,
            MovePlayed.TYPE, MovePlayed.SCHEMA_VERSION,
            DrawOffered.TYPE, DrawOffered.SCHEMA_VERSION,
            DrawDeclined.TYPE, DrawDeclined.SCHEMA_VERSION,
            GameEnded.TYPE, GameEnded.SCHEMA_VERSION,
            GameAborted.TYPE, GameAborted.SCHEMA_VERSION,
            MatchCreated.TYPE, MatchCreated.SCHEMA_VERSION);

    private final EventSchemas schemas = EventSchemas.fromDocs();
    private final EventJson json = new EventJson(EventUpcasters.standard());

    @Test
    void docs_events_keeps_every_evolution_rule() {
        StoredOldEvents oldEvents = new StoredOldEvents(OLD_EVENTS, schemas.validator(), this::readAsReplayDoes);
        assertThat(new SchemaEvolutionRules(schemas.directory(), schemas.validator(), ENVELOPES, oldEvents).violations()).isEmpty();
    }

    @Test
    void there_is_a_schema_for_every_event_type_and_envelope_and_for_nothing_else() {
        assertThat(WRITTEN_VERSIONS).hasSize(GameEvent.class.getPermittedSubclasses().length + MatchmakingEvent.class.getPermittedSubclasses().length);
        assertThat(schemas.directory().schemas().keySet()).containsExactlyInAnyOrderElementsOf(union(WRITTEN_VERSIONS.keySet(), ENVELOPES));
    }

    @Test
    void the_newest_schema_of_each_type_is_the_version_this_build_writes() {
        Map<String, Integer> newest = new HashMap<>();
        WRITTEN_VERSIONS.keySet().forEach(type -> newest.put(type, schemas.directory().newestVersion(type)));
        assertThat(newest).isEqualTo(WRITTEN_VERSIONS);
    }

    /** Replay's way: read with this build's upcasters into a record, then as this build writes it now (validated whole). */
    private ObjectNode readAsReplayDoes(ObjectNode stored) throws Exception {
        byte[] bytes = MAPPER.writeValueAsBytes(stored);
        boolean match = MatchCreated.TYPE.equals(stored.path("type").asText());
        ObjectNode now = StoredOldEvents.tree(match ? json.toBytes(json.readMatchEvent(bytes)) : json.toBytes(json.readGameEvent(bytes)));
        List<String> errors = match ? schemas.matchEventErrors(now) : schemas.gameEventErrors(now);
        if (!errors.isEmpty()) throw new IllegalStateException("read up to date but invalid: " + errors);
        return now;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
