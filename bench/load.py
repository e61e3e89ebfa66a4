#!/usr/bin/env python3
"""Closed-loop HTTP load client for the benchmarks: N threads, each with its own keep-alive
connection, call the given paths round-robin for a fixed time and report latency percentiles,
throughput and errors (non-2xx or transport failures) as one JSON line."""
import argparse, http.client, json, re, threading, time
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


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True)
    p.add_argument("--token", action="append", help="bearer token(s); threads take them in turn")
    p.add_argument("--login", help="user:password — sign in with the form and use the session (pages)")
    p.add_argument("--path", action="append", required=True)
    p.add_argument("--concurrency", type=int, default=10)
    p.add_argument("--seconds", type=float, default=20)
    p.add_argument("--label", default="")
    a = p.parse_args()
    url = urlparse(a.base)
    lat, errors, lock = [], [0], threading.Lock()
    # everyone signs in first; the clock starts when all are ready
    ready = threading.Barrier(a.concurrency + 1)
    stop = [0.0]

    def worker(n):
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
        try:
            if a.login:
                headers = {"Cookie": login_retrying(conn, *a.login.split(":", 1)), "Accept": "text/html"}
            else:
                headers = {"Authorization": "Bearer " + a.token[n % len(a.token)], "Accept": "application/json"}
        finally:
            ready.wait()
        i, mine, bad = n, [], 0
        while time.time() < stop[0]:
            path = a.path[i % len(a.path)]
            i += 1
            t = time.perf_counter()
            try:
                conn.request("GET", path, headers=headers)
                r = conn.getresponse()
                r.read()
                if r.status >= 300:
                    bad += 1
            except Exception:
                bad += 1
                conn.close()
                conn = http.client.HTTPConnection(url.hostname, url.port, timeout=60)
            mine.append((time.perf_counter() - t) * 1000)
        with lock:
            lat.extend(mine)
            errors[0] += bad

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(a.concurrency)]
    for t in threads:
        t.start()
    stop[0] = time.time() + 3600
    ready.wait()
    started = time.time()
    stop[0] = started + a.seconds
    for t in threads:
        t.join()
    elapsed = time.time() - started
    lat.sort()

    def pct(q):
        return round(lat[min(len(lat) - 1, int(q * len(lat)))], 1) if lat else None

    print(json.dumps({"label": a.label, "requests": len(lat), "errors": errors[0], "concurrency": a.concurrency,
                      "p50": pct(0.50), "p95": pct(0.95), "p99": pct(0.99),
                      "rps": round(len(lat) / elapsed, 1)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
