#!/usr/bin/env bash
# The load figures of issue 18 (package com.cpay.platform.benchmarks.load): starts the packaged cpay-app as child
# processes on a scratch PostgreSQL database (127.0.0.1:5432, user postgres; created and dropped by the run) with
# C-Pay played by a zero-latency stub on loopback, and measures each figure against a baseline of the same run:
# deposit creation at 1, 2, 4, 8, 16 concurrent vs the app's single-order GET at 16; webhook intake vs pgbench
# running a minimal INSERT + UPDATE; RSS after 10,000 creations vs idle; two instances vs one; and the floors of
# the two throughput goals through the same stack (a replayed creation, a webhook delivered again, a GET at the
# webhooks' concurrency). 8 minutes at a load average of 15-20 from other builds, about 5 on a quiet machine.
# Writes cpay-benchmarks/target/bench/load.tsv (what, ours, baseline, ratio, goal, met) and prints it.
#
#   cpay-benchmarks/bench/load.sh            (SKIP_BUILD=1 to reuse the jar and classes already built)
#
# Knobs (environment): APP_JVM_OPTS (-Xmx512m), LEVEL_SECONDS (5), CREATIONS (10000), WEBHOOK_CONCURRENCY (4),
# WEBHOOK_WARMUP_SECONDS (8), WEBHOOK_SECONDS (10), LEVELS (1,2,4,8,16), WARMUP_SECONDS (30), SCALE_OUT (1),
# DB_URL_OPTIONS, APP_JAR (another build of the app, e.g. a copy of the jar before a change, to compare), OUT
# (load.tsv: the file under target/bench).
# Profile the app with e.g.
# APP_JVM_OPTS="-Xmx512m -XX:StartFlightRecording=filename=app.jfr,settings=profile" (the file lands in
# cpay-benchmarks/target/bench/load-work/), then `jfr print --events jdk.ExecutionSample app.jfr`.
set -euo pipefail
module="$(cd "$(dirname "$0")/.." && pwd)"
root="$(dirname "$module")"
cp_file="$module/target/load-classpath.txt"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    (cd "$root" && ./mvnw -B -ntp -o -q package -DskipTests -pl cpay-app -am)
    (cd "$root" && ./mvnw -B -ntp -o -q compile dependency:build-classpath -pl cpay-benchmarks -am \
        -Dmdep.outputFile="$cp_file")
fi
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
psql -d test -Atc 'select 1' >/dev/null || { echo "PostgreSQL at 127.0.0.1:5432 (user postgres, db test) is needed" >&2; exit 1; }
echo "# date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  nproc: $(nproc)  load average: $(cut -d' ' -f1-3 /proc/loadavg)  java: $(java -version 2>&1 | head -1)"
mkdir -p "$module/target/bench"
java -Dsun.net.httpserver.nodelay=true -cp "$module/target/classes:$(cat "$cp_file")" \
    com.cpay.platform.benchmarks.load.LoadBenchmark \
    "${APP_JAR:-$root/cpay-app/target/cpay-app.jar}" "$root/cpay-adapter-persistence/bench" "$module/bench" \
    "$module/target/bench/${OUT:-load.tsv}"
echo "# load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
