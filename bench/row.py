#!/usr/bin/env python3
"""One markdown table row from a bench/load.py JSON line. Latencies and req/s are over served (2xx) responses;
refused (503) and failed requests are counted apart, the failures with what they were (status or error).
Usage: row.py load|mixed LABEL JSON"""
import json, sys

kind, label, r = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
kinds = ", ".join(f"{k}×{v}" for k, v in sorted(r.get("failures", {}).items()))
failed = f"{r['failed']} ({r['failedPct']} %{': ' + kinds if kinds else ''})"
cells = [label] + ([r["concurrency"]] if kind == "load" else []) + [
    r["served"], r["p50"], r["p95"], r["p99"], r["rps"], f"{r['refused']} ({r['refusedPct']} %)", failed]
if kind == "mixed":
    cells.append(r["writes"])
print("| " + " | ".join("—" if c is None else str(c) for c in cells) + " |")
