#!/usr/bin/env python3
"""Runs one parameter set of the AI Futures Project's model (brendanhalstead/ai-progress-rates) as published, with
SciPy's Radau at other tolerances, and with one parameter scaled by a factor, and prints for each run the calibrated
r_software, the Radau steps of each integration (two human-only runs, then the run with AI) and the milestones
under rsisim's event names. It shows how much of a difference between two codes' milestones is the published
solver's own error (rtol = 1e-3) rather than a difference in the model.

Their code stays theirs: this script imports it (through reference.py, beside it) from the checkout given as the
first argument and copies nothing.

Usage:
  python3 benchmarks/aifm/tolerance.py CHECKOUT (--params FILE.json | --cache theirs-42.jsonl --draw N)
                                       [--rtol 1e-8 ...] [--scale KEY=FACTOR ...] [--steps-by-year]
                                       [--wide-jacobian]

--cache reads draw N (numbered from 0, as AiFuturesTheirDraws prints it) of the cache that compare.py writes.
With --rtol R, Radau runs at rtol = R and atol = R / 100 (their published run: 1e-3 and 1e-5). With --scale
KEY=FACTOR, the parameter KEY is multiplied by FACTOR, e.g. software_progress_rate_at_reference_year=1.00000001
(r_software is proportional to it). With --steps-by-year, each run also gives, for its last integration (the run
with AI), the solver's accepted steps in each calendar year and its counts of right-hand-side evaluations, Jacobians
and LU decompositions (several LU decompositions per step mean Newton iterations failing and the step halved).
With --wide-jacobian, it also lists the calls of the right-hand side in that integration that differ from the call
shortly before only in a progress more than 1 higher, at the same time: SciPy's finite-difference Jacobian, whose increment
grows tenfold each time the right-hand side does not change with progress, reaching far into another regime.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import reference  # noqa: E402


def read_params(args):
    if args.params:
        with open(args.params) as f:
            return json.load(f)
    with open(args.cache) as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            if d.get("i") == args.draw:
                values = dict(d["parameters"])
                values.update(d.get("time_series_parameters", {}))
                return values
    sys.exit(f"draw {args.draw} not in {args.cache}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("checkout", help="path to a checkout of brendanhalstead/ai-progress-rates")
    ap.add_argument("--params", help="JSON file with one parameter set (their names)")
    ap.add_argument("--cache", help="compare.py's cache (JSON lines)")
    ap.add_argument("--draw", type=int, help="draw number in the cache")
    ap.add_argument("--rtol", type=float, action="append", default=[], help="Radau rtol to run besides 1e-3")
    ap.add_argument("--scale", action="append", default=[], help="KEY=FACTOR: a run with KEY multiplied")
    ap.add_argument("--steps-by-year", action="store_true", help="steps per year of the run with AI")
    ap.add_argument("--wide-jacobian", action="store_true", help="list wide Jacobian increments in progress")
    args = ap.parse_args()
    if not args.params and (args.cache is None or args.draw is None):
        ap.error("give --params, or --cache with --draw")
    values = read_params(args)
    checkout, pm, tsg = reference.load(args.checkout)
    csv_path = os.path.join(checkout, "input_data.csv")
    base_data = pm.load_time_series_data(csv_path)

    solve_ivp = pm.integrate.solve_ivp
    state = {"rtol": None, "steps": [], "last": None, "calls": []}

    def counted(fun, span, y0, method=None, **kw):
        calls = state["calls"] = []

        def logged(t, y):
            y_in = (float(y[0]), float(y[1]))
            rates = fun(t, y)
            calls.append((float(t), y_in[0], y_in[1], float(rates[0]), float(rates[1])))
            return rates

        if method == "Radau" and state["rtol"] is not None:
            kw["rtol"] = state["rtol"]
            kw["atol"] = state["rtol"] / 100
        sol = solve_ivp(logged if args.wide_jacobian else fun, span, y0, method=method, **kw)
        state["steps"].append([method, len(sol.t), bool(sol.success)])
        state["last"] = sol
        return sol

    pm.integrate.solve_ivp = counted
    runs = [("published", None, values)]
    runs += [(f"rtol {r:g}", r, values) for r in args.rtol]
    for s in args.scale:
        key, factor = s.split("=")
        changed = dict(values)
        changed[key] = changed[key] * float(factor)
        runs.append((f"{key} x {factor}", None, changed))
    for name, rtol, v in runs:
        state["rtol"] = rtol
        state["steps"] = []
        model = reference.run_one(pm, tsg, base_data, csv_path, v)
        d = reference.describe(model, 1)
        line = {"run": name, "r_software": d["r_software"], "solver_steps": state["steps"],
                "milestones": d["milestones"]}
        if args.steps_by_year:
            sol = state["last"]
            by_year = {}
            for t in sol.t[:-1]:
                by_year[int(t)] = by_year.get(int(t), 0) + 1
            line["last_integration"] = {"steps_by_year": by_year, "nfev": int(sol.nfev), "njev": int(sol.njev),
                                        "nlu": int(sol.nlu)}
        if args.wide_jacobian:
            calls = state["calls"]
            wide = []
            for i, b in enumerate(calls):
                # the unperturbed call: among the few before, at the same time and research stock, the lowest progress
                base = [a for a in calls[max(0, i - 4):i] if a[0] == b[0] and a[2] == b[2] and b[1] - a[1] > 1]
                if base:
                    a = min(base, key=lambda c: c[1])
                    wide.append({"t": b[0], "progress": a[1], "progress_perturbed": b[1], "rates": a[3:],
                                 "rates_perturbed": b[3:]})
            line["wide_jacobian"] = {"count": len(wide), "first": wide[:5]}
        print(json.dumps(line), flush=True)


if __name__ == "__main__":
    main()
