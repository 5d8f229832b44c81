#!/usr/bin/env bash
# Runs every test: installs the test oracles, browser, chess engines and promtool it needs, then the whole Maven build with its tests.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
JAVA_HOME=$("$ROOT/scripts/find-jdk.sh") || exit 1
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
# Maven's own libraries touch sun.misc.Unsafe; JDK 24+ warns about it unless told this is expected.
if "$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1; then
  export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}"
fi
echo "rookery: testing with JDK at $JAVA_HOME"

"$ROOT/scripts/start-postgres.sh" # the PostgreSQL adapter's tests run against a real server
"$ROOT/scripts/install-oracles.sh"
"$ROOT/scripts/install-browser.sh"
"$ROOT/scripts/install-engines.sh"
"$ROOT/scripts/install-promtool.sh"

MVN=("$ROOT/mvnw" -B -ntp)
[ -n "${CI:-}" ] && MVN+=(-Dstyle.color=never)
exec "${MVN[@]}" verify -Drookery.oracles.required=true -Drookery.browser.required=true -Drookery.engines.required=true -Drookery.promtool.required=true "$@"
