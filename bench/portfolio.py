#!/usr/bin/env python3
"""Creates the key-account portfolio the benchmark times (issue 19: "a portfolio of 500 accounts renders its matrix
in under 1 s"), through the API as a client would: the accounts (the largest key accounts, then the largest other
customers), five attractiveness factors with scales, three success factors, two scorers per account and a three-year
forecast for every tenth. Prints the portfolio's id. Usage:
  portfolio.py --base URL --token TOKEN --accounts 1,2,3 [--year 2026]"""
import argparse, http.client, json, sys, urllib.parse

FACTORS = [("增长", 30), ("毛利", 25), ("潜力", 20), ("付款", 15), ("战略契合", 10)]
SUCCESS = [("价格", 40), ("质量", 40), ("交期", 20)]
SCALES = [
    {"factor": "增长", "measure": "GROWTH", "bands": [{"score": 2, "upper": 0}, {"score": 5, "lower": 0, "upper": 10},
                                                      {"score": 8, "lower": 10}]},
    {"factor": "毛利", "measure": "MARGIN", "bands": [{"score": 3, "upper": 20}, {"score": 7, "lower": 20}]},
    {"factor": "潜力", "measure": "POTENTIAL", "bands": [{"score": 4, "upper": 300000}, {"score": 8, "lower": 300000}]},
    {"factor": "付款", "bands": [{"score": 2, "label": "经常逾期"}, {"score": 8, "label": "按时付款"}]},
]


def call(conn, token, method, path, body=None, expect=(200, 201, 204)):
    conn.request(method, path, body=None if body is None else json.dumps(body, ensure_ascii=False).encode(),
                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    r = conn.getresponse()
    data = r.read()
    if r.status not in expect:
        sys.exit("%s %s → %d %s" % (method, path, r.status, data[:300]))
    return json.loads(data) if data else None


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True)
    p.add_argument("--token", required=True)
    p.add_argument("--accounts", required=True, help="customer ids, comma-separated")
    p.add_argument("--year", type=int, default=2026)
    a = p.parse_args()
    url = urllib.parse.urlparse(a.base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
    ids = [int(x) for x in a.accounts.split(",") if x]
    pid = call(conn, a.token, "POST", "/api/v1/portfolios",
               {"name": "基准测试组合 %d" % len(ids), "year": a.year, "scope": "bench:portfolio"})["id"]
    base = "/api/v1/portfolios/%d" % pid
    call(conn, a.token, "PUT", base + "/accounts", ids)
    call(conn, a.token, "PUT", base + "/factors", [{"name": n, "weight": w} for n, w in FACTORS])
    call(conn, a.token, "PUT", base + "/success-factors", [{"name": n, "weight": w} for n, w in SUCCESS])
    call(conn, a.token, "PUT", base + "/scales", SCALES)
    for i, customer in enumerate(ids):
        for scorer, shift in (("销售部", 0), ("生产部", 1)):
            factors = {n: (i * 7 + k * 3 + shift) % 11 for k, (n, _) in enumerate(FACTORS)}
            success = {n: {"us": (i + k + shift) % 11, "best": (i * 3 + k) % 10 + 1} for k, (n, _) in enumerate(SUCCESS)}
            call(conn, a.token, "PUT", "%s/accounts/%d/scores" % (base, customer),
                 {"scorer": scorer, "factors": factors, "successFactors": success})
        if i % 10 == 0:
            call(conn, a.token, "PUT", "%s/accounts/%d/forecast" % (base, customer),
                 {"attractiveness": (i % 9) + 1, "relativeStrength": 0.5 + (i % 5) * 0.4, "sales": 100000 + i * 1000})
    print(pid)


if __name__ == "__main__":
    main()
