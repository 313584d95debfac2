#!/usr/bin/env python3
"""Runs Davidson and Houlden's software intelligence explosion model (their JavaScript under node, through
reference.mjs) beside rsisim's `sie` model, for their default priors and each of their three switches, and prints
each of the four probabilities with its standard error and the z of the difference, then the speeds.

    python3 benchmarks/sie/compare.py CHECKOUT [--theirs 300000] [--ours 1000000] [--seed 20251]
                                               [--threads N] [--speed-runs 4000000] [--curve 20000]

CHECKOUT is the path to a checkout of github.com/thoulden/Accelerated_AI_Progress (their code is not part of this
project). Their runs use a seeded Math.random (reference.mjs); rsisim runs the bundled scenarios sie-2025,
sie-2025-compute-growth, sie-2025-retraining and sie-2025-constant-r through `./rsisim run NAME --format json`, with
the setting years_curve at 0 (sie-2025 records the curve for its report; their runMultiple computes none).
A comparison passes when |z| < 4. Speed, for each scenario, measured back to back: their simulations per second
(runMultiple in one node process, timed inside it) against rsisim's runs per second on all cores (`--threads`,
default every processor; the engine's wall time over --speed-runs runs from the JSON manifest); neither counts
process start-up. With --curve N (0 to skip), it also compares the "years of progress compressed into one year"
curve of the default priors: their calculateYearsCompressedCdf over N of their simulations against the mean of the
series years_compressed_curve (setting years_curve) over 10^6 rsisim runs, at every tenth of its 200 points, each
with the binomial standard error sqrt(p (1 - p) / n). Exits 1 if a |z| reaches 4 or the speed ratio of sie-2025 is
below 10. Needs node 18+, java 17+ and, on first use, Maven.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
METRICS = ["speedup_3x_12mo", "speedup_10x_4mo", "speedup_10x_12mo", "speedup_30x_4mo"]
CONFIGS = [("", "sie-2025"), ("compute-growth", "sie-2025-compute-growth"),
           ("retraining", "sie-2025-retraining"), ("constant-r", "sie-2025-constant-r")]


def theirs(checkout, runs, seed, switch):
    cmd = ["node", "--max-old-space-size=8192", os.path.join(HERE, "reference.mjs"), checkout, "montecarlo",
           str(runs), str(seed)] + ([switch] if switch else [])
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def ours(scenario, runs, seed, threads):
    cmd = [os.path.join(ROOT, "rsisim"), "run", scenario, "--runs", str(runs), "--seed", str(seed),
           "--threads", str(threads), "--format", "json"]
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def ours_without_curve(scenario, runs, seed, threads):
    """A bundled scenario with the series years_compressed_curve off, as their runMultiple computes no curve."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, scenario + "-no-curve.yaml")
        with open(path, "w") as f:
            f.write(f"name: {scenario}\nextends: {scenario}\nsettings: {{years_curve: 0}}\n")
        return ours(path, runs, seed, threads)


CURVE_SCENARIO = """name: sie-2025-curve
model: sie
settings: {years_curve: 1}
parameters:
  initial_boost: {loguniform: {min: 2, max: 32}}
  r_initial: {loguniform: {min: 0.4, max: 3.6}}
  limit_years: {uniform: {min: 6, max: 16}}
  lambda_factor: {loguniform: {min: 0.15, max: 0.6}}
  software_contribution_param: 0.5
runs: 1000000
seed: 2025
"""


def curve(checkout, n, seed, threads):
    """Their curve against rsisim's; returns the largest |z|."""
    cmd = ["node", "--max-old-space-size=8192", os.path.join(HERE, "reference.mjs"), checkout, "curve", str(n),
           str(seed)]
    t = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "sie-2025-curve.yaml")
        with open(path, "w") as f:
            f.write(CURVE_SCENARIO)
        o = ours(path, 1_000_000, seed, threads)
    series = o["series"]["years_compressed_curve"]
    runs = o["counts"]["completed"]
    print()
    print(f"years of progress compressed into one year (default priors): their curve over {n} simulations, "
          f"rsisim's over {runs} runs")
    print(f"{'years':>7} {'theirs':>8} {'s.e.':>8} {'rsisim':>8} {'s.e.':>8} {'z':>6}")
    worst = 0.0
    for j in range(0, len(t["years"]), 10):
        p, q = t["fractions"][j], series["mean"][j]
        se_t = math.sqrt(p * (1 - p) / n)
        se_o = math.sqrt(q * (1 - q) / runs)
        se = math.hypot(se_t, se_o)
        z = (q - p) / se if se > 0 else 0.0
        worst = max(worst, abs(z))
        print(f"{t['years'][j]:7.2f} {p:8.4f} {se_t:8.4f} {q:8.4f} {se_o:8.4f} {z:6.2f}")
    print(f"largest |z| on the curve = {worst:.2f} (required < 4)")
    return worst


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("checkout")
    ap.add_argument("--theirs", type=int, default=300_000, help="their simulations per configuration")
    ap.add_argument("--ours", type=int, default=1_000_000, help="rsisim runs per configuration")
    ap.add_argument("--seed", type=int, default=20251)
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--speed-runs", type=int, default=4_000_000, help="rsisim runs of the speed measurement")
    ap.add_argument("--curve", type=int, default=20_000, help="their simulations for the curve (0: skip it)")
    a = ap.parse_args()
    if not os.path.isfile(os.path.join(a.checkout, "docs", "js", "simulation.js")):
        sys.exit(f"{a.checkout} is not a checkout of thoulden/Accelerated_AI_Progress (no docs/js/simulation.js)")
    subprocess.run([os.path.join(ROOT, "rsisim"), "models"], check=True, capture_output=True)  # builds once

    worst = 0.0
    print(f"their code: {a.theirs} simulations per configuration, seed {a.seed}; "
          f"rsisim: {a.ours} runs per configuration, seed {a.seed}, {a.threads} threads")
    print(f"{'scenario':<24} {'metric':<17} {'theirs':>8} {'s.e.':>8} {'rsisim':>8} {'s.e.':>8} {'z':>6}")
    for switch, scenario in CONFIGS:
        t = theirs(a.checkout, a.theirs, a.seed, switch)
        o = ours_without_curve(scenario, a.ours, a.seed, a.threads)
        for m in METRICS:
            p = t[m]
            se_t = math.sqrt(p * (1 - p) / a.theirs)
            q = o["metrics"][m]["mean"]
            se_o = o["metrics"][m]["stderr"]
            z = (q - p) / math.hypot(se_t, se_o)
            worst = max(worst, abs(z))
            print(f"{scenario:<24} {m:<17} {p:8.5f} {se_t:8.5f} {q:8.5f} {se_o:8.5f} {z:6.2f}")
    print(f"largest |z| = {worst:.2f} (required < 4)")
    if a.curve > 0:
        worst = max(worst, curve(a.checkout, a.curve, a.seed, a.threads))

    print()
    print(f"speed: their code under node (one process, {a.theirs} sims, seed {a.seed + 1}) against rsisim on "
          f"{a.threads} threads ({a.speed_runs} runs), measured back to back for each scenario")
    print(f"{'scenario':<24} {'theirs sims/s':>14} {'rsisim runs/s':>14} {'rsisim s':>9} {'ratio':>7}")
    ratio = None
    for switch, scenario in CONFIGS:
        o = ours_without_curve(scenario, a.speed_runs, a.seed, a.threads)
        rate = o["manifest"]["runs"] / o["manifest"]["wallTimeSeconds"]
        t = theirs(a.checkout, a.theirs, a.seed + 1, switch)
        r = rate / t["sims_per_second"]
        if ratio is None:
            ratio = r
        print(f"{scenario:<24} {t['sims_per_second']:14.0f} {rate:14.0f} {o['manifest']['wallTimeSeconds']:9.2f} "
              f"{r:7.1f}")
    print(f"ratio for sie-2025: {ratio:.1f} (required >= 10, aim 20)")
    sys.exit(0 if worst < 4 and ratio >= 10 else 1)


if __name__ == "__main__":
    main()
