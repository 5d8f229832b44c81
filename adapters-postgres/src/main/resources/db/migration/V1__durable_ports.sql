-- Rookery's durable state on PostgreSQL: one table (or two) per driven port. Flyway owns this
-- schema; jOOQ's classes are generated from these files at build time (DDLDatabase parses them,
-- so PostgreSQL-only DDL sits between [jooq ignore start] and [jooq ignore stop]).
-- Every column carries a classification comment, 'personal: …' or 'operational: …', which the
-- anonymization script and its test rely on. docs/storage.md describes owners and indexes.

-- ---- live-game: the event log (GameEventLog, EventLogReader) ----------------------------------

CREATE TABLE game_stream (
    game_id  varchar   NOT NULL PRIMARY KEY,
    last_seq bigint NOT NULL CHECK (last_seq >= 1)
);
COMMENT ON TABLE game_stream IS 'One row per game in the event log: the head that guards each append (expected seq). Owner: live-game.';
COMMENT ON COLUMN game_stream.game_id IS 'operational: game id';
COMMENT ON COLUMN game_stream.last_seq IS 'operational: seq of the game''s last event';

CREATE TABLE game_event (
    log_position bigint      NOT NULL PRIMARY KEY,
    game_id      varchar        NOT NULL,
    seq          bigint      NOT NULL CHECK (seq >= 1),
    event_id     varchar        NOT NULL,
    event_type   varchar        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    envelope     jsonb       NOT NULL,
    CONSTRAINT game_event_game_seq UNIQUE (game_id, seq)
);
COMMENT ON TABLE game_event IS 'The durable move log: every game event, once, in the global order of log_position. Append-only. Owner: live-game.';
COMMENT ON COLUMN game_event.log_position IS 'operational: position in the global order (from log_counter, assigned in commit order)';
COMMENT ON COLUMN game_event.game_id IS 'operational: game id';
COMMENT ON COLUMN game_event.seq IS 'operational: per-game sequence number, from 1, gapless';
COMMENT ON COLUMN game_event.event_id IS 'operational: event id (consumers deduplicate by it)';
COMMENT ON COLUMN game_event.event_type IS 'operational: event type (MovePlayed, GameEnded, ...)';
COMMENT ON COLUMN game_event.occurred_at IS 'operational: when the event happened';
COMMENT ON COLUMN game_event.envelope IS 'personal: the event envelope as docs/events defines it; names players (createdBy, white, black, userId)';

CREATE TABLE log_counter (
    log_name      varchar   NOT NULL PRIMARY KEY,
    last_position bigint NOT NULL CHECK (last_position >= 0)
);
COMMENT ON TABLE log_counter IS 'The last position handed out per log; an append updates its row in the appending transaction, so positions follow commit order. Owner: live-game (game_event), matchmaking (match_event).';
COMMENT ON COLUMN log_counter.log_name IS 'operational: the log (game_event, match_event)';
COMMENT ON COLUMN log_counter.last_position IS 'operational: last position given to a committed event';
INSERT INTO log_counter (log_name, last_position) VALUES ('game_event', 0);
INSERT INTO log_counter (log_name, last_position) VALUES ('match_event', 0);

-- ---- live-game: snapshots (GameSnapshotStore) ----------------------------------------------------

CREATE TABLE game_snapshot (
    game_id  varchar        NOT NULL PRIMARY KEY,
    seq      bigint      NOT NULL CHECK (seq >= 1),
    memento  jsonb       NOT NULL,
    saved_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
COMMENT ON TABLE game_snapshot IS 'The latest snapshot of each game (a GameMemento), so a game is rebuilt from it plus the events after seq. Owner: live-game.';
COMMENT ON COLUMN game_snapshot.game_id IS 'operational: game id';
COMMENT ON COLUMN game_snapshot.seq IS 'operational: seq of the last event the snapshot includes';
COMMENT ON COLUMN game_snapshot.memento IS 'personal: the game as of seq; names players (createdBy, white, black, audit actors)';
COMMENT ON COLUMN game_snapshot.saved_at IS 'operational: when the snapshot was stored';

-- ---- relays: checkpoints (RelayCheckpoint) -----------------------------------------------------

CREATE TABLE relay_checkpoint (
    relay        varchar        NOT NULL PRIMARY KEY,
    log_position bigint      NOT NULL CHECK (log_position >= 0),
    saved_at     timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP
);
COMMENT ON TABLE relay_checkpoint IS 'Per relay, the log position up to which everything was published. Owner: the relays (game-events, matchmaking.matches).';
COMMENT ON COLUMN relay_checkpoint.relay IS 'operational: relay name';
COMMENT ON COLUMN relay_checkpoint.log_position IS 'operational: last published position; never moves back';
COMMENT ON COLUMN relay_checkpoint.saved_at IS 'operational: when the position was last moved';

-- ---- matchmaking: its event stream (MatchEventLog) and its retry queue (MatchRetryQueue) --------

CREATE TABLE match_event (
    log_position bigint      NOT NULL PRIMARY KEY,
    match_id     varchar        NOT NULL,
    event_type   varchar        NOT NULL,
    event_id     varchar        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    envelope     jsonb       NOT NULL,
    CONSTRAINT match_event_once_per_type UNIQUE (match_id, event_type)
);
COMMENT ON TABLE match_event IS 'Matchmaking''s durable stream (MatchCreated), at most one event per match and type, in the global order of log_position. Owner: matchmaking.';
COMMENT ON COLUMN match_event.log_position IS 'operational: position in the match log (from log_counter, assigned in commit order)';
COMMENT ON COLUMN match_event.match_id IS 'operational: match id';
COMMENT ON COLUMN match_event.event_type IS 'operational: event type';
COMMENT ON COLUMN match_event.event_id IS 'operational: event id';
COMMENT ON COLUMN match_event.occurred_at IS 'operational: when the event happened';
COMMENT ON COLUMN match_event.envelope IS 'personal: the event envelope as docs/events defines it; names both players and their ratings';

CREATE TABLE match_retry (
    match_id         varchar             NOT NULL PRIMARY KEY,
    white_id         varchar             NOT NULL,
    black_id         varchar             NOT NULL,
    initial_ms       bigint           NOT NULL,
    increment_ms     bigint           NOT NULL,
    rated            boolean          NOT NULL,
    white_rating     double precision NOT NULL,
    black_rating     double precision NOT NULL,
    white_waited_ns  bigint           NOT NULL,
    black_waited_ns  bigint           NOT NULL,
    paired_at        timestamptz      NOT NULL,
    failed_attempts  integer          NOT NULL CHECK (failed_attempts >= 0),
    next_attempt_at  timestamptz      NOT NULL,
    last_failure     text
);
CREATE INDEX match_retry_due ON match_retry (next_attempt_at, match_id);
CREATE INDEX match_retry_white ON match_retry (white_id);
CREATE INDEX match_retry_black ON match_retry (black_id);
COMMENT ON TABLE match_retry IS 'Paired matches whose game is not created yet, waiting for their next attempt. Owner: matchmaking.';
COMMENT ON COLUMN match_retry.match_id IS 'operational: match id';
COMMENT ON COLUMN match_retry.white_id IS 'personal: player id (White)';
COMMENT ON COLUMN match_retry.black_id IS 'personal: player id (Black)';
COMMENT ON COLUMN match_retry.initial_ms IS 'operational: time control, initial time';
COMMENT ON COLUMN match_retry.increment_ms IS 'operational: time control, increment';
COMMENT ON COLUMN match_retry.rated IS 'operational: whether the game is rated';
COMMENT ON COLUMN match_retry.white_rating IS 'personal: White''s rating when paired';
COMMENT ON COLUMN match_retry.black_rating IS 'personal: Black''s rating when paired';
COMMENT ON COLUMN match_retry.white_waited_ns IS 'operational: how long White waited to be paired';
COMMENT ON COLUMN match_retry.black_waited_ns IS 'operational: how long Black waited to be paired';
COMMENT ON COLUMN match_retry.paired_at IS 'operational: when the wave paired them';
COMMENT ON COLUMN match_retry.failed_attempts IS 'operational: attempts to create the game that failed';
COMMENT ON COLUMN match_retry.next_attempt_at IS 'operational: when the game is tried again';
COMMENT ON COLUMN match_retry.last_failure IS 'operational: why the last attempt failed';

-- ---- rating: ratings, their history, applied results (RatingStore) -----------------------------

CREATE TABLE rating (
    player_id    varchar             NOT NULL,
    pool         varchar             NOT NULL,
    rating       double precision NOT NULL,
    deviation    double precision NOT NULL,
    volatility   double precision NOT NULL,
    games_played integer          NOT NULL CHECK (games_played >= 0),
    last_played  timestamptz,
    version      bigint           NOT NULL CHECK (version >= 1),
    CONSTRAINT rating_pk PRIMARY KEY (player_id, pool)
);
CREATE INDEX rating_by_pool ON rating (pool, player_id);
COMMENT ON TABLE rating IS 'Each player''s current Glicko-2 rating per pool, with the version optimistic writes compare. Owner: rating.';
COMMENT ON COLUMN rating.player_id IS 'personal: player id';
COMMENT ON COLUMN rating.pool IS 'operational: rating pool (BULLET, BLITZ, ...)';
COMMENT ON COLUMN rating.rating IS 'personal: rating';
COMMENT ON COLUMN rating.deviation IS 'personal: rating deviation';
COMMENT ON COLUMN rating.volatility IS 'personal: volatility';
COMMENT ON COLUMN rating.games_played IS 'personal: rated games played in the pool';
COMMENT ON COLUMN rating.last_played IS 'personal: when the player''s last rated game was played';
COMMENT ON COLUMN rating.version IS 'operational: 1 for the first rating, one more per update';

CREATE TABLE rating_result (
    game_id    varchar        NOT NULL,
    pool       varchar        NOT NULL,
    white_id   varchar        NOT NULL,
    black_id   varchar        NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT rating_result_pk PRIMARY KEY (game_id, pool)
);
COMMENT ON TABLE rating_result IS 'The results already applied to ratings: a (game, pool) counts once. Owner: rating.';
COMMENT ON COLUMN rating_result.game_id IS 'operational: game id';
COMMENT ON COLUMN rating_result.pool IS 'operational: rating pool';
COMMENT ON COLUMN rating_result.white_id IS 'personal: player id (White)';
COMMENT ON COLUMN rating_result.black_id IS 'personal: player id (Black)';
COMMENT ON COLUMN rating_result.applied_at IS 'operational: when the result was applied';

CREATE TABLE rating_history (
    player_id    varchar             NOT NULL,
    pool         varchar             NOT NULL,
    version      bigint           NOT NULL,
    game_id      varchar             NOT NULL,
    rating       double precision NOT NULL,
    deviation    double precision NOT NULL,
    volatility   double precision NOT NULL,
    games_played integer          NOT NULL,
    played_at    timestamptz,
    CONSTRAINT rating_history_pk PRIMARY KEY (player_id, pool, version)
);
COMMENT ON TABLE rating_history IS 'Every rating a player had per pool, one row per applied result, written with it. Owner: rating.';
COMMENT ON COLUMN rating_history.player_id IS 'personal: player id';
COMMENT ON COLUMN rating_history.pool IS 'operational: rating pool';
COMMENT ON COLUMN rating_history.version IS 'operational: the rating''s version after the game';
COMMENT ON COLUMN rating_history.game_id IS 'operational: the game whose result made this rating';
COMMENT ON COLUMN rating_history.rating IS 'personal: rating after the game';
COMMENT ON COLUMN rating_history.deviation IS 'personal: rating deviation after the game';
COMMENT ON COLUMN rating_history.volatility IS 'personal: volatility after the game';
COMMENT ON COLUMN rating_history.games_played IS 'personal: rated games played after the game';
COMMENT ON COLUMN rating_history.played_at IS 'personal: when the game was played';

-- ---- rating: leaderboards (LeaderboardStore) ------------------------------------------------------

CREATE TABLE leaderboard_entry (
    pool      varchar             NOT NULL,
    player_id varchar             NOT NULL,
    rating    double precision,
    version   bigint           NOT NULL,
    CONSTRAINT leaderboard_entry_pk PRIMARY KEY (pool, player_id)
);
-- [jooq ignore start]
CREATE INDEX leaderboard_order ON leaderboard_entry (pool, rating DESC, player_id) WHERE rating IS NOT NULL;
-- [jooq ignore stop]
COMMENT ON TABLE leaderboard_entry IS 'Each pool''s materialized leaderboard: a player with a rating is on the board; a null rating is a removal kept for its version. Owner: rating.';
COMMENT ON COLUMN leaderboard_entry.pool IS 'operational: rating pool';
COMMENT ON COLUMN leaderboard_entry.player_id IS 'personal: player id';
COMMENT ON COLUMN leaderboard_entry.rating IS 'personal: rating shown, null when the player is off the board';
COMMENT ON COLUMN leaderboard_entry.version IS 'operational: version of the rating last placed or removed';
