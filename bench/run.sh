#!/usr/bin/env bash
# Benchmarks of SalesTeam against PostgreSQL 15 on this machine; writes bench/results/<date>-<scale>.md.
# Usage: bench/run.sh <XS|S|M|L>   (env: PGPORT=5451 PGHOST=localhost PGUSER=postgres APP_PORT=8101
#        SKIP_GENERATE=1 to reuse the database bench_<scale>; SECONDS_PER_RUN=15; EXPORT_SECONDS=120;
#        IMPORT_LINES=1000000: order lines imported into the scratch database bench_<scale>_import, which is
#        generated at scale XS and dropped afterwards; IMPORT_SECONDS=3600: the import's time limit;
#        TWO_NODES=0 skips the dashboards on two app nodes)
# Needs: a running PostgreSQL 15, java 17, python3, target/salesteam.jar (./mvnw package).
# Every load table gives percentiles and req/s over served (2xx) responses only; the overload limit's 503 refusals
# and other failures are their own columns (issue 22).
set -euo pipefail
SCALE=${1:?scale: XS, S, M or L}
cd "$(dirname "$0")/.."
PGHOST=${PGHOST:-localhost}; PGPORT=${PGPORT:-5451}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
APP_PORT=${APP_PORT:-8101}; RUN=${SECONDS_PER_RUN:-15}
DB="bench_$(echo "$SCALE" | tr 'A-Z' 'a-z')"
JAR=target/salesteam.jar
WORK=$(mktemp -d /tmp/salesteam-bench.XXXX)
OUT=bench/results/$(date -u +%F)-$SCALE.md
BASE=http://localhost:$APP_PORT
DBURL=jdbc:postgresql://$PGHOST:$PGPORT/$DB
# the machine's own load, read before the generator, the app and the clients start: the only figure that says
# whether other work shared the machine (the benchmark's clients, app and PostgreSQL load it themselves)
LOAD_START=$(cut -d' ' -f1 /proc/loadavg)
. "$(dirname "$0")/common.sh"
trap stop_app EXIT

# --- data -------------------------------------------------------------------------------------------------
if [ -z "${SKIP_GENERATE:-}" ]; then
  log "creating $DB and generating scale $SCALE"
  psql -qc "drop database if exists $DB" -c "create database $DB"
  t0=$(ms)
  java -Xmx2g -jar $JAR generate --scale="$SCALE" --spring.profiles.active=postgres --spring.datasource.url="$DBURL" \
    --spring.datasource.username="$PGUSER" > "$WORK/generate.log" 2>&1
  GEN_MS=$(( $(ms) - t0 ))
  GEN_LINE=$(grep -o "Scale $SCALE generated in .*" "$WORK/generate.log" || true)
else
  GEN_MS="(reused)"; GEN_LINE="database reused (SKIP_GENERATE)"
fi
COUNTS=$(psql -d "$DB" -tAc "select 'customers ' || (select count(*) from customer) || ', orders ' || (select count(*) from sales_order) || ', order lines ' || (select count(*) from order_line) || ', visits ' || (select count(*) from visit) || ', reps ' || (select count(*) from app_user_role where role = 'REP')")
TODAY=$(date -u +%F); FROM=$(date -u -d "$TODAY -1 year +1 day" +%F)

# --- app, tokens ------------------------------------------------------------------------------------------
log "starting the app"
start_app 1g; STARTUP_1G=$STARTUP_MS; RSS_IDLE=$(rss)
declare -A TOKEN
for u in director manager1 rep1; do TOKEN[$u]=$(token "$DB" "$u"); done
# the dashboard's KPI call (whole catalogue, three periods) as the first request the app serves after start
FIRST_KPI_MS=$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer ${TOKEN[director]}" \
  "$BASE/api/v1/kpis?scope=company&from=$(date -u -d "$(date -u +%F) -1 year +1 day" +%F)&to=$(date -u +%F)" \
  | python3 -c 'import sys; print(round(float(sys.stdin.read()) * 1000))')
SEARCH=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("华联"))')

{
echo "# SalesTeam benchmarks — scale $SCALE, $(date -u '+%F %H:%M') UTC"
echo
echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/ {print $2}') GB RAM."
echo "Versions: $(java -version 2>&1 | head -1), $(psql -tAc 'select version()' | cut -d, -f1), app commit $(git rev-parse --short HEAD)."
echo "@@LOAD@@"
echo
echo "Data: $COUNTS."
echo "Generation: $GEN_LINE (wall clock with JVM start: $GEN_MS ms)."
echo
echo "Start-up (app, PostgreSQL, -Xmx1g): $STARTUP_1G ms to ready; RSS idle: $RSS_IDLE."
echo
echo "## Lists and searches (director: sees everything; $RUN s each)"
echo
echo "$HEADER"
echo "$RULE"
} > "$OUT"

log "lists and searches"
for spec in "customers API|/api/v1/customers?size=20" "customers search API|/api/v1/customers?q=$SEARCH&size=20" \
  "orders API|/api/v1/orders?size=20" "orders search API|/api/v1/orders?q=GN00001&size=20" \
  "visits API|/api/v1/visits?size=20" "visits search API|/api/v1/visits?q=$SEARCH&size=20"; do
  r=$(load --token="${TOKEN[director]}" --path "${spec#*|}" --concurrency 10 --seconds "$RUN")
  row "${spec%%|*}" "$r" >> "$OUT"
done
for spec in "customers page|/customers" "customers search page|/customers?q=$SEARCH" "orders page|/orders" \
  "orders search page|/orders?q=GN00001" "visits page|/visits" "visits search page|/visits?q=$SEARCH"; do
  r=$(load --login director:demo --path "${spec#*|}" --concurrency 10 --seconds "$RUN")
  row "${spec%%|*}" "$r" >> "$OUT"
done

log "dashboards"
{
echo
echo "## Dashboards and KPIs (50 concurrent users; period $FROM … $TODAY)"
echo
echo "$HEADER"
echo "$RULE"
} >> "$OUT"
TEAM=$(psql -d "$DB" -tAc "select t.id from sales_team t join app_user u on u.id = t.manager_id where u.username = 'manager1'")
for spec in "director KPIs API|director|/api/v1/kpis?scope=company&from=$FROM&to=$TODAY" \
  "manager KPIs API|manager1|/api/v1/kpis?scope=team:$TEAM&from=$FROM&to=$TODAY" \
  "rep KPIs API|rep1|/api/v1/kpis?scope=rep:rep1&from=$FROM&to=$TODAY"; do
  IFS='|' read -r label user path <<< "$spec"
  r=$(load --token="${TOKEN[$user]}" --path "$path" --concurrency 50 --seconds "$RUN")
  row "$label" "$r" >> "$OUT"
done
( sleep $((RUN / 2)); rss > "$WORK/rss-load" ) &
# the pages: where the CPU went (app, PostgreSQL, clients) for each, and a JFR profile of the director's
for user in director manager1 rep1; do
  # the CPU snapshot and the profile cover the timed window only, not the 50 sign-ins before it (BCrypt)
  start="python3 bench/cpu.py snap $APP_PID > $WORK/cpu-$user.json"
  [ "$user" = director ] && start="$start; jcmd $APP_PID JFR.start name=dash settings=profile filename=$WORK/dash.jfr > /dev/null"
  stop="python3 bench/cpu.py report $WORK/cpu-$user.json $APP_PID > $WORK/cpu-$user.txt"
  [ "$user" = director ] && stop="$stop; jcmd $APP_PID JFR.stop name=dash > /dev/null"
  r=$(load --login "$user:demo" --path /performance --concurrency 50 --seconds "$RUN" --on-start "$start" --on-stop "$stop")
  row "$user /performance page" "$r" >> "$OUT"
  echo "$user: $(cat "$WORK/cpu-$user.txt")" >> "$WORK/cpu-pages.txt"
done
RSS_LOAD=$(cat "$WORK/rss-load")
{
echo
echo "Where the machine's CPU went while each /performance row ran (2 cores; the 50 clients run on the same machine):"
echo
sed 's/^/- /' "$WORK/cpu-pages.txt"
echo
echo "### Profile of the director's /performance page under 50 users (JFR, settings=profile, $RUN s)"
echo
python3 bench/jfr_top.py "$WORK/dash.jfr" || echo "(no profile: jfr failed)"
} >> "$OUT"

log "second-half pages"
{
echo
echo "## Second-half modules (director, 10 concurrent users)"
echo
echo "$HEADER"
echo "$RULE"
} >> "$OUT"
YEAR_FROM=$(date -u -d "$TODAY -1 year" +%Y)-01-01; YEAR_TO=$(date -u -d "$TODAY -1 year" +%Y)-12-31
PORTFOLIO=$(psql -d "$DB" -tAc "select min(id) from ka_portfolio" 2>/dev/null || true)
# the generated data has no portfolio: an optional step makes one of PORTFOLIO_ACCOUNTS accounts (default 500, 0 =
# skip) through the API — the largest key accounts first, then the largest other customers (bench/portfolio.py)
if [ -z "$PORTFOLIO" ] && [ "${PORTFOLIO_ACCOUNTS:-500}" != 0 ]; then
  log "creating a portfolio of ${PORTFOLIO_ACCOUNTS:-500} accounts"
  ACCOUNTS=$(psql -d "$DB" -tAc "select string_agg(id::text, ',') from (select id from customer
    order by key_account desc, potential desc, id limit ${PORTFOLIO_ACCOUNTS:-500}) a")
  PORTFOLIO=$(python3 bench/portfolio.py --base "$BASE" --token "${TOKEN[director]}" --accounts "$ACCOUNTS" \
    --year "$(date -u +%Y)" 2> "$WORK/portfolio.log" || { tail -3 "$WORK/portfolio.log" >&2; true; })
fi
# the day's first at-risk list stores every customer's score once (ADR 0040; normally the nightly job does): timed
# apart, so that the load rows measure the list a user meets during the day
t0=$(ms)
curl -sf -o /dev/null -H "Authorization: Bearer ${TOKEN[director]}" "$BASE/api/v1/retention/customers?size=20" || true
RETENTION_FIRST_MS=$(( $(ms) - t0 ))
for spec in "company scorecard API (last closed year)|/api/v1/scorecards?scope=company&from=$YEAR_FROM&to=$YEAR_TO" \
  "retention list API (company, page of 20)|/api/v1/retention/customers?size=20" \
  "retention list page|/retention"; do
  IFS='|' read -r label path <<< "$spec"
  case "$path" in /api/*) r=$(load --token="${TOKEN[director]}" --path "$path" --concurrency 10 --seconds "$RUN") ;;
    *) r=$(load --login director:demo --path "$path" --concurrency 10 --seconds "$RUN") ;; esac
  row "$label" "$r" >> "$OUT"
done
echo "| retention list API, the day's first call (stores every customer's score once) | 1 | 1 | $RETENTION_FIRST_MS | | | | 0 | 0 |" >> "$OUT"
if [ -n "$PORTFOLIO" ]; then
  r=$(load --token="${TOKEN[director]}" --path "/api/v1/portfolios/$PORTFOLIO/matrix" --concurrency 10 --seconds "$RUN")
  row "portfolio matrix API ($(psql -d "$DB" -tAc "select count(*) from ka_portfolio_account where portfolio_id = $PORTFOLIO") accounts)" "$r" >> "$OUT"
else
  echo "| portfolio matrix API | — | the generated data has no portfolio | | | | | | |" >> "$OUT"
fi
# a contest of every active team's reps over the last 30 days, ranked as a draft previews it (issue 17: a
# leaderboard of 1,000 participants at L under 1 s warm; M has 100 reps)
TEAM_IDS=$(psql -d "$DB" -tAc "select string_agg(id::text, ',') from sales_team where active")
CONTEST=$(curl -sf -H "Authorization: Bearer ${TOKEN[director]}" -H 'Content-Type: application/json' \
  -d "{\"name\":\"bench\",\"kpiCode\":\"SALES\",\"from\":\"$(date -u -d "$TODAY -29 days" +%F)\",\"to\":\"$TODAY\",\"scoring\":\"ABSOLUTE\",\"prizeMode\":\"TOP_N\",\"topN\":3,\"participants\":{\"teamIds\":[$TEAM_IDS]},\"filters\":{}}" \
  "$BASE/api/v1/contests" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' || true)
if [ -n "$CONTEST" ]; then
  PARTICIPANTS=$(curl -sf -H "Authorization: Bearer ${TOKEN[director]}" "$BASE/api/v1/contests/$CONTEST/leaderboard" \
    | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["rows"]))' || echo "?")
  r=$(load --token="${TOKEN[director]}" --path "/api/v1/contests/$CONTEST/leaderboard" --concurrency 10 --seconds "$RUN")
  row "contest leaderboard API ($PARTICIPANTS participants, 30 days)" "$r" >> "$OUT"
else
  echo "| contest leaderboard API | — | the contest could not be created | | | | | | |" >> "$OUT"
fi

log "KPIs against plain SQL"
python3 bench/kpi_check.py --base "$BASE" --db "$DB" --from "$FROM" --to "$TODAY" --first-ms "$FIRST_KPI_MS" \
  --token="${TOKEN[director]}" --token="${TOKEN[manager1]}" --token="${TOKEN[rep1]}" --team "$TEAM" >> "$OUT"

log "mixed load"
{
echo
echo "## Mixed read/write load (bench/load.py; 9 reads of lists/searches/KPIs : 1 write as rep1; $RUN s per step)"
echo
echo "| users | served | p50 ms | p95 ms | p99 ms | served req/s | refused (503) | failed | writes |"
echo "|---|---|---|---|---|---|---|---|---|"
} >> "$OUT"
MIXED_READS=("/api/v1/customers?size=20" "/api/v1/customers?q=$SEARCH&size=20" "/api/v1/orders?size=20"
  "/api/v1/visits?size=20" "/api/v1/kpis?scope=company&from=$FROM&to=$TODAY&codes=SALES,PROFIT,ORDERS"
  "/api/v1/kpis?scope=rep:rep1&from=$FROM&to=$TODAY&codes=SALES,PROFIT,ORDERS" "/api/v1/orders?q=GN0000&size=20"
  "/api/v1/activities?size=20" "/api/v1/customers?size=20&page=3")
mixed() { # $1 = users → one JSON line; the company KPIs are read with the director's token (a rep gets 403)
  local args=() path
  for path in "${MIXED_READS[@]}"; do args+=(--path "$path"); done
  load --token="${TOKEN[rep1]}" --token-for "scope=company=${TOKEN[director]}" "${args[@]}" \
    --post "/api/v1/activities={\"type\":\"TRAINING\",\"date\":\"$TODAY\",\"durationMinutes\":30,\"outcome\":\"bench\"}" \
    --write-every 10 --concurrency "$1" --seconds "$RUN"
}
mixed_row() { python3 bench/row.py mixed "$1" "$2"; }
# a step counts only when its p95 over served responses is ≤ 300 ms, at most 1 % was refused and nothing failed
qualifies() { python3 -c 'import json,sys; r=json.loads(sys.argv[1]); sys.exit(0 if r["p95"] is not None and r["p95"] <= 300 and r["refusedPct"] <= 1 and r["failed"] == 0 else 1)' "$1"; }
BEST=0; BEST_C=0
for c in 4 8 16 32 64 128; do
  r=$(mixed $c)
  mixed_row "$c" "$r" >> "$OUT"
  rps=$(field "$r" rps)
  if qualifies "$r" && python3 -c "import sys; sys.exit(0 if $rps > $BEST else 1)"; then BEST=$rps; BEST_C=$c; fi
done
if [ "$BEST_C" -gt 0 ]; then
  c=$((BEST_C * 2))
  r=$(mixed $c)
  mixed_row "**2× ($c)**" "$r" >> "$OUT"
fi
echo >> "$OUT"
echo "Highest served throughput with p95 ≤ 300 ms, ≤ 1 % refused and no failures: **$BEST req/s** at $BEST_C users. RSS under the dashboard load: $RSS_LOAD." >> "$OUT"

if [ "${TWO_NODES:-1}" != 0 ]; then
  log "dashboards on two app nodes"
  stop_app
  start_app 1g
  # the second node: same jar, database and heap, its own port and name (sessions live in the database)
  BASE_2=http://localhost:$((APP_PORT + 1))
  SALESTEAM_NODE_NAME=bench-b java -Xmx1g -jar $JAR --spring.profiles.active=postgres --spring.datasource.url="$DBURL" \
    --spring.datasource.username="$PGUSER" --server.port=$((APP_PORT + 1)) > "$WORK/app-node-b.log" 2>&1 &
  APP2_PID=$!
  until curl -sf "$BASE_2/actuator/health/readiness" > /dev/null; do
    kill -0 "$APP2_PID" 2>/dev/null || { tail -30 "$WORK/app-node-b.log"; exit 1; }; sleep 0.5; done
  {
  echo
  echo "## The director's dashboard on two app nodes (one PostgreSQL, the same machine; 50 users, half on each node)"
  echo
  echo "$HEADER"
  echo "$RULE"
  } >> "$OUT"
  r=$(python3 bench/load.py --base "$BASE" --base "$BASE_2" --token="${TOKEN[director]}" \
    --path "/api/v1/kpis?scope=company&from=$FROM&to=$TODAY" --concurrency 50 --seconds "$RUN")
  row "director KPIs API, 2 nodes" "$r" >> "$OUT"
  r=$(python3 bench/load.py --base "$BASE" --base "$BASE_2" --login director:demo --path /performance \
    --concurrency 50 --seconds "$RUN")
  row "director /performance page, 2 nodes" "$r" >> "$OUT"
fi

log "export with -Xmx256m"
stop_app
start_app 256m
t0=$(ms)
EXPORT_CAP=${EXPORT_SECONDS:-120}
curl -s --max-time "$EXPORT_CAP" -H "Authorization: Bearer ${TOKEN[director]}" "$BASE/api/v1/order-lines/export?format=csv" -o "$WORK/lines.csv" || true
EXPORT_MS=$(( $(ms) - t0 ))
[ -s "$WORK/lines.csv" ] || echo "header" > "$WORK/lines.csv" # nothing arrived before the cut (L: the sort)
ROWS=$(( $(wc -l < "$WORK/lines.csv") - 1 ))
LOAD_EXPORT=$(cut -d' ' -f1 /proc/loadavg)
{
echo
echo "## Export, import and COPY"
echo
echo "Export of the order lines (CSV, director, app heap capped at 256 MB; the download is cut after $EXPORT_CAP s): $ROWS rows in $EXPORT_MS ms = **$(( ROWS * 1000 / (EXPORT_MS + 1) )) rows/s**; app RSS afterwards $(rss); start-up with -Xmx256m $STARTUP_MS ms; load average before the export $LOAD_EXPORT."
} >> "$OUT"
stop_app

# Import of the exported lines through the application's order import (kind orders, SKIP_INVALID) into a scratch
# database with the demo data (its reps replace the export's), against COPY of the same file into a plain table.
IDB=${DB}_import
LINES=${IMPORT_LINES:-1000000}
log "import of $LINES lines vs COPY in $IDB"
psql -qc "drop database if exists $IDB" -c "create database $IDB"
start_app 1g "jdbc:postgresql://$PGHOST:$PGPORT/$IDB" --salesteam.demo.enabled=true --salesteam.import.dir="$WORK/imports" \
  --salesteam.import.max-file-size=1GB --spring.servlet.multipart.max-file-size=1100MB \
  --spring.servlet.multipart.max-request-size=1101MB
REPS=$(psql -d "$IDB" -tAc "select string_agg(u.username, ',' order by u.username) from app_user u join app_user_role r on r.user_id = u.id where r.role = 'REP'")
LINES=$(python3 bench/import_file.py --source "$WORK/lines.csv" --target "$WORK/import.csv" --lines "$LINES" --reps "$REPS")
psql -d "$IDB" -qc "create table bench_copy_lines (order_number text, line_no integer, order_date date,
  customer_code text, customer_name text, segment text, territory text, rep text, product_code text, product_name text,
  category text, quantity numeric, unit_price numeric, discount numeric, amount numeric, cost numeric, profit numeric,
  status text)"
t0=$(ms); psql -d "$IDB" -qc "\\copy bench_copy_lines from '$WORK/import.csv' with (format csv, header true)"; COPY_MS=$(( $(ms) - t0 ))
# the admin, with createMissing: the generated data's territories and segments are not in the demo data, and an
# order file creates missing ones only when an admin asks for it (issue 20, defect 12)
ITOKEN=$(token "$IDB" admin)
t0=$(ms)
JOB=$(curl -s -H "Authorization: Bearer $ITOKEN" -F file=@"$WORK/import.csv" -F kind=orders -F mode=SKIP_INVALID \
  -F createMissing=true "$BASE/api/v1/imports")
JOB_ID=$(echo "$JOB" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
IMPORT_CAP=${IMPORT_SECONDS:-3600}; STATUS=RUNNING
while [ $(( $(ms) - t0 )) -lt $(( IMPORT_CAP * 1000 )) ]; do
  JOB=$(curl -s -H "Authorization: Bearer $ITOKEN" "$BASE/api/v1/imports/$JOB_ID")
  STATUS=$(echo "$JOB" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
  case "$STATUS" in DONE|FAILED) break;; esac
  sleep 2
done
IMPORT_MS=$(( $(ms) - t0 ))
IMPORTED=$(echo "$JOB" | python3 -c 'import json,sys; j=json.load(sys.stdin); print("%s imported, %s rejected" % (j.get("rowsImported"), j.get("rowsRejected")))')
{
echo
echo "Import of $LINES of these lines (reps mapped onto the demo reps, order numbers prefixed BI-) through the application's order import (\`POST /api/v1/imports\`, kind orders, SKIP_INVALID, createMissing, admin) into an empty scratch database with the demo data: status $STATUS after $IMPORT_MS ms ($IMPORTED) = $(( LINES * 1000 / (IMPORT_MS + 1) )) lines/s."
echo "PostgreSQL \`COPY\` of the same file into a plain typed table (18 columns) in the same database: $COPY_MS ms. **Import / COPY = $(python3 -c "print(round($IMPORT_MS / max($COPY_MS, 1), 1))")×** (target ≤ 4×)."
if [ "$LINES" -lt 1000000 ]; then
  echo "Only $LINES lines were imported (IMPORT_LINES, or a cut export); linear extrapolation to 1,000,000 lines: import $(( IMPORT_MS * 1000 / LINES )) s, COPY $(( COPY_MS * 1000 / LINES )) s."
fi
} >> "$OUT"
stop_app
psql -qc "drop database $IDB"

# the load sentence goes where the header left room for it
LOAD_END=$(cut -d' ' -f1 /proc/loadavg)
python3 - "$OUT" "$LOAD_START" "$LOAD_EXPORT" "$LOAD_END" "$(nproc)" <<'PY'
import sys
out, start, export, end, cores = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
line = ("Load average (1 min) before the generator, the app and the clients started: %.1f on %d cores. "
        "During the run (the benchmark's own clients, app and PostgreSQL): %.1f before the export, %.1f at the end."
        % (start, cores, export, end))
if start > 0.5 * cores:
    line += ("\n**Other work was running on the machine when the benchmark started (load %.1f before it began): figures "
             "are noisy, take them as orders of magnitude.**" % start)
text = open(out, encoding="utf-8").read().replace("@@LOAD@@", line, 1)
open(out, "w", encoding="utf-8").write(text)
PY
log "wrote $OUT"
