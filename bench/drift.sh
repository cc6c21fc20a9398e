#!/usr/bin/env bash
# Machine drift (issue 10): the service at ONE client count, step after step. If the service's CPU per report
# and PostgreSQL's move together while nothing changes on either side, the machine's speed is what moves, and
# a ratio of two steps minutes apart measures it as much as the service (docs/performance.md, "Thirteenth pass").
#
#   bench/drift.sh                      14 steps of 20 s at 4 clients after a 180 s warm-up (about 9 minutes)
#
# Settings: DRIFT_CLIENTS (4), DRIFT_STEPS (14), DRIFT_STEP_SECONDS (20), DRIFT_WARMUP_SECONDS (180). The service:
# packaged jar, dev profile, admission limit on, scratch database sealed_bench_drift, ports 18090/19090; as
# bench/run.sh, the benchmark quota setting and accounts bench-reporter-001..064. Writes
# bench/results/drift-<UTC time>.md and prints it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
select_jdk
CLIENTS="${DRIFT_CLIENTS:-4}"; STEPS="${DRIFT_STEPS:-14}"; STEP="${DRIFT_STEP_SECONDS:-20}"; ACCOUNTS=64
PORT=18090; MPORT=19090; DB=sealed_bench_drift
OUT="$RUN_DIR/drift"; mkdir -p "$OUT" "$BENCH_DIR/results"
STAMP=$(date -u +%Y%m%dT%H%M%SZ); RESULT="$BENCH_DIR/results/drift-$STAMP.md"
need_wrk
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
build_service
scratch_db "$DB"
ensure_accounts bench-reporter "$ACCOUNTS"
PG_POSTMASTER=$(postmaster_pid)
: >"$OUT/service.log"
SERVICE_ENV="${SERVICE_ENV:-} SEALED_ADMISSION_ENABLED=true" start_service "$DB" "$PORT" "$MPORT" "$OUT/service.log"
trap 'stop_service $SERVICE_PID' EXIT
echo "warm-up (${DRIFT_WARMUP_SECONDS:-180} s, 8 clients)"
warm_up bench-reporter "$ACCOUNTS" "${DRIFT_WARMUP_SECONDS:-180}" "$PORT" "$OUT/wrk-warm-up.log"
ROWS=()
for i in $(seq 1 "$STEPS"); do
  measured_step bench-reporter "$ACCOUNTS" "$CLIENTS" "$STEP" "$PORT" "$OUT/wrk-$i.log" "$SERVICE_PID"
  svc=$STEP_SVC_MS; pg=$STEP_PG_MS
  ROWS+=("| $i | $(echo "$STEP_LINE" | field rps201) | $(echo "$STEP_LINE" | field p99_ms) | $svc | $pg | $(python3 -c "print('%.2f' % ($svc / $pg) if $pg > 0 else 'n/a')") |")
  echo "step $i  ${ROWS[-1]}"
done
{
  echo "# Drift at $CLIENTS clients $STAMP"
  echo
  echo "Commit $(git -C "$ROOT" rev-parse --short HEAD), $(nproc) cores, load average before $LOAD_BEFORE; $STEPS steps of $STEP s,"\
    "one after another, at $CLIENTS clients, after a ${DRIFT_WARMUP_SECONDS:-180} s warm-up; admission limit on."
  echo
  echo "| step | reports/s | p99 ms | service CPU ms / report | PostgreSQL CPU ms / report | service / PostgreSQL |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
} | tee "$RESULT"
echo "written to $RESULT"
