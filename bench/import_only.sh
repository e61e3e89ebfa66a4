#!/usr/bin/env bash
# The import part of bench/run.sh on its own: an order-line file of LINES lines (made from an existing
# order-line export SOURCE with bench/import_file.py) imported through the application's order import
# (kind orders, SKIP_INVALID, director) into a fresh scratch database with the demo data, against COPY of
# the same file into a plain table. Prints one line of figures.
# Usage: bench/import_only.sh <export.csv> <lines>   (env: JAR=target/salesteam.jar IDB=import_scratch
#        APP_PORT=8101 WORK=/tmp/… JAVA_OPTS=… e.g. a flight recording; PGHOST/PGPORT/PGUSER as bench/run.sh)
set -euo pipefail
SOURCE=${1:?an order-line export (CSV)}
LINES=${2:?number of lines}
cd "$(dirname "$0")/.."
PGHOST=${PGHOST:-localhost}; PGPORT=${PGPORT:-5451}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
APP_PORT=${APP_PORT:-8101}; JAR=${JAR:-target/salesteam.jar}; IDB=${IDB:-import_scratch}
WORK=${WORK:-$(mktemp -d /tmp/salesteam-import.XXXX)}
mkdir -p "$WORK"
BASE=http://localhost:$APP_PORT
APP_PID=
stop_app() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=; fi; }
trap stop_app EXIT
ms() { date +%s%3N; }
psql -qc "drop database if exists $IDB" -c "create database $IDB"
# shellcheck disable=SC2086
java -Xmx1g ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=postgres \
  --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$IDB" --spring.datasource.username="$PGUSER" \
  --server.port="$APP_PORT" --salesteam.demo.enabled=true --salesteam.import.dir="$WORK/imports" \
  --salesteam.import.max-file-size=1GB --spring.servlet.multipart.max-file-size=1100MB \
  --spring.servlet.multipart.max-request-size=1101MB > "$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -sf "$BASE/actuator/health/readiness" > /dev/null; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log"; exit 1; }; sleep 0.5; done
REPS=$(psql -d "$IDB" -tAc "select string_agg(u.username, ',' order by u.username) from app_user u join app_user_role r on r.user_id = u.id where r.role = 'REP'")
LINES=$(python3 bench/import_file.py --source "$SOURCE" --target "$WORK/import.csv" --lines "$LINES" --reps "$REPS")
psql -d "$IDB" -qc "create table bench_copy_lines (order_number text, line_no integer, order_date date,
  customer_code text, customer_name text, segment text, territory text, rep text, product_code text, product_name text,
  category text, quantity numeric, unit_price numeric, discount numeric, amount numeric, cost numeric, profit numeric,
  status text)"
t0=$(ms); psql -d "$IDB" -qc "\\copy bench_copy_lines from '$WORK/import.csv' with (format csv, header true)"; COPY_MS=$(( $(ms) - t0 ))
RAW=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
HASH=$(printf %s "$RAW" | sha256sum | cut -d' ' -f1)
psql -d "$IDB" -qc "insert into api_token (id, version, user_id, token_hash, expires_at, created_at)
  select nextval('app_seq'), 0, id, '$HASH', current_timestamp + interval '1 day', current_timestamp from app_user where username = 'director'"
LOAD=$(cut -d' ' -f1 /proc/loadavg)
t0=$(ms)
JOB=$(curl -s -H "Authorization: Bearer $RAW" -F file=@"$WORK/import.csv" -F kind=orders -F mode=SKIP_INVALID "$BASE/api/v1/imports")
JOB_ID=$(echo "$JOB" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
STATUS=RUNNING
while :; do
  JOB=$(curl -s -H "Authorization: Bearer $RAW" "$BASE/api/v1/imports/$JOB_ID")
  STATUS=$(echo "$JOB" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
  case "$STATUS" in DONE|FAILED) break;; esac
  sleep 0.5
done
IMPORT_MS=$(( $(ms) - t0 ))
IMPORTED=$(echo "$JOB" | python3 -c 'import json,sys; j=json.load(sys.stdin); print("%s imported, %s rejected" % (j.get("rowsImported"), j.get("rowsRejected")))')
echo "$LINES lines: import $STATUS in $IMPORT_MS ms ($IMPORTED) = $(( LINES * 1000 / (IMPORT_MS + 1) )) lines/s; COPY $COPY_MS ms; import/COPY = $(python3 -c "print(round($IMPORT_MS / max($COPY_MS, 1), 1))")×; load before $LOAD, after $(cut -d' ' -f1 /proc/loadavg)"
grep "Import $JOB_ID" "$WORK/app.log" || true
