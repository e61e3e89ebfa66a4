#!/usr/bin/env bash
# Shared by bench/run.sh and bench/second-half.sh (sourced, not run): logging, the app's start and stop, bearer tokens,
# the load client and its markdown rows. Expects BASE, APP_PORT, DBURL, PGUSER, JAR and WORK to be set by the caller.
APP_PID=; APP2_PID=
log() { echo "[bench $(date -u +%T)] $*" >&2; }
stop_app() {
  for pid in $APP_PID $APP2_PID; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  APP_PID=; APP2_PID=
}
ms() { date +%s%3N; }
rss() { awk '/VmRSS/ {printf "%.0f MB", $2/1024}' /proc/"$APP_PID"/status; }
start_app() { # $1 = heap, $2 = JDBC URL (default: the benchmark database), more: application arguments
  local t0 heap=$1 url=${2:-$DBURL}; t0=$(ms); shift; shift || true
  java -Xmx"$heap" -jar $JAR --spring.profiles.active=postgres --spring.datasource.url="$url" \
    --spring.datasource.username="$PGUSER" --server.port="$APP_PORT" "$@" > "$WORK/app-$heap.log" 2>&1 &
  APP_PID=$!
  until curl -sf "$BASE/actuator/health/readiness" > /dev/null; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app-$heap.log"; exit 1; }; sleep 0.5; done
  STARTUP_MS=$(( $(ms) - t0 ))
}
HEADER="| what | users | served | p50 ms | p95 ms | p99 ms | served req/s | refused (503) | failed |"
RULE="|---|---|---|---|---|---|---|---|---|"
row() { python3 bench/row.py load "$1" "$2"; } # label json → markdown row (served-only latencies)
load() { python3 bench/load.py --base "$BASE" "$@"; }
field() { python3 -c 'import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$1" "$2"; }
token() { # $1 = database, $2 = user → a bearer token valid for a day
  local raw hash
  raw=$(python3 -c 'import secrets; print(secrets.token_urlsafe(32))')
  hash=$(printf %s "$raw" | sha256sum | cut -d' ' -f1)
  psql -d "$1" -qc "insert into api_token (id, version, user_id, token_hash, expires_at, created_at)
    select nextval('app_seq'), 0, id, '$hash', current_timestamp + interval '1 day', current_timestamp from app_user where username = '$2'"
  echo "$raw"
}
