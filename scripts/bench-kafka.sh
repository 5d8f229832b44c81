#!/usr/bin/env bash
# The Kafka publisher benchmark: KafkaEventPublisher and Kafka's own ProducerPerformance, one after
# the other, against one in-process KRaft broker, same record size. Arguments: [events] [batch] [partitions].
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
JAVA_HOME=$("$ROOT/scripts/find-jdk.sh") || exit 1
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
if "$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1; then
  export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}"
  UNSAFE=(--sun-misc-unsafe-memory-access=allow)
fi
OUT="$ROOT/adapters-kafka/target/bench"
mkdir -p "$OUT"
echo "rookery: building adapters-kafka and its test classpath..." >&2
"$ROOT/mvnw" -B -ntp -q -DskipTests -pl adapters-kafka -am package dependency:build-classpath \
  -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=test >&2
CP="$ROOT/adapters-kafka/target/test-classes:$ROOT/adapters-kafka/target/classes:$(cat "$ROOT/adapters-kafka/target/bench/classpath.txt")"
echo "rookery: machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
exec "$JAVA_HOME/bin/java" ${UNSAFE[@]+"${UNSAFE[@]}"} -Xmx2g -Djava.io.tmpdir="$OUT" \
  -Djava.util.logging.config.file="$ROOT/adapters-kafka/src/test/resources/logging.properties" \
  -cp "$CP" org.rookery.adapters.kafka.KafkaPublisherBenchmark "$@"
