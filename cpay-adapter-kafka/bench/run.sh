#!/usr/bin/env bash
# The Kafka relay's throughput and latency against a real broker (cpay-kafka-testkit, a child JVM with the full
# JIT): N outbox events relayed by the real RelayEventsService + outbox + KafkaEventPublisher vs N plain producer
# sends of the same payloads, in the same run; then commit-to-consumer latency at a steady rate.
# Usage: bench/run.sh [events=20000] [h2|pg] [latency events=2000] [rate/s=200] [relay interval ms=250]
# pg: PostgreSQL at 127.0.0.1:5432 (database test, user postgres), in a schema of its own, dropped afterwards.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
module="$(dirname "$here")"
root="$(dirname "$module")"
cp_file="$module/target/bench-classpath.txt"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    (cd "$root" && ./mvnw -q -B -ntp -o test-compile dependency:build-classpath -pl cpay-adapter-kafka -am \
        -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test)
fi
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  nproc: $(nproc)  load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g -cp "$module/target/test-classes:$module/target/classes:$(cat "$cp_file")" \
    com.cpay.platform.adapter.kafka.RelayBenchmark "$@"
