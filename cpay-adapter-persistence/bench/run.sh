#!/usr/bin/env bash
# Webhook-recording throughput on PostgreSQL at 127.0.0.1:5432 (database test, user postgres):
# the adapter (4 threads, ~10 s) next to pgbench running the same SQL (4 clients, 2 threads, 10 s),
# one after the other on the same machine. Run from anywhere; needs psql and pgbench.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
module="$(dirname "$here")"
root="$(dirname "$module")"
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PGDATABASE=test
cp_file="$module/target/bench-classpath.txt"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    (cd "$root" && ./mvnw -q -B test-compile -pl cpay-adapter-persistence -am)
    (cd "$root" && ./mvnw -q -B dependency:build-classpath -pl cpay-adapter-persistence \
        -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test)
fi
echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  nproc: $(nproc)  PostgreSQL $(psql -Atc 'show server_version')"
echo "load before adapter run: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$module/target/test-classes:$module/target/classes:$root/cpay-domain/target/classes:$(cat "$cp_file")" \
    com.cpay.platform.adapter.persistence.WebhookRecordingBenchmark 4 10 1000

schema="cpay_pgbench_$$"
psql -q -v ON_ERROR_STOP=1 -c "CREATE SCHEMA $schema"
trap 'psql -q -c "DROP SCHEMA IF EXISTS '"$schema"' CASCADE"' EXIT
(cd "$here" && PGOPTIONS="-c search_path=$schema" psql -q -v ON_ERROR_STOP=1 -f setup.sql)
for script in webhook-minimal.sql webhook-adapter.sql; do
    echo "pgbench $script (load before: $(cut -d' ' -f1-3 /proc/loadavg)):"
    (cd "$here" && PGOPTIONS="-c search_path=$schema" pgbench -n -c 4 -j 2 -T 10 -f "$script" test \
        | grep -E 'number of transactions actually processed|latency average|tps')
done
