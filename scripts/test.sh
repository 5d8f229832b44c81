#!/usr/bin/env bash
# Runs every test: installs the test oracles it needs, then the whole Maven build with its tests.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
JAVA_HOME=$("$ROOT/scripts/find-jdk.sh") || exit 1
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
echo "rookery: testing with JDK at $JAVA_HOME"

"$ROOT/scripts/install-oracles.sh"

MVN=("$ROOT/mvnw" -B -ntp)
[ -n "${CI:-}" ] && MVN+=(-Dstyle.color=never)
exec "${MVN[@]}" verify -Drookery.oracles.required=true "$@"
