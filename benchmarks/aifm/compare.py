#!/usr/bin/env python3
"""Compares the Monte Carlo of the AI Futures Project's timelines-and-takeoff model (brendanhalstead/ai-progress-rates)
with rsisim's `ai-futures-2025` and prints the comparison.

Their side: parameter draws made by their own sampler (scripts/batch_rollout.py, their default
config/sampling_config.yaml, its Gaussian copula and its seed), each trajectory run in this process without their
per-sample timeout, its CPU and wall time recorded. Results are cached one line per draw in
benchmarks/aifm/target/theirs-SEED.jsonl (not committed); a later call resumes where the cache ends, so --theirs
can be raised without running the first draws again.

rsisim's side: run i of `rsisim run ai-futures-2025 --runs N --seed S`, the same draws and trajectories, one run at a
time through org.rsisim.benchmarks.AiFuturesRuns, which writes each run's milestone dates and CPU time (the
benchmarks jar must be built: mvn -pl benchmarks -am package -DskipTests).

Tests, per milestone: the two-sample Kolmogorov-Smirnov test on the date of each trajectory where a trajectory that
does not reach the milestone by the end of the horizon (2050) is censored and counted as not reached: its date is set
to +infinity in both samples, so the two empirical CDFs are compared on [2012, 2050] and the statistic includes the
difference in the reached share. P(acd_ai by Y) for Y in 2030, 2035, 2050: z = (p_ours - p_theirs) / sqrt(se_ours^2 +
se_theirs^2), binomial standard errors, a diverged run of rsisim (a solver failure before present_day) and a failed
trajectory of theirs left out of both the numerator and the denominator. How many of theirs the config's 5 s
per-sample timeout would have dropped is counted from the recorded wall time of each trajectory on this machine (their
timeout is wall time in a child process that also imports their code, so this is a lower bound there).

Their code stays theirs: it is imported from the checkout given as the first argument and nothing is copied.
Needs python3 with NumPy, SciPy and PyYAML.

Usage:
  python3 benchmarks/aifm/compare.py CHECKOUT [--theirs 500] [--ours 20000] [--seed 42] [--ours-seed 2025]
                                     [--jar JAR] [--scenario NAME] [--cache DIR] [--theirs-only]
                                     [--json FILE] [--ours-csv FILE] [-v]
"""
import argparse
import contextlib
import io
import json
import logging
import math
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
from reference import MILESTONES  # noqa: E402  (rsisim's names for their milestone keys)

END_YEAR = 2050.0
YEARS = (2030.0, 2035.0, 2050.0)


def cpu_seconds():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


class CpuCapReached(BaseException):
    """Raised by the profiling timer inside their code; a BaseException, so that their `except Exception` lets it by."""


def _cap_reached(signum, frame):
    raise CpuCapReached()


def run_theirs(checkout, n, seed, cache_path, log, cap=None):
    """Runs their draws 0..n-1 (resuming from the cache) and returns the cached records. With a cap, a trajectory
    that uses more than cap seconds of CPU is stopped and recorded as capped (left out, as their timeout leaves out a
    trajectory that runs too long)."""
    checkout = os.path.abspath(checkout)
    sys.path.insert(0, checkout)
    sys.path.insert(0, os.path.join(checkout, "scripts"))
    os.chdir(checkout)  # their code reads benchmark_results.yaml from the working directory
    logging.disable(logging.CRITICAL)
    import numpy as np
    import yaml
    with contextlib.redirect_stdout(io.StringIO()):
        import batch_rollout as br
    from progress_model import ProgressModel, Parameters, load_time_series_data
    from time_series_generator import generate_time_series_from_dict
    import model_config as cfg

    with open(os.path.join(checkout, "config", "sampling_config.yaml")) as f:
        user_cfg = yaml.safe_load(f)
    time_range = [float(x) for x in user_cfg["time_range"]]
    initial_progress = float(user_cfg.get("initial_progress", 0.0))
    input_path = os.path.join(checkout, user_cfg.get("input_data", "input_data.csv"))
    data = load_time_series_data(input_path)
    param_dists = user_cfg.get("parameters", {})
    ts_dists = user_cfg.get("time_series_parameters", {})
    corr = user_cfg.get("correlation_matrix")
    rng = np.random.default_rng(seed)
    # the same order of draws from the generator as their batch_rollout main()
    if corr is not None:
        calib_rng = np.random.default_rng(rng.integers(0, 2**32 - 1))
        with contextlib.redirect_stdout(io.StringIO()):
            latent = br._calibrate_gaussian_copula_latent_corr(
                param_dists, corr["parameters"], np.array(corr["correlation_matrix"], dtype=float), calib_rng,
                interpretation=str(corr.get("correlation_type", corr.get("interpretation", "spearman"))),
                calibration_samples=int(corr.get("calibration_samples", 20000)))
        corr["latent_correlation_matrix"] = latent.tolist()
    all_dists = dict(param_dists)
    all_dists.update(ts_dists)

    records = []
    if os.path.exists(cache_path):
        with open(cache_path) as f:
            records = [json.loads(line) for line in f if line.strip()]
    done = len(records)
    with open(cache_path, "a") as out:
        for i in range(n):
            sampled = br._sample_parameter_dict(all_dists, rng, corr)
            if i < done:
                continue
            params = {k: v for k, v in sampled.items() if k in param_dists}
            ts = {k: v for k, v in sampled.items() if k in ts_dists}
            params.setdefault("horizon_extrapolation_type", cfg.DEFAULT_HORIZON_EXTRAPOLATION_TYPE)
            params.setdefault("taste_schedule_type", cfg.DEFAULT_TASTE_SCHEDULE_TYPE)
            rec = {"i": i, "parameters": br._to_jsonable(params), "time_series_parameters": br._to_jsonable(ts)}
            c0, w0 = cpu_seconds(), time.monotonic()
            if cap:
                signal.signal(signal.SIGPROF, _cap_reached)
                signal.setitimer(signal.ITIMER_PROF, cap)
            try:
                with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                    rollout_data = generate_time_series_from_dict(ts, input_path, data) if ts else data
                    model = ProgressModel(Parameters(**params), rollout_data)
                    model.compute_progress_trajectory(time_range, initial_progress)
                ms = model.results.get("milestones", {})
                rec["milestones"] = {ours: (float(ms[t]["time"]) if t in ms and "time" in ms[t]
                                            and ms[t]["time"] is not None else None)
                                     for t, ours in MILESTONES.items()}
            except CpuCapReached:
                rec["error"] = "capped: more than %g s of CPU" % cap
                rec["capped"] = True
            except Exception as e:  # their batch run records a failure and goes on; so does this
                rec["error"] = "%s: %s" % (type(e).__name__, str(e)[:300])
            finally:
                if cap:
                    signal.setitimer(signal.ITIMER_PROF, 0)
            rec["cpu_s"] = cpu_seconds() - c0
            rec["wall_s"] = time.monotonic() - w0
            out.write(json.dumps(rec) + "\n")
            out.flush()
            records.append(rec)
            log("theirs %d/%d  cpu %.2f s%s" % (i + 1, n, rec["cpu_s"], "  FAILED" if "error" in rec else ""))
    return records[:n]


def run_ours(jar, scenario, n, seed, log, out=None):
    """Runs rsisim's scenario through org.rsisim.benchmarks.AiFuturesRuns (one CSV line per run) and returns the
    completed runs' milestone dates (None = not reached), the count of diverged runs and the wall time."""
    out = os.path.abspath(out) if out else os.path.join(tempfile.mkdtemp(prefix="aifm-compare-"), "runs.csv")
    if os.path.exists(out):
        log("ours: reading " + out + " (delete it to run again)")
        return read_runs_csv(out), float("nan")
    cmd = ["java", "-cp", jar, "org.rsisim.benchmarks.AiFuturesRuns", scenario, str(n), str(seed), out]
    log("ours: " + " ".join(cmd))
    t0 = time.monotonic()
    subprocess.run(cmd, check=True, cwd=ROOT)
    wall = time.monotonic() - t0
    return read_runs_csv(out), wall


def read_runs_csv(path):
    import csv
    runs, diverged = [], 0
    with open(path) as f:
        for row in csv.DictReader(f):
            if row.get("status", "completed") != "completed":
                diverged += 1
                continue
            runs.append({ours: (float(row[ours]) if row.get(ours) not in (None, "", "NaN") else None)
                         for ours in MILESTONES.values()})
            runs[-1]["cpu_us"] = float(row["cpu_us"])
    return runs, diverged


def ks_censored(a, b):
    """Two-sample KS on dates with censored values (None) placed at +infinity; returns (D, p)."""
    from scipy import stats
    inf = float("inf")
    xa = [inf if v is None else v for v in a]
    xb = [inf if v is None else v for v in b]
    if all(v == inf for v in xa) and all(v == inf for v in xb):
        return 0.0, 1.0
    # scipy's ks_2samp handles +inf as a value larger than all finite ones
    r = stats.ks_2samp(xa, xb, method="auto")
    return float(r.statistic), float(r.pvalue)


def median(xs):
    """The median of a sorted list (the mean of the two middle values for an even count)."""
    n = len(xs)
    if n == 0:
        return float("nan")
    return xs[n // 2] if n % 2 else 0.5 * (xs[n // 2 - 1] + xs[n // 2])


def prob_by(dates, year):
    k = sum(1 for d in dates if d is not None and d <= year)
    n = len(dates)
    p = k / n
    return p, math.sqrt(p * (1 - p) / n)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("checkout", help="path to a checkout of brendanhalstead/ai-progress-rates")
    ap.add_argument("--theirs", type=int, default=500, help="their trajectories (default 500)")
    ap.add_argument("--ours", type=int, default=20000, help="rsisim trajectories (default 20000)")
    ap.add_argument("--seed", type=int, default=42, help="their sampler's seed (default 42, as their config)")
    ap.add_argument("--ours-seed", type=int, default=2025, help="rsisim's seed (default 2025)")
    ap.add_argument("--jar", default=os.path.join(ROOT, "benchmarks", "target", "benchmarks.jar"),
                    help="the benchmarks jar (mvn -pl benchmarks -am package)")
    ap.add_argument("--scenario", default="ai-futures-2025", help="rsisim scenario, file or bundled name")
    ap.add_argument("--cache", default=os.path.join(HERE, "target"), help="cache directory for their results")
    ap.add_argument("--theirs-only", action="store_true", help="only run (or resume) their trajectories")
    ap.add_argument("--cap-seconds", type=float, help="stop one of their trajectories after this much CPU time and "
                    "leave it out, counted as capped (default: no cap)")
    ap.add_argument("--json", help="also write the comparison as JSON to this file")
    ap.add_argument("--ours-csv", help="keep rsisim's per-run CSV here (benchmarks/aifm/cdf.py reads it); if the "
                    "file exists, it is read instead of running rsisim again")
    ap.add_argument("-v", "--verbose", action="store_true", help="print progress to stderr")
    args = ap.parse_args()
    log = (lambda s: print(s, file=sys.stderr, flush=True)) if args.verbose else (lambda s: None)
    os.makedirs(args.cache, exist_ok=True)
    cache_path = os.path.abspath(os.path.join(args.cache, "theirs-%d.jsonl" % args.seed))
    jar = os.path.abspath(args.jar)
    cwd = os.getcwd()

    theirs = run_theirs(args.checkout, args.theirs, args.seed, cache_path, log, args.cap_seconds)
    os.chdir(cwd)
    if args.theirs_only:
        return
    (ours, diverged), our_wall = run_ours(jar, args.scenario, args.ours, args.ours_seed, log,
                                           args.ours_csv and os.path.join(cwd, args.ours_csv))
    report(theirs, ours, diverged, our_wall, args)


def report(theirs, ours, diverged, our_wall, args):
    ok = [r for r in theirs if "error" not in r]
    failed = len(theirs) - len(ok)
    cpu = sorted(min(r["cpu_s"], 60.0) for r in theirs)
    over5 = sum(1 for r in theirs if r["wall_s"] > 5.0)
    over5cpu = sum(1 for r in theirs if r["cpu_s"] > 5.0)
    result = {"theirs": len(theirs), "theirs_failed": failed, "theirs_capped": sum(1 for r in theirs if r.get("capped")), "timeout_5s_wall": over5, "timeout_5s_cpu": over5cpu,
              "ours": len(ours), "ours_diverged": diverged, "milestones": {}, "acd_ai_by": {}}
    capped = sum(1 for r in theirs if r.get("capped"))
    print("Their trajectories: %d drawn with seed %d, %d failed (%d an exception in their code, %d stopped at the CPU"
          " cap), %d completed" % (len(theirs), args.seed, failed, failed - capped, capped, len(ok)))
    print("  their 5 s per-sample timeout would drop %d (wall time > 5 s here; %d by CPU time)" % (over5, over5cpu))
    print("  CPU per trajectory (counted at most 60 s): median %.3f s, total %.0f s" % (median(cpu), sum(cpu)))
    ocpu = sorted(r["cpu_us"] / 1e6 for r in ours)
    if math.isnan(our_wall):
        print("rsisim runs: %d completed, %d diverged, read from %s" % (len(ours), diverged, args.ours_csv))
    else:
        print("rsisim runs: %d completed, %d diverged (seed %d), %.1f s of wall time for the whole command (JVM"
              " start and warm-up included)" % (len(ours), diverged, args.ours_seed, our_wall))
    print("  CPU per completed trajectory (one thread, warm-up included): median %.3f ms, total %.1f s"
          % (1e3 * median(ocpu), sum(ocpu)))
    print()
    print("Kolmogorov-Smirnov per milestone (not reached by %d counted as +inf in both samples)" % END_YEAR)
    print("%-12s %9s %9s %9s %9s %8s %10s" % ("milestone", "reached_t", "reached_r", "median_t", "median_r", "D", "p"))
    worst = 1.0
    for m in MILESTONES.values():
        a = [r["milestones"][m] for r in ok]
        b = [r[m] for r in ours]
        d, p = ks_censored(a, b)
        worst = min(worst, p)
        fa = sum(1 for v in a if v is not None) / len(a)
        fb = sum(1 for v in b if v is not None) / len(b)

        ma = median(sorted(float("inf") if v is None else v for v in a))
        mb = median(sorted(float("inf") if v is None else v for v in b))
        print("%-12s %9.3f %9.3f %9s %9s %8.4f %10.3g" % (m, fa, fb, "%.2f" % ma if ma != float("inf") else ">2050",
                                                           "%.2f" % mb if mb != float("inf") else ">2050", d, p))
        result["milestones"][m] = {"reached_theirs": fa, "reached_ours": fb, "median_theirs": ma,
                                   "median_ours": mb, "ks_d": d, "ks_p": p}
    print()
    print("P(acd_ai by year): z = (ours - theirs) / combined standard error")
    print("%-6s %16s %16s %7s" % ("year", "theirs (s.e.)", "rsisim (s.e.)", "z"))
    worst_z = 0.0
    for y in YEARS:
        pa, sa = prob_by([r["milestones"]["acd_ai"] for r in ok], y)
        pb, sb = prob_by([r["acd_ai"] for r in ours], y)
        z = (pb - pa) / math.sqrt(sa * sa + sb * sb) if sa + sb > 0 else 0.0
        worst_z = max(worst_z, abs(z))
        print("%-6d %9.4f (%.4f) %9.4f (%.4f) %7.2f" % (y, pa, sa, pb, sb, z))
        result["acd_ai_by"][str(int(y))] = {"theirs": pa, "se_theirs": sa, "ours": pb, "se_ours": sb, "z": z}
    print()
    verdict = worst > 0.01 and worst_z <= 4.0
    print("smallest KS p = %.3g (pass if > 0.01); largest |z| = %.2f (pass if <= 4): %s"
          % (worst, worst_z, "PASS" if verdict else "FAIL"))
    result["pass"] = verdict
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=1)
    sys.exit(0 if verdict else 1)


if __name__ == "__main__":
    main()
