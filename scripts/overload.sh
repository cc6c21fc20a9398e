#!/usr/bin/env bash
# Overload (issue 10): at twice the sustainable rate the service refuses the excess with 429/503 and
# Retry-After, the requests it admits keep their p99, and it recovers within 10 s after the load drops.
#
#   scripts/overload.sh                      find the sustainable rate, then run base / 2x / low
#   OVERLOAD_RATE=20 scripts/overload.sh     take 20 reports/s as the sustainable rate (no search)
#
# Service: the packaged jar with the dev profile (as scripts/dev.sh) on a scratch database
# (sealed_bench_overload), ports 18300/19300, with the admission limit ON at its defaults
# (common/AdmissionConfig; OVERLOAD_SERVICE_ENV adds settings, e.g. "SEALED_ADMISSION_MAX_CONCURRENT=8").
# Quotas: the benchmark setting of bench/lib.sh (reports-per-hour 100000000), so the refusals seen are the
# global limit's, not the per-account quotas'. Load: bench/overload_client.py, constant rate (open loop)
# POST /v1/reports with bench/body.json as the 16 accounts bench-reporter-001..016 (created in Keycloak if
# missing); latency from each request's scheduled time.
# Steps: a warm-up as bench/run.sh's (wrk, 8 clients, closed loop, OVERLOAD_WARMUP_SECONDS, 180): on two busy
# cores C2 compiles the request path for minutes, and until it is done a report costs the service two to
# four times its CPU (docs/performance.md, "Sixth pass"), so a search started cold measures the JIT, not the
# service. Unless OVERLOAD_RATE is given, a search: probe
# phases of OVERLOAD_PROBE_SECONDS (15) at OVERLOAD_PROBE_START (50) reports/s, times 1.25 each step, until
# a step has a fifth or more refused (past the capacity); the sustainable rate R is the highest probed
# rate with at least 99% admitted and an admitted rate of at least 95% of the offered one (a step short
# of that below the capacity, e.g. a pause of the shared machine, does not end the search). Then base
# (R for OVERLOAD_PHASE_SECONDS, 30), over (2R, same length) and low (R/4, at least 1/s, same length)
# without a pause between them.
# Verdict (bench/overload_report.py): every non-201 answer is 429/503 problem+json with Retry-After and
# the service was past its capacity during over (after a search: over offered more than the search's PEAK
# and admitted at least 90% of it; with a given rate: a quarter or more refused), else INCONCLUSIVE;
# base admitted at least 99% (else R was not sustainable during the run and its p99 is no reference:
# INCONCLUSIVE); admitted p99 during over <= OVERLOAD_P99_FACTOR (1.5) x the base p99; recovery (three
# clean seconds in a row: only 201s, each within that latency) at most 10 s after the drop.
# Any INCONCLUSIVE or FAIL exits 1. On a shared machine, give OVERLOAD_RATE (e.g. 0.6 x the search's
# PEAK) when the capacity moves between the search and the run.
# Output: the tables and PASS/FAIL, also written to bench/results/overload-<UTC time>.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bench/lib.sh"
select_jdk
PORT="${OVERLOAD_PORT:-18300}"; MPORT="${OVERLOAD_MANAGEMENT_PORT:-19300}"; DB=sealed_bench_overload
ACCOUNTS=16; PREFIX=bench-reporter
PHASE="${OVERLOAD_PHASE_SECONDS:-30}"; FACTOR="${OVERLOAD_P99_FACTOR:-1.5}"
OUT="$RUN_DIR/overload"; rm -rf "$OUT"; mkdir -p "$OUT" "$BENCH_DIR/results"
STAMP=$(date -u +%Y%m%dT%H%M%SZ); RESULT="$BENCH_DIR/results/overload-$STAMP.md"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

scratch_db "$DB"
ensure_accounts "$PREFIX" "$ACCOUNTS"
build_service
export SERVICE_ENV="SEALED_ADMISSION_ENABLED=true ${OVERLOAD_SERVICE_ENV:-}"
start_service "$DB" "$PORT" "$MPORT" "$OUT/service.log"
trap 'stop_service $SERVICE_PID' EXIT
drive() { # phases out
  python3 "$BENCH_DIR/overload_client.py" --base "http://127.0.0.1:$PORT" --prefix "$PREFIX" --accounts "$ACCOUNTS" \
    --phases "$1" --out "$2"
}
rate_fmt() { python3 -c "import sys; r=float(sys.argv[1]); print(f'{r:.3g}')" "$1"; }

WARMUP="${OVERLOAD_WARMUP_SECONDS:-180}"
echo "warm-up: $WARMUP s, wrk with 8 clients (JIT, connection pools)"
need_wrk
warm_up "$PREFIX" "$ACCOUNTS" "$WARMUP" "$PORT" "$OUT/warmup.log"

RATE="${OVERLOAD_RATE:-}"
if [ -z "$RATE" ]; then
  r="${OVERLOAD_PROBE_START:-50}"; : >"$OUT/probe.jsonl"
  echo "searching the sustainable rate: ${OVERLOAD_PROBE_SECONDS:-15} s from $r reports/s up, x1.25 per step"
  for _ in $(seq 1 "${OVERLOAD_PROBE_STEPS:-14}"); do
    r=$(rate_fmt "$r")
    drive "probe-$r:$r:${OVERLOAD_PROBE_SECONDS:-15}" "$OUT/probe-step.jsonl"
    cat "$OUT/probe-step.jsonl" >>"$OUT/probe.jsonl"
    python3 "$BENCH_DIR/overload_report.py" probe "$OUT/probe.jsonl" >"$OUT/probe.md"
    grep '^| ' "$OUT/probe.md" | tail -1
    RATE=$(sed -n 's/^SUSTAINABLE //p' "$OUT/probe.md")
    # Past the capacity: stop when a fifth or more of a step is refused.
    [ "$(python3 -c "print(float('$(sed -n 's/^LAST_SHARE //p' "$OUT/probe.md")') < 0.8)")" = True ] && break
    r=$(python3 -c "print(float('$r') * 1.25)")
  done
  if [ "$(python3 -c "print(float('$RATE') > 0)")" != True ]; then echo "FAIL: no sustainable rate found"; exit 1; fi
fi
OVER=$(python3 -c "print(2 * float('$RATE'))"); LOW=$(python3 -c "print(max(1.0, float('$RATE') / 4))")
echo "sustainable rate R = $RATE reports/s: base $RATE/s, over $OVER/s, low $LOW/s, $PHASE s each"
drive "base:$RATE:$PHASE,over:$OVER:$PHASE,low:$LOW:$PHASE" "$OUT/run.jsonl"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
set +e
{
  echo "# Overload run $STAMP"
  echo
  echo "commit $(git -C "$ROOT" rev-parse --short HEAD), load average before $LOAD_BEFORE, after $LOAD_AFTER,"
  echo "admission settings: defaults${OVERLOAD_SERVICE_ENV:+ + $OVERLOAD_SERVICE_ENV}; R = $RATE/s ${OVERLOAD_RATE:+(given)}"
  echo
  [ -f "$OUT/probe.md" ] && { echo "Search:"; echo; grep -v '^[A-Z_]* ' "$OUT/probe.md"; grep '^PEAK' "$OUT/probe.md"; echo; }
  PEAK_ARG=(); [ -f "$OUT/probe.md" ] && PEAK_ARG=(--peak "$(sed -n 's/^PEAK //p' "$OUT/probe.md")")
  python3 "$BENCH_DIR/overload_report.py" verdict "$OUT/run.jsonl" --p99-factor "$FACTOR" --recovery-limit 10 "${PEAK_ARG[@]}"
} | tee "$RESULT"

grep -q '^PASS$' "$RESULT"; status=$?
echo "written: $RESULT"
exit $status
