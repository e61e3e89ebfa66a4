#!/usr/bin/env bash
# The second-half modules' speed targets on a generated database, one at a time and quickly (no lists, dashboards,
# export or import: bench/run.sh does those). Writes bench/results/<date>-<scale>-second-half.md.
# Usage: bench/second-half.sh <M|L>   (env: PGPORT PGHOST PGUSER as bench/run.sh; APP_PORT=8102; SECONDS_PER_RUN=15;
#        JAR=target/salesteam.jar; HEAP=2g; APP_ARGS: more application arguments; PORTFOLIO_ACCOUNTS=500, 0 skips
#        the matrix)
# The targets (issues 15, 17, 18, 19): the company scorecard for a year under 2 s cold and 200 ms warm at L; a contest
# leaderboard of 1,000 participants under 1 s warm at L; every customer's defection clock and risk score stored in
# under 5 minutes at L; the at-risk list's p95 ≤ 150 ms at M; a portfolio of 500 accounts's matrix under 1 s at L.
# "Warm" is one user asking again (p50 and p95 of one closed-loop client); the 10-user rows show the load behaviour.
set -euo pipefail
SCALE=${1:?scale: M or L}
cd "$(dirname "$0")/.."
PGHOST=${PGHOST:-localhost}; PGPORT=${PGPORT:-5451}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
APP_PORT=${APP_PORT:-8102}; RUN=${SECONDS_PER_RUN:-15}
DB="bench_$(echo "$SCALE" | tr 'A-Z' 'a-z')"
JAR=${JAR:-target/salesteam.jar}
WORK=$(mktemp -d /tmp/salesteam-bench2.XXXX)
OUT=bench/results/$(date -u +%F)-$SCALE-second-half.md
BASE=http://localhost:$APP_PORT
DBURL=jdbc:postgresql://$PGHOST:$PGPORT/$DB
LOAD_START=$(cut -d' ' -f1 /proc/loadavg)
. "$(dirname "$0")/common.sh"
trap stop_app EXIT

first() { # $1 = path → ms of one call (the cold answer)
  local t0; t0=$(ms)
  curl -sf -o /dev/null -H "Authorization: Bearer $DIRECTOR" "$BASE$1" || echo "(failed: $1)" >&2
  echo $(( $(ms) - t0 ))
}
timed() { # $1 = label, $2 = path: cold, one user warm, ten users
  local cold one ten
  cold=$(first "$2")
  one=$(load --token="$DIRECTOR" --path "$2" --concurrency 1 --seconds "$RUN")
  ten=$(load --token="$DIRECTOR" --path "$2" --concurrency 10 --seconds "$RUN")
  echo "| $1 | $cold | $(python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print("%s | %s" % (r["p50"], r["p95"]))' "$one") | $(python3 -c 'import json,sys; r=json.loads(sys.argv[1]); print("%s | %s | %s | %s" % (r["p50"], r["p95"], r["rps"], r["failed"] + r["refused"]))' "$ten") |" >> "$OUT"
}

log "starting the app on $DB"
start_app "${HEAP:-2g}" "$DBURL" ${APP_ARGS:-}
DIRECTOR=$(token "$DB" director)
COUNTS=$(psql -d "$DB" -tAc "select 'customers ' || (select count(*) from customer) || ', order lines ' || (select count(*) from order_line) || ', reps ' || (select count(*) from app_user_role where role = 'REP')")
TODAY=$(date -u +%F)
{
echo "# SalesTeam second-half benchmarks — scale $SCALE, $(date -u '+%F %H:%M') UTC"
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM; PostgreSQL $(psql -tAc 'show server_version'); app commit $(git rev-parse --short HEAD); heap ${HEAP:-2g}."
echo "@@LOAD@@"
echo
echo "Data: $COUNTS. Start-up: $STARTUP_MS ms."
echo
} > "$OUT"

log "every customer's score of today"
APP_DAY=$(TZ=Asia/Shanghai date +%F) # the app's business day (salesteam.time-zone)
psql -d "$DB" -qc "delete from retention_score_day where score_date = '$APP_DAY'"
STORE_MS=$(first "/api/v1/retention/customers?size=20")
STORED=$(psql -d "$DB" -tAc "select count(*) from retention_score_day where score_date = '$APP_DAY'")
{
echo "Every customer's defection clock and risk score computed and stored (the day's first at-risk list, as the nightly"
echo "job would): **$STORED customers in $STORE_MS ms**."
echo
echo "| what | cold ms | 1 user p50 ms | 1 user p95 ms | 10 users p50 ms | 10 users p95 ms | 10 users req/s | refused or failed |"
echo "|---|---|---|---|---|---|---|---|"
} >> "$OUT"
timed "at-risk list API (company, page of 20)" "/api/v1/retention/customers?size=20"
YEAR=$(( $(date -u +%Y) - 1 ))
log "company scorecard"
timed "company scorecard API ($YEAR)" "/api/v1/scorecards?scope=company&from=$YEAR-01-01&to=$YEAR-12-31"

log "contest leaderboard"
TEAM_IDS=$(psql -d "$DB" -tAc "select string_agg(id::text, ',') from sales_team where active")
CONTEST=$(curl -sf -H "Authorization: Bearer $DIRECTOR" -H 'Content-Type: application/json' \
  -d "{\"name\":\"bench\",\"kpiCode\":\"SALES\",\"from\":\"$(date -u -d "$TODAY -29 days" +%F)\",\"to\":\"$TODAY\",\"scoring\":\"ABSOLUTE\",\"prizeMode\":\"TOP_N\",\"topN\":3,\"participants\":{\"teamIds\":[$TEAM_IDS]},\"filters\":{}}" \
  "$BASE/api/v1/contests" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
PARTICIPANTS=$(curl -sf -H "Authorization: Bearer $DIRECTOR" "$BASE/api/v1/contests/$CONTEST/leaderboard" \
  | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["rows"]))')
timed "contest leaderboard API ($PARTICIPANTS participants, 30 days)" "/api/v1/contests/$CONTEST/leaderboard"

if [ "${PORTFOLIO_ACCOUNTS:-500}" != 0 ]; then
log "portfolio matrix"
ACCOUNTS=$(psql -d "$DB" -tAc "select string_agg(id::text, ',') from (select id from customer
  order by key_account desc, potential desc, id limit ${PORTFOLIO_ACCOUNTS:-500}) a")
PORTFOLIO=$(python3 bench/portfolio.py --base "$BASE" --token "$DIRECTOR" --accounts "$ACCOUNTS" --year "$(date -u +%Y)" \
  2> "$WORK/portfolio.log" || { tail -3 "$WORK/portfolio.log" >&2; echo ""; })
if [ -n "$PORTFOLIO" ]; then
  timed "portfolio matrix API ($(psql -d "$DB" -tAc "select count(*) from ka_portfolio_account where portfolio_id = $PORTFOLIO") accounts)" \
    "/api/v1/portfolios/$PORTFOLIO/matrix"
fi
fi
stop_app

LOAD_END=$(cut -d' ' -f1 /proc/loadavg)
python3 - "$OUT" "$LOAD_START" "$LOAD_END" "$(nproc)" <<'PY'
import sys
out, start, end, cores = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
line = "Load average (1 min): %.1f before the app started, %.1f at the end, on %d cores." % (start, end, cores)
if start > 0.5 * cores:
    line += ("\n**Other work was running on the machine (load %.1f before the run): figures are noisy, take them as "
             "upper bounds.**" % start)
text = open(out, encoding="utf-8").read().replace("@@LOAD@@", line, 1)
open(out, "w", encoding="utf-8").write(text)
PY
log "wrote $OUT"
