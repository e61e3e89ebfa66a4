#!/usr/bin/env python3
"""The dashboard's KPI call measured as a user meets it, and its figures checked against plain SQL (issue 22).

The call is the one the dashboard makes: the whole KPI catalogue (no `codes`), each KPI for the period, the previous
period and the same period last year. It is timed three ways: the first call after the app started (measured by
run.sh before anything else touched the app, passed in as --first-ms), the first call after a new rollup generation
(what any new order, visit or time entry causes; ADR 0015) and warm. The SQL baseline computes SALES, PROFIT and
ORDERS for the one period twice — from the totals stored on each order and from the order lines — and the table says
which is which. Prints markdown."""
import argparse, json, re, statistics, subprocess, time, urllib.request

p = argparse.ArgumentParser()
for name in ("--base", "--db", "--from", "--to", "--team"):
    p.add_argument(name, required=True)
p.add_argument("--token", action="append", required=True)
p.add_argument("--first-ms", type=float, help="the director's first catalogue call after start (run.sh)")
a = p.parse_args()
period = f"o.order_date between '{getattr(a, 'from')}' and '{a.to}'"
scopes = [("company", "director", a.token[0], "true"),
          (f"team:{a.team}", "manager1", a.token[1], f"o.owner_id in (select id from app_user where team_id = {a.team})"),
          ("rep:rep1", "rep1", a.token[2], "o.owner_id = (select id from app_user where username = 'rep1')")]
CHECKED = ("SALES", "PROFIT", "ORDERS")


def api(scope, token):
    url = f"{a.base}/api/v1/kpis?scope={scope}&from={getattr(a, 'from')}&to={a.to}"
    request = urllib.request.Request(url, headers={"Authorization": "Bearer " + token, "Accept": "application/json"})
    t = time.perf_counter()
    body = json.load(urllib.request.urlopen(request))
    ms = (time.perf_counter() - t) * 1000
    return ms, {k["code"]: (None if k["value"] is None else float(k["value"])) for k in body["kpis"]}


def psql(query):
    out = subprocess.run(["psql", "-d", a.db, "-tA", "-c", "\\timing on", "-c", query], capture_output=True,
                         text=True, check=True).stdout
    rows = [line for line in out.strip().splitlines() if "|" in line]
    ms = float(re.search(r"Time: ([\d.]+) ms", out).group(1))
    values = rows[0].split("|")
    return ms, dict(zip(CHECKED, (float(v) for v in values)))


def sql_totals(condition):
    """From the totals stored on the order (net_amount, cost of the whole order)."""
    return psql("select coalesce(sum(o.net_amount),0), coalesce(sum(o.net_amount - o.cost),0), count(*) "
                f"from sales_order o where o.status in ('CONFIRMED','DELIVERED') and {period} and {condition}")


def sql_lines(condition):
    """From the order lines (the sums the stored totals are made of)."""
    return psql("select coalesce(sum(l.net_amount),0), coalesce(sum(l.net_amount - l.cost),0), "
                "count(distinct o.id) from sales_order o join order_line l on l.order_id = o.id "
                f"where o.status in ('CONFIRMED','DELIVERED') and {period} and {condition}")


def new_generation():
    """What any order, visit or time entry does: the next KPI answer reads the rollups again (ADR 0015)."""
    subprocess.run(["psql", "-d", a.db, "-qc", "update kpi_rollup_version set version = version + 1"], check=True)


results = []
for scope, user, token, condition in scopes:
    cold_runs = []
    for _ in range(3):
        new_generation()
        cold_runs.append(api(scope, token))
    warm_runs = [api(scope, token) for _ in range(5)]
    totals_runs = [sql_totals(condition) for _ in range(3)]
    lines_runs = [sql_lines(condition) for _ in range(3)]
    results.append((scope, user, cold_runs, warm_runs, totals_runs, lines_runs))

print()
print("### The dashboard's KPI call (whole catalogue × 3 periods) and the SQL baselines (same run)")
print()
print("| scope | KPIs in the call | API: first after start ms | API: first after a new rollup generation ms "
      "(median of 3) | API: warm ms (median of 5) | SQL from order totals ms (3 KPIs, median of 3) "
      "| SQL from order lines ms (3 KPIs, median of 3) |")
print("|---|---|---|---|---|---|---|")
for scope, user, cold_runs, warm_runs, totals_runs, lines_runs in results:
    first = f"{a.first_ms:.0f}" if a.first_ms is not None and scope == "company" else "—"
    print(f"| {scope} ({user}) | {len(cold_runs[0][1])} | {first} "
          f"| {statistics.median(r[0] for r in cold_runs):.1f} | {statistics.median(r[0] for r in warm_runs):.1f} "
          f"| {statistics.median(r[0] for r in totals_runs):.1f} | {statistics.median(r[0] for r in lines_runs):.1f} |")
print()
print("| scope | KPI | API value | SQL from order totals | SQL from order lines | equal |")
print("|---|---|---|---|---|---|")
for scope, user, cold_runs, warm_runs, totals_runs, lines_runs in results:
    for code in CHECKED:
        av, tv, lv = cold_runs[0][1][code], totals_runs[0][1][code], lines_runs[0][1][code]
        same = all(abs(x - tv) < 0.005 for x in (av, warm_runs[0][1][code], lv))
        print(f"| {scope} ({user}) | {code} | {av:,.2f} | {tv:,.2f} | {lv:,.2f} | {'yes' if same else '**NO**'} |")
print()
print("The API answers every KPI of the catalogue for the period, the previous period and the same period last year "
      "(three computations each) from the rollups; each SQL baseline computes three KPIs for one period from the raw "
      "rows. *First after start*: the director's call right after the app reported ready, before any other request. "
      "*First after a new rollup generation*: the script raises the generation as any order would, then calls. "
      "*Warm*: the next calls, which read the figures kept in memory for that generation (ADR 0015).")
