#!/usr/bin/env python3
"""The same KPIs two ways in one run: the application's API (reading its rollups) and plain SQL over the raw
order table. Prints a markdown table: values must be equal; the speed-up is SQL time / API time (medians)."""
import argparse, json, re, statistics, subprocess, time, urllib.request

p = argparse.ArgumentParser()
for name in ("--base", "--db", "--from", "--to", "--team"):
    p.add_argument(name, required=True)
p.add_argument("--token", action="append", required=True)
a = p.parse_args()
period = f"order_date between '{getattr(a, 'from')}' and '{a.to}'"
scopes = [("company", "director", a.token[0], "true"),
          (f"team:{a.team}", "manager1", a.token[1], f"owner_id in (select id from app_user where team_id = {a.team})"),
          ("rep:rep1", "rep1", a.token[2], "owner_id = (select id from app_user where username = 'rep1')")]


def api(scope, token):
    url = f"{a.base}/api/v1/kpis?scope={scope}&from={getattr(a, 'from')}&to={a.to}&codes=SALES,PROFIT,ORDERS"
    request = urllib.request.Request(url, headers={"Authorization": "Bearer " + token, "Accept": "application/json"})
    t = time.perf_counter()
    body = json.load(urllib.request.urlopen(request))
    return (time.perf_counter() - t) * 1000, {k["code"]: float(k["value"]) for k in body["kpis"]}


def sql(condition):
    query = ("select coalesce(sum(net_amount),0), coalesce(sum(net_amount - cost),0), count(*) from sales_order "
             f"where status in ('CONFIRMED','DELIVERED') and {period} and {condition}")
    out = subprocess.run(["psql", "-d", a.db, "-tA", "-c", "\\timing on", "-c", query], capture_output=True,
                         text=True, check=True).stdout
    values = out.strip().splitlines()[1].split("|") if "Timing" in out else out.strip().splitlines()[0].split("|")
    ms = float(re.search(r"Time: ([\d.]+) ms", out).group(1))
    return ms, {"SALES": float(values[0]), "PROFIT": float(values[1]), "ORDERS": float(values[2])}


print()
print("### The same KPIs by plain SQL over the raw orders (same run)")
print()
print("| scope | KPI | API value | SQL value | equal | API ms cold (median of 3) | API ms warm (median of 5) | SQL ms (median of 3) | speed-up cold | speed-up warm |")
print("|---|---|---|---|---|---|---|---|---|---|")


def new_generation():
    """What any order, visit or time entry does: the next KPI answer reads the rollups again (ADR 0015)."""
    subprocess.run(["psql", "-d", a.db, "-qc", "update kpi_rollup_version set version = version + 1"], check=True)


for scope, user, token, condition in scopes:
    cold_runs = []
    for _ in range(3):
        new_generation()
        cold_runs.append(api(scope, token))
    api_runs = [api(scope, token) for _ in range(5)]
    sql_runs = [sql(condition) for _ in range(3)]
    cold_ms = statistics.median(r[0] for r in cold_runs)
    api_ms = statistics.median(r[0] for r in api_runs)
    sql_ms = statistics.median(r[0] for r in sql_runs)
    for code in ("SALES", "PROFIT", "ORDERS"):
        av, sv = cold_runs[0][1][code], sql_runs[0][1][code]
        equal = "yes" if abs(av - sv) < 0.005 and abs(api_runs[0][1][code] - sv) < 0.005 else "**NO**"
        print(f"| {scope} ({user}) | {code} | {av:,.2f} | {sv:,.2f} | {equal} | {cold_ms:.1f} | {api_ms:.1f} "
              f"| {sql_ms:.1f} | {sql_ms / cold_ms:.1f}× | {sql_ms / api_ms:.1f}× |")
print()
print("The API computes each KPI for the period, the previous period and the same period last year (three "
      "computations per call) from the rollups; the SQL computes one period from the raw orders. Cold: the first "
      "answer after a new rollup generation (the script raises it as any order would); warm: the next answers, "
      "which read the figures kept in memory for that generation (ADR 0015).")
