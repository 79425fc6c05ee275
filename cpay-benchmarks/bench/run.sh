#!/usr/bin/env bash
# The one command of the benchmarks: runs bench/micro.sh (JMH), then bench/load.sh when it exists (the load
# driver), and prints one Markdown table of every row: each figure against a baseline measured in the same run.
# Each part writes its rows to target/bench/<part>.tsv, one per line: what<TAB>ours<TAB>baseline<TAB>ratio<TAB>goal<TAB>met.
# A part that fails is reported and the rows of the others are still printed; the exit status is then 1.
# Usage: cpay-benchmarks/bench/run.sh   (MICRO_ARGS="-f 1 -wi 2 -i 3" for a quick, rough micro part)
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
module="$(dirname "$here")"
out="$module/target/bench"
mkdir -p "$out"
started="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
failed=()
for part in micro load; do
    script="$here/$part.sh"
    rm -f "$out/$part.tsv"
    if [ ! -x "$script" ]; then
        echo "run: no $part part ($script)"
        continue
    fi
    args=()
    if [ "$part" = micro ] && [ -n "${MICRO_ARGS:-}" ]; then
        read -r -a args <<< "$MICRO_ARGS"
    fi
    if ! "$script" "${args[@]}"; then
        failed+=("$part")
    fi
done
echo
echo "Benchmarks, $started to $(date -u +%Y-%m-%dT%H:%M:%SZ), $(nproc) cores, load average $load_before at the start," \
    "$(cut -d' ' -f1-3 /proc/loadavg) at the end; errors are 99.9 % confidence half-widths."
echo
echo "| what | ours | baseline | ratio | goal | met? |"
echo "|---|---|---|---|---|---|"
for part in micro load; do
    if [ -f "$out/$part.tsv" ]; then
        awk -F'\t' 'NF == 6 && $1 != "what" { printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6 }' "$out/$part.tsv"
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo
    echo "run: failed: ${failed[*]}"
    exit 1
fi
