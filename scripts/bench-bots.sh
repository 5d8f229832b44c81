#!/usr/bin/env bash
# Measures bots and the engine pool on real Stockfish processes (about 2 minutes): a bot's move
# latency per level with several bots thinking at once (BotMoveLatency), and whether low-tier
# searches delay critical ones (EngineTierContention). Needs stockfish (scripts/install-engines.sh).
# Prints markdown tables on stdout and keeps them in benchmarks/target/bench-bots/results.md.
# See docs/benchmarks.md ("Bots and the engine pool").
#
# Environment: BOT_ARGS (default "4 6 2": bots at once, moves per bot per level, engines),
# TIER_ARGS (default "40 100 4 400 2": critical searches, their ms, low callers, their ms, engines).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
JAVA_HOME=$("$ROOT/scripts/find-jdk.sh") || exit 1
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
OUT="$ROOT/benchmarks/target/bench-bots"
JAR="$ROOT/benchmarks/target/rookery-benchmarks.jar"
rm -rf "$OUT" && mkdir -p "$OUT"
echo "bench: building the benchmarks jar" >&2
"$ROOT/mvnw" -B -ntp -q -DskipTests -pl benchmarks -am package >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log" >&2; exit 1; }
measure() { # main class, then its arguments: its table on stdout, its log beside
  local main=$1
  shift
  java -cp "$JAR" "org.rookery.benchmarks.$main" "$@" 2>"$OUT/$main.log"
}
{
  echo "- Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores; $( (PATH="$PATH:/usr/games" stockfish <<<quit 2>/dev/null || true) | head -1)."
  echo "- Load average before: $(uptime | sed 's/.*load average: //') (1, 5, 15 min)."
  echo
  # shellcheck disable=SC2086
  measure BotMoveLatency ${BOT_ARGS:-4 6 2}
  echo
  # shellcheck disable=SC2086
  measure EngineTierContention ${TIER_ARGS:-40 100 4 400 2}
  echo
  echo "- Load average after: $(uptime | sed 's/.*load average: //')."
} | tee "$OUT/results.md"
