#!/usr/bin/env bash
# README command 2: runs every test against a real PostgreSQL and a real Keycloak.
# Makes sure PostgreSQL and the two roles exist (scripts/db-setup.sh), selects a JDK >= 21 and runs
# the Maven build; the tests themselves create a fresh database and start Keycloak when it is not running.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
select_jdk
"$ROOT/scripts/db-setup.sh" --roles-only
cd "$ROOT"
exec ./mvnw -B verify "$@"
