#!/usr/bin/env bash
# Measures, in one bounded run (about 4 minutes): the in-process move pipeline on in-memory adapters
# (MovePipelineBenchmark: 2 threads, many games in flight), one pairing wave over 100,000 waiting
# players (PairingWaveBenchmark) and sustained joins into a busy queue (JoinThroughputBenchmark),
# all with -prof gc. Prints markdown tables on stdout (progress goes to stderr) and keeps them, with
# the raw JMH CSV and logs, in benchmarks/target/bench-pipeline/. See docs/benchmarks.md.
#
# Wall-clock figures on a shared machine are lower bounds: the script prints the load average
# before and after, and the benchmarks also report CPU time (moves per CPU-second of the whole
# process, CPU milliseconds per wave, joins per CPU-second), which other work inflates far less.
#
# Environment: JMH_OPTS (default "-f 1 -i 5 -r 2"; the warm-up comes from the benchmarks' annotations:
# 10 x 2 s for the pipeline, whose rate climbs for 15-20 s, 3 x 2 s for matchmaking), PIPELINE_PARAMS (default
# "-p gamesPerThread=1000,10 -p ids=random,sequential"), SKIP_MATCHMAKING=1, SKIP_PIPELINE=1.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
JAVA_HOME=$("$ROOT/scripts/find-jdk.sh") || exit 1
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

JMH_OPTS=${JMH_OPTS:--f 1 -i 5 -r 2}
PIPELINE_PARAMS=${PIPELINE_PARAMS:--p gamesPerThread=1000,10 -p ids=random,sequential}
OUT="$ROOT/benchmarks/target/bench-pipeline"
JAR="$ROOT/benchmarks/target/rookery-benchmarks.jar"
STARTED=$SECONDS

log() { echo "bench: $*" >&2; }

jmh() { # name, then JMH arguments: runs JMH, keeps its CSV and log under $OUT/name.*
  local name=$1
  shift
  # shellcheck disable=SC2086
  java -jar "$JAR" "$@" $JMH_OPTS -prof gc -rf csv -rff "$OUT/$name.csv" >"$OUT/$name.log" 2>&1 \
    || { cat "$OUT/$name.log" >&2; exit 1; }
}

# Reads a JMH CSV into "benchmark|params|score|error" lines; params are name=value pairs joined by commas.
csv_rows() {
  tr -d '\r' <"$1" | awk -F, '
    NR == 1 { for (i = 1; i <= NF; i++) { h = $i; gsub(/"/, "", h); if (h ~ /^Param: /) { pname[i] = substr(h, 8) } } next }
    {
      name = $1; gsub(/"/, "", name); sub(/^org\.rookery\.benchmarks\./, "", name)
      p = ""
      for (i = 1; i <= NF; i++) if ((i in pname) && $i != "") { v = $i; gsub(/"/, "", v); p = p (p == "" ? "" : ",") pname[i] "=" v }
      print name "|" p "|" $5 "|" $6
    }'
}

value() { # file benchmark params -> score (or "n/a")
  awk -F'|' -v b="$2" -v p="$3" '$1 == b && $2 == p { print $3; found = 1; exit } END { if (!found) print "n/a" }' "$1"
}

error() { # file benchmark params -> error of the score (or "n/a")
  awk -F'|' -v b="$2" -v p="$3" '$1 == b && $2 == p { print ($4 == "NaN" ? "n/a" : $4); found = 1; exit } END { if (!found) print "n/a" }' "$1"
}

num() { # printf format, value -> the value formatted, or "n/a" when it is not a number
  if [[ $2 =~ ^-?[0-9.]+([eE][-+]?[0-9]+)?$ ]]; then printf "$1" "$2"; else printf 'n/a'; fi
}

rm -rf "$OUT" && mkdir -p "$OUT" # no stale result from an earlier run
LOAD_BEFORE=$(uptime)
log "load before: $LOAD_BEFORE"
log "building the benchmarks jar"
"$ROOT/mvnw" -B -ntp -q -DskipTests -pl benchmarks -am package >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log" >&2; exit 1; }

if [ "${SKIP_PIPELINE:-}" != 1 ]; then
  log "move pipeline by JMH ($JMH_OPTS $PIPELINE_PARAMS -prof gc)"
  # shellcheck disable=SC2086
  jmh pipeline MovePipelineBenchmark $PIPELINE_PARAMS
  csv_rows "$OUT/pipeline.csv" >"$OUT/pipeline.rows"
fi
if [ "${SKIP_MATCHMAKING:-}" != 1 ]; then
  log "pairing wave and queue joins by JMH ($JMH_OPTS -prof gc)"
  jmh matchmaking 'PairingWaveBenchmark|JoinThroughputBenchmark'
  csv_rows "$OUT/matchmaking.csv" >"$OUT/matchmaking.rows"
fi
LOAD_AFTER=$(uptime)
log "load after: $LOAD_AFTER"

# Per JMH run (keyed by its parameters as JMH prints them), the means of what the benchmarks print
# about the measured iterations: CPU time, cores busy, what the node held; and the end-of-run heap.
pipeline_notes() {
  awk '
    /^# Parameters: / { key = $0; sub(/^# Parameters: \(/, "", key); sub(/\)$/, "", key); gsub(/ = /, "=", key); gsub(/, /, ",", key) }
    /^Iteration .*cpu: / {
      line = $0; sub(/.*\(/, "", line); split(line, a, " "); cores[key] += a[1]
      rate = $0; sub(/.*: /, "", rate); split(rate, r, " "); cpu[key] += r[1]; n[key]++
    }
    /^node holds: / {
      split($0, f, /[ ,]+/)
      for (i = 1; i <= length(f); i++) {
        if (f[i] == "log") logged[key] = f[i + 1] > logged[key] ? f[i + 1] : logged[key]
        if (f[i] == "snapshots") snaps[key] = f[i + 1] > snaps[key] ? f[i + 1] : snaps[key]
        if (f[i] == "outbox") outbox[key] = f[i + 1] > outbox[key] ? f[i + 1] : outbox[key]
      }
    }
    /^heap: / { heap[key] = $2 }
    END { for (k in n) printf "%s|%.0f|%.2f|%d|%d|%d|%s\n", k, cpu[k] / n[k], cores[k] / n[k], logged[k], snaps[k], outbox[k], heap[k] }
  ' "$OUT/pipeline.log"
}

{
  echo "- Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'))."
  echo "- JDK: $(java -version 2>&1 | head -1); JMH: $JMH_OPTS -prof gc."
  echo "- Load average before: ${LOAD_BEFORE##*load average: }; after: ${LOAD_AFTER##*load average: } (1, 5, 15 min)."
  if [ "${SKIP_PIPELINE:-}" != 1 ]; then
    pipeline_notes >"$OUT/pipeline.notes"
    echo
    echo "Move pipeline, 2 threads (one \`PlayMoveUseCase.move\` per operation; game turnover included):"
    echo
    echo "| games in flight | ids | moves/s (± 99.9 %) | games/s | moves per CPU-second | cores busy | allocated per move | GC time | heap after a final full GC |"
    echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    while IFS='|' read -r params cpu cores logged snaps outbox heap; do
      per_thread=$(sed -n 's/.*gamesPerThread=\([0-9]*\).*/\1/p' <<<"$params")
      ids=$(sed -n 's/.*ids=\([a-z]*\).*/\1/p' <<<"$params")
      rows="$OUT/pipeline.rows"
      echo "| $((2 * per_thread)) | $ids | $(num %.0f "$(value "$rows" MovePipelineBenchmark.move "$params")") ± $(num %.0f "$(error "$rows" MovePipelineBenchmark.move "$params")")" \
        "| $(num %.0f "$(value "$rows" MovePipelineBenchmark.move:games "$params")") | $cpu | $cores" \
        "| $(num %.0f "$(value "$rows" MovePipelineBenchmark.move:gc.alloc.rate.norm "$params")") B" \
        "| $(num %.0f "$(value "$rows" MovePipelineBenchmark.move:gc.time "$params")") ms | $heap MB |"
    done < <(sort -t'|' -k1,1r "$OUT/pipeline.notes")
    echo
    awk -F'|' '{ if ($4 > l) l = $4; if ($5 > s) s = $5; if ($6 > o) o = $6 }
      END { printf "Bounded memory: at the end of every iteration the node held at most %d games in its event log (as many as were in flight), %d snapshots and %d events waiting in the outbox.\n", l, s, o }' "$OUT/pipeline.notes"
  fi
  if [ "${SKIP_MATCHMAKING:-}" != 1 ]; then
    rows="$OUT/matchmaking.rows"
    wave_params=$(awk -F'|' '$1 == "PairingWaveBenchmark.wave" { print $2; exit }' "$rows")
    wave_cpu=$(sed -n 's/.* \([0-9.]*\) ms of CPU and .*/\1/p' "$OUT/matchmaking.log")
    wave_allocated=$(sed -n 's/.* \([0-9.]*\) MB allocated per wave.*/\1/p' "$OUT/matchmaking.log")
    wave_paired=$(sed -n 's/.*waves, \([0-9.]*\) % of .*/\1/p' "$OUT/matchmaking.log")
    join_cpu=$(sed -n 's/.*, \([0-9]*\) joins per CPU-second.*/\1/p' "$OUT/matchmaking.log")
    echo
    echo "Matchmaking, one thread:"
    echo
    echo "| benchmark | mean (± 99.9 %) | p50 | p90 | p95 | max | CPU time | allocated | note |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
    wave() { value "$rows" "PairingWaveBenchmark.wave${1:-}" "$wave_params"; }
    echo "| pairing wave, ${wave_params//,/, } | $(num %.1f "$(wave)") ± $(num %.1f "$(error "$rows" PairingWaveBenchmark.wave "$wave_params")") ms" \
      "| $(num %.1f "$(wave :p0.50)") ms | $(num %.1f "$(wave :p0.90)") ms | $(num %.1f "$(wave :p0.95)") ms | $(num %.1f "$(wave :p1.00)") ms" \
      "| $wave_cpu ms per wave | $wave_allocated MB per wave" \
      "| $wave_paired % of the players paired per wave |"
    echo "| joins into a queue of 90,000 | $(num %.0f "$(value "$rows" JoinThroughputBenchmark.join "")") ± $(num %.0f "$(error "$rows" JoinThroughputBenchmark.join "")") joins/s" \
      "| | | | | $join_cpu joins per CPU-second | $(num %.0f "$(value "$rows" JoinThroughputBenchmark.join:gc.alloc.rate.norm "")") B per join" \
      "| 10,000 arrivals per simulated second |"
  fi
  echo
  echo "The whole script took $(((SECONDS - STARTED) / 60)) min $(((SECONDS - STARTED) % 60)) s."
} | tee "$OUT/results.md"
