// The page of 'rsisim serve'. Every request carries the token of the page's URL. The page's state (scenario, edits,
// runs, seed, comparison) lives in the URL's fragment, so a link opens the same configuration and runs it again,
// which gives the same numbers to the bit: the server's results depend on nothing else.
(function () {
  'use strict';
  const token = document.body.dataset.token;
  const $ = (id) => document.getElementById(id);
  const state = {
    source: null,      // {scenario: NAME} or {text: YAML}
    info: null,        // the server's description of the scenario
    job: null,         // the running or last job
    events: null,      // its EventSource
    clickedAt: 0,
  };
  // What tests and curious users read: the last result, its charts and timings.
  const rsisim = window.rsisim = { charts: {}, result: null, compare: null, drawnMs: null, runId: null, busy: false };

  function api(path, options) {
    const o = Object.assign({ headers: {} }, options || {});
    o.headers['X-Rsisim-Token'] = token;
    if (o.body !== undefined) o.headers['Content-Type'] = 'application/json';
    return fetch(path, o).then(async (r) => {
      const type = r.headers.get('Content-Type') || '';
      const body = type.startsWith('application/json') ? await r.json() : await r.text();
      if (!r.ok) {
        const e = new Error(body && body.error ? body.error : ('HTTP ' + r.status));
        e.field = body && body.field;
        e.status = r.status;
        throw e;
      }
      return body;
    });
  }

  function clearErrors() {
    document.querySelectorAll('.error').forEach((e) => { e.textContent = ''; });
    document.querySelectorAll('.invalid').forEach((e) => e.classList.remove('invalid'));
  }

  function showError(e) {
    const field = e.field;
    let box = null;
    if (field) {
      box = document.querySelector('.error[data-for="' + CSS.escape(field) + '"]');
      const input = document.getElementById(field === 'scenario' ? 'scenario' : field);
      if (input) input.classList.add('invalid');
    }
    (box || $('general')).textContent = e.message;
  }

  // ---- the scenario and its parameters ----

  function loadScenarios() {
    return api('api/scenarios').then((list) => {
      const sel = $('scenario');
      sel.innerHTML = '';
      for (const s of list) {
        const o = document.createElement('option');
        o.value = s.name;
        o.textContent = s.name + ' (' + s.model + ')';
        o.title = s.description;
        sel.appendChild(o);
      }
      const pasted = document.createElement('option');
      pasted.value = '';
      pasted.textContent = '(pasted or uploaded scenario)';
      sel.appendChild(pasted);
    });
  }

  function describe(source) {
    clearErrors();
    const p = source.scenario !== undefined
      ? api('api/scenario?name=' + encodeURIComponent(source.scenario))
      : api('api/scenario', { method: 'POST', body: JSON.stringify({ text: source.text }) });
    return p.then((info) => {
      state.source = source;
      state.info = info;
      $('scenario').value = source.scenario !== undefined ? source.scenario : '';
      $('model').textContent = 'model ' + info.model;
      $('description').textContent = info.description;
      $('runs').value = info.runs;
      $('seed').value = info.seed;
      drawParameters(info);
      return info;
    });
  }

  function isNumber(v) { return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(String(v).trim()); }

  function drawParameters(info) {
    const body = $('parameters').querySelector('tbody');
    body.innerHTML = '';
    for (const p of info.parameters) {
      const tr = document.createElement('tr');
      tr.dataset.parameter = p.name;
      const name = document.createElement('td');
      name.innerHTML = '<b></b><div class="desc"></div>';
      name.querySelector('b').textContent = p.name;
      name.querySelector('.desc').textContent = p.description;
      const unit = document.createElement('td');
      unit.textContent = p.unit;
      const range = document.createElement('td');
      range.textContent = '[' + p.lower + ', ' + p.upper + ']';
      tr.append(name, unit, range, valueCell('a', p), valueCell('b', p));
      body.appendChild(tr);
    }
  }

  function valueCell(side, p) {
    const td = document.createElement('td');
    if (side === 'b') td.className = 'b';
    const input = document.createElement('input');
    input.type = 'text';
    input.id = side + '.' + p.name;
    input.value = p.value;
    input.dataset.original = p.value;
    input.title = 'a number, or a distribution such as {uniform: {min: 1, max: 2}} (docs/scenarios.md)';
    td.appendChild(input);
    const finite = isFinite(Number(p.lower)) && isFinite(Number(p.upper)) && p.lower !== '-.inf' && p.upper !== '.inf';
    if (finite) {
      const slider = document.createElement('input');
      slider.type = 'range';
      slider.min = p.lower;
      slider.max = p.upper;
      slider.step = 'any';
      slider.value = isNumber(p.value) ? p.value : p['default'];
      slider.disabled = !isNumber(p.value);
      slider.addEventListener('input', () => { input.value = String(Number(slider.value)); mark(input); });
      input.addEventListener('input', () => {
        slider.disabled = !isNumber(input.value);
        if (!slider.disabled) slider.value = input.value;
      });
      td.appendChild(slider);
    }
    input.addEventListener('input', () => mark(input));
    const err = document.createElement('div');
    err.className = 'error';
    err.dataset.for = input.id;
    td.appendChild(err);
    return td;
  }

  function mark(input) {
    input.closest('tr').classList.toggle('edited', edited(input));
  }

  function edited(input) { return input.value.trim() !== input.dataset.original.trim(); }

  function edits(side) {
    const out = {};
    document.querySelectorAll('#parameters input[type=text]').forEach((i) => {
      if (i.id.startsWith(side + '.') && edited(i)) out[i.id.substring(2)] = i.value.trim();
    });
    return out;
  }

  function request() {
    const r = Object.assign({}, state.source);
    r.edits = edits('a');
    r.runs = $('runs').value;
    r.seed = $('seed').value;
    if ($('compare-mode').checked) r.compare = { edits: edits('b') };
    return r;
  }

  // ---- the URL's fragment ----

  function b64encode(text) {
    const bytes = new TextEncoder().encode(text);
    let s = '';
    bytes.forEach((b) => { s += String.fromCharCode(b); });
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function b64decode(text) {
    const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder().decode(Uint8Array.from(s, (c) => c.charCodeAt(0)));
  }

  function saveState() {
    const r = request();
    const parts = [];
    if (r.scenario !== undefined) parts.push('scenario=' + encodeURIComponent(r.scenario));
    else parts.push('text=' + b64encode(r.text));
    parts.push('runs=' + encodeURIComponent(r.runs), 'seed=' + encodeURIComponent(r.seed));
    for (const [k, v] of Object.entries(r.edits)) parts.push('a.' + encodeURIComponent(k) + '=' + encodeURIComponent(v));
    if (r.compare) {
      parts.push('compare=1');
      for (const [k, v] of Object.entries(r.compare.edits)) parts.push('b.' + encodeURIComponent(k) + '=' + encodeURIComponent(v));
    }
    history.replaceState(null, '', location.pathname + location.search + '#' + parts.join('&'));
  }

  function readState() {
    const h = location.hash.replace(/^#/, '');
    if (!h) return null;
    const s = { edits: { a: {}, b: {} } };
    for (const part of h.split('&')) {
      const i = part.indexOf('=');
      if (i < 0) continue;
      const k = decodeURIComponent(part.substring(0, i));
      const v = part.substring(i + 1);
      if (k === 'text') s.text = b64decode(v);
      else if (k.startsWith('a.') || k.startsWith('b.')) s.edits[k[0]][k.substring(2)] = decodeURIComponent(v);
      else s[k] = decodeURIComponent(v);
    }
    return s;
  }

  function applyState(s) {
    const source = s.text !== undefined ? { text: s.text } : { scenario: s.scenario };
    if (s.text !== undefined) $('text').value = s.text;
    return describe(source).then(() => {
      if (s.runs !== undefined) $('runs').value = s.runs;
      if (s.seed !== undefined) $('seed').value = s.seed;
      $('compare-mode').checked = s.compare === '1';
      document.body.classList.toggle('comparing', s.compare === '1');
      for (const side of ['a', 'b']) {
        for (const [k, v] of Object.entries(s.edits[side])) {
          const input = document.getElementById(side + '.' + k);
          if (input) { input.value = v; input.dispatchEvent(new Event('input')); }
        }
      }
    });
  }

  // ---- running ----

  function run() {
    if (rsisim.busy) return;
    clearErrors();
    state.clickedAt = performance.now();
    rsisim.drawnMs = null;
    const r = request();
    saveState();
    setBusy(true);
    $('status').textContent = 'starting';
    rsisim.timing = {};
    api('api/runs', { method: 'POST', body: JSON.stringify(r) }).then((job) => {
      rsisim.timing.accepted = performance.now() - state.clickedAt;
      state.job = job;
      follow(job);
    }).catch((e) => { setBusy(false); $('status').textContent = ''; showError(e); });
  }

  function setBusy(busy) {
    rsisim.busy = busy;
    $('run').disabled = busy;
    $('cancel').disabled = !busy;
  }

  function follow(job) {
    const es = new EventSource('api/runs/' + job.id + '/events?token=' + encodeURIComponent(token));
    state.events = es;
    es.addEventListener('progress', (ev) => progress(JSON.parse(ev.data)));
    es.addEventListener('done', (ev) => {
      es.close();
      rsisim.timing.done = performance.now() - state.clickedAt;
      const s = JSON.parse(ev.data);
      progress(s);
      finish(s);
    });
    es.onerror = () => {
      es.close();
      setBusy(false);
      $('general').textContent = 'lost the connection to the server';
    };
  }

  function progress(s) {
    $('progress').max = Math.max(1, s.planned);
    $('progress').value = s.done;
    $('status').textContent = s.state === 'queued' ? 'queued: waiting for a free slot'
      : s.done.toLocaleString('en') + ' of ' + s.planned.toLocaleString('en') + ' runs';
  }

  function finish(s) {
    if (s.state === 'failed') {
      setBusy(false);
      $('status').textContent = '';
      $('general').textContent = s.error;
      return;
    }
    const file = s.compare ? 'compare.json' : 'result.json';
    api('api/runs/' + s.id + '/' + file).then((data) => {
      rsisim.timing.fetched = performance.now() - state.clickedAt;
      if (s.compare) drawCompare(data, s); else drawResult(data, s);
      const ms = performance.now() - state.clickedAt;
      rsisim.drawnMs = ms;
      rsisim.runId = s.id;
      $('results').dataset.runId = s.id;
      let note = s.cancelled ? ' (cancelled: partial result)' : s.timedOut ? ' (stopped at the server\'s time cap: partial result)' : '';
      $('status').textContent = s.done.toLocaleString('en') + ' runs in ' + s.seconds.toFixed(2) + ' s, drawn '
        + Math.round(ms) + ' ms after Run' + note;
      files(s);
      setBusy(false);
    }).catch((e) => { setBusy(false); showError(e); });
  }

  function files(s) {
    const box = $('files');
    box.innerHTML = '';
    const names = s.compare ? ['compare.json', 'scenario.yaml', 'scenario-b.yaml']
      : ['result.json', 'summary.csv', 'metrics.csv', 'events.csv', 'series.csv'];
    for (const n of names) {
      const a = document.createElement('a');
      a.href = 'api/runs/' + s.id + '/' + n + '?token=' + encodeURIComponent(token);
      a.download = n;
      a.textContent = n;
      box.appendChild(a);
    }
  }

  function cancel() {
    if (state.job) api('api/runs/' + state.job.id + '/cancel', { method: 'POST', body: '{}' }).catch(showError);
  }

  function downloadYaml() {
    clearErrors();
    api('api/yaml', { method: 'POST', body: JSON.stringify(request()) }).then((text) => {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([text], { type: 'application/yaml' }));
      a.download = (state.info ? state.info.name : 'scenario') + '.yaml';
      document.body.appendChild(a);
      a.click();
      a.remove();
    }).catch(showError);
  }

  // ---- drawing ----

  function fmt(v, digits) {
    if (v === null || v === undefined) return '';
    if (!isFinite(v)) return String(v);
    const a = Math.abs(v);
    if (a !== 0 && (a >= 1e6 || a < 1e-3)) return v.toExponential((digits || 4) - 1);
    return Number(v.toPrecision(digits || 4)).toString();
  }

  function cell(tr, text, full, cls) {
    const td = document.createElement('td');
    td.textContent = text;
    if (full !== undefined && full !== null) td.dataset.value = String(full);
    if (cls) td.className = cls;
    tr.appendChild(td);
    return td;
  }

  function table(headers) {
    const t = document.createElement('table');
    t.className = 'numbers';
    const tr = document.createElement('tr');
    for (const h of headers) { const th = document.createElement('th'); th.textContent = h; tr.appendChild(th); }
    t.appendChild(tr);
    return t;
  }

  // One event's chart: the probability at the requested times with its 95 % intervals (series 1-3, points), and,
  // when the result carries it, the whole empirical CDF as a step line with its pointwise 95 % intervals (series 4-6).
  // The x values are the union of both; a series has null where it has no value.
  function eventChart(e, box) {
    const requested = new Map(e.probabilityBy.map((p) => [p.time, p]));
    const c = e.cdf && e.cdf.time && e.cdf.time.length ? e.cdf : null;
    const x = Array.from(new Set([...requested.keys(), ...(c ? c.time : [])])).sort((a, b) => a - b);
    const at = (f) => x.map((t) => (requested.has(t) ? f(requested.get(t)) : null));
    const data = [x, at((p) => p.ci95[0]), at((p) => p.p), at((p) => p.ci95[1])];
    const series = [{ label: e.unit },
      { label: '2.5 %', stroke: '#9ecae1', spanGaps: true },
      { label: 'P', stroke: '#08519c', width: 2, spanGaps: true, points: { show: true, size: 6 } },
      { label: '97.5 %', stroke: '#9ecae1', spanGaps: true }];
    const bands = [{ series: [3, 1], fill: 'rgba(8,81,156,0.15)' }];
    if (c) {
      // the step function's value at each x: that of the last CDF time at or before it, 0 before the first
      const cl = []; const cp = []; const cu = [];
      let k = -1;
      for (const t of x) {
        while (k + 1 < c.time.length && c.time[k + 1] <= t) k++;
        cl.push(k < 0 ? 0 : c.lower[k]);
        cp.push(k < 0 ? 0 : c.p[k]);
        cu.push(k < 0 ? null : c.upper[k]);
      }
      data.push(cl, cp, cu);
      const step = uPlot.paths.stepped({ align: 1 });
      series.push({ label: 'CDF 2.5 %', stroke: '#fdae6b', paths: step },
        { label: 'CDF', stroke: '#d94801', width: 1.5, paths: step },
        { label: 'CDF 97.5 %', stroke: '#fdae6b', paths: step });
      bands.push({ series: [6, 4], fill: 'rgba(217,72,1,0.08)' });
    }
    return new uPlot({
      width: WIDTH, height: HEIGHT,
      scales: { x: { time: false }, y: { range: [0, 1] } },
      axes: [{ label: e.unit, values: plain }, { label: 'probability' }],
      legend: { live: false },
      series, bands,
    }, data, box);
  }

  // A titled section of charts: its heading, then the box the charts go in.
  function chartSection(root, title) {
    const h = document.createElement('h2');
    h.textContent = title;
    root.appendChild(h);
    const charts = document.createElement('div');
    charts.className = 'charts';
    root.appendChild(charts);
    return charts;
  }

  function chartBox(parent, title, key) {
    const box = document.createElement('div');
    box.className = 'chart';
    box.dataset.chart = key;
    const h = document.createElement('h3');
    h.textContent = title;
    box.appendChild(h);
    parent.appendChild(box);
    return box;
  }

  const WIDTH = 400, HEIGHT = 230;
  // years and generations without thousands separators
  const plain = (u, values) => values.map((v) => v === null ? '' : String(Number(v.toPrecision(6))));

  function drawResult(data, status) {
    for (const c of Object.values(rsisim.charts)) c.destroy();
    rsisim.charts = {};
    rsisim.result = data;
    rsisim.compare = null;
    const root = $('results');
    root.innerHTML = '';
    const m = data.manifest;
    const head = document.createElement('p');
    head.textContent = m.scenario + ': ' + m.runs.toLocaleString('en') + ' runs of model ' + m.model + ', seed '
      + m.seed + (m.partial ? ' (partial)' : '') + ', scenario hash ' + m.scenarioHash.substring(0, 16);
    root.appendChild(head);

    // the table with Monte Carlo errors
    const h2 = document.createElement('h2');
    h2.textContent = 'Estimates with their Monte Carlo errors';
    root.appendChild(h2);
    const t = table(['quantity', 'estimate', 'std. error', '95 % interval', 'unit']);
    t.id = 'estimates';
    for (const [name, e] of Object.entries(data.events || {})) {
      for (const p of e.probabilityBy) {
        const tr = document.createElement('tr');
        tr.dataset.event = name;
        tr.dataset.time = p.time;
        cell(tr, 'P(' + name + ' by ' + p.time + ')');
        cell(tr, fmt(p.p), p.p, 'num prob');
        cell(tr, fmt(p.stderr, 2), p.stderr, 'num');
        cell(tr, '[' + fmt(p.ci95[0]) + ', ' + fmt(p.ci95[1]) + ']', null, 'num');
        cell(tr, 'probability');
        t.appendChild(tr);
      }
    }
    for (const [name, s] of Object.entries(data.metrics || {})) {
      const tr = document.createElement('tr');
      tr.dataset.metric = name;
      cell(tr, 'mean ' + name);
      cell(tr, fmt(s.mean), s.mean, 'num');
      cell(tr, fmt(s.stderr, 2), s.stderr, 'num');
      cell(tr, s.ci95 ? '[' + fmt(s.ci95[0]) + ', ' + fmt(s.ci95[1]) + ']' : '', null, 'num');
      cell(tr, s.unit);
      t.appendChild(tr);
    }
    root.appendChild(t);

    const events = Object.entries(data.events || {});
    if (events.length) {
      const charts = chartSection(root, 'Events: probability by time, with 95 % bands');
      for (const [name, e] of events) {
        const box = chartBox(charts, 'P(' + name + ' by time)', 'event:' + name);
        rsisim.charts['event:' + name] = eventChart(e, box);
      }
    }

    const series = Object.entries(data.series || {});
    if (series.length) {
      const charts = chartSection(root, 'Series: fan charts (5-95 % and 25-75 % of runs, median)');
      for (const [name, s] of series) {
        const positive = s.p05.every((v) => v === null || v > 0);
        const box = chartBox(charts, name + ' (' + s.unit + ')', 'series:' + name);
        rsisim.charts['series:' + name] = new uPlot({
          width: WIDTH, height: HEIGHT,
          scales: { x: { time: false }, y: positive ? { distr: 3 } : {} },
          axes: [{ label: s.indexUnit, values: plain }, { label: s.unit }],
          legend: { live: false },
          series: [{ label: s.indexUnit }, { label: 'p05', stroke: '#c6dbef' }, { label: 'p25', stroke: '#6baed6' },
            { label: 'median', stroke: '#08519c', width: 2 }, { label: 'p75', stroke: '#6baed6' },
            { label: 'p95', stroke: '#c6dbef' }],
          bands: [{ series: [5, 1], fill: 'rgba(8,81,156,0.10)' }, { series: [4, 2], fill: 'rgba(8,81,156,0.20)' }],
        }, [s.index, s.p05, s.p25, s.p50, s.p75, s.p95], box);
      }
    }

    const metrics = Object.entries(data.metrics || {}).filter(([, s]) => s.histogram && s.histogram.counts.length);
    if (metrics.length) {
      const charts = chartSection(root, 'Metrics: histograms of the runs');
      for (const [name, s] of metrics) {
        const hist = s.histogram;
        const x = [];
        for (let j = 0; j < hist.counts.length; j++) {
          const a = hist.edges[j], b = hist.edges[j + 1];
          x.push(hist.logarithmic ? Math.sqrt(a * b) : (a + b) / 2);
        }
        const box = chartBox(charts, name + ' (' + s.unit + ')', 'metric:' + name);
        rsisim.charts['metric:' + name] = new uPlot({
          width: WIDTH, height: HEIGHT,
          scales: { x: { time: false, distr: hist.logarithmic ? 3 : 1 } },
          axes: [{ label: s.unit }, { label: 'runs' }],
          legend: { show: false },
          series: [{ label: s.unit }, { label: 'runs', stroke: '#3182bd', fill: 'rgba(49,130,189,0.5)',
            paths: uPlot.paths.bars({ size: [1, Infinity], align: 0 }), points: { show: false } }],
        }, [x, hist.counts], box);
      }
    }
  }

  function drawCompare(data) {
    for (const c of Object.values(rsisim.charts)) c.destroy();
    rsisim.charts = {};
    rsisim.compare = data;
    rsisim.result = null;
    const root = $('results');
    root.innerHTML = '';
    const head = document.createElement('p');
    head.textContent = 'B against A on common random numbers: ' + data.pairs.toLocaleString('en') + ' pairs, seed '
      + data.seed + (data.partial ? ' (partial)' : '') + '. Each difference B - A has a paired standard error.';
    root.appendChild(head);
    const t = table(['quantity', 'A', 'B', 'B - A', 'std. error', '95 % interval', 'variance reduction']);
    t.id = 'differences';
    for (const d of data.differences) {
      const tr = document.createElement('tr');
      tr.dataset.quantity = d.quantity;
      if (d.time !== undefined) tr.dataset.time = d.time;
      cell(tr, d.event ? 'P(' + d.quantity + ' by ' + d.time + ')' : 'mean ' + d.quantity + ' (' + d.unit + ')');
      cell(tr, fmt(d.a.value), d.a.value, 'num a');
      cell(tr, fmt(d.b.value), d.b.value, 'num b');
      cell(tr, fmt(d.difference.value), d.difference.value, 'num diff');
      cell(tr, fmt(d.difference.stderr, 2), d.difference.stderr, 'num');
      cell(tr, '[' + fmt(d.difference.lower) + ', ' + fmt(d.difference.upper) + ']', null, 'num');
      cell(tr, d.varianceReductionFactor === null ? '' : fmt(d.varianceReductionFactor, 3) + 'x', null, 'num');
      t.appendChild(tr);
    }
    root.appendChild(t);
  }

  // ---- wiring ----

  $('scenario').addEventListener('change', () => {
    const v = $('scenario').value;
    if (v) describe({ scenario: v }).catch(showError);
    else $('paste').open = true;
  });
  $('use-text').addEventListener('click', () => {
    describe({ text: $('text').value }).catch(showError);
  });
  $('upload').addEventListener('change', () => {
    const f = $('upload').files[0];
    if (f) f.text().then((t) => { $('text').value = t; return describe({ text: t }); }).catch(showError);
  });
  $('compare-mode').addEventListener('change', () => {
    document.body.classList.toggle('comparing', $('compare-mode').checked);
  });
  $('run').addEventListener('click', run);
  $('cancel').addEventListener('click', cancel);
  $('dl-yaml').addEventListener('click', downloadYaml);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run();
  });

  loadScenarios().then(() => {
    const s = readState();
    if (s && (s.scenario !== undefined || s.text !== undefined)) {
      return applyState(s).then(run);
    }
    return describe({ scenario: $('scenario').options[0].value });
  }).then(() => { document.body.dataset.ready = 'true'; })
    .catch((e) => { showError(e); document.body.dataset.ready = 'true'; });
})();
