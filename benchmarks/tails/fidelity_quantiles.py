"""Reference quantiles of the alignment-fidelity model's final fidelity, made with NumPy.

The model (docs/models.md, AlignmentModel): F_N = prod_{n=1..N} q_n with q_n ~ Beta(p k, (1 - p) k), k = 1/d - 1,
no oversight. For p = 0.999 and d = 0.2 the second shape is 0.004, so 1 - q is mostly far below 1e-16 and q rounds to
1 in double precision; the draws are therefore made in logs: with X ~ Gamma(a) and Y ~ Gamma(b), 1 - q = X / (X + Y)
where a = (1 - p) k, b = p k, and log X = log Gamma(a + 1) + log(U) / a (Marsaglia and Tsang's boosting), so that
log(1 - q) is finite however small. log F = sum log1p(-(1 - q)).

    python3 benchmarks/tails/fidelity_quantiles.py [DRAWS] [SEED]     (defaults 2,000,000 draws, seed 15)

Prints the quantiles at 1, 5, 10, 25, 50, 75, 90, 95, 99 % of F and of 1 - F, to 17 significant digits.
"""
import sys

import numpy as np

draws = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 15
p, d, generations = 0.999, 0.2, 50
k = 1 / d - 1
a, b = (1 - p) * k, p * k
rng = np.random.default_rng(seed)
log_f = np.zeros(draws)
chunk = 1_000_000
for start in range(0, draws, chunk):
    n = min(chunk, draws - start)
    acc = np.zeros(n)
    for _ in range(generations):
        log_x = np.log(rng.gamma(a + 1, size=n)) + np.log(rng.random(n)) / a
        y = rng.gamma(b, size=n)
        # 1 - q = X / (X + Y) = 1 / (1 + Y / X), in logs
        log_one_minus_q = -np.logaddexp(0, np.log(y) - log_x)
        acc += np.log1p(-np.exp(log_one_minus_q))
    log_f[start:start + n] = acc
levels = [0.01, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99]
# the order statistic of rank ceil(q n), rsisim's definition; F is decreasing in -log F
f_sorted = np.sort(np.exp(log_f))
dist_sorted = np.sort(-np.expm1(log_f))
for q in levels:
    r = int(np.ceil(q * draws)) - 1
    print(f"p{round(q * 100):02d}  F = {f_sorted[r]:.17g}   1 - F = {dist_sorted[draws - 1 - r]:.17g}")
