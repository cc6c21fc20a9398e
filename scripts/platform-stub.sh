#!/usr/bin/env bash
# Starts and stops the stand-in for the platform (never for production): WireMock standalone, fetched
# through Maven, serving the mappings kept in dev/platform-stub/mappings/ (bodies in dev/platform-stub/__files/).
#   scripts/platform-stub.sh start   fetch the jar, start on 127.0.0.1:${PLATFORM_STUB_PORT:-8089}, wait until ready
#   scripts/platform-stub.sh stop    stop the instance this script started (by its PID)
#   scripts/platform-stub.sh status  exit 0 when ready
# The content API it plays is described in docs/evidence.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

WM_VERSION="${WIREMOCK_VERSION:-3.13.2}"
WM_PORT="${PLATFORM_STUB_PORT:-8089}"
WM_ROOT="${PLATFORM_STUB_ROOT:-$ROOT/dev/platform-stub}"
WM_JAR="${MAVEN_REPO:-$HOME/.m2/repository}/org/wiremock/wiremock-standalone/$WM_VERSION/wiremock-standalone-$WM_VERSION.jar"
WM_PID_FILE="$RUN_DIR/platform-stub.pid"
WM_LOG="$RUN_DIR/platform-stub.log"
WM_URL="http://127.0.0.1:$WM_PORT"

ready() {
  curl -fsS -o /dev/null "$WM_URL/__admin/health" 2>/dev/null
}

fetch() {
  [ -f "$WM_JAR" ] && return 0
  echo "Fetching WireMock $WM_VERSION through Maven (cached in the local repository)..."
  "$ROOT/mvnw" -B -q dependency:get -Dartifact="org.wiremock:wiremock-standalone:$WM_VERSION" -Dtransitive=false
}

start() {
  if ready; then echo "Platform stand-in already running at $WM_URL"; return 0; fi
  select_jdk
  fetch
  echo "Starting the platform stand-in (WireMock $WM_VERSION) on $WM_URL with $WM_ROOT (log: $WM_LOG)"
  setsid nohup java -jar "$WM_JAR" --port "$WM_PORT" --bind-address 127.0.0.1 --root-dir "$WM_ROOT" \
      --disable-banner >"$WM_LOG" 2>&1 < /dev/null &
  echo $! > "$WM_PID_FILE"
  wait_ready "Platform stand-in" "$WM_PID_FILE" "$WM_LOG" 60
}

stop() { stop_started "Platform stand-in" "$WM_PID_FILE" 15; }

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) ready ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
