-- The history service's archive of finished games (GameArchive). Fed from the game-events stream:
-- a creation note per game in progress, then one row per finished game (its PGN holds the moves)
-- and one row per player and game for the player's archive, read newest first by keyset.
-- Every column carries a classification comment, 'personal: …' or 'operational: …' (see V1).
-- docs/storage.md describes owners and indexes.

CREATE TABLE game_creation_note (
    game_id    varchar     NOT NULL PRIMARY KEY,
    created_at timestamptz NOT NULL
);
COMMENT ON TABLE game_creation_note IS 'When each game in progress was created (from GameCreated), kept until it is archived or aborted, so the archived game carries its creation time. Owner: history.';
COMMENT ON COLUMN game_creation_note.game_id IS 'operational: game id';
COMMENT ON COLUMN game_creation_note.created_at IS 'operational: when the game was created';

CREATE TABLE archived_game (
    game_id      varchar     NOT NULL PRIMARY KEY,
    white_id     varchar     NOT NULL,
    black_id     varchar     NOT NULL,
    result       varchar     NOT NULL CHECK (result IN ('1-0', '0-1', '1/2-1/2')),
    reason       varchar     NOT NULL,
    rated        boolean     NOT NULL,
    initial_ms   bigint      NOT NULL CHECK (initial_ms > 0),
    increment_ms bigint      NOT NULL CHECK (increment_ms >= 0),
    created_at   timestamptz,
    ended_at     timestamptz NOT NULL,
    last_seq     bigint      NOT NULL CHECK (last_seq >= 1),
    white_ms     bigint      NOT NULL CHECK (white_ms >= 0),
    black_ms     bigint      NOT NULL CHECK (black_ms >= 0),
    plies        integer     NOT NULL CHECK (plies >= 0),
    pgn          text        NOT NULL,
    archived_at  timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT archived_game_two_players CHECK (white_id <> black_id)
);
COMMENT ON TABLE archived_game IS 'Every finished game once (from GameEnded; aborted games are not archived): players, result, reason, time control, times, final clocks and the PGN. Owner: history.';
COMMENT ON COLUMN archived_game.game_id IS 'operational: game id';
COMMENT ON COLUMN archived_game.white_id IS 'personal: player id (White)';
COMMENT ON COLUMN archived_game.black_id IS 'personal: player id (Black)';
COMMENT ON COLUMN archived_game.result IS 'operational: result as PGN writes it (1-0, 0-1, 1/2-1/2)';
COMMENT ON COLUMN archived_game.reason IS 'operational: why the game ended (checkmate, resignation, timeout, ...)';
COMMENT ON COLUMN archived_game.rated IS 'operational: whether the game was rated';
COMMENT ON COLUMN archived_game.initial_ms IS 'operational: time control, initial time';
COMMENT ON COLUMN archived_game.increment_ms IS 'operational: time control, increment';
COMMENT ON COLUMN archived_game.created_at IS 'operational: when the game was created; null when the history never saw its creation';
COMMENT ON COLUMN archived_game.ended_at IS 'operational: when the game ended (the GameEnded event)';
COMMENT ON COLUMN archived_game.last_seq IS 'operational: seq of the game''s last event (GameEnded)';
COMMENT ON COLUMN archived_game.white_ms IS 'operational: White''s clock at the end';
COMMENT ON COLUMN archived_game.black_ms IS 'operational: Black''s clock at the end';
COMMENT ON COLUMN archived_game.plies IS 'operational: half-moves played';
COMMENT ON COLUMN archived_game.pgn IS 'personal: the game in PGN; its White and Black tags name the players';
COMMENT ON COLUMN archived_game.archived_at IS 'operational: when the history archived the game';

CREATE TABLE archived_game_player (
    player_id    varchar     NOT NULL,
    ended_at     timestamptz NOT NULL,
    game_id      varchar     NOT NULL REFERENCES archived_game (game_id) ON DELETE CASCADE,
    color        varchar     NOT NULL CHECK (color IN ('white', 'black')),
    outcome      varchar     NOT NULL CHECK (outcome IN ('WIN', 'LOSS', 'DRAW')),
    result       varchar     NOT NULL,
    pool         varchar     NOT NULL,
    initial_ms   bigint      NOT NULL,
    increment_ms bigint      NOT NULL,
    CONSTRAINT archived_game_player_pk PRIMARY KEY (player_id, ended_at, game_id)
);
-- A player's pages walk an index from a position backwards: (ended_at, game_id) < (?, ?) under the
-- player (and the filter's column), newest first, so a page costs its own rows at any depth.
CREATE INDEX archived_game_player_by_outcome ON archived_game_player (player_id, outcome, ended_at, game_id);
CREATE INDEX archived_game_player_by_pool ON archived_game_player (player_id, pool, ended_at, game_id);
CREATE INDEX archived_game_player_game ON archived_game_player (game_id);
COMMENT ON TABLE archived_game_player IS 'Each archived game twice, once under each player, with what their archive filters on. Owner: history.';
COMMENT ON COLUMN archived_game_player.player_id IS 'personal: player id';
COMMENT ON COLUMN archived_game_player.ended_at IS 'operational: when the game ended (the archive''s order)';
COMMENT ON COLUMN archived_game_player.game_id IS 'operational: game id';
COMMENT ON COLUMN archived_game_player.color IS 'operational: the side the player had (white, black)';
COMMENT ON COLUMN archived_game_player.outcome IS 'operational: the result from the player''s side (WIN, LOSS, DRAW)';
COMMENT ON COLUMN archived_game_player.result IS 'operational: the game''s result (1-0, 0-1, 1/2-1/2)';
COMMENT ON COLUMN archived_game_player.pool IS 'operational: speed pool of the time control (BULLET, BLITZ, ...), rated or not';
COMMENT ON COLUMN archived_game_player.initial_ms IS 'operational: time control, initial time';
COMMENT ON COLUMN archived_game_player.increment_ms IS 'operational: time control, increment';
