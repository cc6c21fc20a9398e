#!/usr/bin/env bash
# Crash cycles (issue 10): under load, kill -9 PostgreSQL N times, then kill -9 the service N times;
# clients retry every uncertain request with the SAME Idempotency-Key. At the end: every acknowledged
# (201) report exists exactly once, no report exists twice, replays answer the same report, and the
# audit chain verifies (`quarkus-run.jar audit verify`).
#
#   scripts/crash-cycles.sh            20 PostgreSQL crashes + 20 service crashes
#   scripts/crash-cycles.sh --quick    2 + 2
#   CRASH_CYCLES=5 scripts/crash-cycles.sh
#
# PostgreSQL: by default a SEPARATE local cluster made for this ("crash", port 5440, created with
# pg_createcluster on first use, and stopped at the end when this script started it), so crashing it does
# not break anyone else's database on a shared machine. CRASH_PG_CLUSTER=main CRASH_PG_PORT=5432 crashes
# the machine's main cluster instead.
# The kill is of the postmaster and all its backends at once (a power cut, as far as the server can
# tell); restart is `pg_ctlcluster <version> <cluster> start` (crash recovery from the WAL).
# Service: the packaged jar with the dev profile on a scratch database (sealed_crash), ports 18100/19100;
# its in-flight lease (sealed.intake.idempotency-in-flight-lease, PT2M) stays the service's default
# unless CRASH_LEASE is set: a claim whose holder was killed blocks its key that long, then the client's
# retry takes it over. Clients give up on a request after CRASH_RETRY_SECONDS (900).
# Other settings: CRASH_WORKERS (8), CRASH_ACCOUNTS (8), CRASH_LOAD_SECONDS (5: load between crashes).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bench/lib.sh"
select_jdk
CYCLES="${CRASH_CYCLES:-20}"; [ "${1:-}" = --quick ] && CYCLES=2
PG_VER="${CRASH_PG_VERSION:-$(ls /etc/postgresql | sort -V | tail -1)}"
PG_CLUSTER="${CRASH_PG_CLUSTER:-crash}"
export DB_PORT="${CRASH_PG_PORT:-5440}"
PORT=18100; MPORT=19100; DB=sealed_crash
LOAD_SECONDS="${CRASH_LOAD_SECONDS:-5}"
OUT="$RUN_DIR/crash-cycles"; rm -rf "$OUT"; mkdir -p "$OUT"
STOP="$OUT/stop"; RESULTS="$OUT/requests.jsonl"
if [ "$PG_CLUSTER" = main ]; then echo "WARNING: crashing the main PostgreSQL cluster: every database on it goes down $CYCLES times"; fi

if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$PG_VER $PG_CLUSTER"; then
  echo "creating PostgreSQL cluster $PG_VER/$PG_CLUSTER on port $DB_PORT"
  pg_createcluster "$PG_VER" "$PG_CLUSTER" --port "$DB_PORT" >/dev/null
  # Same client authentication as the main cluster (the project's roles log in over TCP).
  cp "/etc/postgresql/$PG_VER/main/pg_hba.conf" "/etc/postgresql/$PG_VER/$PG_CLUSTER/pg_hba.conf"
fi
# A scratch cluster this script started is stopped again when it ends, however it ends; one that was already
# running (or the main cluster) is left as it was found.
CLUSTER_WAS_ONLINE=$(pg_lsclusters -h | awk -v v="$PG_VER" -v c="$PG_CLUSTER" '$1==v && $2==c && $4=="online"')
pg_stop_if_started_here() {
  if [ "$PG_CLUSTER" != main ] && [ -z "$CLUSTER_WAS_ONLINE" ]; then
    pg_ctlcluster --skip-systemctl-redirect "$PG_VER" "$PG_CLUSTER" stop -m fast >/dev/null 2>&1 || true
  fi
}
pg_start() {
  pg_ctlcluster --skip-systemctl-redirect "$PG_VER" "$PG_CLUSTER" start >/dev/null 2>&1 || true
  for _ in $(seq 1 120); do pg_isready -h 127.0.0.1 -p "$DB_PORT" -q && return 0; sleep 0.5; done
  echo "PostgreSQL $PG_VER/$PG_CLUSTER did not come back" >&2; return 1
}
pg_kill() {
  local data pm
  data=$(pg_lsclusters -h | awk -v v="$PG_VER" -v c="$PG_CLUSTER" '$1==v && $2==c {print $6}')
  pm=$(head -1 "$data/postmaster.pid")
  kill -9 "$pm" $(pgrep -P "$pm") 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pm" 2>/dev/null || break; sleep 0.1; done
}
trap pg_stop_if_started_here EXIT
pg_start
scratch_db "$DB"
ensure_accounts crash-reporter "${CRASH_ACCOUNTS:-8}"
build_service
export SERVICE_ENV="DB_PORT=$DB_PORT${CRASH_LEASE:+ SEALED_INTAKE_IDEMPOTENCY_IN_FLIGHT_LEASE=$CRASH_LEASE}"
start_service "$DB" "$PORT" "$MPORT" "$OUT/service.log"
trap 'touch "$STOP"; [ -n "${CLIENT_PID:-}" ] && kill "$CLIENT_PID" 2>/dev/null; stop_service "$SERVICE_PID"; pg_stop_if_started_here' EXIT

python3 "$BENCH_DIR/crash_client.py" load --base "http://127.0.0.1:$PORT" --prefix crash-reporter \
  --accounts "${CRASH_ACCOUNTS:-8}" --workers "${CRASH_WORKERS:-8}" --stop-file "$STOP" --out "$RESULTS" --retry-seconds "${CRASH_RETRY_SECONDS:-900}" \
  >"$OUT/client.log" 2>&1 &
CLIENT_PID=$!
acked() { local n; n=$(grep -c '"ack"' "$RESULTS" 2>/dev/null || true); echo "${n:-0}"; }
# Each crash comes under load: after LOAD_SECONDS and at least CRASH_MIN_ACKS (5) new acknowledgements
# since the last crash (waiting at most 10 minutes for them on a very busy machine).
under_load() {
  local from; from=$(acked); sleep "$LOAD_SECONDS"
  for _ in $(seq 1 600); do [ $(( $(acked) - from )) -ge "${CRASH_MIN_ACKS:-5}" ] && return 0; sleep 1; done
}

for i in $(seq 1 "$CYCLES"); do
  under_load
  before=$(acked); pg_kill; t0=$(date +%s.%N)
  sleep 1; pg_start
  echo "postgres crash $i/$CYCLES: killed after $before acknowledged; back in $(python3 -c "print(round($(date +%s.%N)-$t0,1))") s"
done
for i in $(seq 1 "$CYCLES"); do
  under_load
  before=$(acked); kill -9 "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; t0=$(date +%s)
  start_service "$DB" "$PORT" "$MPORT" "$OUT/service.log"
  echo "service crash $i/$CYCLES: killed after $before acknowledged; serving again after $(( $(date +%s) - t0 )) s"
done
sleep "$LOAD_SECONDS"
echo "stopping new requests; waiting for uncertain ones to settle (at most the lease plus a few retries)"
touch "$STOP"; wait "$CLIENT_PID" || true; CLIENT_PID=

rc=0
echo "verifying reports:"
python3 "$BENCH_DIR/crash_client.py" verify --base "http://127.0.0.1:$PORT" --prefix crash-reporter \
  --accounts "${CRASH_ACCOUNTS:-8}" --out "$RESULTS" | tee "$OUT/verify.json" || rc=1
stop_service "$SERVICE_PID"; trap pg_stop_if_started_here EXIT
echo "verifying the audit chain (audit verify):"
( cd "$ROOT" && env DB_NAME="$DB" DB_PORT="$DB_PORT" _DEV_SEALED_AUDIT_EXPORT_FILE="$RUN_DIR/audit-checkpoints-$DB.jsonl" \
    java $PACKAGED_DEV_JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar audit verify ) >"$OUT/audit-verify.log" 2>&1 || rc=1
grep -E '^\{.*"intact"' "$OUT/audit-verify.log" || tail -5 "$OUT/audit-verify.log"
[ $rc = 0 ] && echo "CRASH CYCLES PASSED ($CYCLES PostgreSQL + $CYCLES service crashes)" || echo "CRASH CYCLES FAILED (see $OUT)"
exit $rc
