#!/usr/bin/env bash
# Captures the SQL one POST /v1/reports issues, from the running packaged service on a scratch database
# with log_statement=all (bind values not logged), and compares it with what the benchmark replays:
#   bench/sql/intake-current.statements   the kept capture ("statements per report<TAB>normalised SQL")
#   bench/sql/intake-current.sql          the pgbench script; must issue exactly those statements
# Exit 1 on any drift, with the differences. --update rewrites the kept capture (then edit the pgbench
# script to match; the check then passes only when both agree with the service).
# Needs: PostgreSQL superuser access (to set log_statement on the scratch database), Keycloak with the
# realm (scripts/keycloak.sh), target/quarkus-app (built unless BENCH_SKIP_BUILD=1).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
select_jdk
UPDATE=0; [ "${1:-}" = --update ] && UPDATE=1
DB=sealed_bench_capture
PORT="${CAPTURE_PORT:-18090}"; MPORT="${CAPTURE_MANAGEMENT_PORT:-19090}"
N="${CAPTURE_REPORTS:-20}"
PG_LOG="${PG_LOG:-$(ls -t /var/log/postgresql/postgresql-*-main.log | head -1)}"
OUT="$RUN_DIR/bench-capture"; mkdir -p "$OUT"
KEPT="$BENCH_DIR/sql/intake-current.statements"

build_service
scratch_db "$DB"
# Only this scratch database logs its statements, and only their text (bind values hold ciphertext).
as_postgres_psql -d postgres -c "ALTER DATABASE $DB SET log_statement = 'all'" -c "ALTER DATABASE $DB SET log_parameter_max_length = 0"
ensure_accounts bench-capture 1
: >"$OUT/service.log"
start_service "$DB" "$PORT" "$MPORT" "$OUT/service.log"
# The scratch database stays until the next run (its schema and row sizes are useful to look at).
trap 'stop_service $SERVICE_PID' EXIT
TOKEN=$(kc_token bench-capture-001 bench-capture-001-dev-pw)
post() {
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" --data-binary "@$BENCH_DIR/body.json" "http://127.0.0.1:$PORT/v1/reports")
  [ "$code" = 201 ] || { echo "capture: POST /v1/reports answered $code" >&2; exit 1; }
}
for _ in 1 2 3; do post; done   # warm-up: first-use queries (key pins, sequences) are not per report
sleep 2
size() { stat -c %s "$PG_LOG"; }
I0=$(size); sleep "${CAPTURE_IDLE_SECONDS:-4}"; I1=$(size)
R0=$(size); for _ in $(seq 1 "$N"); do post; done; sleep 1; R1=$(size)
python3 "$BENCH_DIR/statements.py" per-report "$PG_LOG" "$DB" "$I0" "$I1" "$R0" "$R1" "$N" >"$OUT/captured.statements"
python3 "$BENCH_DIR/statements.py" "$PG_LOG" "$DB" "$R0" "$R1" >"$OUT/all-in-window.statements"
if [ $UPDATE = 1 ]; then
  cp "$OUT/captured.statements" "$KEPT"; echo "wrote $KEPT ($(wc -l <"$KEPT") statements)"
fi
rc=0
if ! diff -u "$KEPT" "$OUT/captured.statements" >"$OUT/service-drift.diff"; then
  echo "DRIFT: the service's statements per report differ from $KEPT:"; cat "$OUT/service-drift.diff"; rc=1
fi
python3 "$BENCH_DIR/statements.py" pgbench-shape "$BENCH_DIR/sql/intake-current.sql" >"$OUT/pgbench.statements"
if ! diff -u "$KEPT" "$OUT/pgbench.statements" >"$OUT/pgbench-drift.diff"; then
  echo "DRIFT: bench/sql/intake-current.sql does not replay $KEPT:"; cat "$OUT/pgbench-drift.diff"; rc=1
fi
[ $rc = 0 ] && echo "statements OK: the service issues what $KEPT lists, and intake-current.sql replays it"
exit $rc
