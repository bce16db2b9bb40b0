// One indicator: its series against the target path (and the reference series where the target has one), the
// projection to the target year, the reason in a sentence, the evaluation history and the revisions of a period.
import { t, e, pick, num, date, isSynthetic } from '../i18n.js';
import { h, replace, chip, link } from '../dom.js';
import { get } from '../api.js';
import { config, showError } from '../app.js';

const COLORS = { actual: '#1f5fa8', expected: '#7a7a7a', reference: '#b36b00', projection: '#8e3fb0' };

export async function show(main, code) {
  const base = '/api/v1/indicators/' + encodeURIComponent(code);
  const [indicator, observations, evaluations, changes] = await Promise.all([
    get(base), get(base + '/observations?limit=500'), get(base + '/evaluations?limit=500'), get(base + '/status-changes?limit=500'),
  ]);
  const latest = indicator.latest || {};
  const projection = indicator.projection || {};
  const status = latest.status || (indicator.target && indicator.target.kind === 'NO_TARGET' ? 'NO_TARGET' : 'NO_DATA');
  const chart = h('div', { class: 'chart', 'data-testid': 'indicator-chart', role: 'img',
    'aria-label': pick(indicator.name, indicator.nameEn) + ': ' + t('actual') + ', ' + t('expected') });
  const revisions = h('div', { 'data-testid': 'revisions' });
  replace(main,
    h('p', {}, link('/indicators', '← ' + t('indicators'))),
    h('h1', {}, pick(indicator.name, indicator.nameEn), ' ', h('small', { class: 'muted' }, indicator.code)),
    h('p', {}, chip(status, e(status)), ' ', e(indicator.area), ' · ', t('owner'), ' ', indicator.ownerDepartment,
      ' · ', t('articleN', { n: indicator.article }), indicator.unit ? ' · ' + t('unit') + ' ' + indicator.unit : ''),
    status === 'NO_TARGET' || (indicator.target && indicator.target.kind === 'NO_TARGET')
      ? h('p', { class: 'notice', 'data-testid': 'no-target' }, t('noTarget')) : null,
    indicator.planSentence ? h('blockquote', {}, t('planSentence'), '：', indicator.planSentence) : null,
    h('section', { class: 'reason', 'data-testid': 'reason' }, h('h2', {}, t('reason')),
      h('p', {}, pick(latest.reason, latest.reasonEn) || t('none')),
      projection.reason || projection.reasonEn ? h('p', { 'data-testid': 'projection-reason' }, pick(projection.reason, projection.reasonEn)) : null),
    chart,
    h('dl', { class: 'facts', 'data-testid': 'projection' },
      fact(t('target'), targetText(indicator.target)),
      fact(t('targetYear'), projection.targetYear ?? '—'),
      fact(t('projected'), num(projection.projectedValue)),
      fact(t('targetValue'), num(projection.targetValue)),
      fact(t('catchUp'), num(projection.catchUpRate, 3)),
      fact(t('trend'), projection.trend == null ? '—' : num(projection.trend, 3))),
    h('h2', {}, t('history')),
    h('div', { class: 'scroll' }, historyTable(observations, evaluations, base, revisions)),
    revisions,
    h('h2', {}, t('changes')),
    h('ol', { class: 'feed' }, (changes || []).slice().reverse().map((change) => h('li', {},
      h('time', { datetime: change.changedAt }, date(change.changedAt)), ' ', change.period, ' ',
      chip(change.previousStatus, e(change.previousStatus)), ' → ', chip(change.status, e(change.status)), ' ',
      pick(change.reason, change.reasonEn)))));
  await drawChart(chart, observations || [], evaluations || [], projection);
}

function fact(label, value) {
  return [h('dt', {}, label), h('dd', {}, value)];
}

function targetText(target) {
  if (!target) return '—';
  const { kind, bands, ...params } = target;
  const text = Object.entries(params).map(([key, value]) => key + ' ' + (typeof value === 'object' ? JSON.stringify(value) : value)).join(', ');
  return kind + (text ? ' (' + text + ')' : '');
}

function historyTable(observations, evaluations, base, revisions) {
  const byPeriod = new Map((evaluations || []).map((evaluation) => [evaluation.period, evaluation]));
  return h('table', { 'data-testid': 'history' },
    h('thead', {}, h('tr', {}, [t('period'), t('value'), t('expected'), t('reference'), t('status'), t('approval'), t('revisions')]
      .map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, (observations || []).slice().reverse().map((observation) => {
      const evaluation = byPeriod.get(observation.period) || {};
      return h('tr', {},
        h('td', {}, observation.period),
        h('td', { class: 'n' }, num(observation.value), isSynthetic(observation.note)
          ? h('span', { class: 'tag', title: observation.note }, t('synthetic')) : null),
        h('td', { class: 'n' }, num(evaluation.expected)),
        h('td', { class: 'n' }, num(evaluation.referenceValue)),
        h('td', {}, evaluation.status ? chip(evaluation.status, e(evaluation.status)) : '—'),
        h('td', {}, evaluation.approval ? e(evaluation.approval) : '—'),
        h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => showRevisions(base, observation.period, revisions) },
          t('showRevisions'), ' (', observation.revision, ')')));
    })));
}

async function showRevisions(base, period, target) {
  try {
    const list = await get(base + '/observations/' + encodeURIComponent(period) + '/revisions');
    replace(target, h('h3', {}, t('revisions'), ' ', period), h('ol', {}, list.map((revision) => h('li', {},
      '#', revision.revision, ' ', num(revision.previousValue), ' → ', num(revision.value), ' · ', revision.recordedBy, ' · ',
      date(revision.recordedAt), revision.note ? ' · ' + revision.note : ''))));
    target.scrollIntoView({ block: 'nearest' });
  } catch (error) {
    showError(error);
  }
}

async function drawChart(element, observations, evaluations, projection) {
  // Loaded here only, where a chart is drawn: the overview and the tables never pay for it.
  const echarts = await import(config.echarts);
  const byPeriod = new Map(evaluations.map((evaluation) => [evaluation.period, evaluation]));
  const periods = [...new Set([...observations.map((o) => o.period), ...evaluations.map((ev) => ev.period)])].sort();
  const value = (x) => (x == null ? null : Number(x));
  const series = [
    { name: t('actual'), type: 'line', data: periods.map((p) => value((observations.find((o) => o.period === p) || {}).value)),
      itemStyle: { color: COLORS.actual }, connectNulls: true, symbolSize: 8 },
    { name: t('expected'), type: 'line', data: periods.map((p) => value((byPeriod.get(p) || {}).expected)),
      lineStyle: { type: 'dashed' }, itemStyle: { color: COLORS.expected }, connectNulls: true },
  ];
  if (evaluations.some((ev) => ev.referenceValue != null)) {
    series.push({ name: t('reference'), type: 'line', data: periods.map((p) => value((byPeriod.get(p) || {}).referenceValue)),
      itemStyle: { color: COLORS.reference }, connectNulls: true });
  }
  if (projection.targetYear && projection.projectedValue != null && observations.length) {
    const year = String(projection.targetYear);
    if (!periods.includes(year)) periods.push(year);
    const last = observations[observations.length - 1];
    const line = periods.map((p) => (p === last.period ? value(last.value) : p === year ? value(projection.projectedValue) : null));
    series.push({ name: t('projection'), type: 'line', data: line, connectNulls: true, lineStyle: { type: 'dotted' },
      itemStyle: { color: COLORS.projection },
      markPoint: projection.targetValue == null ? undefined
        : { data: [{ name: t('targetValue'), coord: [year, value(projection.targetValue)], value: num(projection.targetValue) }] } });
  }
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false, tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 60, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: periods }, yAxis: { type: 'value', scale: true }, series,
  });
  element.dataset.drawn = 'true';
  window.addEventListener('resize', () => chart.resize());
}
