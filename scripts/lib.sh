# Shared helpers for the project's scripts. Sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DIR="${SEALED_RUN_DIR:-$ROOT/.run}"
mkdir -p "$RUN_DIR"

# Quarkus 3 needs a JDK >= 21; the machine's default java may be older.
select_jdk() {
  local v
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    v=$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
    if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then export JAVA_HOME; export PATH="$JAVA_HOME/bin:$PATH"; return 0; fi
  fi
  for cand in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 /usr/lib/jvm/*; do
    [ -x "$cand/bin/javac" ] || continue
    v=$("$cand/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
    if [ "${v%%.*}" -ge 21 ] 2>/dev/null; then export JAVA_HOME="$cand"; export PATH="$JAVA_HOME/bin:$PATH"; return 0; fi
  done
  echo "No JDK >= 21 found: install one (e.g. Temurin 21 or 25) and set JAVA_HOME." >&2
  return 1
}

# For the scripts that run the service in development: PostgreSQL with its roles and database,
# Keycloak and the platform stand-in (each started here when not running, and then stopped again when
# the calling script exits).
start_dev_services() {
  "$ROOT/scripts/db-setup.sh"
  DEV_STARTED_KEYCLOAK=0
  DEV_STARTED_PLATFORM_STUB=0
  trap stop_dev_services EXIT
  if ! "$ROOT/scripts/keycloak.sh" status; then
    "$ROOT/scripts/keycloak.sh" start
    DEV_STARTED_KEYCLOAK=1
  fi
  if ! "$ROOT/scripts/platform-stub.sh" status; then
    "$ROOT/scripts/platform-stub.sh" start
    DEV_STARTED_PLATFORM_STUB=1
  fi
}

stop_dev_services() {
  [ "${DEV_STARTED_PLATFORM_STUB:-0}" = 1 ] && "$ROOT/scripts/platform-stub.sh" stop || true
  [ "${DEV_STARTED_KEYCLOAK:-0}" = 1 ] && "$ROOT/scripts/keycloak.sh" stop || true
}
