#!/usr/bin/env bash
# Solves the standard endgame tables from scratch (into a fresh folder under target/) and prints
# the per-ending figures of docs/benchmarks.md: solve time, positions, file size, longest mates.
# Usage: tablebase-figures.sh [ENDING,...]   (default: every standard ending; 3 to 13 minutes on 2 cores)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAVA_HOME=$("$ROOT/scripts/find-jdk.sh")
export JAVA_HOME
cd "$ROOT"
./mvnw -B -ntp -q compile -pl domain
FOLDER=$(mktemp -d "$ROOT/domain/target/tablebase-figures.XXXXXX")
echo "rookery: $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
"$JAVA_HOME/bin/java" -Xmx1g -cp domain/target/classes scripts/knowledge/TablebaseFigures.java "$FOLDER" "$@"
echo "rookery: tables left in $FOLDER; load after $(cut -d' ' -f1-3 /proc/loadavg)" >&2
