#!/usr/bin/env bash
# Loopback load test of the all-in-one server (see docs/benchmarks.md, "Over the network"):
#   1. moves over WebSocket and game creation over REST: GAMES games at once, RATE moves/s in all,
#      sent on a schedule by loadtest/node/load.mjs (Node + ws); a first run of WARMUP_RUN seconds
#      lets the JIT settle, the second is measured; CPU seconds of server and generator are read, and
#      the machine's own stalls beside it (StallMeter: how late a 1 ms sleeper wakes up);
#   2. the floor: the same generator and schedule against a bare Helidon WebSocket echo endpoint;
#   3. heap per idle WebSocket connection, Rookery's /ws/games/{id} against the echo endpoint, each
#      measured with jcmd (GC.run, then GC.heap_info) before and after IDLE connections.
# Knobs (environment): GAMES (500), RATE (5050: about 5,000 acknowledged in the window), DURATION (30 s), WARMUP_RUN (45 s), IDLE (10000; 0 skips part 3),
# PORT (18090), HEAP (2g), GC_OPTS (those of ./rookery serve; empty for the JVM's defaults), FLOOR (1; 0 skips part 2),
# TRACING (off; otlp traces every request and command and sends the spans over OTLP/HTTP to a local sink on PORT+2 that
# drops them: the cost of tracing, without a collector's). Everything runs on 127.0.0.1 and stops by itself.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
JAVA_HOME=$("$ROOT/scripts/find-jdk.sh") || exit 1
export JAVA_HOME
JAVA="$JAVA_HOME/bin/java"; JCMD="$JAVA_HOME/bin/jcmd"
GAMES=${GAMES:-500}; RATE=${RATE:-5050}; DURATION=${DURATION:-30}; WARMUP_RUN=${WARMUP_RUN:-45}; IDLE=${IDLE:-10000}; FLOOR=${FLOOR:-1}
TRACING=${TRACING:-off}
PORT=${PORT:-18090}; HEAP=${HEAP:-2g}
GC_OPTS=${GC_OPTS-$("$ROOT/scripts/server-jvm-opts.sh")} # as ./rookery serve; GC_OPTS= for the JVM's defaults
"$ROOT/mvnw" -B -ntp -q -DskipTests -pl runtimes,loadtest -am package >&2
NODE_LOAD="$ROOT/loadtest/node"
if [ ! -f "$NODE_LOAD/node_modules/ws/package.json" ]; then (cd "$NODE_LOAD" && npm ci --no-audit --no-fund --loglevel=error >&2); fi
RUNTIME="$ROOT/runtimes/target/rookery-runtimes.jar"; LOAD="$ROOT/loadtest/target/rookery-loadtest.jar"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

wait_for() { for _ in $(seq 1 60); do curl -sf "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done; echo "timed out waiting for $1" >&2; return 1; }
heap_kb() { "$JCMD" "$1" GC.run >/dev/null; sleep 1; "$JCMD" "$1" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc '0-9'; }

echo "## machine"; echo "$(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, load before: $(cut -d' ' -f1-3 /proc/loadavg), JDK $("$JAVA" -version 2>&1 | head -1)"

export ROOKERY_RATE_MOVE_USER=off ROOKERY_RATE_MOVE_IP=off ROOKERY_RATE_CREATE_GAME_USER=off ROOKERY_RATE_CREATE_GAME_IP=off
export ROOKERY_RATE_GUEST_TOKEN_IP=off ROOKERY_WS_PING_INTERVAL=PT5M ROOKERY_WS_DEAD_AFTER=PT10M
# Every load client connects from 127.0.0.1: lift the per-address connection quota above the idle-connection run's count.
export ROOKERY_HTTP_MAX_CONNECTIONS_PER_ADDRESS=50000
export ROOKERY_TRACING="$TRACING"
if [ "$TRACING" = otlp ]; then # a local OTLP/HTTP sink that answers 200 and drops the spans
  python3 -c '
import http.server, sys
class Sink(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(200); self.send_header("Content-Length", "0"); self.end_headers()
    def log_message(self, *args): pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Sink).serve_forever()' "$((PORT + 2))" &
  PIDS+=("$!")
  export OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$((PORT + 2))"
fi
echo "tracing: $TRACING"
"$JAVA" -Xmx"$HEAP" -Xms"$HEAP" $GC_OPTS -Xlog:gc:file="$ROOT/loadtest/target/server-gc.log" -cp "$RUNTIME" org.rookery.runtime.allinone.AllInOne --port "$PORT" > "$ROOT/loadtest/target/server.log" 2>&1 &
SERVER=$!; PIDS+=("$SERVER")
wait_for "http://127.0.0.1:$PORT/health/ready"

# The machine's own stalls beside the measured load (StallMeter), at real-time priority where allowed.
stall_meter() {
  local cmd=("$JAVA" -Xmx64m -XX:+UseSerialGC -cp "$LOAD" org.rookery.load.StallMeter "$1")
  if chrt -f 10 true 2>/dev/null; then chrt -f 10 "${cmd[@]}"; else "${cmd[@]}"; fi
}
cpu_s() { awk '{printf "%.2f", ($14 + $15) / 100}' "/proc/$1/stat"; }
generate() { node "$NODE_LOAD/load.mjs" --url "http://127.0.0.1:$1" --games "$GAMES" --rate "$RATE" "${@:2}"; }

echo; echo "## moves over WebSocket ($GAMES games, $RATE moves/s scheduled, ${DURATION} s measured after a ${WARMUP_RUN} s warm-up run)"
generate "$PORT" --seconds "$WARMUP_RUN" --warmup 0 > /dev/null || true
before=$(cpu_s "$SERVER")
stall_meter "$((DURATION + 10))" > "$ROOT/loadtest/target/stalls.txt" 2>&1 &
STALLS=$!
generate "$PORT" --seconds "$DURATION" --warmup 10 | tee "$ROOT/loadtest/target/moves.txt"
after=$(cpu_s "$SERVER")
wait "$STALLS" || true; cat "$ROOT/loadtest/target/stalls.txt"
echo "server heap on huge pages: $(awk '/AnonHugePages/ {print $2 " kB"}' "/proc/$SERVER/smaps_rollup" 2>/dev/null || echo unknown)"
acks=$(grep -o 'moves acknowledged in all [0-9]*' "$ROOT/loadtest/target/moves.txt" | grep -o '[0-9]*$')
gen=$(grep -o 'generator CPU [0-9.]*' "$ROOT/loadtest/target/moves.txt" | grep -o '[0-9.]*$')
awk -v b="$before" -v a="$after" -v n="$acks" -v g="$gen" 'BEGIN { printf "server CPU %.1f s; per move: server %.3f ms, generator %.3f ms\n", a - b, (a - b) * 1000 / n, g * 1000 / n }'
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg); server GC options: ${GC_OPTS:-JVM defaults}"
echo "last 20 young pauses (ms): $(grep 'Pause Young' "$ROOT/loadtest/target/server-gc.log" | tail -20 | grep -o '[0-9.]*ms$' | tr '\n' ' ')"
[ "$IDLE" -gt 0 ] && { echo; echo "## idle WebSocket connections ($IDLE each)"; }
TOKEN=$(curl -s -XPOST "http://127.0.0.1:$PORT/v1/auth/guest" | sed 's/.*"token":"\([^"]*\)".*/\1/')
GAME=$(curl -s -XPOST "http://127.0.0.1:$PORT/v1/games" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"timeControl":{"initialMs":600000,"incrementMs":0}}' | sed 's/.*"gameId":"\([^"]*\)".*/\1/')
measure() { # name pid path; nothing when IDLE=0
  [ "$IDLE" -gt 0 ] || return 0
  local before after
  before=$(heap_kb "$2")
  mkfifo "/tmp/rookery-idle-$$-$1"
  ( "$JAVA" -cp "$LOAD" org.rookery.load.IdleConnections 127.0.0.1 "$3" "$4" "$IDLE" < "/tmp/rookery-idle-$$-$1" > "/tmp/rookery-idle-$$-$1.out" 2>&1 ) &
  local holder=$!
  exec 9>"/tmp/rookery-idle-$$-$1"
  for _ in $(seq 1 240); do grep -q '^open' "/tmp/rookery-idle-$$-$1.out" 2>/dev/null && break; sleep 0.5; done
  cat "/tmp/rookery-idle-$$-$1.out"
  after=$(heap_kb "$2")
  echo "$1: heap before ${before} KiB, with $IDLE connections ${after} KiB: $(( (after - before) * 1024 / IDLE )) bytes per connection"
  echo x >&9; exec 9>&-; wait "$holder" || true
  rm -f "/tmp/rookery-idle-$$-$1" "/tmp/rookery-idle-$$-$1.out"
}
measure rookery "$SERVER" "$PORT" "/ws/games/$GAME"
kill "$SERVER"
"$JAVA" -Xmx"$HEAP" -Xms"$HEAP" -cp "$LOAD" org.rookery.load.EchoServer "$((PORT + 1))" > "$ROOT/loadtest/target/echo.log" 2>&1 &
ECHO=$!; PIDS+=("$ECHO")
for _ in $(seq 1 60); do grep -q 'echo server' "$ROOT/loadtest/target/echo.log" && break; sleep 0.5; done
measure helidon-echo "$ECHO" "$((PORT + 1))" "/echo"

[ "$FLOOR" = 0 ] && exit 0
echo; echo "## the floor: one text frame each way per scheduled move, against the bare echo endpoint"
generate "$((PORT + 1))" --echo --seconds "$WARMUP_RUN" --warmup 0 > /dev/null || true
before=$(cpu_s "$ECHO")
generate "$((PORT + 1))" --echo --seconds "$DURATION" --warmup 10 | tee "$ROOT/loadtest/target/echo.txt"
after=$(cpu_s "$ECHO")
acks=$(grep -o 'moves acknowledged in all [0-9]*' "$ROOT/loadtest/target/echo.txt" | grep -o '[0-9]*$')
awk -v b="$before" -v a="$after" -v n="$acks" 'BEGIN { printf "echo server CPU %.1f s; per round trip %.3f ms\n", a - b, (a - b) * 1000 / n }'

