#!/usr/bin/env python3
"""Side by side: CPU time per trajectory of the compute-centric full takeoff model, their code and rsisim's.

Usage: python3 benchmarks/ftm/compare.py CHECKOUT [--js-runs N] [--py-runs N] [--java-runs N] [--python PATH]

CHECKOUT is a checkout of epoch-research/ftm. On each preset of its website/src/js/presets.js this runs
  - their JavaScript port under node (benchmarks/ftm/reference.mjs --bench N: process CPU time over N trajectories,
    after one warm-up),
  - their Python model (ftm.core.model.SimulateTakeOff(**preset).run_simulation(), in process, CPU time of the
    process over N trajectories after one warm-up; skipped with a note if it cannot be imported),
  - rsisim (java -cp benchmarks/target/benchmarks.jar org.rsisim.benchmarks.FtmCpuTime N N: thread CPU time, median
    over N trajectories after N warm-up ones),
and prints one table: microseconds per trajectory and the ratios. Their code stays in CHECKOUT; nothing of it is
copied. Build the jar first: mvn -q -B -pl benchmarks -am package -DskipTests.
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PRESETS = {"aggressive": "aggressive_parameters", "best_guess": "best_guess_parameters",
           "conservative": "conservative_parameters", "short_timelines": "short_timelines_best_guess",
           "med_timelines": "med_timelines_best_guess", "long_timelines": "long_timelines_best_guess"}

PYTHON_TIMER = r'''
import json, sys, time, warnings
sys.path.insert(0, sys.argv[1])
warnings.filterwarnings("ignore")
from ftm.core.model import SimulateTakeOff
presets = json.loads(sys.argv[2])
runs = int(sys.argv[3])
out = {}
for name, p in presets.items():
    p = dict(p)
    if not p.pop("runtime_training_tradeoff_enabled", True):
        p["runtime_training_tradeoff"] = 0.0
    p.pop("dynamic_t_end", None)
    SimulateTakeOff(**p, t_start=2022, t_end=2100, t_step=0.1).run_simulation()
    t0 = time.process_time()
    for _ in range(runs):
        SimulateTakeOff(**p, t_start=2022, t_end=2100, t_step=0.1).run_simulation()
    out[name] = {"mean_us": round((time.process_time() - t0) / runs * 1e6), "runs": runs}
print(json.dumps(out))
'''


def presets_of(checkout):
    text = open(os.path.join(checkout, "website", "src", "js", "presets.js"), encoding="utf-8").read()
    out = {}
    for name, var in PRESETS.items():
        m = re.search(r"let " + var + r" = (\{.*?\});", text)
        out[name] = json.loads(m.group(1))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("checkout")
    ap.add_argument("--js-runs", type=int, default=5)
    ap.add_argument("--py-runs", type=int, default=3)
    ap.add_argument("--java-runs", type=int, default=500)
    ap.add_argument("--python", default=sys.executable, help="the Python that has their dependencies "
                    "(numpy, scipy, pandas, matplotlib, yaml)")
    a = ap.parse_args()
    js = json.loads(subprocess.run(["node", os.path.join(HERE, "reference.mjs"), a.checkout, "--bench",
                                    str(a.js_runs)], check=True, capture_output=True, text=True).stdout
                    .strip().splitlines()[-1])
    py = None
    r = subprocess.run([a.python, "-c", PYTHON_TIMER, a.checkout, json.dumps(presets_of(a.checkout)),
                        str(a.py_runs)], capture_output=True, text=True)
    if r.returncode == 0:
        py = json.loads(r.stdout.strip().splitlines()[-1])
    else:
        print("their Python could not run: " + (r.stderr.strip().splitlines() or ["?"])[-1])
    jar = os.path.join(ROOT, "benchmarks", "target", "benchmarks.jar")
    java = json.loads(subprocess.run(["java", "-cp", jar, "org.rsisim.benchmarks.FtmCpuTime", str(a.java_runs),
                                      str(a.java_runs)], check=True, capture_output=True, text=True).stdout
                      .strip().splitlines()[-1])
    print("CPU time per trajectory (us): their node (mean of %d), their Python (mean of %d), rsisim (median of %d)"
          % (a.js_runs, a.py_runs, a.java_runs))
    print("| preset | their node | their Python | rsisim | node / rsisim | Python / rsisim |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name in PRESETS:
        ours = java[name]["median_us"]
        n = js[name]["mean_us"]
        p = py[name]["mean_us"] if py else None
        print("| %s | %d | %s | %.0f | %.0f | %s |" % (name, n, "%d" % p if p else "-", ours, n / ours,
                                                    "%.0f" % (p / ours) if p else "-"))


if __name__ == "__main__":
    main()
