#!/usr/bin/env bash
# Dual-control races (issue 10): two service instances on one database, RACE_ATTEMPTS (1000) concurrent
# approve / reject / execute attempts on RACE_REQUESTS (50) unseal requests, by the approvers, the
# requester and others (docs/unseal.md). Passes when there are 0 unauthorised disclosures (an
# execution succeeds only for the requester, at most once per request, only after a successful
# approval and never after a rejection), no 5xx, and exactly one audit record per attempt.
#
#   scripts/unseal-race.sh
#   RACE_ATTEMPTS=200 RACE_THREADS=32 scripts/unseal-race.sh     a smaller run
#
# Instances: the packaged jar, dev profile (mode all: both can approve and execute), ports 18200 and
# 18210 (management 19200/19210), one scratch database sealed_race; dev realm users with their
# DEV-ONLY TOTP secrets (auditor, approver-1, approver-2, auditor-approver), moderator, reporter-a.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../bench/lib.sh"
select_jdk
DB=sealed_race
OUT="$RUN_DIR/unseal-race"; rm -rf "$OUT"; mkdir -p "$OUT"
A=http://127.0.0.1:18200; B=http://127.0.0.1:18210
build_service
scratch_db "$DB"
start_service "$DB" 18200 19200 "$OUT/service-a.log"; PID_A=$SERVICE_PID
trap 'stop_service $PID_A' EXIT
start_service "$DB" 18210 19210 "$OUT/service-b.log"; PID_B=$SERVICE_PID
trap 'stop_service $PID_A; stop_service $PID_B' EXIT

python3 "$BENCH_DIR/race_client.py" setup --bases "$A,$B" --requests "${RACE_REQUESTS:-50}" --out "$OUT/requests.json"
python3 "$BENCH_DIR/race_client.py" race --bases "$A,$B" --attempts "${RACE_ATTEMPTS:-1000}" \
  --threads "${RACE_THREADS:-64}" --in "$OUT/requests.json" --out "$OUT/attempts.jsonl"
# Audit records per request, other than its filing: every attempt, allowed or refused, leaves one.
as_postgres_psql -d "$DB" -At -F $'\t' -c "select object_id, count(*) from audit_event
  where object_type = 'unseal-request' and action <> 'unseal.request' group by object_id" >"$OUT/events.tsv"
rc=0
python3 "$BENCH_DIR/race_client.py" check --in "$OUT/requests.json" --attempts-file "$OUT/attempts.jsonl" \
  --events "$OUT/events.tsv" | tee "$OUT/check.json" || rc=1
[ $rc = 0 ] && echo "UNSEAL RACE PASSED" || echo "UNSEAL RACE FAILED (see $OUT)"
exit $rc
