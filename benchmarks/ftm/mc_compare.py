#!/usr/bin/env python3
"""Side by side: the Monte Carlo of Davidson's compute-centric full takeoff model as their own code draws and runs it
(epoch-research/ftm: ftm/stats/distributions.py TakeoffParamsDist, run as ftm/analysis/mc_analysis.py runs it) and
rsisim's scenario ftm-2023, compared metric by metric.

Their side, in a child process of --python (default /usr/bin/python3, which needs numpy, scipy, pandas, statsmodels,
matplotlib, bs4, openpyxl and yaml for their imports) importing from CHECKOUT; nothing of theirs is copied:
  - TakeoffParamsDist(parameter_table=TABLE, ignore_rank_correlations=True, use_ajeya_dist=False,
    max_frac_automatable_tasks_goods=0, max_frac_automatable_tasks_rnd=0.05 (as mc_analysis sets them),
    resampling_method=--method). TABLE has, per parameter, the conservative, best-guess and aggressive values of
    their website/src/js/presets.js and a 'Type' equal to the scale the rsisim scenario gives it:
    two-piece-loguniform -> 'pos', two-piece-neg-loguniform -> 'neg', two-piece-logit-uniform -> 'frac' (their
    SkewedLogUniform kinds), a fixed value -> 'delta' (their PointDistribution at the best guess). Their spreadsheet
    (parameter table, rank correlations, bio-anchors tab) cannot be reached: get_parameter_table,
    get_rank_correlations and get_clipped_ajeya_dist are replaced in the child by functions that are never called
    with these options (the rank correlations by an empty table, which ignore_rank_correlations leaves unused).
  - Draw i is TakeoffParamsDist.rvs(1, random_state=RandomState(a_i)) with numpy's global generator seeded with b_i
    first (their two-stage method draws the training requirements from it), (a_i, b_i) =
    SeedSequence([--seed, i]).generate_state(2): each draw has its own seed, so the cache can be resumed and
    extended. Its trajectory is SimulateTakeOff(**params, t_start=2022, t_end_min=2100, compute_shares=False)
    .run_simulation(), the call of mc_analysis (t_start, t_end from their config.yml; their t_end applies as
    dynamic_t_end is off). A draw whose run raises is recorded and left out, as mc_analysis discards it and draws
    again. CPU time of the process (time.process_time) is recorded per trajectory (construction and run) and per
    draw (rvs, with its rejections).
  - Cached one line per draw in benchmarks/ftm/target/theirs-METHOD-SEED-HASH.jsonl (HASH of the table and the
    method; target/ is ignored by git); a later call resumes where the cache ends.

rsisim's side: run i of `rsisim run SCENARIO --runs N --seed S`, the same draws and trajectories, one run at a time
through org.rsisim.benchmarks.ScenarioRuns, which writes each run's events, metrics and CPU time (build the jar
first: mvn -q -B -pl benchmarks -am package -DskipTests).

Compared, per metric: the reached share on both sides, the two-sample Kolmogorov-Smirnov statistic and its p, the
medians. A value their run cannot reach is censored on both sides: their run has 780 steps (2022 to 2099.9) and
rsisim's the 781 of their JavaScript port (to 2100.0), so an automation event after 2099.9, a rampup_start,
sub_agi_year or agi_year after 2099.8 (their step t records these for step t - 1, so the last step's are never
recorded) and a year of 20 % GWP growth after the last start their gwp_growth array holds (2098.8) count as not
reached, and so does a duration whose end is censored; censored values are +inf in both samples (as benchmarks/aifm/compare.py does), so the KS statistic
includes the difference in the reached share. P(event by year) at a few years: z = (ours - theirs) / the
standard error of the pooled share (the two-proportion z test). Rejected draws (goods tasks, or more than 5 % of
R&D tasks, automatable in 2022) are in neither sample: theirs redraws them; rsisim redraws them too under the
scenario's redraw option (ftm-2023, ftm-resample-all.yaml), and without it reports them as diverged at step 0;
both are counted.

Two checks say where a difference would come from. Parameters: the two-sample KS test of each varied parameter
between their accepted draws (those of the trajectories, or --theirs-draws N draws made without trajectories) and
rsisim's completed runs, a test of their sampler and their rejection against rsisim's. Same draws: their accepted
parameter sets run through rsisim (ScenarioRuns --given), metric by metric the count of draws with the same value
(both censored, or within 1e-6), a test of the model on the Monte Carlo's draws rather than on the presets.

Usage:
  python3 benchmarks/ftm/mc_compare.py CHECKOUT [--theirs 500] [--ours 10000]
      [--method all_but_training_requirements|resample_all] [--scenario ftm-2023|FILE] [--seed 2023]
      [--ours-seed SEED] [--python /usr/bin/python3] [--jar JAR] [--cache DIR] [--theirs-only] [--ours-csv FILE]
      [--theirs-draws N] [--no-same-draws] [--json FILE] [-v]
"""
import argparse
import hashlib
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BUNDLED = os.path.join(ROOT, "scenario", "src", "main", "resources", "org", "rsisim", "scenario", "bundled")

# rsisim's scenario forms and the kinds of their SkewedLogUniform that are the same distribution
KINDS = {"two-piece-loguniform": "pos", "two-piece-neg-loguniform": "neg", "two-piece-logit-uniform": "frac"}
# rsisim's event names and their timeline_metrics keys (gwp_growth_20_year is read from their gwp_growth array)
EVENTS = {"rampup_start": "rampup_start", "sub_agi_year": "sub_agi_year", "agi_year": "agi_year",
          "automation_gns_20": "automation_gns_20%", "automation_gns_100": "automation_gns_100%",
          "automation_rnd_20": "automation_rnd_20%", "automation_rnd_100": "automation_rnd_100%",
          "gwp_growth_20_year": None}
# events their step t records when it looks back at step t - 1 (allocate_fractional_inputs)
LOOK_BACK = ("rampup_start", "sub_agi_year", "agi_year")
# their takeoff_metrics (same names in rsisim) and the event whose censoring censors the duration
DURATIONS = {"full_automation_gns": "automation_gns_100", "full_automation_rnd": "automation_rnd_100",
             "sub_agi_to_agi": "agi_year", "cog_output_multiplier": None, "gwp_growth": "gwp_growth_20_year"}
YEARS = (2030.0, 2040.0, 2050.0)
Z_EVENTS = ("rampup_start", "agi_year", "automation_gns_20", "automation_gns_100", "automation_rnd_100",
            "gwp_growth_20_year")
# c(alpha) of the two-sample KS test at alpha = 0.01: sqrt(-ln(alpha / 2) / 2)
C_01 = math.sqrt(-math.log(0.005) / 2)
PRESETS = {"conservative": "conservative_parameters", "best_guess": "best_guess_parameters",
           "aggressive": "aggressive_parameters"}
NOT_PARAMETERS = ("runtime_training_tradeoff_enabled", "dynamic_t_end")


# ---------------------------------------------------------------------------------------------------------------
# their side (runs in the child process)

def their_worker(config_path):
    """Draws and runs their Monte Carlo; appends one JSON line per draw to the cache."""
    import contextlib
    import io
    import logging
    import warnings
    with open(config_path) as f:
        cfg = json.load(f)
    checkout = os.path.abspath(cfg["checkout"])
    sys.path.insert(0, checkout)
    warnings.filterwarnings("ignore")
    logging.disable(logging.CRITICAL)
    import numpy as np
    import pandas as pd
    with contextlib.redirect_stdout(io.StringIO()):
        import ftm.core.utils as their_utils
        import ftm.stats.distributions as their_dist
        from ftm.core.model import SimulateTakeOff

    def unreachable(what):
        def f(*args, **kwargs):
            raise RuntimeError(what + " reads their spreadsheet, which cannot be reached")
        return f

    # the spreadsheet's tabs: never called with the options below, except the rank correlations, which
    # TakeoffParamsDist reads and ignore_rank_correlations then leaves unused
    for module in (their_utils, their_dist):
        module.get_parameter_table = unreachable("get_parameter_table")
        module.get_clipped_ajeya_dist = unreachable("get_clipped_ajeya_dist")
        module.get_rank_correlations = lambda: pd.DataFrame()

    table = pd.DataFrame.from_dict(cfg["table"], orient="index")[["Conservative", "Best guess", "Aggressive", "Type"]]
    dist = their_dist.TakeoffParamsDist(
        max_frac_automatable_tasks_goods=0, max_frac_automatable_tasks_rnd=0.05, ignore_rank_correlations=True,
        use_ajeya_dist=False, resampling_method=cfg["method"], parameter_table=table)
    counts = {"good_checks": 0, "rejected": 0, "admissible_checks": 0, "inadmissible": 0}
    is_good, is_admissible = dist.sample_is_good, dist.sample_is_admissible

    def counted_good(sample):
        ok = is_good(sample)
        counts["good_checks"] += 1
        counts["rejected"] += 0 if ok else 1
        return ok

    def counted_admissible(reqs):
        ok = is_admissible(reqs)
        counts["admissible_checks"] += 1
        counts["inadmissible"] += 0 if ok else 1
        return ok

    dist.sample_is_good, dist.sample_is_admissible = counted_good, counted_admissible
    t_start = their_utils.get_option("t_start", 2022)
    t_end = their_utils.get_option("t_end", 2100)
    t_step = their_utils.get_option("t_step", 0.1)

    def num(v):
        v = float(np.asarray(v).ravel()[0]) if v is not None else float("nan")
        return None if math.isnan(v) else v

    done = 0
    if os.path.exists(cfg["cache"]):
        with open(cfg["cache"]) as f:
            done = sum(1 for line in f if line.strip())
    with open(cfg["cache"], "a") as out:
        for i in range(done, cfg["n"]):
            a, b = np.random.SeedSequence([cfg["seed"], i]).generate_state(2)
            np.random.seed(int(b))
            for k in counts:
                counts[k] = 0
            c0 = time.process_time()
            sample = dist.rvs(1, random_state=np.random.RandomState(int(a)))
            c1 = time.process_time()
            mc_params = {param: sample[param][0] for param in sample}
            rec = {"i": i, "draw_cpu_s": c1 - c0, "rejected": counts["rejected"],
                   "inadmissible": counts["inadmissible"],
                   "params": {k: float(np.asarray(v).ravel()[0]) for k, v in mc_params.items()}}
            if cfg.get("draws_only"):
                out.write(json.dumps(rec) + "\n")
                out.flush()
                if (i + 1) % 100 == 0:
                    print("their draws %d/%d" % (i + 1, cfg["n"]), file=sys.stderr, flush=True)
                continue
            printed = io.StringIO()
            c0 = time.process_time()
            try:
                with contextlib.redirect_stdout(printed):
                    model = SimulateTakeOff(**mc_params, t_start=t_start, t_end_min=t_end, compute_shares=False)
                    model.run_simulation()
                rec["cpu_s"] = time.process_time() - c0
                rec["steps"] = int(model.n_timesteps)
                rec["last_year"] = model.index_to_time(int(model.n_timesteps) - 1)
                rec["overflow"] = "overflow has happened" in printed.getvalue()
                tm, km = model.timeline_metrics, model.takeoff_metrics
                rec["events"] = {ours: num(tm[theirs]) for ours, theirs in EVENTS.items() if theirs}
                growth = np.asarray(model.gwp_growth)
                above = np.nonzero(growth > 0.20)[0]
                rec["events"]["gwp_growth_20_year"] = (model.index_to_time(int(above[0])) if len(above) else None)
                rec["gwp_growth_last_year"] = model.index_to_time(len(growth) - 1)
                rec["durations"] = {k: num(km[k]) for k in DURATIONS}
            except Exception as e:  # mc_analysis discards such a draw and draws again; it is left out
                rec["cpu_s"] = time.process_time() - c0
                rec["error"] = "%s: %s" % (type(e).__name__, str(e)[:300])
            out.write(json.dumps(rec) + "\n")
            out.flush()
            print("theirs %d/%d  trajectory %.2f s  draw %.2f s%s" % (i + 1, cfg["n"], rec["cpu_s"],
                  rec["draw_cpu_s"], "  FAILED" if "error" in rec else ""), file=sys.stderr, flush=True)
    return t_start, t_end, t_step


# ---------------------------------------------------------------------------------------------------------------
# the parameter table

def presets_of(checkout):
    text = open(os.path.join(checkout, "website", "src", "js", "presets.js"), encoding="utf-8").read()
    out = {}
    for name, var in PRESETS.items():
        m = re.search(r"let " + var + r" = (\{.*?\});", text)
        if not m:
            raise SystemExit("no %s in %s/website/src/js/presets.js" % (var, checkout))
        out[name] = json.loads(m.group(1))
    return out


def scenario_file(scenario):
    if os.path.exists(scenario):
        return os.path.abspath(scenario)
    path = os.path.join(BUNDLED, scenario + ".yaml")
    if not os.path.exists(path):
        raise SystemExit("scenario %s is neither a file nor a bundled scenario (%s)" % (scenario, BUNDLED))
    return path


def scenario_spec(scenario, key):
    """The map under `key` (parameters, settings) of a scenario, that of the scenario it extends (a bundled name or
    a file beside it) first."""
    import yaml
    path = scenario_file(scenario)
    with open(path) as f:
        spec = yaml.safe_load(f) or {}
    out = {}
    base = spec.get("extends")
    if base:
        beside = os.path.join(os.path.dirname(path), base)
        out.update(scenario_spec(beside if os.path.exists(beside) else base, key))
    out.update(spec.get(key, {}) or {})
    return out


def close(x, y):
    return abs(x - y) <= 1e-9 * max(abs(x), abs(y), 1e-300)


def parameter_table(checkout, scenario):
    """Their table from presets.js with the scale of each parameter from the rsisim scenario, and the list of
    places where the scenario's values differ from the presets (printed, not corrected)."""
    import yaml
    presets = presets_of(checkout)
    params = scenario_spec(scenario, "parameters")
    cons, best, aggr = presets["conservative"], presets["best_guess"], presets["aggressive"]
    table, notes = {}, []
    for name in best:
        if name in NOT_PARAMETERS:
            continue
        c, b, a = float(cons[name]), float(best[name]), float(aggr[name])
        v = params.get(name)
        if isinstance(v, dict):
            if len(v) != 1 or next(iter(v)) not in KINDS:
                raise SystemExit("parameter %s of the scenario has the form %s; this script maps only %s to their "
                                 "kinds" % (name, list(v), ", ".join(KINDS)))
            form, args = next(iter(v.items()))
            args = {k: float(x) for k, x in args.items()}  # YAML 1.1 reads 1.0e33 as a string
            kind = KINDS[form]
            lo, hi = min(c, a), max(c, a)
            if not (close(args["min"], lo) and close(args["median"], b) and close(args["max"], hi)):
                notes.append("%s: scenario %s, presets [%g, %g, %g]" % (name, args, lo, b, hi))
        else:
            kind = "delta"
            if v is None:
                notes.append("%s: not in the scenario (rsisim's default)" % name)
            elif not close(float(v), b):
                notes.append("%s: scenario %g, best guess %g" % (name, float(v), b))
            if c != a:
                notes.append("%s: fixed in the scenario, presets range %g to %g" % (name, c, a))
        table[name] = {"Conservative": c, "Best guess": b, "Aggressive": a, "Type": kind}
    for name in params:
        if name not in table:
            notes.append("%s: in the scenario, not in their presets" % name)
    settings = scenario_spec(scenario, "settings")
    for key, theirs in (("max_frac_automatable_tasks_goods", 0.0), ("max_frac_automatable_tasks_rnd", 0.05)):
        if float(settings.get(key, 1.0)) != theirs:
            notes.append("setting %s: scenario %s, mc_analysis %g" % (key, settings.get(key), theirs))
    return table, notes


def run_theirs(args, table, log, draws_only=False):
    """Runs (or resumes) their side in a child process: --theirs draws with their trajectories or, with draws_only,
    --theirs-draws parameter draws alone; returns the cached records and the cache's path."""
    key = hashlib.sha256(json.dumps([table, args.method], sort_keys=True).encode()).hexdigest()[:10]
    cache = os.path.abspath(os.path.join(args.cache, "theirs-%s%s-%d-%s.jsonl" % (
        "draws-" if draws_only else "", args.method, args.seed, key)))
    n = args.theirs_draws if draws_only else args.theirs
    cfg = {"checkout": os.path.abspath(args.checkout), "table": table, "method": args.method, "seed": args.seed,
           "n": n, "cache": cache, "draws_only": draws_only}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(cfg, f)
    log("theirs: %s, cache %s" % (args.python, cache))
    try:
        # their log (ftm.core.utils.log) writes to stdout; the worker's progress goes to stderr
        r = subprocess.run([args.python, os.path.abspath(__file__), "--their-worker", f.name],
                           stdout=subprocess.DEVNULL, stderr=None if args.verbose else subprocess.PIPE, text=True)
    finally:
        os.unlink(f.name)
    if r.returncode != 0:
        raise SystemExit("their side failed:\n" + (r.stderr or "")[-3000:])
    with open(cache) as g:
        records = [json.loads(line) for line in g if line.strip()]
    return records[:n], cache


# ---------------------------------------------------------------------------------------------------------------
# rsisim's side

def run_scenario_runs(args, out, runs, log, given=None):
    """Runs org.rsisim.benchmarks.ScenarioRuns (with each run's parameters) into out; returns its wall time."""
    cmd = ["java", "-cp", os.path.abspath(args.jar), "org.rsisim.benchmarks.ScenarioRuns",
           scenario_file(args.scenario), str(runs), str(args.ours_seed), out, "--parameters"]
    if given:
        cmd += ["--given", given]
    log("ours: " + " ".join(cmd))
    t0 = time.monotonic()
    subprocess.run(cmd, check=True, cwd=ROOT)
    return time.monotonic() - t0


def read_runs(path):
    """The completed runs of a ScenarioRuns CSV (values, None where empty) and the counts of diverged runs, at
    step 0 and later."""
    import csv
    runs, diverged0, diverged_later = [], 0, 0
    rejected = 0
    with open(path) as f:
        for row in csv.DictReader(f):
            rejected += int(row.get("rejected_draws") or 0)
            if row["status"] != "completed":
                if int(row.get("diverged_step", "0")) == 0:
                    diverged0 += 1
                else:
                    diverged_later += 1
                runs.append(None)
                continue
            runs.append({k: (float(v) if v not in ("", "NaN") else None) for k, v in row.items()
                         if k not in ("run", "status", "diverged_step", "rejected_draws")})
    return runs, diverged0, diverged_later, rejected


def run_ours(args, log):
    out = os.path.abspath(args.ours_csv) if args.ours_csv else os.path.join(
        tempfile.mkdtemp(prefix="ftm-mc-"), "runs.csv")
    wall = float("nan")
    if os.path.exists(out):
        log("ours: reading " + out + " (delete it to run again)")
    else:
        wall = run_scenario_runs(args, out, args.ours, log)
    runs, diverged0, diverged_later, rejected = read_runs(out)
    return [r for r in runs if r is not None], diverged0, diverged_later, rejected, wall, out


def same_draws(args, ok, log):
    """Runs their accepted draws through rsisim (ScenarioRuns --given) and returns rsisim's runs, one per draw
    (None for a run rsisim reports as diverged)."""
    names = list(ok[0]["params"])
    tmp = tempfile.mkdtemp(prefix="ftm-mc-same-")
    given = os.path.join(tmp, "given.csv")
    with open(given, "w") as f:
        f.write(",".join(names) + "\n")
        for r in ok:
            f.write(",".join(repr(r["params"][k]) for k in names) + "\n")
    out = os.path.join(tmp, "runs.csv")
    run_scenario_runs(args, out, len(ok), log, given)
    return read_runs(out)[0]


# ---------------------------------------------------------------------------------------------------------------
# statistics

def median(xs):
    n = len(xs)
    if n == 0:
        return float("nan")
    return xs[n // 2] if n % 2 else 0.5 * (xs[n // 2 - 1] + xs[n // 2])


def ks(a, b):
    """Two-sample KS with +inf for censored values; (D, p)."""
    from scipy import stats
    if all(v == math.inf for v in a) and all(v == math.inf for v in b):
        return 0.0, 1.0
    r = stats.ks_2samp(a, b, method="auto")
    return float(r.statistic), float(r.pvalue)


def their_t_step(checkout):
    """Their time step, as their get_option('t_step', 0.1) reads it from config.yml and local_config.yml."""
    import yaml
    step = 0.1
    for name in ("config.yml", "local_config.yml"):
        path = os.path.join(checkout, name)
        if os.path.exists(path):
            with open(path) as f:
                step = float((yaml.safe_load(f) or {}).get("t_step", step))
    return step


def horizons(ok, t_step):
    """Per event, the last year their run can record it: the last step for the automation events; one step before
    for rampup_start, sub_agi_year and agi_year, which their step t records when it looks back at step t - 1 (so a
    crossing at the last step is never recorded); the last start of their gwp_growth array for gwp_growth_20_year."""
    last = max(r["last_year"] for r in ok)
    out = {e: last for e in EVENTS}
    for e in LOOK_BACK:
        out[e] = last - t_step
    out["gwp_growth_20_year"] = max(r["gwp_growth_last_year"] for r in ok)
    return out


def censored_samples(theirs, ours, limits, t_step):
    """Per metric, the two samples with the common censoring: +inf where not reached by their horizon (limits);
    values rounded to 1e-6 years so that the grids of both sides compare equal."""
    inf = math.inf

    def cut(v, limit):
        return inf if v is None or v > limit + 0.5 * t_step else round(v, 6)

    out = {}
    for e in EVENTS:
        out[e] = ([cut(r["events"][e], limits[e]) for r in theirs], [cut(r[e], limits[e]) for r in ours])
    for d, end in DURATIONS.items():
        a = [inf if (end and out[end][0][k] == inf) or r["durations"][d] is None else round(r["durations"][d], 6)
             for k, r in enumerate(theirs)]
        b = [inf if (end and out[end][1][k] == inf) or r[d] is None else round(r[d], 6) for k, r in enumerate(ours)]
        out[d] = (a, b)
    return out


def fmt(v):
    return "censored" if v == math.inf else "%.2f" % v


def report(args, theirs, cache, table, notes, ours, diverged0, diverged_later, redrawn, wall, same, draws):
    ok = [r for r in theirs if "error" not in r]
    failed = len(theirs) - len(ok)
    result = {"method": args.method, "scenario": args.scenario, "seed": args.seed, "ours_seed": args.ours_seed,
              "theirs": len(theirs), "theirs_failed": failed, "ours": len(ours), "ours_diverged_step0": diverged0, "ours_redrawn": redrawn,
              "ours_diverged_later": diverged_later, "metrics": {}, "by_year": {}}
    print("Their Monte Carlo: TakeoffParamsDist(resampling_method=%s, ignore_rank_correlations=True, "
          "use_ajeya_dist=False), %d draws, seed %d" % (args.method, len(theirs), args.seed))
    kinds = {}
    for name, row in table.items():
        kinds.setdefault(row["Type"], []).append(name)
    print("  scales (their Type) from %s: %s" % (args.scenario, ", ".join(
        "%d %s" % (len(v), k) for k, v in sorted(kinds.items()))))
    for n in notes:
        print("  note: " + n)
    rejected = sum(r["rejected"] for r in theirs)
    inadmissible = sum(r["inadmissible"] for r in theirs)
    print("  %d runs raised (left out); %d stopped at a floating-point error; %d draws rejected by their "
          "sample_is_good (%.1f %% of the draws checked)%s"
          % (failed, sum(1 for r in ok if r.get("overflow")), rejected,
             100.0 * rejected / max(1, rejected + len(theirs)),
             "; %d training requirements inadmissible" % inadmissible if args.method != "resample_all" else ""))
    cpu = sorted(r["cpu_s"] for r in ok)
    dcpu = sorted(r["draw_cpu_s"] for r in theirs)
    print("  CPU per trajectory: median %.3f s, total %.0f s; per draw (rvs with its rejections): median %.3f s, "
          "total %.0f s" % (median(cpu), sum(cpu), median(dcpu), sum(dcpu)))
    print("  cache: %s" % os.path.relpath(cache, ROOT))
    n_all = len(ours) + diverged0 + diverged_later
    # a rejected draw is either drawn again (the scenario's redraw option) or its run reported diverged at step 0
    rejected = redrawn + diverged0
    print("rsisim: %s, %d runs, seed %d: %d completed, %d diverged at step 0, %d later; %d draws rejected (%.1f %% of "
          "the %d checked)%s"
          % (args.scenario, n_all, args.ours_seed, len(ours), diverged0, diverged_later, rejected,
             100.0 * rejected / max(1, n_all + redrawn), n_all + redrawn,
             "" if math.isnan(wall) else "; %.0f s of wall time for the command" % wall))
    ocpu = sorted(r["cpu_us"] / 1e6 for r in ours)
    print("  CPU per completed trajectory (thread CPU, one thread, JIT warm-up included): median %.3f ms, total "
          "%.1f s" % (1e3 * median(ocpu), sum(ocpu)))
    ratio_median = median(cpu) / median(ocpu)
    ratio_mean = (sum(cpu) / len(cpu)) / (sum(ocpu) / len(ocpu))
    print("  their CPU per trajectory / rsisim's: %.0f (medians), %.0f (means)" % (ratio_median, ratio_mean))
    result.update({"theirs_cpu_median_s": median(cpu), "theirs_cpu_total_s": sum(cpu),
                   "ours_cpu_median_s": median(ocpu), "ours_cpu_total_s": sum(ocpu),
                   "cpu_ratio_median": ratio_median, "cpu_ratio_mean": ratio_mean})

    t_step = their_t_step(args.checkout)
    limits = horizons(ok, t_step)
    samples = censored_samples(ok, ours, limits, t_step)
    n, m = len(ok), len(ours)
    dcrit = C_01 * math.sqrt((n + m) / (n * m))
    print()
    print("Kolmogorov-Smirnov per metric, %d of theirs against %d of rsisim; not reached by their horizon = +inf "
          "in both" % (n, m))
    print("(at the 0.01 level the test detects a difference D >= %.3f between the two CDFs with these sizes)" % dcrit)
    print("(their horizon: %s)" % ", ".join("%s %s" % (y, "/".join(e for e in EVENTS if round(limits[e], 6) == y))
                                            for y in sorted(set(round(v, 6) for v in limits.values()))))
    print("%-22s %9s %9s %9s %9s %7s %9s" % ("metric", "reached_t", "reached_r", "median_t", "median_r", "D", "p"))
    worst = 1.0
    for name, (a, b) in samples.items():
        d, p = ks(a, b)
        worst = min(worst, p)
        fa = sum(1 for v in a if v != math.inf) / len(a)
        fb = sum(1 for v in b if v != math.inf) / len(b)
        ma, mb = median(sorted(a)), median(sorted(b))
        flag = "  <- p < 0.01" if p < 0.01 else ""
        print("%-22s %9.3f %9.3f %9s %9s %7.4f %9.3g%s" % (name, fa, fb, fmt(ma), fmt(mb), d, p, flag))
        result["metrics"][name] = {"reached_theirs": fa, "reached_ours": fb, "median_theirs": ma,
                                   "median_ours": mb, "ks_d": d, "ks_p": p}
    print()
    print("P(event by year), binomial standard errors; z = (rsisim - theirs) / pooled standard error (two-proportion"
          " test)")
    print("%-20s %5s %16s %16s %7s" % ("event", "year", "theirs (s.e.)", "rsisim (s.e.)", "z"))
    worst_z = 0.0
    for e in Z_EVENTS:
        a, b = samples[e]
        for y in YEARS:
            pa = sum(1 for v in a if v <= y) / len(a)
            pb = sum(1 for v in b if v <= y) / len(b)
            sa, sb = math.sqrt(pa * (1 - pa) / len(a)), math.sqrt(pb * (1 - pb) / len(b))
            pool = (pa * len(a) + pb * len(b)) / (len(a) + len(b))
            se = math.sqrt(pool * (1 - pool) * (1.0 / len(a) + 1.0 / len(b)))
            z = (pb - pa) / se if se > 0 else 0.0
            worst_z = max(worst_z, abs(z))
            print("%-20s %5d %8.3f (%.3f) %8.3f (%.3f) %7.2f" % (e, y, pa, sa, pb, sb, z))
            result["by_year"]["%s@%d" % (e, y)] = {"theirs": pa, "se_theirs": sa, "ours": pb, "se_ours": sb,
                                                   "z": z}
    print()
    print("smallest KS p = %.3g over %d metrics; largest |z| = %.2f" % (worst, len(samples), worst_z))
    result.update({"smallest_p": worst, "largest_z": worst_z, "ks_dcrit_01": dcrit})

    varied = [k for k, row in table.items() if row["Type"] != "delta"]
    print()
    print("Parameters of the accepted draws: KS per parameter against rsisim's %d completed runs, %d varied "
          "parameters; the training requirements and the three smallest p" % (len(ours), len(varied)))
    result["parameters_ks"] = {}
    for label, drawn in (("trajectories", ok), ("draws_only", draws)):
        if not drawn:
            continue
        tests = []
        for k in varied:
            d, p = ks([r["params"][k] for r in drawn], [r[k] for r in ours])
            tests.append((p, d, k))
        tests.sort()
        fart = [t for t in tests if t[2] == "full_automation_requirements_training"]
        low = [k for p, d, k in tests if p < 0.01]
        print("  %d of theirs (%s): %s; p < 0.01: %s; median of the training requirements %.3g, rsisim's %.3g" % (
            len(drawn), "those of the trajectories" if label == "trajectories" else "--theirs-draws, no trajectories",
            ", ".join("%s %.3g (D %.3f)" % (k, p, d) for p, d, k in fart + [t for t in tests[:3] if t not in fart]),
            ", ".join(low) if low else "none",
            median(sorted(r["params"]["full_automation_requirements_training"] for r in drawn)),
            median(sorted(r["full_automation_requirements_training"] for r in ours))))
        result["parameters_ks"][label] = {k: {"ks_d": d, "ks_p": p} for p, d, k in tests}
    if draws:
        rej = sum(r["rejected"] for r in draws)
        print("  their sample_is_good rejected %d of the %d draws it checked (%.1f %%) for the %d draws" % (
            rej, rej + len(draws), 100.0 * rej / (rej + len(draws)), len(draws)))

    if same is not None:
        print()
        print("Same draws: their %d accepted parameter sets run through rsisim (ScenarioRuns --given)" % len(ok))
        pairs = [(a, b) for a, b in zip(ok, same) if b is not None]
        print("  rsisim rejects or reports diverged %d of them" % (len(ok) - len(pairs)))
        paired = censored_samples([a for a, b in pairs], [b for a, b in pairs], limits, t_step)
        print("%-22s %9s %12s" % ("metric", "equal", "largest |d|"))
        result["same_draws"] = {"draws": len(ok), "ours_rejected": len(ok) - len(pairs), "metrics": {}}
        for name, (a, b) in paired.items():
            equal = sum(1 for x, y in zip(a, b) if x == y or (x != math.inf and y != math.inf
                                                               and abs(x - y) <= 1e-6))
            diffs = [abs(x - y) if (x == math.inf) == (y == math.inf) and x != math.inf else
                     (0.0 if x == y else math.inf) for x, y in zip(a, b)]
            big = max(diffs) if diffs else 0.0
            print("%-22s %5d/%-3d %12s" % (name, equal, len(a), "censored on one side" if big == math.inf
                                           else "%.3g" % big))
            result["same_draws"]["metrics"][name] = {"equal": equal, "largest_abs_diff": big}
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=1)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--their-worker":
        their_worker(sys.argv[2])
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("checkout", help="path to a checkout of epoch-research/ftm")
    ap.add_argument("--theirs", type=int, default=500, help="their draws (default 500)")
    ap.add_argument("--ours", type=int, default=10000, help="rsisim runs (default 10000)")
    ap.add_argument("--method", default="all_but_training_requirements",
                    choices=("resample_all", "all_but_training_requirements"),
                    help="their resampling_method (default all_but_training_requirements, their default and what "
                         "ftm-2023 does; resample_all is what examples/scenarios/ftm-resample-all.yaml does)")
    ap.add_argument("--scenario", default="ftm-2023", help="rsisim scenario, bundled name or file (default ftm-2023)"
                    "; its parameter scales are their Types")
    ap.add_argument("--theirs-draws", type=int, default=0, help="also this many of their parameter draws alone, "
                    "without trajectories, for the test of the parameters' marginals (default 0: use the --theirs "
                    "draws)")
    ap.add_argument("--seed", type=int, default=2023, help="seed of their draws (default 2023)")
    ap.add_argument("--ours-seed", type=int, help="rsisim's seed (default: the scenario's, else --seed)")
    ap.add_argument("--python", default="/usr/bin/python3", help="the Python with their dependencies")
    ap.add_argument("--jar", default=os.path.join(ROOT, "benchmarks", "target", "benchmarks.jar"))
    ap.add_argument("--cache", default=os.path.join(HERE, "target"), help="directory of their cached draws")
    ap.add_argument("--theirs-only", action="store_true", help="only run (or resume) their draws")
    ap.add_argument("--ours-csv", help="keep rsisim's per-run CSV here; if it exists, it is read instead")
    ap.add_argument("--no-same-draws", action="store_true", help="skip running their accepted draws through rsisim")
    ap.add_argument("--json", help="also write the comparison as JSON to this file")
    ap.add_argument("-v", "--verbose", action="store_true", help="progress to stderr")
    args = ap.parse_args()
    if not (args.theirs >= 1 and args.ours >= 1):
        raise SystemExit("--theirs and --ours must be at least 1")
    log = (lambda s: print(s, file=sys.stderr, flush=True)) if args.verbose else (lambda s: None)
    if args.ours_seed is None:
        import yaml
        with open(scenario_file(args.scenario)) as f:
            args.ours_seed = int((yaml.safe_load(f) or {}).get("seed", args.seed))
    os.makedirs(args.cache, exist_ok=True)
    table, notes = parameter_table(args.checkout, args.scenario)
    theirs, cache = run_theirs(args, table, log)
    draws = run_theirs(args, table, log, draws_only=True)[0] if args.theirs_draws else None
    if args.theirs_only:
        return
    ours, diverged0, diverged_later, redrawn, wall, _ = run_ours(args, log)
    same = None if args.no_same_draws else same_draws(args, [r for r in theirs if "error" not in r], log)
    report(args, theirs, cache, table, notes, ours, diverged0, diverged_later, redrawn, wall, same, draws)


if __name__ == "__main__":
    main()
