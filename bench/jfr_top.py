"""Summary of a JFR recording's CPU samples (jdk.ExecutionSample) as markdown: where the request threads' CPU went.

  jfr_top.py recording.jfr
Each sample is charged to the first of these, in this order, found anywhere on its stack: rendering (Thymeleaf), the JDBC
driver, JSON, Hibernate, our code, the rest (a rendering thread writes through Spring Security's response wrapper, so
the top-most frame alone would charge rendering to security). The second table gives, for our own methods
(org.salesteam), the share of samples with that method anywhere on the stack."""
import collections
import json
import subprocess
import sys

LIBRARIES = [("org.thymeleaf", "Thymeleaf rendering"), ("ognl", "Thymeleaf rendering"),
             ("org.attoparser", "Thymeleaf rendering"), ("org.unbescape", "Thymeleaf rendering"),
             ("org.springframework.expression", "SpEL (templates)"),
             ("org.postgresql", "JDBC driver"), ("com.zaxxer", "connection pool"),
             ("org.hibernate", "Hibernate"), ("tools.jackson", "JSON"), ("com.fasterxml", "JSON"),
             ("org.springframework.security", "Spring Security"), ("org.springframework.session", "sessions"),
             ("org.salesteam", "our code"), ("org.springframework", "Spring (other)"),
             ("org.apache.catalina", "Tomcat"), ("org.apache.coyote", "Tomcat"), ("org.apache.tomcat", "Tomcat")]


PRIORITY = ["Thymeleaf rendering", "SpEL (templates)", "JDBC driver", "connection pool", "JSON", "Hibernate",
            "our code", "Spring Security", "sessions", "Spring (other)", "Tomcat"]


def library(cls):
    for prefix, name in LIBRARIES:
        if cls.startswith(prefix):
            return name
    return None


def main(path):
    raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "96", "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    events = json.loads(raw)["recording"]["events"]
    by_lib, ours = collections.Counter(), collections.Counter()
    for e in events:
        frames = e["values"]["stackTrace"]["frames"] if e["values"].get("stackTrace") else []
        names = [(f["method"]["type"]["name"].replace("/", "."), f["method"]["name"]) for f in frames]
        found = {library(c) for c, _ in names}
        lib = next((name for name in PRIORITY if name in found), "JDK and other")
        by_lib[lib] += 1
        # our methods, without the servlet filters (every request passes through them)
        for m in {"%s.%s" % (c.rsplit(".", 1)[-1], n) for c, n in names
                  if c.startswith("org.salesteam") and not c.endswith("Filter")}:
            ours[m] += 1
    n = max(len(events), 1)
    print("%d CPU samples of the app's threads." % len(events))
    print()
    print("| what the thread was in (first found on the stack, in priority order) | samples | share |")
    print("|---|---|---|")
    for lib, c in by_lib.most_common():
        print("| %s | %d | %.0f %% |" % (lib, c, 100.0 * c / n))
    print()
    print("| our method on the stack (inclusive) | samples | share |")
    print("|---|---|---|")
    for m, c in ours.most_common(12):
        print("| `%s` | %d | %.0f %% |" % (m, c, 100.0 * c / n))


if __name__ == "__main__":
    main(sys.argv[1])
