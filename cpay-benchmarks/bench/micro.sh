#!/usr/bin/env bash
# The JMH micro-benchmarks (package micro), each against a baseline measured in the same run: the signer vs a
# reused raw Mac, and one C-Pay call through the adapter vs a raw JDK HttpClient call of the same loopback URL.
# Writes target/bench/micro.tsv (what, ours, baseline, ratio, goal, met; see run.sh) and JMH's JSON next to it.
# Usage: bench/micro.sh [JMH options], e.g. bench/micro.sh -f 1 -wi 2 -i 3 (quick), bench/micro.sh -prof jfr
# (a flight recording per fork under cpay-benchmarks/), bench/micro.sh -prof gc Signing. SKIP_BUILD=1 reuses the
# last build. About 3 minutes with the defaults on 2 cores.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
module="$(dirname "$here")"
root="$(dirname "$module")"
cp_file="$module/target/bench-classpath.txt"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
    (cd "$root" && ./mvnw -q -B -ntp -o compile dependency:build-classpath -pl cpay-benchmarks -am \
        -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime)
fi
mkdir -p "$module/target/bench"
cd "$module"
echo "micro: $(date -u +%Y-%m-%dT%H:%M:%SZ)  nproc: $(nproc)  load: $(cut -d' ' -f1-3 /proc/loadavg)  $(java -version 2>&1 | head -1)"
java -Xmx256m -cp "$module/target/classes:$(cat "$cp_file")" \
    com.cpay.platform.benchmarks.micro.MicroBenchmarks "$module/target/bench/micro.tsv" "$@"
echo "micro: done $(date -u +%Y-%m-%dT%H:%M:%SZ)  load: $(cut -d' ' -f1-3 /proc/loadavg)"
