#!/usr/bin/env bash
# Measures, in one run on this machine: our perft (JMH) side by side with Stockfish's `go perft`
# on the same positions, then the cost of validating and applying a move (JMH, with -prof gc).
# Prints markdown tables on stdout (progress goes to stderr) and keeps them, with the raw JMH
# CSV and logs, in benchmarks/target/bench/. See docs/benchmarks.md.
#
# Environment: JMH_OPTS (default "-f 1 -wi 3 -w 2 -i 5 -r 2"), SF_RUNS (timed Stockfish runs per
# position, default 5), STOCKFISH (path of the binary), SKIP_VALIDATION=1 (perft only).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
JAVA_HOME=$("$ROOT/scripts/find-jdk.sh") || exit 1
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

JMH_OPTS=${JMH_OPTS:--f 1 -wi 3 -w 2 -i 5 -r 2}
SF_RUNS=${SF_RUNS:-5}
OUT="$ROOT/benchmarks/target/bench"
JAR="$ROOT/benchmarks/target/rookery-benchmarks.jar"
START_FEN="rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1"
KIWIPETE_FEN="r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1"
TARGETS=(start-5 start-6 kiwipete-4 kiwipete-5)

log() { echo "bench: $*" >&2; }

find_stockfish() {
  local sf=${STOCKFISH:-$(command -v stockfish || echo /usr/games/stockfish)}
  if [ ! -x "$sf" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing Stockfish from Debian's packages"
    apt-get update -qq >&2 && apt-get install -y -qq stockfish >&2
    sf=/usr/games/stockfish
  fi
  [ -x "$sf" ] || { echo "bench: Stockfish not found; install it (apt-get install stockfish) or set STOCKFISH" >&2; exit 1; }
  echo "$sf"
}

fen_of() { case $1 in start) echo "$START_FEN" ;; kiwipete) echo "$KIWIPETE_FEN" ;; esac; }

# Stockfish runs as one coprocess; each `go perft` is timed from the command to its "Nodes searched"
# line, so process start-up and network loading are not counted.
sf_start() {
  coproc SF { "$1" 2>&1; }
  echo "isready" >&"${SF[1]}"
  local line
  while read -r line <&"${SF[0]}"; do [ "$line" = readyok ] && break; done
}

sf_perft() { # fen depth -> prints "nodes:microseconds"
  local line t0 t1
  echo "position fen $1" >&"${SF[1]}"
  echo "isready" >&"${SF[1]}"
  while read -r line <&"${SF[0]}"; do [ "$line" = readyok ] && break; done
  t0=${EPOCHREALTIME/[.,]/}
  echo "go perft $2" >&"${SF[1]}"
  while read -r line <&"${SF[0]}"; do
    case $line in "Nodes searched: "*) t1=${EPOCHREALTIME/[.,]/}; echo "${line#Nodes searched: }:$((t1 - t0))"; return ;; esac
  done
}

ours_perft() { # target -> appends to perft.csv
  # shellcheck disable=SC2086
  java -jar "$JAR" PerftBenchmark -p target="$1" $JMH_OPTS -rf csv -rff "$OUT/perft-$1.csv" >"$OUT/perft-$1.log" 2>&1 \
    || { cat "$OUT/perft-$1.log" >&2; exit 1; }
  grep -F '.perft:nodes"' "$OUT/perft-$1.csv" | awk -F, '{ printf "%s %s %s\n", $4, $5, $6 }'
}

mkdir -p "$OUT"
SF_BIN=$(find_stockfish)
LOAD_BEFORE=$(uptime)
log "load before: $LOAD_BEFORE"
log "building the benchmarks jar"
"$ROOT/mvnw" -B -ntp -q -DskipTests -pl benchmarks -am package >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log" >&2; exit 1; }

sf_start "$SF_BIN"
SF_VERSION=$(echo quit | "$SF_BIN" 2>/dev/null | head -1 | sed 's/ by the Stockfish.*//')
ROWS=()
for target in "${TARGETS[@]}"; do
  name=${target%-*} depth=${target##*-} fen=$(fen_of "${target%-*}")
  log "perft $target: ours (JMH $JMH_OPTS)"
  read -r samples ours ours_err < <(ours_perft "$target")
  log "perft $target: Stockfish ($SF_RUNS timed runs after one untimed)"
  sf_perft "$fen" "$depth" >/dev/null
  runs=""
  for _ in $(seq "$SF_RUNS"); do runs+="$(sf_perft "$fen" "$depth");"; done
  ROWS+=("$name $depth $samples $ours $ours_err $runs")
done
echo "quit" >&"${SF[1]}"
wait "$SF_PID" 2>/dev/null || true

if [ "${SKIP_VALIDATION:-}" != 1 ]; then
  log "move validation (JMH $JMH_OPTS -prof gc)"
  # shellcheck disable=SC2086
  java -jar "$JAR" MoveValidationBenchmark $JMH_OPTS -prof gc -rf csv -rff "$OUT/validation.csv" >"$OUT/validation.log" 2>&1 \
    || { cat "$OUT/validation.log" >&2; exit 1; }
fi
LOAD_AFTER=$(uptime)
log "load after: $LOAD_AFTER"

{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'))"
  echo "JDK: $(java -version 2>&1 | head -1); $SF_VERSION; JMH: $JMH_OPTS"
  echo "Load before: ${LOAD_BEFORE##*load average: }; after: ${LOAD_AFTER##*load average: } (1, 5, 15 min)"
  echo
  echo "| position | depth | ours, M nodes/s (JMH, ±99.9 %) | Stockfish, M nodes/s (mean ± sd, n=$SF_RUNS) | ours / Stockfish |"
  echo "| --- | --- | ---: | ---: | ---: |"
  for row in "${ROWS[@]}"; do
    echo "$row" | awk '{
      split($6, runs, ";"); n = 0; sum = 0; sq = 0
      for (i in runs) if (runs[i] != "") { split(runs[i], r, ":"); rate = r[1] / r[2]; sum += rate; sq += rate * rate; n++ }
      mean = sum / n; sd = n > 1 ? sqrt((sq - n * mean * mean) / (n - 1)) : 0
      err = ($5 == "NaN") ? "n/a" : sprintf("%.1f", $5 / 1e6)
      printf "| %s | %s | %.1f ± %s | %.1f ± %.1f | %.2f |\n", $1, $2, $4 / 1e6, err, mean, sd, $4 / 1e6 / mean
    }'
  done
  if [ -f "$OUT/validation.csv" ] && [ "${SKIP_VALIDATION:-}" != 1 ]; then
    echo
    echo "| benchmark (one thread) | moves/s (±99.9 %) | allocated per move (gc.alloc.rate.norm) |"
    echo "| --- | ---: | ---: |"
    awk -F, '
      /MoveValidationBenchmark\.[A-Za-z]+"/ { split($1, b, "."); name = b[5]; gsub(/"/, "", name); score[name] = $5; err[name] = $6; order[++n] = name }
      /:gc\.alloc\.rate\.norm"/ { split($1, b, "."); split(b[5], c, ":"); alloc[c[1]] = $5 }
      END { for (i = 1; i <= n; i++) { k = order[i]; e = (err[k] == "NaN") ? "n/a" : sprintf("%.0f", err[k]); printf "| %s | %.0f ± %s | %.1f B |\n", k, score[k], e, alloc[k] } }
    ' "$OUT/validation.csv"
  fi
} | tee "$OUT/results.md"
