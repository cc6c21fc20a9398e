#!/usr/bin/env bash
# Generates a Java client from the service's OpenAPI document and proves it works: the build writes
# target/openapi/openapi.json, the client-check profile generates the client (openapi-generator,
# Maven Central), compiles it with the tests and runs GeneratedClientTest, which files a report,
# lists it and reads a problem+json error through the generated client (docs/api.md).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
select_jdk
"$ROOT/scripts/db-setup.sh" --roles-only
cd "$ROOT"
./mvnw -B package -DskipTests "$@"
exec ./mvnw -B -Pclient-check verify -Dtest=GeneratedClientTest -Dsurefire.failIfNoSpecifiedTests=false "$@"
