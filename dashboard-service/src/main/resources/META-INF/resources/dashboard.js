// The JWNA dashboard: KPI tiles, charts and tables from dashboard-service's API, kept live by polling /api/v1/summary.
// Plain ES module, no build step; Chart.js is the UMD build from the chart.js webjar (global `Chart`).
import { LOCALES, PROVINCES, TEXT, countryName, text } from './i18n.js';

const POLL_MS = 3000;
const TOKEN_KEY = 'jwna.token';
const LANG_KEY = 'jwna.lang';
const NAVY = '#0b3a66', BLUE = '#1f5f99', BLUE_LIGHT = '#8fb3d9', INK = '#1b1f24', GRID = '#e3e8ee';

const $ = sel => document.querySelector(sel);
const $$ = sel => [...document.querySelectorAll(sel)];

const state = {
  lang: localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'id',
  filters: null,       // {from, to, nationality, province} in force
  gen: 0,              // bumped whenever the filters change; answers for older filters are dropped
  chartsKey: null,     // filters + summary version the charts were last loaded for
  summary: null,
  data: {},            // source key → last answer
  errors: {},          // source key → error of the last load
  charts: {},          // canvas id → Chart
  nationalities: new Set(),
  timer: null, busy: false, again: false, stopped: true,
};

// ---------------------------------------------------------------------------------------------------------------
// Formats
const t = (key, args) => text(state.lang, key, args);
const locale = () => LOCALES[state.lang];
const fmt = n => (n == null ? '–' : new Intl.NumberFormat(locale()).format(n));
const pct = s => (s == null ? '–' : new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(s));
const fmtDate = iso => new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
  .format(new Date(iso + 'T00:00:00Z'));
/** Chart axis dates: without the year when the period lies in one year. */
const fmtShortDate = iso => (state.filters && state.filters.from.slice(0, 4) === state.filters.to.slice(0, 4)
  ? new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(iso + 'T00:00:00Z'))
  : fmtDate(iso));
const fmtTime = d => new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'medium' }).format(d);
const label = key => (TEXT[state.lang][key] ? t(key) : key);
const nationalityLabel = code => { const n = countryName(code, state.lang); return n === code ? code : `${n} (${code})`; };

// Days are counted in WIB (Asia/Jakarta), as the API counts them.
const todayWib = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
const addDays = (iso, n) => new Date(Date.parse(iso + 'T00:00:00Z') + n * 864e5).toISOString().slice(0, 10);
const intervalFor = f => {
  const days = (Date.parse(f.to) - Date.parse(f.from)) / 864e5 + 1;
  return days <= 31 ? 'day' : days <= 190 ? 'week' : 'month';
};

// ---------------------------------------------------------------------------------------------------------------
// API (bearer token from this tab's sessionStorage; sent only to this service)
const token = () => sessionStorage.getItem(TOKEN_KEY);

class HttpError extends Error {
  constructor(status, detail) { super(detail ? `${status}: ${detail}` : `HTTP ${status}`); this.status = status; }
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? '?' + s : '';
}

async function api(path, params = {}, accept = 'application/json') {
  const r = await fetch(path + query(params), { headers: { Authorization: 'Bearer ' + token(), Accept: accept }, cache: 'no-store' });
  if (!r.ok) {
    let detail = '';
    try {
      const p = await r.json();
      detail = p.detail || p.title || '';
      if (Array.isArray(p.errors) && p.errors.length) detail += ' (' + p.errors.map(e => [e.field, e.message].filter(Boolean).join(': ')).join('; ') + ')';
    } catch { /* not a problem document */ }
    throw new HttpError(r.status, detail);
  }
  return accept === 'text/csv' ? r : r.json();
}

const period = f => ({ from: f.from, to: f.to, nationality: f.nationality, province: f.province });

/** Where each chart's data (and its CSV) comes from, for the filters in force. */
const SOURCES = {
  trend: f => ['/api/v1/timeseries/foreigners-present', { ...period(f), interval: intervalFor(f) }],
  nationality: f => ['/api/v1/population', { by: 'nationality', date: f.to, nationality: f.nationality, province: f.province }],
  // The province map shows every province (the chosen one is marked), for the nationality chosen.
  province: f => ['/api/v1/population', { by: 'province', date: f.to, nationality: f.nationality }],
  'compliance-share': f => ['/api/v1/timeseries/notices-within-72h-share', { ...period(f), interval: 'week' }],
  'compliance-notices': f => ['/api/v1/timeseries/notices-sent', { ...period(f), interval: 'week' }],
  services: f => ['/api/v1/consular/services', { by: 'type', ...period(f) }],
  cases: f => ['/api/v1/cases/stats', { by: 'kind', open: 'true', nationality: f.nationality, province: f.province }],
  // Welfare monitoring of every crisis (the demo loads Covid-19): persons who reached each status in the period.
  welfare: f => ['/api/v1/consular/welfare/monitoring', { by: 'nationality', ...period(f) }],
  'welfare-series': f => ['/api/v1/consular/welfare/monitoring/series', { ...period(f), interval: intervalFor(f) }],
};

/** The welfare statuses as the API names its columns, in Kemlu's order, with their chart colours. */
const WELFARE_STATUSES = [['closeContact', BLUE_LIGHT], ['confirmed', BLUE], ['recovered', '#2e7d32'],
  ['returnedToHomeCountry', NAVY], ['died', '#8b1e1e']];

// ---------------------------------------------------------------------------------------------------------------
// Sign-in and the live loop

/** A refused token asks again; a role that may not see the figures is told so. Returns true when handled. */
function handleAuth(e) {
  if (!(e instanceof HttpError) || (e.status !== 401 && e.status !== 403)) return false;
  sessionStorage.removeItem(TOKEN_KEY);
  showSignIn(e.status === 401 ? 'rejected' : 'forbidden');
  return true;
}

function showSignIn(messageKey) {
  state.stopped = true;
  clearTimeout(state.timer);
  $('#signin').hidden = false;
  for (const id of ['#main', '#footer', '#signout', '#print-report']) $(id).hidden = true;
  const err = $('#signin-error');
  err.dataset.key = messageKey || '';
  err.textContent = messageKey ? t(messageKey) : '';
  $('#token').focus();
}

function showDashboard() {
  if (!$('#main').hidden) return;
  $('#signin').hidden = true;
  for (const id of ['#main', '#footer', '#signout', '#print-report']) $(id).hidden = false;
}

function schedule(delay) {
  clearTimeout(state.timer);
  if (!state.stopped) state.timer = setTimeout(tick, delay);
}

/** One poll: the summary every time, the charts again when its version (or the filters) changed. */
async function tick() {
  if (state.busy) { state.again = true; return; }
  if (!token()) { showSignIn(); return; }
  state.busy = true;
  state.again = false;
  const f = state.filters, gen = state.gen;
  try {
    const s = await api('/api/v1/summary', period(f));
    if (gen !== state.gen) return;
    showDashboard();
    state.summary = s;
    renderTiles();
    const key = JSON.stringify(f) + '#' + s.version;
    if (key !== state.chartsKey) {
      await loadCharts(f, gen);
      if (gen === state.gen) state.chartsKey = key;
    }
    if (gen === state.gen) setLive(s);
  } catch (e) {
    if (handleAuth(e)) return;
    const live = $('#live-status');
    live.classList.add('stale');
    live.textContent = t('failed') + ' (' + e.message + ')';
    if (e instanceof HttpError && e.status === 400) $('#filter-error').textContent = t('badFilter') + ': ' + e.message;
  } finally {
    state.busy = false;
    schedule(state.again ? 0 : POLL_MS);
  }
}

async function loadCharts(f, gen) {
  const keys = Object.keys(SOURCES);
  const results = await Promise.allSettled(keys.map(k => { const [path, params] = SOURCES[k](f); return api(path, params); }));
  const auth = results.find(r => r.status === 'rejected' && [401, 403].includes(r.reason?.status));
  if (auth) throw auth.reason;
  if (gen !== state.gen) return;
  keys.forEach((k, i) => {
    const r = results[i];
    if (r.status === 'fulfilled') { state.data[k] = r.value; delete state.errors[k]; }
    else { state.data[k] = null; state.errors[k] = r.reason; }
  });
  if (!f.nationality && state.data.nationality) {
    const before = state.nationalities.size;
    for (const c of state.data.nationality.counts || []) state.nationalities.add(c.key);
    if (state.nationalities.size !== before) fillNationalities();
  }
  renderCharts();
}

function setLive(s) {
  const live = $('#live-status');
  live.classList.remove('stale');
  live.dataset.version = s.version ?? '';
  let msg = t('lastUpdate', { time: fmtTime(new Date()), version: fmt(s.version) });
  if (s.lastEventAt) msg += ' · ' + t('lastEvent', { time: fmtTime(new Date(s.lastEventAt)) });
  live.textContent = msg;
  live.dataset.updatedAt = new Date().toISOString();
}

// ---------------------------------------------------------------------------------------------------------------
// Filters

function defaultFilters() {
  const to = todayWib();
  return { from: addDays(to, -89), to, nationality: '', province: '' };
}

function showFilters(f) {
  $('#filter-from').value = f.from;
  $('#filter-to').value = f.to;
  $('#filter-nationality').value = f.nationality;
  $('#filter-province').value = f.province;
}

function readFilters() {
  return {
    from: $('#filter-from').value, to: $('#filter-to').value,
    nationality: $('#filter-nationality').value, province: $('#filter-province').value,
  };
}

function applyFilters(f = readFilters()) {
  const err = $('#filter-error');
  if (!f.from || !f.to) { err.textContent = t('badFilter'); return; }
  if (f.from > f.to) { err.textContent = t('badFilter') + ': ' + t('from') + ' > ' + t('to'); return; }
  err.textContent = '';
  if (JSON.stringify(f) === JSON.stringify(state.filters)) return;
  state.filters = f;
  state.gen++;
  state.chartsKey = null;
  showFilters(f);
  renderGrid();
  if (!state.stopped) { clearTimeout(state.timer); tick(); }
}

function fillNationalities() {
  const select = $('#filter-nationality');
  const chosen = state.filters?.nationality || select.value;
  const codes = new Set(state.nationalities);
  if (chosen) codes.add(chosen);
  const sorted = [...codes].sort((a, b) => nationalityLabel(a).localeCompare(nationalityLabel(b), locale()));
  const all = new Option(t('all'), '');
  all.dataset.i18n = 'all';
  select.replaceChildren(all, ...sorted.map(c => new Option(nationalityLabel(c), c)));
  select.value = chosen;
}

function fillProvinces() {
  const select = $('#filter-province');
  const chosen = select.value;
  const all = new Option(t('all'), '');
  all.dataset.i18n = 'all';
  const names = PROVINCES.map(p => p.name).sort((a, b) => a.localeCompare(b, 'id'));
  select.replaceChildren(all, ...names.map(n => new Option(n, n)));
  select.value = chosen;
}

// ---------------------------------------------------------------------------------------------------------------
// Tiles

function setTile(id, value, display, sub) {
  const tile = document.getElementById(id);
  const v = tile.querySelector('.kpi-value');
  v.dataset.value = value == null ? '' : String(value);
  v.textContent = display;
  tile.querySelector('.kpi-sub').textContent = sub;
}

function renderTiles() {
  const s = state.summary;
  if (!s) return;
  setTile('kpi-present', s.foreignersPresent, fmt(s.foreignersPresent),
    t('subPresent', { arrivals: fmt(s.arrivals ?? 0), departures: fmt(s.departures ?? 0) }));
  setTile('kpi-open-cases', s.openCases, fmt(s.openCases), t('subOpenCases', { opened: fmt(s.casesOpened ?? 0) }));
  setTile('kpi-in-custody', s.inCustody, fmt(s.inCustody), t('subInCustody'));
  setTile('kpi-overdue', s.overdueNotifications, fmt(s.overdueNotifications), t('subOverdue', { open: fmt(s.openObligations ?? 0) }));
  const c = s.compliance || {};
  setTile('kpi-compliance', c.shareWithin72h, pct(c.shareWithin72h),
    c.noticesSent ? t('subCompliance', { within: fmt(c.within72h), sent: fmt(c.noticesSent) }) : t('subComplianceNone'));
}

// ---------------------------------------------------------------------------------------------------------------
// Charts and tables

function section(key) { return document.querySelector(`[data-table="${key}"]`).closest('section'); }

function setStatus(sectionEl, message, isError) {
  const p = sectionEl.querySelector('.status');
  p.textContent = message || '';
  p.classList.toggle('error', !!isError);
}

function buildTable(container, caption, headers, rows, numeric) {
  const table = document.createElement('table');
  table.createCaption().textContent = caption;
  const head = table.createTHead().insertRow();
  headers.forEach((h, i) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    if (numeric.includes(i)) th.className = 'num';
    head.append(th);
  });
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    row.forEach((cell, i) => {
      if (i === 0) { const th = document.createElement('th'); th.scope = 'row'; th.textContent = cell; tr.append(th); }
      else { const td = tr.insertCell(); td.textContent = cell; if (numeric.includes(i)) td.className = 'num'; }
    });
  }
  container.replaceChildren(table);
}

function baseOptions(extra = {}) {
  return {
    responsive: true, maintainAspectRatio: false, animation: false, locale: locale(),
    plugins: { legend: { display: false }, tooltip: { enabled: true } },
    ...extra,
  };
}

function drawChart(canvasId, config, ariaLabel) {
  const canvas = document.getElementById(canvasId);
  canvas.setAttribute('aria-label', ariaLabel);
  canvas.textContent = ariaLabel;
  if (!window.Chart) return;
  const existing = state.charts[canvasId];
  if (existing && existing.config.type === config.type) {
    existing.data = config.data;
    existing.options = config.options;
    existing.update('none');
  } else {
    existing?.destroy();
    state.charts[canvasId] = new window.Chart(canvas, config);
  }
}

function sourceProblem(key) {
  const e = state.errors[key];
  return e ? t('failed') + ' (' + e.message + ')' : '';
}

function renderTrend() {
  const key = 'trend', sec = section(key), d = state.data[key];
  const points = d?.points || [];
  const labels = points.map(p => fmtDate(p.date));
  const axis = points.map(p => fmtShortDate(p.date));
  const values = points.map(p => p.value);
  const title = t('trendTitle');
  const aria = points.length
    ? t('ariaTrend', { n: points.length, interval: t('interval_' + (d.interval || 'week')), first: labels[0], last: labels[labels.length - 1],
      start: fmt(values[0]), end: fmt(values[values.length - 1]), max: fmt(Math.max(...values)) })
    : t('ariaEmpty', { title });
  drawChart('chart-population-trend', {
    type: 'line',
    data: { labels: axis, datasets: [{ label: t('seriesPresent'), data: values, borderColor: NAVY, backgroundColor: NAVY,
      borderWidth: 2.5, pointRadius: 2.5, tension: 0.2 }] },
    // From zero unless the line lies far above it (then the change is what matters, and the axis says where it starts).
    options: baseOptions({ scales: { y: { min: !values.length || Math.min(...values) <= 0.2 * Math.max(...values) ? 0 : undefined,
      grace: '5%', grid: { color: GRID }, ticks: { precision: 0 } }, x: { grid: { display: false } } } }),
  }, aria);
  buildTable(sec.querySelector('.table'), title, [t('colDate'), t('colPresent')], points.map((p, i) => [labels[i], fmt(p.value)]), [1]);
  setStatus(sec, sourceProblem(key) || (d && !points.length ? t('noData') : ''), !!state.errors[key]);
}

/** A long category label on two or more lines (Chart.js draws an array as lines). */
function wrap(s, width = 22) {
  if (s.length <= width) return s;
  const lines = [];
  let line = '';
  for (const word of s.split(' ')) {
    if (line && (line + ' ' + word).length > width) { lines.push(line); line = word; } else line = line ? line + ' ' + word : word;
  }
  if (line) lines.push(line);
  return lines;
}

function renderBars(key, canvasId, titleKey, colKey, rows, color) {
  const sec = section(key), title = t(titleKey);
  const total = rows.reduce((a, r) => a + r.value, 0);
  const aria = rows.length
    ? t('ariaBars', { title, n: rows.length, top: rows[0].label, topValue: fmt(rows[0].value), total: fmt(total) })
    : t('ariaEmpty', { title });
  drawChart(canvasId, {
    type: 'bar',
    data: { labels: rows.map(r => wrap(r.label)), datasets: [{ label: t('seriesCount'), data: rows.map(r => r.value), backgroundColor: color,
      borderRadius: 3, maxBarThickness: 28 }] },
    options: baseOptions({ indexAxis: 'y', scales: { x: { beginAtZero: true, grid: { color: GRID }, ticks: { precision: 0 } },
      y: { grid: { display: false } } } }),
  }, aria);
  buildTable(sec.querySelector('.table'), title, [t(colKey), t('colCount')], rows.map(r => [r.label, fmt(r.value)]), [1]);
  setStatus(sec, sourceProblem(key) || (state.data[key] && !rows.length ? t('noData') : ''), !!state.errors[key]);
}

function renderNationality() {
  const counts = state.data.nationality?.counts || [];
  const rows = [...counts].sort((a, b) => b.count - a.count).slice(0, 15).map(c => ({ key: c.key, label: nationalityLabel(c.key), value: c.count }));
  renderBars('nationality', 'chart-nationality', 'nationalityTitle', 'colNationality', rows, BLUE);
}

function renderServices() {
  const rows = (state.data.services?.counts || []).map(c => ({ key: c.key, label: label(c.key), value: c.count }));
  renderBars('services', 'chart-services', 'servicesTitle', 'colType', rows, BLUE);
}

function renderCases() {
  const rows = (state.data.cases?.counts || []).map(c => ({ key: c.key, label: label(c.key), value: c.cases ?? c.count }));
  renderBars('cases', 'chart-cases', 'casesTitle', 'colKind', rows, NAVY);
}

function renderCompliance() {
  const sec = section('compliance');
  const notices = state.data['compliance-notices']?.points || [];
  const shares = new Map((state.data['compliance-share']?.points || []).map(p => [p.date, p.value]));
  const dates = [...new Set([...notices.map(p => p.date), ...shares.keys()])].sort();
  const sent = new Map(notices.map(p => [p.date, p.value]));
  const labels = dates.map(fmtDate);
  const axis = dates.map(fmtShortDate);
  const sentValues = dates.map(d => sent.get(d) ?? 0);
  const shareValues = dates.map(d => (shares.get(d) == null ? null : Math.round(shares.get(d) * 1000) / 10));
  const title = t('complianceTitle');
  const lastShare = [...dates].reverse().map(d => shares.get(d)).find(v => v != null);
  const aria = dates.length
    ? t('ariaCompliance', { n: dates.length, sent: fmt(sentValues.reduce((a, b) => a + b, 0)), lastShare: pct(lastShare) })
    : t('ariaEmpty', { title });
  drawChart('chart-compliance', {
    type: 'bar',
    data: {
      labels: axis,
      datasets: [
        { type: 'line', label: t('seriesShare'), data: shareValues, yAxisID: 'share', borderColor: NAVY, backgroundColor: NAVY,
          pointRadius: 3, spanGaps: true, order: 0 },
        { type: 'bar', label: t('seriesNotices'), data: sentValues, yAxisID: 'count', backgroundColor: BLUE_LIGHT, borderRadius: 3,
          maxBarThickness: 36, order: 1 },
      ],
    },
    options: baseOptions({
      plugins: { legend: { display: true, position: 'bottom', labels: { color: INK } } },
      scales: {
        count: { type: 'linear', position: 'left', beginAtZero: true, ticks: { precision: 0 }, grid: { color: GRID },
          title: { display: true, text: t('seriesNotices'), color: INK } },
        share: { type: 'linear', position: 'right', min: 0, max: 100, grid: { display: false },
          ticks: { callback: v => v + ' %' }, title: { display: true, text: t('seriesShare'), color: INK } },
        x: { grid: { display: false } },
      },
    }),
  }, aria);
  buildTable(sec.querySelector('.table'), title, [t('colWeek'), t('colNotices'), t('colShare')],
    dates.map((d, i) => [labels[i], fmt(sentValues[i]), pct(shares.get(d))]), [1, 2]);
  const problem = sourceProblem('compliance-notices') || sourceProblem('compliance-share');
  setStatus(sec, problem, !!problem);
}

// Province tile map ------------------------------------------------------------------------------------------------

function buildGrid() {
  const grid = $('#province-grid');
  for (const p of PROVINCES) {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.province = p.name;
    b.style.gridColumn = String(p.col + 1);
    b.style.gridRow = String(p.row + 1);
    b.innerHTML = '<span class="p"></span><span class="n"></span>';
    b.querySelector('.p').textContent = p.short;
    b.addEventListener('click', () => {
      const f = { ...state.filters, province: state.filters.province === p.name ? '' : p.name };
      applyFilters(f);
    });
    grid.append(b);
  }
}

function renderGrid() {
  const counts = new Map((state.data.province?.counts || []).map(c => [c.key, c.count]));
  const max = Math.max(0, ...counts.values());
  for (const b of $$('#province-grid button')) {
    const name = b.dataset.province;
    const n = counts.get(name) ?? 0;
    const r = max ? n / max : 0;
    const bucket = n === 0 ? 0 : r <= 0.1 ? 1 : r <= 0.25 ? 2 : r <= 0.5 ? 3 : r <= 0.75 ? 4 : 5;
    b.className = 'b' + bucket;
    b.querySelector('.n').textContent = state.data.province ? fmt(n) : '–';
    const selected = state.filters?.province === name;
    b.setAttribute('aria-pressed', String(selected));
    b.setAttribute('aria-label', t('tileLabel', { name, count: fmt(n) }) + (selected ? ' (' + t('tileSelected') + ')' : ''));
    b.title = name;
  }
  const sec = section('province');
  const known = new Set(PROVINCES.map(p => p.name));
  const rows = [...PROVINCES.map(p => [p.name, counts.get(p.name) ?? 0]),
    ...[...counts.entries()].filter(([k]) => !known.has(k)).map(([k, v]) => [label(k), v])]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  buildTable(sec.querySelector('.table'), t('provinceTitle'), [t('colProvince'), t('colCount')], rows.map(([k, v]) => [k, fmt(v)]), [1]);
  setStatus(sec, sourceProblem('province'), !!state.errors.province);
}

/** A welfare count: withheld (null) in the shared view shows as a dash. */
const fmtCell = v => (v == null ? '–' : fmt(v));

function renderWelfare() {
  const sec = section('welfare'), d = state.data.welfare, series = state.data['welfare-series'];
  const total = d?.total || {};
  const title = t('welfareTitle');
  const statusLabels = WELFARE_STATUSES.map(([k]) => t('ws_' + k));
  const aria = d
    ? t('ariaWelfare', Object.fromEntries(WELFARE_STATUSES.map(([k]) => [k, fmtCell(total[k])])))
    : t('ariaEmpty', { title });
  drawChart('chart-welfare', {
    type: 'bar',
    data: { labels: statusLabels.map(l => wrap(l, 16)), datasets: [{ label: t('seriesCount'), data: WELFARE_STATUSES.map(([k]) => total[k] ?? null),
      backgroundColor: WELFARE_STATUSES.map(([, c]) => c), borderRadius: 3, maxBarThickness: 28 }] },
    options: baseOptions({ indexAxis: 'y', scales: { x: { beginAtZero: true, grid: { color: GRID }, ticks: { precision: 0 } },
      y: { grid: { display: false } } } }),
  }, aria);
  const points = series?.points || [];
  const axis = points.map(p => fmtShortDate(p.date));
  drawChart('chart-welfare-trend', {
    type: 'bar',
    data: { labels: axis, datasets: WELFARE_STATUSES.map(([k, c], i) => ({ label: statusLabels[i], data: points.map(p => p[k]),
      backgroundColor: c, stack: 'welfare', maxBarThickness: 36 })) },
    options: baseOptions({
      plugins: { legend: { display: true, position: 'bottom', labels: { color: INK } } },
      scales: { x: { stacked: true, grid: { display: false } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, grid: { color: GRID } } },
    }),
  }, points.length ? t('ariaWelfareTrend', { n: points.length, interval: t('interval_' + (series.interval || 'week')) }) : t('ariaEmpty', { title }));
  const rows = (d?.rows || []).map(r => [nationalityLabel(r.key), fmtCell(r.persons), ...WELFARE_STATUSES.map(([k]) => fmtCell(r[k]))]);
  if (d) rows.push([t('total'), fmtCell(total.persons), ...WELFARE_STATUSES.map(([k]) => fmtCell(total[k]))]);
  buildTable(sec.querySelector('.table'), title, [t('colNationality'), t('colPersons'), ...statusLabels], rows, [1, 2, 3, 4, 5, 6]);
  const problem = sourceProblem('welfare') || sourceProblem('welfare-series');
  setStatus(sec, problem || (d && !d.rows.length ? t('noData') : d?.suppressed ? t('welfareSuppressed') : ''), !!problem);
}

function renderCharts() {
  renderTrend();
  renderNationality();
  renderGrid();
  renderCompliance();
  renderServices();
  renderCases();
  renderWelfare();
}

// ---------------------------------------------------------------------------------------------------------------
// CSV export: the same endpoint, asked for text/csv with the token, saved as a Blob download.

async function downloadCsv(button) {
  const key = button.dataset.csv;
  const [path, params] = SOURCES[key](state.filters);
  button.setAttribute('aria-busy', 'true');
  const sec = button.closest('section');
  try {
    const r = await api(path, params, 'text/csv');
    const raw = await r.blob();
    const blob = raw.type ? raw : new Blob([raw], { type: 'text/csv' });
    const m = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(r.headers.get('Content-Disposition') || '');
    const name = m ? decodeURIComponent(m[1]) : key + '.csv';
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30000);
  } catch (e) {
    if (!handleAuth(e)) setStatus(sec, t('failed') + ' (' + e.message + ')', true);
  } finally {
    button.removeAttribute('aria-busy');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Language

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.title = t('pageTitle');
  for (const el of $$('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  for (const el of $$('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  $('#lang-id').setAttribute('aria-pressed', String(state.lang === 'id'));
  $('#lang-en').setAttribute('aria-pressed', String(state.lang === 'en'));
  const err = $('#signin-error');
  if (err.dataset.key) err.textContent = t(err.dataset.key);
  if (window.Chart) window.Chart.defaults.locale = locale();
  fillNationalities();
  renderTiles();
  renderCharts();
  if (state.summary) setLive(state.summary);
}

function setLanguage(lang) {
  if (lang === state.lang) return;
  state.lang = lang;
  localStorage.setItem(LANG_KEY, lang);
  applyLanguage();
}

// ---------------------------------------------------------------------------------------------------------------
// Print: a report of the filters, tiles, charts and tables with a timestamp (print stylesheet in dashboard.css).

let openedForPrint = [];
function beforePrint() {
  const f = state.filters;
  $('#print-filters').textContent = t('filtersSummary', {
    from: fmtDate(f.from), to: fmtDate(f.to),
    nationality: f.nationality ? nationalityLabel(f.nationality) : t('all'), province: f.province || t('all'),
  });
  $('#print-time').textContent = t('printedAt', { time: fmtTime(new Date()) });
  openedForPrint = $$('details:not([open])');
  openedForPrint.forEach(d => { d.open = true; });
  Object.values(state.charts).forEach(c => c.resize());
}
function afterPrint() {
  openedForPrint.forEach(d => { d.open = false; });
  openedForPrint = [];
  Object.values(state.charts).forEach(c => c.resize());
}

// ---------------------------------------------------------------------------------------------------------------
// Start

function start() {
  if (window.Chart) {
    window.Chart.defaults.color = INK;
    window.Chart.defaults.font.family = 'system-ui, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", sans-serif';
    window.Chart.defaults.font.size = 12;
  }
  buildGrid();
  fillProvinces();
  state.filters = defaultFilters();
  showFilters(state.filters);
  applyLanguage();

  $('#login').addEventListener('submit', ev => {
    ev.preventDefault();
    const value = $('#token').value.trim().replace(/^Bearer\s+/i, '');
    if (!value) return;
    sessionStorage.setItem(TOKEN_KEY, value);
    $('#token').value = '';
    $('#signin-error').textContent = '';
    $('#signin-error').dataset.key = '';
    state.stopped = false;
    state.chartsKey = null;
    tick();
  });
  $('#signout').addEventListener('click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    state.summary = null;
    state.data = {};
    state.chartsKey = null;
    showSignIn();
  });
  $('#lang-id').addEventListener('click', () => setLanguage('id'));
  $('#lang-en').addEventListener('click', () => setLanguage('en'));
  $('#filters').addEventListener('submit', ev => { ev.preventDefault(); applyFilters(); });
  for (const id of ['#filter-nationality', '#filter-province', '#filter-from', '#filter-to']) {
    $(id).addEventListener('change', () => applyFilters());
  }
  $('#filter-reset').addEventListener('click', () => applyFilters(defaultFilters()));
  for (const b of $$('button[data-csv]')) b.addEventListener('click', () => downloadCsv(b));
  $('#print-report').addEventListener('click', () => window.print());
  window.addEventListener('beforeprint', beforePrint);
  window.addEventListener('afterprint', afterPrint);

  if (token()) { state.stopped = false; tick(); } else showSignIn();
}

start();
