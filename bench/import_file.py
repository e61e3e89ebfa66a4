#!/usr/bin/env python3
"""The order-line file for the import benchmark: the first --lines data rows of an order-line
export (bench/run.sh downloads one), with each rep of the export replaced by one of the reps of
the scratch database (--reps rep1,rep2,…: the i-th rep met becomes reps[i mod n]) so that every row
imports, and the order numbers prefixed (--prefix, default BI-) so that they are new orders even in a
database generated with the same numbering. Everything else is kept as exported (the export is made to
import again unchanged)."""
import argparse, csv, sys


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--source", required=True)
    p.add_argument("--target", required=True)
    p.add_argument("--lines", type=int, required=True)
    p.add_argument("--reps", required=True)
    p.add_argument("--prefix", default="BI-")
    a = p.parse_args()
    reps = a.reps.split(",")
    mapped = {}
    written = 0
    with open(a.source, newline="", encoding="utf-8-sig") as src, \
            open(a.target, "w", newline="", encoding="utf-8") as dst:
        rows = csv.reader(src)
        out = csv.writer(dst, lineterminator="\r\n")
        header = next(rows)
        rep, number = header.index("销售账号"), header.index("订单编号")
        out.writerow(header)
        for row in rows:
            if written == a.lines:
                break
            if len(row) != len(header):
                continue  # a cut download's last line
            row[number] = a.prefix + row[number]
            row[rep] = mapped.setdefault(row[rep], reps[len(mapped) % len(reps)])
            out.writerow(row)
            written += 1
    print(written)


if __name__ == "__main__":
    sys.exit(main())
