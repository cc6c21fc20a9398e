#!/usr/bin/env bash
# Starts and stops a local Keycloak for development and tests (never for production).
#   scripts/keycloak.sh start   fetch the distribution through Maven, start with a fresh data dir, wait until ready
#   scripts/keycloak.sh stop    stop the instance this script started (by its PID)
#   scripts/keycloak.sh status  exit 0 when ready
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

KC_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KC_PORT="${KEYCLOAK_PORT:-8180}"
KC_MGMT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-9180}"
KC_BASE="$RUN_DIR/keycloak-$KC_VERSION"
KC_PID_FILE="$RUN_DIR/keycloak.pid"
KC_LOG="$RUN_DIR/keycloak.log"
KC_URL="http://127.0.0.1:$KC_PORT"

ready() {
  curl -fsS -o /dev/null "http://127.0.0.1:$KC_MGMT_PORT/health/ready" 2>/dev/null &&
    curl -fsS -o /dev/null "$KC_URL/realms/sealed-intake/.well-known/openid-configuration" 2>/dev/null
}

fetch() {
  [ -x "$KC_BASE/bin/kc.sh" ] && return 0
  local zip="${MAVEN_REPO:-$HOME/.m2/repository}/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
  if [ ! -f "$zip" ]; then
    echo "Fetching Keycloak $KC_VERSION through Maven (cached in the local repository)..."
    "$ROOT/mvnw" -B -q dependency:get -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -Dtransitive=false
  fi
  local tmp; tmp=$(mktemp -d "$RUN_DIR/kc-unzip.XXXX")
  (cd "$tmp" && jar xf "$zip") 2>/dev/null || unzip -q "$zip" -d "$tmp"
  rm -rf "$KC_BASE"; mv "$tmp/keycloak-$KC_VERSION" "$KC_BASE"; rm -rf "$tmp"
  chmod +x "$KC_BASE"/bin/*.sh
}

start() {
  if ready; then echo "Keycloak already running at $KC_URL"; return 0; fi
  select_jdk
  fetch
  # Realm import skips realms that already exist: start from a fresh data directory every time.
  rm -rf "$KC_BASE/data"
  mkdir -p "$KC_BASE/data/import"
  cp "$ROOT"/keycloak/*-realm.json "$KC_BASE/data/import/"
  echo "Starting Keycloak $KC_VERSION on $KC_URL (log: $KC_LOG)"
  KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-dev-only-admin-pw}" \
  setsid nohup "$KC_BASE/bin/kc.sh" start-dev --import-realm \
      --http-host=127.0.0.1 --http-port="$KC_PORT" --hostname="$KC_URL" \
      --health-enabled=true --http-management-port="$KC_MGMT_PORT" \
      >"$KC_LOG" 2>&1 < /dev/null &
  echo $! > "$KC_PID_FILE"
  wait_ready Keycloak "$KC_PID_FILE" "$KC_LOG" "${KEYCLOAK_START_TIMEOUT:-180}"
}

stop() { stop_started Keycloak "$KC_PID_FILE" 30; }

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) ready ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
