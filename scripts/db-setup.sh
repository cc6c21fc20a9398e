#!/usr/bin/env bash
# Creates (idempotently) the two database roles and the development database.
#   owner role   (DB_OWNER):    owns the schema, runs the Flyway migrations, may create test databases
#   runtime role (DB_APP_USER): what the service connects as; gets only the grants the migrations give it
# Works where PostgreSQL trusts local connections and on a fresh `apt-get install postgresql`
# (peer auth for the postgres user, password auth over TCP): the setup runs as the postgres user.
# The passwords below are DEV-ONLY defaults; set the variables for anything else.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-5432}"
DB_NAME="${DB_NAME:-sealed_intake}"
DB_OWNER="${DB_OWNER:-sealed_owner}"
DB_OWNER_PASSWORD="${DB_OWNER_PASSWORD:-dev-only-owner-pw}"
DB_APP_USER="${DB_APP_USER:-sealed_app}"
DB_APP_PASSWORD="${DB_APP_PASSWORD:-dev-only-app-pw}"

as_postgres() {
  if [ "$(id -un)" = postgres ]; then psql -v ON_ERROR_STOP=1 -X -q "$@";
  elif [ "$(id -u)" = 0 ] && command -v runuser >/dev/null; then runuser -u postgres -- psql -v ON_ERROR_STOP=1 -X -q "$@";
  elif command -v sudo >/dev/null && sudo -n -u postgres true 2>/dev/null; then sudo -n -u postgres psql -v ON_ERROR_STOP=1 -X -q "$@";
  else psql -h "$DB_HOST" -p "$DB_PORT" -U postgres -v ON_ERROR_STOP=1 -X -q "$@"; fi
}

ensure_server() {
  if pg_isready -h "$DB_HOST" -p "$DB_PORT" -q 2>/dev/null; then return 0; fi
  if [ "$DB_HOST" = 127.0.0.1 ] || [ "$DB_HOST" = localhost ]; then
    if ! command -v pg_ctlcluster >/dev/null; then
      if [ "$(id -u)" = 0 ]; then
        echo "PostgreSQL is not installed: installing it (apt-get)..."
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      else
        echo "PostgreSQL is not installed and this is not root: install it (apt-get install postgresql)" >&2; return 1
      fi
    fi
    local ver; ver=$(ls /etc/postgresql | sort -V | tail -1)
    echo "Starting PostgreSQL $ver..."
    pg_ctlcluster --skip-systemctl-redirect "$ver" main start || true
    for _ in $(seq 1 30); do pg_isready -h "$DB_HOST" -p "$DB_PORT" -q && return 0; sleep 1; done
  fi
  echo "PostgreSQL is not reachable at $DB_HOST:$DB_PORT" >&2; return 1
}

ensure_server
PGHOST="$DB_HOST" PGPORT="$DB_PORT" as_postgres -d postgres \
  -v owner="$DB_OWNER" -v owner_pw="$DB_OWNER_PASSWORD" -v app="$DB_APP_USER" -v app_pw="$DB_APP_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN CREATEDB PASSWORD %L', :'owner', :'owner_pw')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('ALTER ROLE %I LOGIN CREATEDB PASSWORD %L', :'owner', :'owner_pw') \gexec
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'app', :'app_pw')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'app', :'app_pw') \gexec
-- The owner creates a fresh database per test run and must be able to hand it to nobody else.
SQL
if [ "${1:-}" != "--roles-only" ]; then
  PGHOST="$DB_HOST" PGPORT="$DB_PORT" as_postgres -d postgres -v db="$DB_NAME" -v owner="$DB_OWNER" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'owner')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec
SQL
  PGHOST="$DB_HOST" PGPORT="$DB_PORT" as_postgres -d "$DB_NAME" -v app="$DB_APP_USER" -v owner="$DB_OWNER" <<'SQL'
SELECT format('REVOKE ALL ON SCHEMA public FROM PUBLIC') \gexec
SELECT format('ALTER SCHEMA public OWNER TO %I', :'owner') \gexec
SELECT format('GRANT USAGE ON SCHEMA public TO %I', :'app') \gexec
SQL
  echo "Database $DB_NAME ready (owner $DB_OWNER, runtime role $DB_APP_USER) on $DB_HOST:$DB_PORT"
else
  echo "Roles $DB_OWNER and $DB_APP_USER ready on $DB_HOST:$DB_PORT"
fi
