#!/usr/bin/env bash
# README command 1: starts the service for real, with the dev profile, with PostgreSQL and Keycloak.
# It builds the application and runs the packaged jar, as production does (docs/decisions.md D2);
# scripts/dev-mode.sh offers Quarkus dev mode (live reload) against the same services.
#   - PostgreSQL: started/installed if missing, roles and database created (scripts/db-setup.sh)
#   - Keycloak: fetched through Maven, started on 127.0.0.1:8180 with keycloak/*-realm.json
#   - the service: http://127.0.0.1:8080 (API), http://127.0.0.1:9000/q/health (management)
# Dev keysets are created on first start under ~/.sealed-intake (never in the repository).
# Ctrl-C stops the service and the Keycloak this script started.
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
./mvnw -B -q package -DskipTests
java -Dquarkus.profile=dev -jar target/quarkus-app/quarkus-run.jar "$@"
