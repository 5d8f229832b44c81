#!/usr/bin/env bash
# Generates the PGN corpus the opening book is built from: Stockfish self-play games with varied
# openings (see SelfPlayCorpus.java), written to tools/book/selfplay-corpus.pgn.gz. Reproducible:
# the same GAMES and SEED give the same games with the same Stockfish build (one thread, fixed
# node counts). About 1.4 s per game on one core. Usage: generate-corpus.sh [GAMES] [SEED]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
GAMES=${1:-1500}
SEED=${2:-20261208}
STOCKFISH=${STOCKFISH:-/usr/games/stockfish}
[ -x "$STOCKFISH" ] || { echo "rookery: no Stockfish at $STOCKFISH (apt-get install stockfish, or set STOCKFISH)" >&2; exit 1; }
JAVA_HOME=$("$ROOT/scripts/find-jdk.sh")
export JAVA_HOME
cd "$ROOT"
./mvnw -B -ntp -q compile -pl domain
mkdir -p tools/book
start=$(date +%s)
"$JAVA_HOME/bin/java" -cp domain/target/classes scripts/knowledge/SelfPlayCorpus.java "$GAMES" "$SEED" tools/book/selfplay-corpus.pgn.gz "$STOCKFISH"
echo "rookery: $GAMES games in $(( $(date +%s) - start )) s -> tools/book/selfplay-corpus.pgn.gz" >&2
