"""Where the machine's CPU went during a load run: the app, PostgreSQL, and everything else (the load clients).

  cpu.py snap APP_PID [APP_PID ...] > before.json      (jiffies now)
  cpu.py report before.json APP_PID [APP_PID ...]      → one markdown sentence for the interval since the snapshot
PostgreSQL is every process named postgres; a backend that exited during the interval loses its share to "other"."""
import json
import os
import sys


def jiffies(pid):
    with open("/proc/%s/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


def postgres():
    total = 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open("/proc/%s/comm" % pid) as f:
                if f.read().strip() == "postgres":
                    total += jiffies(pid)
        except OSError:
            pass
    return total


def machine():
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    idle = v[3] + v[4]
    return sum(v) - idle, sum(v)


def snap(pids):
    busy, total = machine()
    return {"app": sum(jiffies(p) for p in pids), "pg": postgres(), "busy": busy, "total": total}


if __name__ == "__main__":
    if sys.argv[1] == "snap":
        print(json.dumps(snap(sys.argv[2:])))
    else:
        a = json.load(open(sys.argv[2]))
        b = snap(sys.argv[3:])
        d = {k: b[k] - a[k] for k in a}
        total = max(d["total"], 1)
        share = lambda x: 100.0 * x / total
        print("CPU of the machine during the run: app %.0f %%, PostgreSQL %.0f %%, load clients and other %.0f %%, idle %.0f %%."
              % (share(d["app"]), share(d["pg"]), share(d["busy"] - d["app"] - d["pg"]), share(d["total"] - d["busy"])))
