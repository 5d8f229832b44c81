#!/usr/bin/env bash
# Builds the bundled opening book from the project's corpus with our own builder (BookBuilder):
# tools/book/selfplay-corpus.pgn.gz -> domain/src/main/resources/org/rookery/domain/knowledge/book/rookery-book.bin
# Prints games, entries, positions, size and build time. Usage: build-book.sh [CORPUS] [OUT]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CORPUS=${1:-$ROOT/tools/book/selfplay-corpus.pgn.gz}
OUT=${2:-$ROOT/domain/src/main/resources/org/rookery/domain/knowledge/book/rookery-book.bin}
JAVA_HOME=$("$ROOT/scripts/find-jdk.sh")
export JAVA_HOME
cd "$ROOT"
./mvnw -B -ntp -q compile -pl domain
"$JAVA_HOME/bin/java" -cp domain/target/classes scripts/knowledge/BuildBook.java "$CORPUS" "$OUT"
