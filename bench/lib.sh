# Shared helpers for bench/run.sh and scripts/overload.sh, crash-cycles.sh and unseal-race.sh. Sourced, not run.
# Everything here works on SCRATCH databases (names starting with sealed_bench or sealed_crash or
# sealed_race; sealed_bench_overload is one of the first), never on the dev database or the test databases.
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$BENCH_DIR/../scripts/lib.sh"
KEYCLOAK_URL="${KEYCLOAK_URL:-http://127.0.0.1:${KEYCLOAK_PORT:-8180}}"
REALM="${REALM:-sealed-intake}"
KC_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-dev-only-admin-pw}"
DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-5432}"
export DB_OWNER="${DB_OWNER:-sealed_owner}" DB_OWNER_PASSWORD="${DB_OWNER_PASSWORD:-dev-only-owner-pw}"
export DB_APP_USER="${DB_APP_USER:-sealed_app}" DB_APP_PASSWORD="${DB_APP_PASSWORD:-dev-only-app-pw}"

# A PostgreSQL client program (psql, pg_dump) as the postgres superuser: over TCP when this is the postgres user,
# else through the local socket with runuser or sudo.
as_postgres() {
  local program="$1"; shift
  if [ "$(id -un)" = postgres ]; then "$program" -h "$DB_HOST" -p "$DB_PORT" "$@";
  elif [ "$(id -u)" = 0 ] && command -v runuser >/dev/null; then runuser -u postgres -- "$program" -p "$DB_PORT" "$@";
  else sudo -n -u postgres "$program" -p "$DB_PORT" "$@"; fi
}
as_postgres_psql() { as_postgres psql -X -q -v ON_ERROR_STOP=1 "$@"; }

# A fresh scratch database with the project's roles and grants (scripts/db-setup.sh), schema by Flyway
# at the service's first start. Refuses names that are not scratch names.
scratch_db() {
  local name="$1"
  case "$name" in sealed_bench*|sealed_crash*|sealed_race*) ;; *) echo "refusing non-scratch database $name" >&2; return 1;; esac
  as_postgres_psql -d postgres -c "DROP DATABASE IF EXISTS $name WITH (FORCE)"
  # The exported checkpoints belong to the dropped database (a new chain must not meet them).
  rm -f "$RUN_DIR/audit-checkpoints-$name.jsonl"
  DB_NAME="$name" "$ROOT/scripts/db-setup.sh" >/dev/null
}

# Starts the packaged service (target/quarkus-app) as scripts/dev.sh does: the dev profile (dev keys),
# against database $1, API port $2, management port $3, output to $4. Extra env may be passed in SERVICE_ENV
# (space-separated KEY=VALUE). Sets SERVICE_PID. Quotas: the documented benchmark setting
# SEALED_QUOTA_REPORTS_PER_HOUR (an ordinary config override of sealed.quota.reports-per-hour).
# The global admission limit is OFF (SEALED_ADMISSION_ENABLED=false) unless the caller sets it: the
# benchmark, crash and race scripts measure the service past its capacity; scripts/overload.sh turns it on.
start_service() {
  local db="$1" port="$2" mport="$3" log="$4"
  mkdir -p "$RUN_DIR"
  # shellcheck disable=SC2086
  ( cd "$ROOT" && exec env DB_NAME="$db" HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$mport" \
      SEALED_QUOTA_REPORTS_PER_HOUR="${SEALED_QUOTA_REPORTS_PER_HOUR:-100000000}" \
      SEALED_ADMISSION_ENABLED="${SEALED_ADMISSION_ENABLED:-false}" \
      _DEV_SEALED_AUDIT_EXPORT_FILE="$RUN_DIR/audit-checkpoints-$db.jsonl" \
      ${SERVICE_ENV:-} java ${SERVICE_JAVA_OPTS:-} $PACKAGED_DEV_JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar ) >>"$log" 2>&1 &
  SERVICE_PID=$!
  local waited=0
  until curl -fsS -o /dev/null "http://127.0.0.1:$mport/q/health/ready" 2>/dev/null; do
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then echo "service exited during start; see $log" >&2; tail -20 "$log" >&2; return 1; fi
    [ $waited -ge "${SERVICE_START_TIMEOUT:-240}" ] && { echo "service not ready after ${waited}s; see $log" >&2; return 1; }
    sleep 1; waited=$((waited + 1))
  done
}

stop_service() {
  local pid="$1"
  kill "$pid" 2>/dev/null || return 0
  kill -CONT "$pid" 2>/dev/null || true   # a service paused by bench/run.sh (SIGSTOP) takes its TERM only when resumed
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
}

build_service() {
  if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$ROOT/target/quarkus-app/quarkus-run.jar" ]; then
    (cd "$ROOT" && ./mvnw -B -q package -Dmaven.test.skip=true)
  fi
}

# The value of key $1 in a BENCH_RESULT line on stdin (bench/report.lua's "key=value" fields).
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }

# CPU time (user + system, clock ticks of $HZ per second) of the given processes, summed.
HZ=$(getconf CLK_TCK)
ticks() { local t=0 p v; for p in "$@"; do v=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null) && t=$(( t + v )); done; echo "$t"; }
# The postmaster of the cluster on $DB_PORT (the parent of its checkpointer, which lives as long as the cluster). A
# script that measures sets PG_POSTMASTER from it once, before its first step: asking inside a step would start a
# backend in the step.
postmaster_pid() {
  local checkpointer
  checkpointer=$(as_postgres_psql -d postgres -At -c "select pid from pg_stat_activity where backend_type = 'checkpointer'") &&
    ps -o ppid= -p "$checkpointer" | tr -d ' '
}
# PostgreSQL's ticks: every server process's own, and the children's the postmaster has reaped (cutime and
# cstime): a backend or autovacuum worker that ends during a step takes its ticks with it otherwise, and each
# pgbench step's backends end with it. Only the cluster of $PG_POSTMASTER when it is set (another cluster on the
# machine, such as scripts/crash-cycles.sh's, is not the benchmark's); every postgres process otherwise.
pg_ticks() {
  local t=0 p v pids
  if [ -n "${PG_POSTMASTER:-}" ]; then pids="$PG_POSTMASTER $(pgrep -P "$PG_POSTMASTER")"; else pids=$(pgrep -u postgres postgres); fi
  for p in $pids; do
  v=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$p/stat" 2>/dev/null) && t=$(( t + v )); done; echo "$t"; }
# Milliseconds of CPU per report: ticks from $1 to $2 over $3 reports (two decimals).
cpu_ms_per_report() { python3 -c "print('%.2f' % (($2 - $1) * 1000 / $HZ / max(1, $3)))"; }

# One wrk_reports step (its first six arguments) against the service whose pid is $7, and what it cost each side:
# sets STEP_LINE (wrk's BENCH_RESULT line), STEP_CREATED, and STEP_SVC_MS and STEP_PG_MS (CPU ms per report of the
# service's JVM and of PostgreSQL during the step). Call it directly, not in $(...), which would lose the values.
# A caller that counts more (idle time, threads, system calls) takes its counters just before and after the call.
measured_step() {
  local s0 s1 p0 p1
  s0=$(ticks "$7"); p0=$(pg_ticks)
  STEP_LINE=$(wrk_reports "$1" "$2" "$3" "$4" "$5" "$6")
  s1=$(ticks "$7"); p1=$(pg_ticks)
  STEP_CREATED=$(echo "$STEP_LINE" | field created)
  STEP_SVC_MS=$(cpu_ms_per_report "$s0" "$s1" "$STEP_CREATED"); STEP_PG_MS=$(cpu_ms_per_report "$p0" "$p1" "$STEP_CREATED")
}

json_get() { python3 -c 'import sys,json; d=json.load(sys.stdin); print(d'"$1"')'; }

kc_token() { # user password [totp]
  local extra=()
  [ -n "${3:-}" ] && extra=(-d "totp=$3")
  curl -fsS -d grant_type=password -d client_id=app -d "username=$1" -d "password=$2" "${extra[@]}" \
    "$KEYCLOAK_URL/realms/$REALM/protocol/openid-connect/token" | json_get '["access_token"]'
}

kc_admin_token() {
  curl -fsS -d grant_type=password -d client_id=admin-cli -d username=admin -d "password=$KC_ADMIN_PASSWORD" \
    "$KEYCLOAK_URL/realms/master/protocol/openid-connect/token" | json_get '["access_token"]'
}

# Creates (idempotently) reporter accounts <prefix>-001..N with role user, a platform_account_id and
# the password <username>-dev-pw (DEV ONLY, like the realm's dev users), through the admin API.
ensure_accounts() {
  local prefix="$1" n="$2" admin i u code id
  admin=$(kc_admin_token)
  local role; role=$(curl -fsS -H "Authorization: Bearer $admin" "$KEYCLOAK_URL/admin/realms/$REALM/roles/user")
  for i in $(seq -f '%03g' 1 "$n"); do
    u="$prefix-$i"
    # The master realm's admin tokens live 60 s: a fresh one every 10 accounts.
    [ $((10#$i % 10)) = 0 ] && admin=$(kc_admin_token)
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
      "$KEYCLOAK_URL/admin/realms/$REALM/users" -d "{\"username\":\"$u\",\"enabled\":true,\"emailVerified\":true,
        \"firstName\":\"Bench\",\"lastName\":\"Reporter $i\",\"email\":\"$u@example.test\",
        \"attributes\":{\"platform_account_id\":[\"pa-$prefix-$i\"]},
        \"credentials\":[{\"type\":\"password\",\"value\":\"$u-dev-pw\",\"temporary\":false}]}")
    case "$code" in
      201|409) ;;
      *) echo "creating $u in Keycloak answered $code" >&2; return 1 ;;
    esac
    # Also for an account that exists: an earlier, interrupted run may have left it without the role.
    id=$(curl -fsS -H "Authorization: Bearer $admin" "$KEYCLOAK_URL/admin/realms/$REALM/users?username=$u&exact=true" | json_get '[0]["id"]')
    curl -fsS -o /dev/null -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
      "$KEYCLOAK_URL/admin/realms/$REALM/users/$id/role-mappings/realm" -d "[$role]"
  done
}

# One fresh access token per account, one per line, into file $3 (fetched 8 at a time).
need_wrk() {
  command -v wrk >/dev/null || { echo "installing wrk (Debian package)"; apt-get install -y -qq wrk >/dev/null; }
}

# Closed-loop POST /v1/reports by wrk (bench/report.lua, bench/body.json) as accounts $1-001..$2, with $3 clients
# for $4 seconds against API port $5; wrk's output into $6, its BENCH_RESULT line on stdout. Fresh tokens each
# call: they live 5 minutes, so one call must be shorter than that (warm_up splits longer loads).
wrk_reports() {
  local prefix="$1" accounts="$2" c="$3" secs="$4" port="$5" log="$6" t=$(( $3 < 2 ? $3 : 2 ))
  account_tokens "$prefix" "$accounts" "$log.tokens"
  BENCH_TOKENS="$log.tokens" BENCH_BODY="$BENCH_DIR/body.json" \
    wrk -t "$t" -c "$c" -d "${secs}s" --timeout 10s -s "$BENCH_DIR/report.lua" "http://127.0.0.1:$port" >"$log" 2>&1
  grep '^BENCH_RESULT' "$log"
}

# A production service is a long-running JVM: on two busy cores C2 compiles the request path for minutes, and
# until then a report costs the service several times its CPU (docs/performance.md, "Sixth pass"). Warms the
# service on port $4 up with wrk_reports at 8 clients for $3 seconds, in parts of at most 120 s; output into $5.
warm_up() {
  local prefix="$1" accounts="$2" left="$3" port="$4" log="$5" part
  while [ "$left" -gt 0 ]; do
    part=$(( left < 120 ? left : 120 )); left=$(( left - part ))
    wrk_reports "$prefix" "$accounts" 8 "$part" "$port" "$log" >/dev/null || { echo "warm-up failed; see $log" >&2; return 1; }
  done
}

account_tokens() {
  python3 - "$1" "$2" "$KEYCLOAK_URL" "$REALM" >"$3" <<'PY'
import json, sys, urllib.parse, urllib.request
from concurrent.futures import ThreadPoolExecutor
prefix, n, kc, realm = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
def fetch(i):
    u = f'{prefix}-{i:03d}'
    form = urllib.parse.urlencode({'grant_type': 'password', 'client_id': 'app', 'username': u, 'password': f'{u}-dev-pw'})
    with urllib.request.urlopen(f'{kc}/realms/{realm}/protocol/openid-connect/token', form.encode(), timeout=60) as r:
        return json.load(r)['access_token']
with ThreadPoolExecutor(8) as ex:
    for t in ex.map(fetch, range(1, n + 1)):
        print(t)
PY
}
