#!/usr/bin/env python3
"""NumPy peers of two rsisim models, vectorised over runs, with the statistics the Java engine reports.

Models (the equations of org.rsisim.models.rsi.RsiChain and org.rsisim.models.alignment.AlignmentModel, read from
their sources; see docs/PERFORMANCE.md):

* ``clark-2028``: the recursive self-improvement chain from 2026.337 to the horizon 2036.0, at most 40 generations,
  automation midpoint ~ U(0.25, 3) OOM, base generation time ~ U(0.5, 1.5) years, every other parameter at the
  model's default; ``takeoff-alignment`` adds noisy fidelity, oversight and evaluation awareness (horizon 2040).
* ``alignment-compounding``: fidelity 0.999 per generation over 500 generations, no noise, no oversight,
  threshold 0.9.

Each run of the script times whole experiments (draws, the generation loop and every statistic: event
probabilities by the requested dates, event-time and metric means, standard deviations, extremes and quantiles,
and per-generation bands of each series: count, mean and the 5/25/50/75/95 % quantiles) and writes a JSON record
with the timings and the estimates with their standard errors. Randomness is NumPy's PCG64 with its Ziggurat
normals, so the numbers differ from the Java engine's run by run; the estimates agree within Monte Carlo error.

Usage: peers.py SCENARIO RUNS REPEATS SEED OUT.json
"""
import json
import math
import sys
import time

import numpy as np

LEVELS = np.array([0.01, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99])
BAND_LEVELS = np.array([0.05, 0.25, 0.50, 0.75, 0.95])
LN10 = math.log(10)
ESSAY_DATE = 2026 + 123.0 / 365

# RsiChain parameter defaults (RsiChain.PARAMETERS)
CHAIN_DEFAULTS = dict(base_generation_years=1.0, generation_time_spread=0.2, automatable_share=0.99,
                      ai_researcher_speed=10.0, researcher_speed_growth=0.5, capability_step_ooms=0.79,
                      capability_step_spread=0.3, automation_midpoint_ooms=1.5, automation_width_ooms=0.4,
                      fidelity_per_generation=0.999, fidelity_dispersion=0.0, detection_probability=0.0,
                      correction_fraction=0.0, evaluation_awareness=0.0)

# scenario settings and uniform priors (RsiScenarios, AlignmentScenarios)
SCENARIOS = {
    "clark-2028": dict(model="chain", horizon=2036.0, generations=40,
                       uniform={"automation_midpoint_ooms": (0.25, 3.0), "base_generation_years": (0.5, 1.5)},
                       fixed={}, event_times=[2027.0, 2028.0, 2029.0, 2030.0, 2032.0, 2036.0]),
    "takeoff-alignment": dict(model="chain", horizon=2040.0, generations=40,
                              uniform={"automation_midpoint_ooms": (0.25, 3.0), "base_generation_years": (0.5, 1.5),
                                       "fidelity_per_generation": (0.99, 0.999), "evaluation_awareness": (0.0, 1.0)},
                              fixed={"fidelity_dispersion": 0.2, "detection_probability": 0.9,
                                     "correction_fraction": 0.9},
                              event_times=[2028.0, 2029.0, 2030.0, 2035.0, 2040.0]),
    "alignment-compounding": dict(model="alignment", generations=500, threshold=0.9, p=0.999,
                                  event_times=[50.0, 100.0, 106.0, 500.0]),
}


class Stats:
    """Collects summaries in the shape of the engine's Result."""

    def __init__(self):
        self.metrics = {}
        self.events = {}
        self.series = {}

    def metric(self, name, values):
        n = values.size
        if n == 0:
            self.metrics[name] = dict(count=0)
            return
        mean = float(values.mean())
        sd = float(values.std(ddof=1)) if n > 1 else float("nan")
        self.metrics[name] = dict(count=n, mean=mean, stderr=sd / math.sqrt(n) if n > 1 else float("nan"), sd=sd,
                                  min=float(values.min()), max=float(values.max()),
                                  quantiles=np.quantile(values, LEVELS, method="inverted_cdf").tolist())

    def event(self, name, times, runs, requested, origin):
        """times: event time per run, NaN where it did not happen (censored)."""
        happened = times[~np.isnan(times)]
        by = []
        for t in requested:
            k = int(np.count_nonzero(happened <= t))
            p = k / runs
            by.append(dict(time=t, count=k, p=p, stderr=math.sqrt(p * (1 - p) / runs)))
        self.metric(name + "#time", happened - origin)
        n = happened.size
        self.events[name] = dict(runs=runs, occurred=int(n), by=by, censored=(runs - n) / runs,
                                 meanTime=float(happened.mean()) if n else None,
                                 meanTimeStderr=float(happened.std(ddof=1) / math.sqrt(n)) if n > 1 else None)

    def band(self, name, step, values):
        bands = self.series.setdefault(name, dict(count=[], mean=[], quantiles=[]))
        bands["count"].append(int(values.size))
        if values.size:
            bands["mean"].append(float(values.mean()))
            bands["quantiles"].append(np.quantile(values, BAND_LEVELS, method="inverted_cdf").tolist())
        else:
            bands["mean"].append(float("nan"))
            bands["quantiles"].append([float("nan")] * len(BAND_LEVELS))


def chain(rng, runs, sc):
    """The RsiChain: every run in lockstep, generation by generation; a run that has ended is masked out."""
    p = {k: np.full(runs, v) for k, v in CHAIN_DEFAULTS.items()}
    for k, v in sc["fixed"].items():
        p[k] = np.full(runs, v)
    for k, (lo, hi) in sc["uniform"].items():
        p[k] = rng.uniform(lo, hi, runs)
    base, sig_t = p["base_generation_years"], p["generation_time_spread"]
    share, speed, growth = p["automatable_share"], p["ai_researcher_speed"], p["researcher_speed_growth"]
    step, sig_k = p["capability_step_ooms"], p["capability_step_spread"]
    mid, width = p["automation_midpoint_ooms"], p["automation_width_ooms"]
    fp, disp = p["fidelity_per_generation"], p["fidelity_dispersion"]
    det, corr, aware = p["detection_probability"], p["correction_fraction"], p["evaluation_awareness"]
    start, horizon, generations = ESSAY_DATE, sc["horizon"], sc["generations"]
    threshold, take_from, take_to, fid_threshold = 0.9, 0.1, 0.9, 0.95
    # beta(p k, (1 - p) k), k = 1 / dispersion - 1; q = p where the dispersion is 0 or a shape is 0
    with np.errstate(divide="ignore", invalid="ignore"):
        conc = 1 / disp - 1
    a_shape, b_shape = fp * conc, (1 - fp) * conc
    noisy = (disp != 0) & (a_shape > 0) & (b_shape > 0)
    any_noise, any_oversight = bool(noisy.any()), bool((det > 0).any())

    st = Stats()
    t = np.full(runs, start)
    cap = np.zeros(runs)
    fid = np.ones(runs)
    auto = 1 / (1 + np.exp(-(cap - mid) / width))
    alive = np.ones(runs, dtype=bool)
    automated = np.zeros(runs, dtype=bool)
    event_t = np.full(runs, np.nan)
    fid_at = np.full(runs, np.nan)
    gpy = np.full(runs, np.nan)
    started = np.zeros(runs, dtype=bool)
    ended = np.zeros(runs, dtype=bool)
    t_start = np.zeros(runs)
    takeoff = np.full(runs, np.nan)
    mis_before = np.zeros(runs)
    mis_after = np.zeros(runs)
    for g in range(generations):
        st.band("capability", g, cap[alive])
        st.band("automation", g, auto[alive])
        st.band("fidelity", g, fid[alive])
        st.band("years_since_start", g, t[alive] - start)
        first = alive & ~automated & (auto >= threshold)
        automated |= first
        event_t[first] = t[first]
        fid_at[first] = fid[first]
        low = alive & (fid < fid_threshold)
        mis_after[low & automated] = 1
        mis_before[low & ~automated] = 1
        now = alive & ~started & (auto >= take_from)
        started |= now
        t_start[now] = t[now]
        now = alive & ~ended & (auto >= take_to)
        ended |= now
        takeoff[now] = t[now] - t_start[now]
        # generation g trains generation g + 1: Amdahl speed-up of the automated share at researcher speed s
        s = speed * np.exp(growth * cap * LN10)
        f = share * auto
        duration = base / (1 / ((1 - f) + f / s)) * np.exp(sig_t * rng.standard_normal(runs))
        rate = first & (duration > 0)
        gpy[rate] = 1 / duration[rate]
        t = np.where(alive, t + duration, t)
        if g == generations - 1:
            break
        alive &= t <= horizon
        if not alive.any():
            break
        cap = np.where(alive, cap + step * np.exp(sig_k * rng.standard_normal(runs)), cap)
        q = fp
        if any_noise:
            q = np.where(noisy, rng.beta(np.where(noisy, a_shape, 1), np.where(noisy, b_shape, 1)), fp)
        if any_oversight:
            d_eff = np.where((aware == 0) | (cap <= 0), det, det * np.exp(-aware * cap))
            q = np.where(rng.random(runs) < d_eff, q + (1 - q) * corr, q)
        fid = np.where(alive, fid * q, fid)
        auto = 1 / (1 + np.exp(-(cap - mid) / width))
    st.event("automated_ai_rd", event_t, runs, sc["event_times"], start)
    st.metric("generations_per_year", gpy[~np.isnan(gpy)])
    st.metric("fidelity_at_automation", fid_at[~np.isnan(fid_at)])
    st.metric("misaligned_before_automation", mis_before)
    st.metric("misaligned_after_automation", mis_after)
    st.metric("takeoff_years", takeoff[~np.isnan(takeoff)])
    return st


def alignment(rng, runs, sc):
    """AlignmentModel with no noise and no oversight: F_n = F_{n-1} p, as the scenario has it."""
    n, threshold, p = sc["generations"], sc["threshold"], sc["p"]
    st = Stats()
    f = np.ones(runs)
    first = np.full(runs, np.nan)
    below = f < threshold
    first[below] = 0
    st.band("fidelity", 0, f)
    st.band("below_threshold", 0, below.astype(float))
    for g in range(1, n + 1):
        f = f * p
        below = f < threshold
        new = below & np.isnan(first)
        first[new] = g
        st.band("fidelity", g, f)
        st.band("below_threshold", g, below.astype(float))
    st.event("first_below_threshold", first, runs, sc["event_times"], 0.0)
    st.metric("final_fidelity", f)
    return st


def main():
    name, runs, repeats, seed, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
    sc = SCENARIOS[name]
    simulate = chain if sc["model"] == "chain" else alignment
    seconds = []
    stats = None
    for r in range(repeats):
        rng = np.random.default_rng(seed + r)
        t0 = time.perf_counter()
        stats = simulate(rng, runs, sc)
        seconds.append(time.perf_counter() - t0)
    record = dict(scenario=name, runs=runs, repeats=repeats, seconds=seconds, numpy=np.__version__,
                  python=sys.version.split()[0], metrics=stats.metrics, events=stats.events,
                  series={k: dict(count=v["count"], mean=v["mean"]) for k, v in stats.series.items()})
    with open(out, "w") as fh:
        json.dump(record, fh, indent=1)


if __name__ == "__main__":
    main()
