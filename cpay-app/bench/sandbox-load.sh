#!/usr/bin/env bash
# Does the embedded C-Pay simulator keep up under a burst? Starts the packaged cpay-app (sandbox mode, all defaults:
# simulator embedded with its state file under ./data, lifecycle 1 s + 2 s) in an empty directory, sends ORDERS
# deposits (default 2000) with CONCURRENCY workers (default 16) through POST /api/v1/deposits, and prints the
# creation latency of the first and last WINDOW (200) deposits and how many orders are still PENDING/PROCESSING
# after the burst until all are COMPLETED (at most WAIT_SECONDS, 600). Then stops the app.
#
#   cpay-app/bench/sandbox-load.sh [jar]      (default cpay-app/target/cpay-app.jar; build it first)
#
# Only 127.0.0.1 is contacted; the run ends by itself.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
JAR=$(realpath "${1:-$REPO/cpay-app/target/cpay-app.jar}")
PORT=${PORT:-18090}
BASE=http://127.0.0.1:$PORT
[ -f "$JAR" ] || { echo "no jar at $JAR: ./mvnw -q -B package -DskipTests -pl cpay-app -am" >&2; exit 1; }

dir=$(mktemp -d /tmp/cpay-sandbox-load.XXXXXX)
(cd "$dir" && MICRONAUT_SERVER_PORT=$PORT CPAY_BASE_URL=$BASE exec java -jar "$JAR" >"$dir/app.log" 2>&1) &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 1 600); do
  curl -fs -o /dev/null "$BASE/health" && break
  kill -0 "$pid" 2>/dev/null || { echo "cpay-app died:" >&2; tail -20 "$dir/app.log" >&2; exit 1; }
  sleep 0.2
done

echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)  nproc: $(nproc)  load average: $(cut -d' ' -f1-3 /proc/loadavg)  jar: $JAR"
echo "java: $(java -version 2>&1 | head -1)"
java "$REPO/cpay-app/bench/SandboxLoad.java" "$BASE"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
ls -l "$dir/data" | grep -i sandbox || true
