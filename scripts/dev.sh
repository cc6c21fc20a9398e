#!/usr/bin/env bash
# README command 1: starts the service for real, with the dev profile, with PostgreSQL and Keycloak.
# It builds the application and runs the packaged jar, as production does (docs/decisions.md D2);
# scripts/dev-mode.sh offers Quarkus dev mode (live reload) against the same services.
#   - PostgreSQL: started/installed if missing, roles and database created (scripts/db-setup.sh)
#   - Keycloak: fetched through Maven, started on 127.0.0.1:8180 with keycloak/*-realm.json
#   - the platform stand-in: WireMock fetched through Maven, on 127.0.0.1:8089 with dev/platform-stub/
#     (scripts/platform-stub.sh; the content API evidence is captured from, docs/evidence.md)
#   - the service: http://127.0.0.1:8080 (API), http://127.0.0.1:9000/q/health (management)
# Dev keysets are created on first start under ~/.sealed-intake (never in the repository).
# Ctrl-C stops the service and the Keycloak and platform stand-in this script started.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
select_jdk
start_dev_services
cd "$ROOT"
./mvnw -B -q package -DskipTests
# shellcheck disable=SC2086
java $PACKAGED_DEV_JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar "$@"
