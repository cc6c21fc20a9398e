#!/usr/bin/env bash
# Two variants of the service side by side (issue 10): on a noisy shared machine one bench/run.sh per variant,
# minutes apart, differs by more than the change being measured (docs/performance.md, "Tenth pass": one
# build gave 935 and 857 reports/s at 4 clients in two runs 16 minutes apart). Here both run at once, warm
# up together, and wrk loads them in turn, A B B A and again, in steps of AB_STEP_SECONDS (20) at AB_CLIENTS
# (4), so that a drift of the machine falls on both alike.
#
#   AB_B_JAVA_OPTS="-XX:+UseParallelGC" bench/ab.sh           one build, two JVM option sets
#   AB_A_ROOT=/tmp/before AB_B_ROOT=/tmp/after bench/ab.sh     two checkouts, each already packaged
#
# Settings: AB_A_ROOT / AB_B_ROOT (a checkout with target/quarkus-app; default this one), AB_A_JAVA_OPTS /
# AB_B_JAVA_OPTS, AB_A_ENV / AB_B_ENV (SERVICE_ENV of each), AB_CLIENTS, AB_STEP_SECONDS, AB_ROUNDS (2: each
# round is A B B A), AB_WARMUP_SECONDS (300, both loaded at once). Admission limit on, as in bench/run.sh.
# Each variant has its own scratch database (sealed_bench_a, sealed_bench_b) and ports (18080/19080,
# 18081/19081). Writes bench/results/ab-<UTC time>.md and prints it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
select_jdk
A_ROOT="${AB_A_ROOT:-$ROOT}"; B_ROOT="${AB_B_ROOT:-$ROOT}"
CLIENTS="${AB_CLIENTS:-4}"; STEP="${AB_STEP_SECONDS:-20}"; ROUNDS="${AB_ROUNDS:-2}"; ACCOUNTS=64
OUT="$RUN_DIR/ab"; mkdir -p "$OUT" "$BENCH_DIR/results"
STAMP=$(date -u +%Y%m%dT%H%M%SZ); RESULT="$BENCH_DIR/results/ab-$STAMP.md"
need_wrk
for r in "$A_ROOT" "$B_ROOT"; do
  [ -f "$r/target/quarkus-app/quarkus-run.jar" ] || { echo "$r has no target/quarkus-app: package it first" >&2; exit 1; }
done
# "-dirty" when the checkout has changes of its own (a variant built from an edited clone says so).
commit_of() { git -C "$1" describe --always --dirty --abbrev=7 2>/dev/null || echo "?"; }

scratch_db sealed_bench_a
scratch_db sealed_bench_b
ensure_accounts bench-reporter "$ACCOUNTS"
PG_POSTMASTER=$(postmaster_pid)
start_variant() { # root db port mport log java-opts env -> pid on stdout
  ( ROOT="$1" SERVICE_JAVA_OPTS="$6" SERVICE_ENV="$7 SEALED_ADMISSION_ENABLED=true"
    start_service "$2" "$3" "$4" "$5" >/dev/null; echo "$SERVICE_PID" )
}
: >"$OUT/a.log"; : >"$OUT/b.log"
A_PID=$(start_variant "$A_ROOT" sealed_bench_a 18080 19080 "$OUT/a.log" "${AB_A_JAVA_OPTS:-}" "${AB_A_ENV:-}")
B_PID=$(start_variant "$B_ROOT" sealed_bench_b 18081 19081 "$OUT/b.log" "${AB_B_JAVA_OPTS:-}" "${AB_B_ENV:-}")
trap 'stop_service "$A_PID"; stop_service "$B_PID"' EXIT

WARMUP="${AB_WARMUP_SECONDS:-300}"
echo "warm-up: both at once, $WARMUP s, 8 clients each"
warm_up bench-reporter "$ACCOUNTS" "$WARMUP" 18080 "$OUT/warm-a.log" & w=$!
warm_up bench-reporter "$ACCOUNTS" "$WARMUP" 18081 "$OUT/warm-b.log"
wait "$w"

ROWS=(); A_SUM=0; B_SUM=0
# The service's write and read system calls (/proc/<pid>/io syscw, syscr): its socket writes to PostgreSQL and to
# clients, the selector wake-ups, and its reads (a read that finds nothing yet counts too); a change that sends
# fewer messages or waits differently shows here whatever the machine's speed does meanwhile.
writes() { awk '/^syscw/ {print $2}' "/proc/$1/io"; }
reads() { awk '/^syscr/ {print $2}' "/proc/$1/io"; }
step() { # variant
  local port pid w0 w1 r0 r1 line n
  if [ "$1" = A ]; then port=18080; pid=$A_PID; else port=18081; pid=$B_PID; fi
  w0=$(writes "$pid"); r0=$(reads "$pid")
  measured_step bench-reporter "$ACCOUNTS" "$CLIENTS" "$STEP" "$port" "$OUT/wrk-$1.log" "$pid"
  w1=$(writes "$pid"); r1=$(reads "$pid")
  line=$STEP_LINE; n=$STEP_CREATED
  local rps; rps=$(echo "$line" | field rps201)
  local cpu=$STEP_SVC_MS pg=$STEP_PG_MS wr rd
  wr=$(python3 -c "print('%.2f' % (($w1 - $w0) / max(1, $n)))"); rd=$(python3 -c "print('%.2f' % (($r1 - $r0) / max(1, $n)))")
  echo "$1  $rps reports/s  p99 $(echo "$line" | field p99_ms) ms  service CPU $cpu ms/report  PostgreSQL CPU $pg ms/report  service writes $wr/report, reads $rd/report"
  ROWS+=("| $1 | $rps | $(echo "$line" | field p50_ms) | $(echo "$line" | field p99_ms) | $cpu | $pg | $wr | $rd |")
  if [ "$1" = A ]; then A_SUM=$(python3 -c "print($A_SUM + $rps)"); else B_SUM=$(python3 -c "print($B_SUM + $rps)"); fi
}
for _ in $(seq 1 "$ROUNDS"); do
  for v in A B B A; do step "$v"; done
done

{
  echo "# A/B $STAMP"
  echo
  echo "A: $(commit_of "$A_ROOT") ($A_ROOT), JVM options: ${AB_A_JAVA_OPTS:-none}, env: ${AB_A_ENV:-none}."
  echo "B: $(commit_of "$B_ROOT") ($B_ROOT), JVM options: ${AB_B_JAVA_OPTS:-none}, env: ${AB_B_ENV:-none}."
  echo "$CLIENTS clients, $STEP s per step, $ROUNDS rounds of A B B A, $WARMUP s warm-up of both at once; 2 cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "| variant | reports/s | p50 ms | p99 ms | service CPU ms / report | PostgreSQL CPU ms / report | service write calls / report | service read calls / report |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  python3 -c "a=$A_SUM/(2*$ROUNDS); b=$B_SUM/(2*$ROUNDS); print('Mean: A %.1f, B %.1f reports/s; B / A %.3f' % (a, b, b / a))"
} | tee "$RESULT"
echo "written to $RESULT"
