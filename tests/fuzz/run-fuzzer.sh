#!/usr/bin/env bash
# run-fuzzer.sh FUZZER SEED_CORPUS SECONDS
# Runs one libFuzzer target for a bounded time. The seed corpus (committed) is read-only input; new inputs go
# to a scratch folder that is thrown away. A crash, leak, sanitizer report or timeout fails the test and
# leaves the reproducer in the build folder (printed below).
set -euo pipefail
fuzzer=$1 seeds=$2 seconds=$3
work=$(mktemp -d "${TMPDIR:-/tmp}/hookmail-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
artifacts="$(dirname "$fuzzer")/artifacts/$(basename "$fuzzer")/"
mkdir -p "$artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
"$fuzzer" "$work" "$seeds" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -artifact_prefix="$artifacts" -print_final_stats=1 2>"$work/log" || status=$?
grep -E "^(stat::number_of_executed_units|stat::new_units_added|INFO: Running with|==[0-9]+==ERROR|SUMMARY)" "$work/log" || true
runs=$(grep -oE "stat::number_of_executed_units: [0-9]+" "$work/log" | grep -oE "[0-9]+$" || echo 0)
echo "fuzz $(basename "$fuzzer"): $runs runs in ${seconds}s, seeds $(ls "$seeds" | wc -l), exit $status"
if [ "$status" -ne 0 ]; then
  tail -n 60 "$work/log"
  echo "reproducers: $artifacts"
fi
exit "$status"
