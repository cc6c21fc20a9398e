# Shared helpers for the project's scripts. Sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DIR="${SEALED_RUN_DIR:-$ROOT/.run}"
# The JVM options of the packaged jar under the dev profile (dev keys): the profile, and the database driver's
# blocking sockets, which application.properties sets for prod and test only (not for Quarkus dev mode; D36).
PACKAGED_DEV_JAVA_OPTS="-Dquarkus.profile=dev -Dquarkus.datasource.jdbc.additional-jdbc-properties.socketFactory=org.sealedintake.common.BlockingSocketFactory"
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

# Waits until the caller's `ready` function succeeds for a process started in the background.
#   wait_ready NAME PID_FILE LOG TIMEOUT_SECONDS
wait_ready() {
  local name="$1" pid_file="$2" log="$3" timeout="$4" waited=0
  until ready; do
    if ! kill -0 "$(cat "$pid_file")" 2>/dev/null; then
      echo "$name exited during start; last lines of $log:" >&2; tail -30 "$log" >&2; return 1
    fi
    if [ "$waited" -ge "$timeout" ]; then echo "$name not ready after ${waited}s; see $log" >&2; return 1; fi
    sleep 1; waited=$((waited + 1))
  done
  echo "$name ready after ${waited}s"
}

# Stops the process group a script started (by its PID file): TERM, then KILL after GRACE seconds.
#   stop_started NAME PID_FILE GRACE_SECONDS
stop_started() {
  local name="$1" pid_file="$2" grace="$3"
  [ -f "$pid_file" ] || { echo "No $name started by this script"; return 0; }
  local pid; pid=$(cat "$pid_file")
  if kill -0 "$pid" 2>/dev/null; then
    kill -- "-$pid" 2>/dev/null || kill "$pid"
    for _ in $(seq 1 "$grace"); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$pid_file"
  echo "$name stopped"
}
