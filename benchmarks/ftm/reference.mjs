// Runs the compute-centric full takeoff model's JavaScript port (epoch-research/ftm, website/src/js/ftm) with
// node on each preset of its website/src/js/presets.js and prints the milestone years and takeoff metrics; with
// --traj DIR it also writes each preset's trajectories (GWP, effective compute, automated fractions of goods and
// R&D tasks) as DIR/<preset>.csv, the files of models/src/test/resources/org/rsisim/models/ftm/; with --bench RUNS
// it prints the CPU time per trajectory of each preset, averaged over RUNS trajectories, as JSON.
//
// Usage: node benchmarks/ftm/reference.mjs CHECKOUT [--traj DIR] [--bench RUNS]
//
// Their code is read from CHECKOUT at run time; nothing of it is copied here. Presets are passed as their web
// page passes them (website/src/js/playground.js): runtime_training_tradeoff is set to 0 when
// runtime_training_tradeoff_enabled is false, and keys the bridge does not map (dynamic_t_end) are dropped.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const args = process.argv.slice(2);
if (args.length < 1) {
  console.error('usage: node reference.mjs CHECKOUT [--traj DIR] [--bench RUNS]');
  process.exit(2);
}
const checkout = args[0];
const trajDir = args.includes('--traj') ? args[args.indexOf('--traj') + 1] : null;
const benchRuns = args.includes('--bench') ? Number(args[args.indexOf('--bench') + 1]) : 0;

const js = path.join(checkout, 'website', 'src', 'js');
const files = [path.join(js, 'utils.js'), path.join(js, 'ftm', 'nj.js'), path.join(js, 'ftm', 'ftm.js'), path.join(js, 'ftm', 'bridge.js'),
  path.join(js, 'presets.js')];
const source = files.map(f => fs.readFileSync(f, 'utf8')).join('\n;\n')
  + '\n;globalThis.__out = {ftm, bridge, presets: {aggressive: aggressive_parameters, best_guess: best_guess_parameters,'
  + ' conservative: conservative_parameters, short_timelines: short_timelines_best_guess,'
  + ' med_timelines: med_timelines_best_guess, long_timelines: long_timelines_best_guess}};';
const context = vm.createContext({console, Math});
vm.runInContext(source, context);
const {ftm, bridge, presets} = context.__out;

function jsParams(preset) {
  const params = {...preset};
  if (!params.runtime_training_tradeoff_enabled) params.runtime_training_tradeoff = 0;
  delete params.runtime_training_tradeoff_enabled;
  delete params.dynamic_t_end;
  return bridge.transform_python_to_js_params(params);
}

const fmt = x => (x === null || x === undefined || Number.isNaN(x)) ? 'NaN' : String(x);
const milestoneKeys = ['rampup_start', 'sub_agi_year', 'agi_year', 'automation_gns_20%', 'automation_gns_100%',
  'automation_rnd_20%', 'automation_rnd_100%'];
const takeoffKeys = ['full_automation_gns', 'full_automation_rnd', 'cog_output_multiplier', 'sub_agi_to_agi',
  'gwp_growth'];

for (const [name, preset] of Object.entries(presets)) {
  const sim = ftm.run_simulation(jsParams(preset));
  const tl = sim.timeline_metrics;
  const to = sim.takeoff_metrics;
  const parts = [name];
  for (const k of milestoneKeys) parts.push(`${k}=${fmt(tl[k])}`);
  for (const k of takeoffKeys) parts.push(`${k}=${fmt(to[k][0])}`);
  parts.push(`doubling_times=${to.doubling_times[0].join(';')}`);
  parts.push(`steps=${sim.states.length}`);
  console.log(parts.join(' '));
  if (trajDir) {
    fs.mkdirSync(trajDir, {recursive: true});
    // GWP and effective compute to 12 significant digits (the check is at 1e-6 relative); the automated
    // fractions are multiples of 1/n_labour_tasks and print exactly.
    const rows = ['step,gwp,compute,frac_automated_goods,frac_automated_rnd'];
    for (let i = 0; i < sim.states.length; i++) {
      const s = sim.states[i];
      rows.push([i, s.gwp.toPrecision(12), s.compute.toPrecision(12), String(sim.frac_tasks_automated_goods[i]),
        String(sim.frac_tasks_automated_rnd[i])].join(','));
    }
    fs.writeFileSync(path.join(trajDir, `${name}.csv`), rows.join('\n') + '\n');
  }
}

if (benchRuns > 0) {
  // CPU time (process.cpuUsage: user + system, so the collector's threads count too) per trajectory of each
  // preset: one warm-up trajectory, then benchRuns timed together; one JSON line.
  const out = {};
  for (const [name, preset] of Object.entries(presets)) {
    ftm.run_simulation(jsParams(preset));
    const start = process.cpuUsage();
    for (let i = 0; i < benchRuns; i++) ftm.run_simulation(jsParams(preset));
    const used = process.cpuUsage(start);
    out[name] = {mean_us: Math.round((used.user + used.system) / benchRuns), runs: benchRuns};
  }
  console.log(JSON.stringify(out));
}
