#!/usr/bin/env bash
# Measures, in one run on this machine: our perft side by side with Stockfish's `go perft` on the
# same positions, then the cost of validating and applying a move (JMH, with -prof gc).
# Prints markdown tables on stdout (progress goes to stderr) and keeps them, with the raw JMH
# CSV and logs, in benchmarks/target/bench/. See docs/benchmarks.md.
#
# Our perft is measured twice: by JMH (PerftBenchmark, with error bars), and by PerftTimer turn by
# turn with Stockfish (ours, Stockfish, ours, ...), both kept running and timed the same way from
# here, so that the ratio compares runs made in the same seconds even when the machine is shared.
#
# Environment: JMH_OPTS (default "-f 1 -wi 3 -w 2 -i 5 -r 2"), RUNS (timed turns per position
# and engine, default 5), STOCKFISH (path of the binary), SKIP_VALIDATION=1 (perft only).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
JAVA_HOME=$("$ROOT/scripts/find-jdk.sh") || exit 1
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

JMH_OPTS=${JMH_OPTS:--f 1 -wi 3 -w 2 -i 5 -r 2}
RUNS=${RUNS:-5}
OUT="$ROOT/benchmarks/target/bench"
JAR="$ROOT/benchmarks/target/rookery-benchmarks.jar"
START_FEN="rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1"
KIWIPETE_FEN="r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1"
TARGETS=(start-5 start-6 kiwipete-4 kiwipete-5)

log() { echo "bench: $*" >&2; }
fail() { echo "bench: $*" >&2; exit 1; }

find_stockfish() {
  local sf=${STOCKFISH:-$(command -v stockfish || echo /usr/games/stockfish)}
  if [ ! -x "$sf" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing Stockfish from Debian's packages"
    apt-get update -qq >&2 && apt-get install -y -qq stockfish >&2
    sf=/usr/games/stockfish
  fi
  [ -x "$sf" ] || fail "Stockfish not found; install it (apt-get install stockfish) or set STOCKFISH"
  echo "$sf"
}

fen_of() { case $1 in start) echo "$START_FEN" ;; kiwipete) echo "$KIWIPETE_FEN" ;; esac; }
now_us() { echo "${EPOCHREALTIME/[.,]/}"; }

# Both engines run in the background behind FIFOs for the whole run, so start-up, JIT warm-up and
# network loading are not timed; each query is timed from sending it to reading its answer.
start_engines() {
  local dir
  dir=$(mktemp -d "$OUT/fifo.XXXXXX")
  FIFO_DIR=$dir
  trap cleanup EXIT
  mkfifo "$dir/sf.in" "$dir/sf.out" "$dir/ours.in" "$dir/ours.out"
  "$SF_BIN" <"$dir/sf.in" >"$dir/sf.out" 2>&1 &
  SF_PID=$!
  exec {SF_IN}>"$dir/sf.in" {SF_OUT}<"$dir/sf.out"
  java -cp "$JAR" org.rookery.benchmarks.PerftTimer <"$dir/ours.in" >"$dir/ours.out" 2>"$OUT/perft-timer.err" &
  OURS_PID=$!
  exec {OURS_IN}>"$dir/ours.in" {OURS_OUT}<"$dir/ours.out"
  local line
  read -r line <&"$OURS_OUT" || fail "PerftTimer did not start: $(cat "$OUT/perft-timer.err")"
  sf_sync
}

cleanup() { # on any exit: stop the engines this script started, remove the FIFOs
  local pid
  for pid in "${SF_PID:-}" "${OURS_PID:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  [ -n "${FIFO_DIR:-}" ] && rm -rf "$FIFO_DIR" || true
}

stop_engines() {
  echo quit >&"$SF_IN"
  exec {SF_IN}>&- {OURS_IN}>&-
  wait "$SF_PID" "$OURS_PID" 2>/dev/null || true
  exec {SF_OUT}<&- {OURS_OUT}<&-
}

sf_sync() {
  local line
  echo isready >&"$SF_IN"
  while read -r line <&"$SF_OUT"; do [ "$line" = readyok ] && return; done
  fail "Stockfish stopped"
}

sf_perft() { # fen depth -> "nodes:microseconds"
  local line t0
  echo "position fen $1" >&"$SF_IN"
  sf_sync
  t0=$(now_us)
  echo "go perft $2" >&"$SF_IN"
  while read -r line <&"$SF_OUT"; do
    case $line in "Nodes searched: "*) echo "${line#Nodes searched: }:$(($(now_us) - t0))"; return ;; esac
  done
  fail "Stockfish stopped"
}

ours_perft() { # fen depth -> "nodes:microseconds"
  local nodes t0
  t0=$(now_us)
  echo "$2 $1" >&"$OURS_IN"
  read -r nodes <&"$OURS_OUT" || fail "PerftTimer stopped: $(cat "$OUT/perft-timer.err")"
  echo "$nodes:$(($(now_us) - t0))"
}

rm -rf "$OUT" && mkdir -p "$OUT" # no stale result from an earlier run
SF_BIN=$(find_stockfish)
SF_VERSION=$(echo quit | "$SF_BIN" 2>/dev/null | head -1 | sed 's/ by the Stockfish.*//')
LOAD_BEFORE=$(uptime)
log "load before: $LOAD_BEFORE"
log "building the benchmarks jar"
"$ROOT/mvnw" -B -ntp -q -DskipTests -pl benchmarks -am package >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log" >&2; exit 1; }

log "perft by JMH ($JMH_OPTS), ${TARGETS[*]}"
# shellcheck disable=SC2086
java -jar "$JAR" PerftBenchmark $JMH_OPTS -rf csv -rff "$OUT/perft-jmh.csv" >"$OUT/perft-jmh.log" 2>&1 \
  || { cat "$OUT/perft-jmh.log" >&2; exit 1; }

log "perft turn by turn with Stockfish: one untimed, then $RUNS timed turns per position"
start_engines
declare -A TURNS
for target in "${TARGETS[@]}"; do
  fen=$(fen_of "${target%-*}")
  ours_perft "$fen" "${target##*-}" >/dev/null
  sf_perft "$fen" "${target##*-}" >/dev/null
done
for round in $(seq "$RUNS"); do
  for target in "${TARGETS[@]}"; do
    fen=$(fen_of "${target%-*}") depth=${target##*-}
    TURNS[$target]+="$(ours_perft "$fen" "$depth")/$(sf_perft "$fen" "$depth");"
  done
  log "round $round/$RUNS done"
done
stop_engines

if [ "${SKIP_VALIDATION:-}" != 1 ]; then
  log "move validation by JMH ($JMH_OPTS -prof gc)"
  # shellcheck disable=SC2086
  java -jar "$JAR" MoveValidationBenchmark $JMH_OPTS -prof gc -rf csv -rff "$OUT/validation.csv" >"$OUT/validation.log" 2>&1 \
    || { cat "$OUT/validation.log" >&2; exit 1; }
fi
LOAD_AFTER=$(uptime)
log "load after: $LOAD_AFTER"

{
  echo "- Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'))."
  echo "- JDK: $(java -version 2>&1 | head -1); $SF_VERSION; JMH: $JMH_OPTS; $RUNS timed turns per engine and position."
  echo "- Load average before: ${LOAD_BEFORE##*load average: }; after: ${LOAD_AFTER##*load average: } (1, 5, 15 min)."
  echo
  echo "| position | depth | ours, JMH (M nodes/s ± 99.9 %) | ours, turns (M nodes/s, mean ± sd) | Stockfish, turns (M nodes/s, mean ± sd) | ours / Stockfish (median of turns) |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  for target in "${TARGETS[@]}"; do
    jmh=$(tr -d '\r' <"$OUT/perft-jmh.csv" | awk -F, -v t="$target" '$1 ~ /perft:nodes"/ && $8 == t { print $5, $6 }')
    echo "${target%-*} ${target##*-} $jmh ${TURNS[$target]}" | awk '
      function stats(sum, sq, n,    m, v) { m = sum / n; v = n > 1 ? (sq - n * m * m) / (n - 1) : 0; return sprintf("%.1f ± %.1f", m, v > 0 ? sqrt(v) : 0) }
      {
        k = split($5, turns, ";"); n = 0
        for (i = 1; i <= k; i++) {
          if (turns[i] == "") continue
          split(turns[i], pair, "/"); split(pair[1], o, ":"); split(pair[2], s, ":")
          ro = o[1] / o[2]; rs = s[1] / s[2]; n++
          so += ro; qo += ro * ro; ss += rs; qs += rs * rs; ratio[n] = ro / rs
        }
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (ratio[j] < ratio[i]) { x = ratio[i]; ratio[i] = ratio[j]; ratio[j] = x }
        median = n % 2 ? ratio[(n + 1) / 2] : (ratio[n / 2] + ratio[n / 2 + 1]) / 2
        err = ($4 == "NaN") ? "n/a" : sprintf("%.1f", $4 / 1e6)
        printf "| %s | %s | %.1f ± %s | %s | %s | %.2f |\n", $1, $2, $3 / 1e6, err, stats(so, qo, n), stats(ss, qs, n), median
      }'
  done
  if [ "${SKIP_VALIDATION:-}" != 1 ]; then
    echo
    echo "| benchmark (one thread) | moves/s (± 99.9 %) | allocated per move (gc.alloc.rate.norm) |"
    echo "| --- | ---: | ---: |"
    awk -F, '
      /MoveValidationBenchmark\.[A-Za-z]+"/ { split($1, b, "."); name = b[5]; gsub(/"/, "", name); score[name] = $5; err[name] = $6; order[++n] = name }
      /:gc\.alloc\.rate\.norm"/ { split($1, b, "."); split(b[5], c, ":"); alloc[c[1]] = $5 }
      END {
        for (i = 1; i <= n; i++) {
          k = order[i]; e = (err[k] == "NaN") ? "n/a" : sprintf("%.0f", err[k])
          printf "| %s | %.0f ± %s | %.1f B |\n", k, score[k], e, alloc[k]
        }
      }' <(tr -d '\r' <"$OUT/validation.csv")
  fi
} | tee "$OUT/results.md"
