#!/usr/bin/env bash
# Prints the JVM options `./rookery serve` and scripts/load-test.sh give the all-in-one server: the
# collector settings for the in-memory adapters, and the heap on transparent huge pages where the kernel
# offers them (`madvise` or `always`). Why each one: docs/configuration.md; the measurements behind them:
# docs/benchmarks.md, "Over the network".
set -euo pipefail
opts="-XX:MaxTenuringThreshold=0 -XX:MaxGCPauseMillis=5 -XX:+AlwaysPreTouch"
thp=/sys/kernel/mm/transparent_hugepage/enabled
if [ -r "$thp" ] && ! grep -q '\[never\]' "$thp"; then opts="$opts -XX:+UseTransparentHugePages"; fi
echo "$opts"
