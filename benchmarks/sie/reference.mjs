// Runs Davidson and Houlden's software intelligence explosion model (their JavaScript, from a checkout of
// thoulden/Accelerated_AI_Progress given by its path) with Math.random replaced by a seeded generator, so that its
// trajectories and Monte Carlo estimates can be compared with rsisim's `sie` model. Their code is loaded from the
// checkout, never copied here.
//
// Usage:
//   node reference.mjs CHECKOUT trajectory F R0 LIMIT_YEARS LAMBDA SHARE [MAX_MONTHS] [SWITCH...]
//       prints {"times": [...], "doubling_times": [...]} (months) for fixed parameters, as their multiple-
//       simulation code computes them (dynamicSystemWithLambda, with the arguments their sampler would give;
//       MAX_MONTHS is its time cap, 48 when not given, as in their runMultiple)
//   node reference.mjs CHECKOUT montecarlo N SEED [SWITCH...]
//       runs their runMultiple with the default priors of docs/index.html (f 2-32, r 0.4-3.6, limit 6-16,
//       lambda 0.15-0.6, share 0.5) and prints the four probabilities, N, seconds and simulations per second
//   node reference.mjs CHECKOUT curve N SEED [SWITCH...]
//       the same simulations, then their calculateYearsCompressedCdf: the "years of progress compressed into one
//       year" curve at its 200 points, {"years": [...], "fractions": [...]}
// SWITCH is compute-growth, retraining or constant-r.
import { createRequire } from 'node:module';
import path from 'node:path';
import fs from 'node:fs';

const [checkout, mode, ...rest] = process.argv.slice(2);
if (!checkout || !mode) {
  console.error('usage: node reference.mjs CHECKOUT (trajectory F R0 L LAMBDA SHARE | montecarlo N SEED) [SWITCH...]');
  process.exit(2);
}
const file = path.resolve(checkout, 'docs', 'js', 'simulation.js');
if (!fs.existsSync(file)) {
  console.error(`no docs/js/simulation.js under ${checkout}`);
  process.exit(2);
}

// xoshiro128** (Blackman and Vigna), seeded through splitmix32; a double in [0, 1) from 53 random bits.
function seeded(seed) {
  let x = seed >>> 0;
  const next32 = () => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = next32(), b = next32(), c = next32(), d = next32();
  const rotl = (v, k) => ((v << k) | (v >>> (32 - k))) >>> 0;
  const u32 = () => {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = (b << 9) >>> 0;
    c ^= a; d ^= b; b ^= c; a ^= d; c ^= t; d = rotl(d, 11);
    return result;
  };
  return () => ((u32() >>> 5) * 67108864 + (u32() >>> 6)) / 9007199254740992;
}

const switches = new Set(rest.filter((s) => isNaN(Number(s))));
for (const s of switches) {
  if (!['compute-growth', 'retraining', 'constant-r'].includes(s)) {
    console.error(`unknown switch ${s}`);
    process.exit(2);
  }
}
const numbers = rest.filter((s) => !isNaN(Number(s))).map(Number);
const flags = {
  computeGrowth: switches.has('compute-growth'),
  retrainingCost: switches.has('retraining'),
  constantR: switches.has('constant-r'),
};

Math.random = () => { throw new Error('unseeded Math.random'); };
const require = createRequire(import.meta.url);
const Sim = require(file);

if (mode === 'trajectory') {
  const [f, r0, limitYears, lambda, share, maxMonths] = numbers;
  // The arguments their sampleParametersBatch gives for these values.
  const factorIncrease = 2;
  const timeToDouble = Math.log(factorIncrease) / (Math.log(2) / 3);
  const initialTime = timeToDouble / (flags.computeGrowth ? 1.1 : f);
  const f0 = flags.computeGrowth ? 0.1 : f;
  const res = Sim.dynamicSystemWithLambda(r0, factorIncrease, initialTime, limitYears, Math.log(2) / 5, f0, f,
    lambda, share, flags.retrainingCost, flags.constantR, maxMonths);
  const doublingTimes = [];
  for (let i = 1; i < res.times.length; i++) doublingTimes.push(res.times[i] - res.times[i - 1]);
  console.log(JSON.stringify({ f, r_initial: r0, limit_years: limitYears, lambda_factor: lambda,
    software_contribution_param: share, max_time_months: maxMonths === undefined ? 48 : maxMonths, switches: [...switches], times: res.times, doubling_times: doublingTimes }));
} else if (mode === 'curve') {
  const [n, seed] = numbers;
  Math.random = seeded(seed);
  const bounds = { ib_low: 2, ib_high: 32, r_low: 0.4, r_high: 3.6, ly_low: 6, ly_high: 16, lf_low: 0.15, lf_high: 0.6 };
  const out = Sim.runMultiple(n, bounds, 0.5, flags);
  const curve = Sim.calculateYearsCompressedCdf(out.timesMatrix, 0.5);
  console.log(JSON.stringify({ switches: [...switches], n, seed, years: curve.years, fractions: curve.fractions }));
} else if (mode === 'montecarlo') {
  const [n, seed] = numbers;
  Math.random = seeded(seed);
  const bounds = { ib_low: 2, ib_high: 32, r_low: 0.4, r_high: 3.6, ly_low: 6, ly_high: 16, lf_low: 0.15, lf_high: 0.6 };
  const start = process.hrtime.bigint();
  const out = Sim.runMultiple(n, bounds, 0.5, flags);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const p = out.probabilities;
  console.log(JSON.stringify({ switches: [...switches], n, seed,
    speedup_3x_12mo: p['12_3'], speedup_10x_4mo: p['4_10'], speedup_10x_12mo: p['12_10'], speedup_30x_4mo: p['4_30'],
    seconds, sims_per_second: n / seconds }));
} else {
  console.error(`unknown mode ${mode}`);
  process.exit(2);
}
