#!/usr/bin/env python3
"""The distribution of a milestone's date from per-run dates, with its uncertainty: the CDF P(date <= t) with a 95 %
band, and the median date with a 95 % interval.

Input: the CSV of org.rsisim.benchmarks.AiFuturesRuns (one line per run; an empty date is a run that did not reach
the milestone by 2050, censored; diverged runs are left out). Censored runs count as not reached, so the CDF is the
unconditional one, P(date <= t) over all completed runs, and it stays below 1 where some runs never reach the
milestone.

- Band: Dvoretzky-Kiefer-Wolfowitz with Massart's constant, eps = sqrt(ln(2 / 0.05) / (2 n)), which holds for the
  whole curve at once (simultaneous), not only at each t; the pointwise Wilson interval is printed beside it.
- Median: the smallest t with P(date <= t) >= 1/2 (it exists if more than half the runs reach the milestone). Its
  95 % interval is distribution-free: the order statistics x_(j) and x_(k) with j, k the binomial(n, 1/2) quantiles
  at 0.025 and 0.975 (j = floor(n/2 - 1.96 sqrt(n)/2), k = ceil(n/2 + 1.96 sqrt(n)/2) + 1, 1-based), which cover the
  population median with probability at least 0.95 for continuous dates; a censored order statistic is reported as
  "> 2050".

Standard library only. Usage:
  python3 benchmarks/aifm/cdf.py RUNS.csv [--event acd_ai] [--times 2027,2028,...]
"""
import argparse
import csv
import math


def wilson(k, n, z=1.959963984540054):
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, c - h), min(1.0, c + h)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("csv", help="output of org.rsisim.benchmarks.AiFuturesRuns")
    ap.add_argument("--event", default="acd_ai")
    ap.add_argument("--times", default="2026,2027,2028,2029,2030,2031,2032,2033,2035,2040,2045,2050")
    args = ap.parse_args()
    dates, diverged = [], 0
    with open(args.csv) as f:
        for row in csv.DictReader(f):
            if row["status"] != "completed":
                diverged += 1
                continue
            v = row[args.event]
            dates.append(float(v) if v else math.inf)
    n = len(dates)
    dates.sort()
    reached = sum(1 for d in dates if d != math.inf)
    eps = math.sqrt(math.log(2 / 0.05) / (2 * n))
    print("%s: %d completed runs (%d diverged, left out), %d reach it by 2050, %d censored"
          % (args.event, n, diverged, reached, n - reached))
    print("CDF P(%s <= t): 95 %% simultaneous band +-%.4f (DKW); pointwise Wilson interval" % (args.event, eps))
    print("%8s %8s %19s %19s" % ("t", "P", "simultaneous band", "pointwise"))
    for t in (float(x) for x in args.times.split(",")):
        k = sum(1 for d in dates if d <= t)
        p = k / n
        lo, hi = wilson(k, n)
        print("%8.1f %8.4f   [%.4f, %.4f]   [%.4f, %.4f]" % (t, p, max(0, p - eps), min(1, p + eps), lo, hi))
    half = n / 2
    if reached <= half:
        print("median: not reached by 2050 (only %d of %d runs reach it)" % (reached, n))
        return
    med = dates[math.ceil(half) - 1]
    j = int(math.floor(half - 1.959963984540054 * math.sqrt(n) / 2))
    k = int(math.ceil(half + 1.959963984540054 * math.sqrt(n) / 2)) + 1
    j = max(1, j)
    k = min(n, k)
    lo, hi = dates[j - 1], dates[k - 1]
    print("median date %.3f, 95 %% interval [%.3f, %s] (order statistics %d and %d of %d)"
          % (med, lo, "%.3f" % hi if hi != math.inf else "> 2050", j, k, n))


if __name__ == "__main__":
    main()
