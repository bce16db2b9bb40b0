// The indicator chart's series: the values, the target path from the base year to the target year with its bands,
// the reference series with its tolerance band, the limits of RANGE/CEILING/FLOOR, the peak year, and the projection.
// The bands are drawn where the engine judges them (indicator-service domain/evaluation: PathRule, ReferenceRule,
// LimitRule), so that what the chart shows as "at risk" is what the API calls AT_RISK.
import { t, num } from '../i18n.js';

/** Bands.DEFAULT of indicator-service: the API names a target's bands only when the plan admin overrode them. */
export const DEFAULT_BANDS = { onTrack: 0.95, atRisk: 0.85 };
const REFERENCE_TOLERANCE = 0.5; // Target.DEFAULT_REFERENCE_TOLERANCE
const COLORS = { actual: '#1f5fa8', expected: '#57606a', reference: '#b36b00', projection: '#8e3fb0',
  risk: 'rgba(212, 167, 44, 0.35)', ok: 'rgba(46, 160, 67, 0.12)', off: 'rgba(207, 34, 46, 0.10)', limit: '#a40e26' };
/** Kinds whose benchmark the chart draws otherwise: the reference series, the limits. */
const OWN_LINES = ['NOT_BELOW_REFERENCE', 'IN_STEP_WITH', 'RANGE', 'CEILING', 'FLOOR'];
const value = (x) => (x == null || x === '' ? null : Number(x));
const round = (x) => (x == null ? null : Math.round(x * 1e6) / 1e6);

/** Where the path expects the indicator in a year, as Path.expectedAt: held within [base year, target year]. */
export function pathAt(target, base, year) {
  const [from, to, factor, goal] = [target.baseYear, target.targetYear, target.factor, target.targetValue].map(Number);
  const y = Math.max(from, Math.min(year, to));
  const share = (y - from) / (to - from);
  if (target.kind === 'MULTIPLE_OF_BASE') return y === to ? base * factor : base * factor ** share;
  return y === to ? goal : base + (goal - base) * share;
}

/**
 * {periods, series, keys, tooltip}: keys name the series drawn (data-series of the chart, for tests and screen
 * readers); tooltip(index) lists what the chart shows for one period, a band as its two edges.
 */
export function chartSeries({ observations, evaluations, projection, target = {}, reference = [] }) {
  const actual = new Map(observations.map((o) => [o.period, value(o.value)]));
  const byPeriod = new Map(evaluations.map((ev) => [ev.period, ev]));
  const refs = new Map(reference.map((o) => [o.period, value(o.value)]));
  evaluations.forEach((ev) => { if (ev.referenceValue != null && !refs.has(ev.period)) refs.set(ev.period, value(ev.referenceValue)); });
  const kind = target.kind;
  const isPath = kind === 'MULTIPLE_OF_BASE' || kind === 'TARGET_VALUE';
  const base = isPath ? actual.get(String(target.baseYear)) : null;
  const years = [];
  if (isPath && base != null) for (let y = Number(target.baseYear); y <= Number(target.targetYear); y += 1) years.push(String(y));
  if (kind === 'PEAK_BY_YEAR') years.push(String(target.peakYear));
  if (projection.targetYear && projection.projectedValue != null) years.push(String(projection.targetYear));
  const periods = [...new Set([...actual.keys(), ...byPeriod.keys(), ...refs.keys(), ...years])].sort();
  const line = (f) => periods.map((p) => round(f(p)));
  const series = [];
  const keys = [];
  const rows = [];
  const add = (key, spec, shown = spec.data) => {
    keys.push(key);
    series.push(spec);
    if (shown) rows.push({ label: spec.name, color: (spec.itemStyle || {}).color, at: (i) => (Array.isArray(shown[i]) ? shown[i] : [shown[i]]) });
    return spec;
  };
  const actualSeries = add('actual', { name: t('actual'), type: 'line', data: line((p) => actual.get(p) ?? null),
    itemStyle: { color: COLORS.actual }, connectNulls: true, symbolSize: 8, z: 5 });

  if (isPath && base != null) {
    const bands = { ...DEFAULT_BANDS, ...(target.bands || {}) };
    const inPath = (p) => /^\d{4}$/.test(p) && Number(p) >= target.baseYear && Number(p) <= target.targetYear;
    const at = (p) => (inPath(p) ? pathAt(target, base, Number(p)) : null);
    // p = (actual − base) / (expected − base): the value at ratio r is base + r·(expected − base).
    const edge = (r) => (p) => (inPath(p) ? base + r * (at(p) - base) : null);
    band(add, line(edge(bands.atRisk)), line(edge(bands.onTrack)), t('bandAtRisk', { low: num(bands.atRisk), high: num(bands.onTrack) }), 'band-at-risk');
    add('path', { name: t('expected'), type: 'line', data: line(at), lineStyle: { type: 'dashed', width: 2 },
      itemStyle: { color: COLORS.expected }, symbol: 'none' });
  } else if (!OWN_LINES.includes(kind) && evaluations.some((ev) => ev.expected != null)) {
    // What the period was judged against (the previous value, the peak rule's bound), where no line above says it.
    add('benchmark', { name: t('benchmark'), type: 'line', data: line((p) => value((byPeriod.get(p) || {}).expected)),
      lineStyle: { type: 'dashed' }, itemStyle: { color: COLORS.expected }, connectNulls: true });
  }

  if (refs.size) {
    if (kind === 'NOT_BELOW_REFERENCE' || kind === 'IN_STEP_WITH') {
      // ReferenceRule: ON_TRACK from ref + from, AT_RISK one tolerance below that (from = 0, or −t in step).
      const tolerance = Number(target.tolerance ?? REFERENCE_TOLERANCE);
      const from = kind === 'IN_STEP_WITH' ? -tolerance : 0;
      const edge = (shift) => (p) => (refs.has(p) ? refs.get(p) + from + shift : null);
      band(add, line(edge(-tolerance)), line(edge(0)), t('bandReference', { t: num(tolerance) }), 'band-at-risk');
    }
    add('reference', { name: t('reference') + (target.reference ? ' ' + target.reference : ''), type: 'line',
      data: line((p) => refs.get(p) ?? null), itemStyle: { color: COLORS.reference }, connectNulls: true });
  }

  limits(kind, target, actualSeries, keys);
  if (kind === 'PEAK_BY_YEAR') {
    keys.push('peak-year');
    actualSeries.markLine = { symbol: 'none', lineStyle: { color: COLORS.limit, type: 'dashed' },
      label: { formatter: t('peakYear') + ' ' + target.peakYear }, data: [{ xAxis: String(target.peakYear) }] };
  }

  const last = [...observations].reverse().find((o) => /^\d{4}$/.test(o.period)) || observations[observations.length - 1];
  if (projection.targetYear && projection.projectedValue != null && last) {
    const year = String(projection.targetYear);
    add('projection', { name: t('projection'), type: 'line', connectNulls: true, lineStyle: { type: 'dotted', width: 2 },
      data: periods.map((p) => (p === last.period ? value(last.value) : p === year ? value(projection.projectedValue) : null)),
      itemStyle: { color: COLORS.projection },
      markPoint: projection.targetValue == null ? undefined
        : { data: [{ name: t('targetValue'), coord: [year, value(projection.targetValue)], value: num(projection.targetValue) }] } });
  }
  const tooltip = (i) => [periods[i], ...rows.map((row) => {
    const shown = row.at(i).filter((x) => x != null);
    return shown.length ? `<span style="color:${row.color || 'inherit'}">●</span> ${row.label}: ${shown.map((x) => num(x, 3)).join(' – ')}` : null;
  }).filter(Boolean)].join('<br>');
  return { periods, series, keys, tooltip };
}

/** An area between two lines: an invisible floor and the height above it, stacked (works below zero too). */
function band(add, low, high, name, key) {
  const stack = key;
  add(key + '-floor', { name, type: 'line', data: low, stack, stackStrategy: 'all', symbol: 'none', lineStyle: { opacity: 0 },
    itemStyle: { color: '#d4a72c' }, silent: true }, null);
  add(key, { name, type: 'line', stack, stackStrategy: 'all', symbol: 'none', areaStyle: { color: COLORS.risk },
    lineStyle: { width: 1, color: '#d4a72c' }, itemStyle: { color: '#d4a72c' },
    data: high.map((h, i) => (h == null || low[i] == null ? null : round(h - low[i]))) }, low.map((l, i) => [l, high[i]]));
}

/** RANGE, CEILING, FLOOR: fixed bounds as shaded areas and lines on the values' series (LimitRule). */
function limits(kind, target, actualSeries, keys) {
  const y = (v) => ({ yAxis: Number(v) });
  if (kind === 'RANGE') {
    const tolerance = Number(target.tolerance || 0);
    const areas = [[{ name: t('range'), ...y(target.min), itemStyle: { color: COLORS.ok } }, y(target.max)]];
    if (tolerance > 0) {
      areas.push([{ ...y(Number(target.min) - tolerance), itemStyle: { color: COLORS.risk } }, y(target.min)],
        [{ ...y(target.max), itemStyle: { color: COLORS.risk } }, y(Number(target.max) + tolerance)]);
    }
    actualSeries.markArea = { silent: true, data: areas };
    keys.push('range');
  } else if (kind === 'CEILING' || kind === 'FLOOR') {
    const label = t(kind === 'CEILING' ? 'ceiling' : 'floor') + ' ' + num(target.limit);
    actualSeries.markLine = { symbol: 'none', lineStyle: { color: COLORS.limit, type: 'dashed' }, label: { formatter: label },
      data: [y(target.limit)] };
    keys.push(kind === 'CEILING' ? 'ceiling' : 'floor');
  }
}
