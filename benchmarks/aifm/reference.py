#!/usr/bin/env python3
"""Runs the AI Futures Project's timelines-and-takeoff model (brendanhalstead/ai-progress-rates) for fixed
parameter sets and prints one JSON document per set: the milestone dates under rsisim's event names, the
calibrated r_software and the trajectory on a grid, for comparison with rsisim's model `ai-futures`.

Their code stays theirs: this script imports it from the checkout given as the first argument and copies nothing.
It needs python3 with NumPy, SciPy, PyYAML and matplotlib (Debian: python3-numpy python3-scipy python3-yaml
python3-matplotlib).

Usage:
  python3 benchmarks/aifm/reference.py CHECKOUT [--set NAME ...] [--params FILE.json] [--every 10]
                                       [--timing REPEATS] [--cap 60]

A parameter set is a JSON object with their parameter names; the keys constant_training_compute_growth_rate,
slowdown_year and post_slowdown_training_compute_growth_rate shape the training-compute growth series as their
time-series generator does. Without --params the built-in sets below are run. With --timing N, each set is run N
times in this process and the CPU time per trajectory (their ProgressModel.compute_progress_trajectory, from
parameter object to milestones) is printed: median and total, a trajectory counted at most --cap seconds.
"""
import argparse
import contextlib
import io
import json
import logging
import os
import statistics
import sys
import time

# rsisim's event names for their milestone keys
MILESTONES = {
    "ACD-AI": "acd_ai",
    "AI2027-SC": "ai2027_sc",
    "AIR-5x": "air_5x",
    "AIR-25x": "air_25x",
    "AIR-250x": "air_250x",
    "AIR-2000x": "air_2000x",
    "AIR-10000x": "air_10000x",
    "SAR-level-experiment-selection-skill": "sar",
    "SIAR-level-experiment-selection-skill": "siar",
}

TIME_SERIES_KEYS = ("constant_training_compute_growth_rate", "slowdown_year",
                    "post_slowdown_training_compute_growth_rate")

# The central values of their config/sampling_config.yaml (the median of each distribution; an 80 % interval
# [a, b] of a lognormal has median sqrt(a b); a shifted lognormal adds its shift), and two sets that differ.
SETS = {
    "central": {
        "aa_time_horizon_minutes": 6224000.0,
        "include_gap": "no gap",
        "present_day": 2025.6, "present_horizon": 26.0,
        "present_doubling_time": 0.408, "doubling_difficulty_growth_factor": 0.92,
        "rho_coding_labor": -2.0,
        "inf_compute_asymptote": 5001.0, "inf_labor_asymptote": 15.14,
        "inv_compute_anchor_exp_cap": 3.32,
        "coding_automation_efficiency_slope": 2.0, "parallel_penalty": 0.5,
        "swe_multiplier_at_present_day": 1.6,
        "ai_research_taste_at_coding_automation_anchor_sd": 0.5, "ai_research_taste_slope": 2.5,
        "median_to_top_taste_multiplier": 3.25, "software_progress_rate_at_reference_year": 0.79,
        "constant_training_compute_growth_rate": 0.6, "slowdown_year": 2028.0,
        "post_slowdown_training_compute_growth_rate": 0.25,
    },
    "gap_slow": {
        "aa_time_horizon_minutes": 3.0e7,
        "include_gap": "gap", "gap_years": 2.0, "pre_gap_aa_time_horizon": 200000.0,
        "present_day": 2025.6, "present_horizon": 26.0,
        "present_doubling_time": 0.55, "doubling_difficulty_growth_factor": 0.97,
        "rho_coding_labor": -5.0,
        "inf_compute_asymptote": 300.0, "inf_labor_asymptote": 5.0,
        "inv_compute_anchor_exp_cap": 2.0,
        "coding_automation_efficiency_slope": 1.0, "parallel_penalty": 0.3,
        "swe_multiplier_at_present_day": 1.3,
        "ai_research_taste_at_coding_automation_anchor_sd": -1.0, "ai_research_taste_slope": 1.2,
        "median_to_top_taste_multiplier": 2.5, "software_progress_rate_at_reference_year": 0.5,
        "constant_training_compute_growth_rate": 0.55, "slowdown_year": 2027.0,
        "post_slowdown_training_compute_growth_rate": 0.15,
    },
    "fast": {
        "aa_time_horizon_minutes": 1.0e6,
        "include_gap": "no gap",
        "present_day": 2025.6, "present_horizon": 26.0,
        "present_doubling_time": 0.35, "doubling_difficulty_growth_factor": 0.88,
        "rho_coding_labor": -1.0,
        "inf_compute_asymptote": 20000.0, "inf_labor_asymptote": 30.0,
        "inv_compute_anchor_exp_cap": 4.0,
        "coding_automation_efficiency_slope": 3.5, "parallel_penalty": 0.6,
        "swe_multiplier_at_present_day": 2.0,
        "ai_research_taste_at_coding_automation_anchor_sd": 1.5, "ai_research_taste_slope": 3.5,
        "median_to_top_taste_multiplier": 5.0, "software_progress_rate_at_reference_year": 1.0,
        "constant_training_compute_growth_rate": 0.65, "slowdown_year": 2030.0,
        "post_slowdown_training_compute_growth_rate": 0.35,
    },
    # a draw of rsisim's ai-futures-2025 (run 28, seed 2025) in which progress blows up in 2028: every one of
    # their solvers fails, and their grid is read from the last one's extrapolated solution
    "blowup": {
        "aa_time_horizon_minutes": 383179.8030028172,
        "include_gap": 'no gap',
        "gap_years": 2.342203386507942,
        "pre_gap_aa_time_horizon": 15058.070454975135,
        "present_day": 2025.6,
        "present_horizon": 26.0,
        "present_doubling_time": 0.4492003386462694,
        "doubling_difficulty_growth_factor": 0.797921748118809,
        "rho_coding_labor": -1.0,
        "inf_compute_asymptote": 179.23516094236123,
        "inf_labor_asymptote": 1.3864344934307171,
        "inv_compute_anchor_exp_cap": 5.078927621909983,
        "coding_automation_efficiency_slope": 4.4901746312331,
        "parallel_penalty": 0.4267037592302723,
        "swe_multiplier_at_present_day": 1.3314664008847403,
        "ai_research_taste_at_coding_automation_anchor_sd": 4.351099303257017,
        "ai_research_taste_slope": 20.162392726708255,
        "median_to_top_taste_multiplier": 3.4520781195094656,
        "software_progress_rate_at_reference_year": 0.4949588100390303,
        "constant_training_compute_growth_rate": 0.5218866963653713,
        "slowdown_year": 2026.69855858867,
        "post_slowdown_training_compute_growth_rate": 0.0985854052463434,
    },
    # draw 119 of their own Monte Carlo (compare.py, seed 42): Radau fails in the blow-up and RK45 (rtol 1e-4)
    # succeeds; its solution, not Radau's extrapolated, is their grid
    "rk45_after_radau": {
        "present_doubling_time": 0.456597554234879,
        "doubling_difficulty_growth_factor": 0.9775449820172105,
        "ai_research_taste_slope": 5.080607517873979,
        "ai_research_taste_at_coding_automation_anchor_sd": -0.3360196786286477,
        "gap_years": 1.3767303709116054,
        "pre_gap_aa_time_horizon": 2643679.4970608456,
        "aa_time_horizon_minutes": 7149.329504431606,
        "coding_automation_efficiency_slope": 7.923098032292836,
        "inv_compute_anchor_exp_cap": 2.874580651154986,
        "inf_compute_asymptote": 100000.0,
        "include_gap": 'gap',
        "present_day": 2025.6,
        "present_horizon": 26.0,
        "rho_coding_labor": -1.0,
        "inf_labor_asymptote": 2.6484530201025267,
        "parallel_penalty": 0.9876321244090679,
        "swe_multiplier_at_present_day": 1.4493407897234494,
        "median_to_top_taste_multiplier": 28.376580190478023,
        "software_progress_rate_at_reference_year": 0.19202537469135927,
        "slowdown_year": 2027.152398074374,
        "constant_training_compute_growth_rate": 0.655581278252301,
        "post_slowdown_training_compute_growth_rate": 0.26332797188105994,
    },
    # draw 94 of their own Monte Carlo (compare.py, seed 42): every solver fails in the blow-up and their grid is
    # DOP853's last step extrapolated, whose milestones differ from Radau's extrapolation by up to 0.6 years
    "all_solvers_fail": {
        "present_doubling_time": 0.2783507689971602,
        "doubling_difficulty_growth_factor": 0.8810983941564616,
        "ai_research_taste_slope": 4.4877409332577365,
        "ai_research_taste_at_coding_automation_anchor_sd": 0.9871283831408866,
        "gap_years": 4.569180769585399,
        "pre_gap_aa_time_horizon": 23160.83077611961,
        "aa_time_horizon_minutes": 15278.642291267808,
        "coding_automation_efficiency_slope": 0.8497005923884303,
        "inv_compute_anchor_exp_cap": 7.503895242048215,
        "inf_compute_asymptote": 82409.44522624167,
        "include_gap": 'gap',
        "present_day": 2025.6,
        "present_horizon": 26.0,
        "rho_coding_labor": -5.0,
        "inf_labor_asymptote": 50.722467462041436,
        "parallel_penalty": 0.08218094245480269,
        "swe_multiplier_at_present_day": 1.0528596012940068,
        "median_to_top_taste_multiplier": 21.43261681528105,
        "software_progress_rate_at_reference_year": 1.476161669403043,
        "slowdown_year": 2029.6896728723193,
        "constant_training_compute_growth_rate": 0.5972241663646397,
        "post_slowdown_training_compute_growth_rate": 0.2472699882533576,
    },
    "exponential": {
        "aa_time_horizon_minutes": 3.0e6,
        "include_gap": "no gap",
        "present_day": 2025.6, "present_horizon": 26.0,
        "present_doubling_time": 0.5, "doubling_difficulty_growth_factor": 1.0,
        "rho_coding_labor": -2.0,
        "inf_compute_asymptote": 1000.0, "inf_labor_asymptote": 10.0,
        "inv_compute_anchor_exp_cap": 2.5,
        "coding_automation_efficiency_slope": 1.5, "parallel_penalty": 0.5,
        "swe_multiplier_at_present_day": 1.4,
        "ai_research_taste_at_coding_automation_anchor_sd": -1.0, "ai_research_taste_slope": 1.5,
        "median_to_top_taste_multiplier": 3.0, "software_progress_rate_at_reference_year": 0.6,
        "constant_training_compute_growth_rate": 0.55, "slowdown_year": 2026.0,
        "post_slowdown_training_compute_growth_rate": 0.15,
    },
}


def load(checkout):
    checkout = os.path.abspath(checkout)
    sys.path.insert(0, checkout)
    os.chdir(checkout)  # their code reads benchmark_results.yaml from the working directory
    logging.disable(logging.CRITICAL)
    import progress_model as pm
    import time_series_generator as tsg
    return checkout, pm, tsg


def run_one(pm, tsg, base_data, csv_path, values):
    model_values = {k: v for k, v in values.items() if k not in TIME_SERIES_KEYS}
    ts_values = {k: v for k, v in values.items() if k in TIME_SERIES_KEYS}
    data = tsg.generate_time_series_from_dict(ts_values, csv_path, base_data) if ts_values else base_data
    model_values.setdefault("horizon_extrapolation_type", "decaying doubling time")
    model_values.setdefault("automation_interp_type", "linear")
    with contextlib.redirect_stdout(io.StringIO()):
        model = pm.ProgressModel(pm.Parameters(**model_values), data)
        model.compute_progress_trajectory([2012.0, 2050.0], 0.0)
    return model


def describe(model, every):
    r = model.results
    milestones = {}
    for theirs, ours in MILESTONES.items():
        m = r["milestones"].get(theirs, {})
        milestones[ours] = float(m["time"]) if "time" in m else None
    n = len(r["times"])
    idx = list(range(0, n, every))
    if idx[-1] != n - 1:
        idx.append(n - 1)
    pick = lambda key: [float(r[key][i]) for i in idx]
    return {
        "r_software": float(r["r_software"]),
        "progress_at_aa": float(model.params.progress_at_aa),
        "present_day_progress": float(model.human_only_results["anchor_stats"]["progress"]),
        "milestones": milestones,
        "grid_index": idx,
        "times": pick("times"),
        "progress": pick("progress"),
        "research_stock": pick("research_stock"),
        "horizon_minutes": pick("horizon_lengths"),
        "automation_fraction": pick("automation_fraction"),
        "ai_research_taste": pick("ai_research_taste"),
        "ai_sw_progress_mult_ref_present_day": pick("ai_sw_progress_mult_ref_present_day"),
        "ai_coding_labor_mult_ref_present_day": pick("ai_coding_labor_mult_ref_present_day"),
        "effective_compute": pick("effective_compute"),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("checkout", help="path to a checkout of brendanhalstead/ai-progress-rates")
    ap.add_argument("--set", action="append", choices=sorted(SETS), help="built-in set(s) to run (default all)")
    ap.add_argument("--params", help="JSON file: one parameter set, or an object of named sets")
    ap.add_argument("--every", type=int, default=10, help="print every k-th point of their 250-point grid")
    ap.add_argument("--timing", type=int, default=0, help="run each set this many times and report CPU time")
    ap.add_argument("--cap", type=float, default=60.0, help="count a trajectory at most this many CPU seconds")
    args = ap.parse_args()

    if args.params:
        with open(args.params) as f:
            loaded = json.load(f)
        sets = loaded if all(isinstance(v, dict) for v in loaded.values()) else {"params": loaded}
    else:
        sets = {k: SETS[k] for k in (args.set or SETS)}

    checkout, pm, tsg = load(args.checkout)
    csv_path = os.path.join(checkout, "input_data.csv")
    base_data = pm.load_time_series_data(csv_path)
    out = {}
    for name, values in sets.items():
        model = run_one(pm, tsg, base_data, csv_path, values)
        entry = {"parameters": values, **describe(model, args.every)}
        if args.timing > 0:
            cpu = []
            for _ in range(args.timing):
                t0 = time.process_time()
                run_one(pm, tsg, base_data, csv_path, values)
                cpu.append(min(time.process_time() - t0, args.cap))
            entry["cpu_seconds"] = {"median": statistics.median(cpu), "total": sum(cpu), "runs": len(cpu),
                                    "cap": args.cap}
        out[name] = entry
    json.dump(out, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
