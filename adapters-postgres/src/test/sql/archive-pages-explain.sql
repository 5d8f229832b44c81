-- The plans and timings of docs/storage.md#game-history: run on a scratch database,
--   createdb -h 127.0.0.1 -U postgres scratch
--   psql -h 127.0.0.1 -U postgres -d scratch -f adapters-postgres/src/main/resources/db/migration/V2__game_history.sql
--   psql -h 127.0.0.1 -U postgres -d scratch -f adapters-postgres/src/test/sql/archive-pages-explain.sql
--   dropdb -h 127.0.0.1 -U postgres scratch
-- 300,000 archived games; player 'heavy' plays half of them. Each page starts 100,000 games deep.
INSERT INTO archived_game (game_id, white_id, black_id, result, reason, rated, initial_ms, increment_ms, created_at, ended_at,
                           last_seq, white_ms, black_ms, plies, pgn)
SELECT 'g' || i, CASE WHEN i % 10 < 5 THEN 'heavy' ELSE 'p' || (i % 5000) END, 'q' || (i % 5000),
       (ARRAY['1-0', '0-1', '1/2-1/2'])[1 + i % 3], 'resignation', true, (ARRAY[60000, 180000, 600000])[1 + (i / 7) % 3], 0,
       now() - (i || ' seconds')::interval - interval '5 minutes', now() - (i || ' seconds')::interval, 40, 1000, 1000, 38, repeat('x', 900)
FROM generate_series(1, 300000) i;
INSERT INTO archived_game_player
SELECT white_id, ended_at, game_id, 'white', CASE result WHEN '1-0' THEN 'WIN' WHEN '0-1' THEN 'LOSS' ELSE 'DRAW' END, result,
       CASE initial_ms WHEN 60000 THEN 'BULLET' WHEN 180000 THEN 'BLITZ' ELSE 'RAPID' END, initial_ms, increment_ms FROM archived_game
UNION ALL
SELECT black_id, ended_at, game_id, 'black', CASE result WHEN '0-1' THEN 'WIN' WHEN '1-0' THEN 'LOSS' ELSE 'DRAW' END, result,
       CASE initial_ms WHEN 60000 THEN 'BULLET' WHEN 180000 THEN 'BLITZ' ELSE 'RAPID' END, initial_ms, increment_ms FROM archived_game;
VACUUM ANALYZE archived_game;
VACUUM ANALYZE archived_game_player;

SELECT ended_at AS at, game_id AS id FROM archived_game_player WHERE player_id = 'heavy'
ORDER BY ended_at DESC, game_id DESC OFFSET 100000 LIMIT 1 \gset

EXPLAIN (ANALYZE, BUFFERS) SELECT g.* FROM archived_game_player p JOIN archived_game g ON g.game_id = p.game_id
WHERE p.player_id = 'heavy' AND (p.ended_at, p.game_id) < (:'at', :'id') ORDER BY p.ended_at DESC, p.game_id DESC LIMIT 51;
EXPLAIN (ANALYZE, BUFFERS) SELECT g.* FROM archived_game_player p JOIN archived_game g ON g.game_id = p.game_id
WHERE p.player_id = 'heavy' AND p.outcome = 'DRAW' AND (p.ended_at, p.game_id) < (:'at', :'id')
ORDER BY p.ended_at DESC, p.game_id DESC LIMIT 51;
EXPLAIN (ANALYZE, BUFFERS) SELECT g.* FROM archived_game_player p JOIN archived_game g ON g.game_id = p.game_id
WHERE p.player_id = 'heavy' AND p.pool = 'RAPID' AND p.initial_ms = 600000 AND p.increment_ms = 0
  AND (p.ended_at, p.game_id) < (:'at', :'id') ORDER BY p.ended_at DESC, p.game_id DESC LIMIT 51;
EXPLAIN (ANALYZE, BUFFERS) SELECT g.* FROM archived_game_player p JOIN archived_game g ON g.game_id = p.game_id
WHERE p.player_id = 'heavy' AND p.result = '1-0' AND (p.ended_at, p.game_id) < (:'at', :'id')
ORDER BY p.ended_at DESC, p.game_id DESC LIMIT 51;
-- the same page by OFFSET, for comparison
EXPLAIN (ANALYZE) SELECT g.* FROM archived_game_player p JOIN archived_game g ON g.game_id = p.game_id
WHERE p.player_id = 'heavy' ORDER BY p.ended_at DESC, p.game_id DESC OFFSET 100000 LIMIT 51;
