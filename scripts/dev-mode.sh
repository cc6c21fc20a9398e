#!/usr/bin/env bash
# Quarkus dev mode (live reload, Dev UI on the management port) against the same real PostgreSQL and
# Keycloak as scripts/dev.sh. For working on the code; README command 1 (scripts/dev.sh) runs the
# packaged jar, as production does (docs/decisions.md D2).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
select_jdk
"$ROOT/scripts/db-setup.sh"
started_kc=0
if ! "$ROOT/scripts/keycloak.sh" status; then
  "$ROOT/scripts/keycloak.sh" start
  started_kc=1
fi
cleanup() { [ "$started_kc" = 1 ] && "$ROOT/scripts/keycloak.sh" stop || true; }
trap cleanup EXIT
cd "$ROOT"
./mvnw -B quarkus:dev "$@"
