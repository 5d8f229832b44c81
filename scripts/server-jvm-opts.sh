#!/usr/bin/env bash
# Prints the JVM options `./rookery serve` and scripts/load-test.sh give the all-in-one server
# (why, for users: docs/configuration.md; the measurements: docs/benchmarks.md, "Over the network").
#   -XX:MaxTenuringThreshold=0 -XX:MaxGCPauseMillis=5   the in-memory adapters keep every event on the heap:
#        promote survivors at the first young collection instead of copying them again at each one;
#   -XX:+AlwaysPreTouch                                  no page faults inside collector pauses;
#   -XX:+UseTransparentHugePages                         only where the kernel offers huge pages (madvise or
#        always): a heap on 2 MB pages leaves the kernel far fewer pages to walk. On the reference machine the
#        kernel's memory monitor (DAMON, kdamond) stalled the machine for up to 50 ms about every 0.55 s while
#        the server's heap was on 4 KB pages, and for at most about 11 ms on huge pages.
set -euo pipefail
opts="-XX:MaxTenuringThreshold=0 -XX:MaxGCPauseMillis=5 -XX:+AlwaysPreTouch"
thp=/sys/kernel/mm/transparent_hugepage/enabled
if [ -r "$thp" ] && ! grep -q '\[never\]' "$thp"; then opts="$opts -XX:+UseTransparentHugePages"; fi
echo "$opts"
