#!/usr/bin/env python3
"""Closed-loop HTTP load client for the benchmarks: N threads, each with its own keep-alive
connection, call the given paths round-robin for a fixed time and print one JSON line.

What it reports (issue 22): latency percentiles and throughput over *served* responses only (2xx);
the quick 503 refusals of the overload limit and the other failures (other statuses, transport
errors, timeouts) are counted apart, as counts and as shares of all requests, so that refusals can
never lower a percentile. Optional: one write in every --write-every requests (--post), a second
bearer token for paths that contain a marker (--token-for), and several app nodes (--base repeated;
thread n stays on node n mod k, so a signed-in session stays on its node)."""
import argparse, http.client, json, re, subprocess, threading, time
from urllib.parse import urlencode, urlparse


def session_cookie(response, fallback):
    for name, value in response.getheaders():
        if name.lower() == "set-cookie" and (value.startswith("SESSION") or value.startswith("JSESSIONID")):
            return value.split(";", 1)[0]
    return fallback


def login(conn, user, password):
    """Form login: the CSRF token of the login page, then the session cookie of the sign-in."""
    conn.request("GET", "/login")
    r = conn.getresponse()
    page = r.read().decode()
    cookie = session_cookie(r, "")
    csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    body = urlencode({"username": user, "password": password, "_csrf": csrf})
    conn.request("POST", "/login", body=body, headers={"Cookie": cookie,
                                                       "Content-Type": "application/x-www-form-urlencoded"})
    r = conn.getresponse()
    r.read()
    # signed in = a redirect away from the login page; a refused (503) or failed sign-in must be retried, or
    # every request of the thread would be answered with a redirect to the login page
    if r.status != 302 or "/login" in (r.getheader("Location") or ""):
        raise RuntimeError("sign-in answered %d %s" % (r.status, r.getheader("Location")))
    return session_cookie(r, cookie)


def login_retrying(conn, user, password, attempts=30):
    """Fifty sign-ins at once meet the overload limit (503, no form): wait and try again."""
    for attempt in range(attempts):
        try:
            return login(conn, user, password)
        except Exception:
            if attempt == attempts - 1:
                raise
            conn.close()
            time.sleep(0.5 + 0.1 * attempt)


def percentile(sorted_ms, q):
    """Nearest-rank percentile of a sorted list; None for an empty list (nothing was served)."""
    return round(sorted_ms[min(len(sorted_ms) - 1, int(q * len(sorted_ms)))], 1) if sorted_ms else None


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", action="append", required=True, help="app node(s); thread n uses node n mod k")
    p.add_argument("--token", action="append", help="bearer token(s); threads take them in turn")
    p.add_argument("--token-for", action="append", default=[],
                   help="MARKER=TOKEN: paths containing MARKER are sent with TOKEN (e.g. scope=company)")
    p.add_argument("--login", help="user:password — sign in with the form and use the session (pages)")
    p.add_argument("--path", action="append", required=True)
    p.add_argument("--post", help="PATH=JSON: the write sent once in every --write-every requests")
    p.add_argument("--write-every", type=int, default=10)
    p.add_argument("--concurrency", type=int, default=10)
    p.add_argument("--seconds", type=float, default=20)
    p.add_argument("--label", default="")
    p.add_argument("--on-start", help="shell command run when the clock starts (after every thread signed in)")
    p.add_argument("--on-stop", help="shell command run when the clock stops, before the threads are joined")
    a = p.parse_args()
    nodes = [urlparse(b) for b in a.base]
    overrides = [tuple(spec.rsplit("=", 1)) for spec in a.token_for]  # tokens carry no "="
    post_path, post_body = a.post.split("=", 1) if a.post else (None, None)
    served, counts, lock = [], {"refused": 0, "failed": 0, "writes": 0}, threading.Lock()
    failures = {}  # what the failed requests were: HTTP status or exception name → count
    # everyone signs in first; the clock starts when all are ready
    ready = threading.Barrier(a.concurrency + 1)
    stop = [0.0]

    def worker(n):
        node = nodes[n % len(nodes)]
        connect = lambda: http.client.HTTPConnection(node.hostname, node.port, timeout=60)
        conn = connect()
        try:
            if a.login:
                base_headers = {"Cookie": login_retrying(conn, *a.login.split(":", 1)), "Accept": "text/html"}
            else:
                base_headers = {"Authorization": "Bearer " + a.token[n % len(a.token)], "Accept": "application/json"}
        finally:
            ready.wait()
        i, mine, refused, failed, writes, why = n, [], 0, 0, 0, {}
        while time.time() < stop[0]:
            i += 1
            headers = dict(base_headers)
            if post_path and i % a.write_every == 0:
                method, path, body = "POST", post_path, post_body
                headers["Content-Type"] = "application/json"
                writes += 1
            else:
                method, path, body = "GET", a.path[i % len(a.path)], None
                for marker, token in overrides:
                    if marker in path:
                        headers["Authorization"] = "Bearer " + token
            t = time.perf_counter()
            try:
                conn.request(method, path, body=body, headers=headers)
                r = conn.getresponse()
                r.read()
                ms = (time.perf_counter() - t) * 1000
                if 200 <= r.status < 300:
                    mine.append(ms)
                elif r.status == 503:
                    refused += 1
                else:
                    failed += 1
                    why[str(r.status)] = why.get(str(r.status), 0) + 1
            except Exception as ex:
                failed += 1
                why[type(ex).__name__] = why.get(type(ex).__name__, 0) + 1
                conn.close()
                conn = connect()
        with lock:
            served.extend(mine)
            counts["refused"] += refused
            counts["failed"] += failed
            counts["writes"] += writes
            for key, count in why.items():
                failures[key] = failures.get(key, 0) + count

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(a.concurrency)]
    for t in threads:
        t.start()
    stop[0] = time.time() + 3600
    ready.wait()
    if a.on_start:  # e.g. a profile or a CPU snapshot of the timed window only, without the sign-ins
        subprocess.run(a.on_start, shell=True, check=False)
    started = time.time()
    stop[0] = started + a.seconds
    if a.on_stop:
        time.sleep(max(0.0, stop[0] - time.time()))
        subprocess.run(a.on_stop, shell=True, check=False)
    for t in threads:
        t.join()
    elapsed = time.time() - started
    served.sort()
    total = len(served) + counts["refused"] + counts["failed"]
    share = lambda k: round(100.0 * counts[k] / total, 2) if total else 0.0
    print(json.dumps({"label": a.label, "concurrency": a.concurrency, "nodes": len(nodes), "requests": total,
                      "served": len(served), "refused": counts["refused"], "failed": counts["failed"],
                      "refusedPct": share("refused"), "failedPct": share("failed"), "writes": counts["writes"], "failures": failures,
                      "p50": percentile(served, 0.50), "p95": percentile(served, 0.95),
                      "p99": percentile(served, 0.99), "rps": round(len(served) / elapsed, 1)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
