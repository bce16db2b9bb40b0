// One indicator: its series against the target path and its bands (and the reference series where the target has
// one), the projection to the target year with the catch-up rate, the reason in a sentence, the evaluation history and
// the revisions of a period.
import { t, e, pick, num, date, isSynthetic } from '../i18n.js';
import { h, replace, chip, link } from '../dom.js';
import { get } from '../api.js';
import { config, showError } from '../app.js';
import { chartSeries } from './indicator-chart.js';
import { describeTarget, catchUpText } from './indicator-target.js';

export async function show(main, code) {
  const base = '/api/v1/indicators/' + encodeURIComponent(code);
  const [indicator, observations, evaluations, changes] = await Promise.all([
    get(base), get(base + '/observations?limit=500'), get(base + '/evaluations?limit=500'), get(base + '/status-changes?limit=500'),
  ]);
  const target = indicator.target || {};
  // The reference's whole series, not only the periods this indicator has values for; its absence costs only that.
  const reference = target.reference
    ? await get('/api/v1/indicators/' + encodeURIComponent(target.reference) + '/observations?limit=500').catch(() => [])
    : [];
  const latest = indicator.latest || {};
  const projection = indicator.projection || {};
  const status = latest.status || (indicator.target && indicator.target.kind === 'NO_TARGET' ? 'NO_TARGET' : 'NO_DATA');
  const chart = h('div', { class: 'chart', 'data-testid': 'indicator-chart', role: 'img',
    'aria-label': pick(indicator.name, indicator.nameEn) + ': ' + t('chartLabel') });
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
      fact(t('target'), h('span', { 'data-testid': 'target' }, describeTarget(target))),
      fact(t('targetYear'), projection.targetYear ?? '—'),
      fact(t('projected'), num(projection.projectedValue)),
      fact(t('targetValue'), num(projection.targetValue)),
      fact(t('projectedStatus'), projection.projectedStatus ? chip(projection.projectedStatus, e(projection.projectedStatus)) : '—'),
      fact(t('catchUp'), h('span', { 'data-testid': 'catch-up' }, catchUpText(projection, indicator.unit))),
      fact(t('trend'), e(projection.trend)),
      projection.earlyWarning ? fact(t('earlyWarning'), h('span', { class: 'chip s-warning' }, t('earlyWarningText'))) : null),
    h('h2', {}, t('history')),
    h('div', { class: 'scroll' }, historyTable(observations, evaluations, base, revisions)),
    revisions,
    h('h2', {}, t('changes')),
    h('ol', { class: 'feed' }, (changes || []).slice().reverse().map((change) => h('li', {},
      h('time', { datetime: change.changedAt }, date(change.changedAt)), ' ', change.period, ' ',
      chip(change.previousStatus, e(change.previousStatus)), ' → ', chip(change.status, e(change.status)), ' ',
      pick(change.reason, change.reasonEn)))));
  await drawChart(chart, { observations: observations || [], evaluations: evaluations || [], projection, target, reference });
}

function fact(label, value) {
  return [h('dt', {}, label), h('dd', {}, value)];
}

function historyTable(observations, evaluations, base, revisions) {
  const byPeriod = new Map((evaluations || []).map((evaluation) => [evaluation.period, evaluation]));
  return h('table', { 'data-testid': 'history' },
    h('thead', {}, h('tr', {}, [t('period'), t('value'), t('benchmark'), t('reference'), t('status'), t('approval'), t('revisions')]
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

async function drawChart(element, data) {
  // Loaded here only, where a chart is drawn: the overview and the tables never pay for it.
  const echarts = await import(config.echarts);
  const { periods, series, keys, tooltip } = chartSeries(data);
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false, grid: { left: 60, right: 30, top: 56, bottom: 30 },
    tooltip: { trigger: 'axis', formatter: (params) => tooltip(params[0].dataIndex) },
    // The band's invisible floor shares the band's name: one legend entry toggles both.
    legend: { top: 0, type: 'scroll' },
    xAxis: { type: 'category', data: periods }, yAxis: { type: 'value', scale: true }, series,
  });
  element.dataset.series = keys.join(' ');
  element.dataset.periods = periods.length ? periods[0] + '/' + periods[periods.length - 1] : '';
  element.dataset.drawn = 'true';
  window.addEventListener('resize', () => chart.resize());
}
