// Overview: the six goal areas as scorecards, tasks by status, open alerts by severity and the latest changes; it
// asks again (conditionally) whenever the alert stream reports a change, and every 30 s otherwise.
import { t, e, pick, date, AREAS, STATUSES, TASK_STATUSES, SEVERITIES } from '../i18n.js';
import { h, replace, chip, link } from '../dom.js';
import { read } from '../api.js';
import { onAlert, showError } from '../app.js';

export async function show(main) {
  const cards = h('div', { class: 'cards', 'data-testid': 'area-cards' });
  const tasks = h('div', { class: 'panel', 'data-testid': 'tasks-by-status' });
  const alerts = h('div', { class: 'panel', 'data-testid': 'alerts-by-severity' });
  const notice = h('p', { class: 'notice', hidden: true });
  const feed = h('ol', { class: 'feed', 'data-testid': 'activity' });
  const liveList = h('ol', { class: 'feed', 'data-testid': 'live-alerts' });
  replace(main,
    h('h1', {}, t('overview')), notice,
    h('h2', {}, t('areas')), cards,
    h('div', { class: 'two' },
      h('section', {}, h('h2', {}, t('tasksByStatus')), tasks),
      h('section', {}, h('h2', {}, link('/alerts', t('openAlerts'))), alerts)),
    h('div', { class: 'two' },
      h('section', {}, h('h2', {}, t('liveAlerts')), liveList),
      h('section', {}, h('h2', {}, t('latest')), feed)));

  // A 304 leaves what is drawn; the first answer of this page is drawn whatever it is, also a 304 to the ETag that an
  // earlier visit of the overview (before a language switch, or another page) left in api.js.
  let drawn = false;
  async function refresh() {
    try {
      const [summary, activity] = await Promise.all([read('/api/v1/dashboard/summary'), read('/api/v1/activity?limit=8')]);
      if (!summary.unchanged || !drawn) drawSummary(summary.data, { cards, tasks, alerts, notice });
      if (!activity.unchanged || !drawn) replace(feed, (activity.data || []).map((entry) => h('li', {},
        h('time', { datetime: entry.occurredAt }, date(entry.occurredAt)), ' ', pick(entry.summary, entry.summaryEn))));
      drawn = true;
    } catch (error) {
      showError(error);
    }
  }
  await refresh();
  const stop = onAlert((change) => {
    const alert = change.alert || {};
    liveList.prepend(h('li', { 'data-alert-id': alert.id },
      chip(alert.severity, e(alert.severity)), ' ', e(change.change), ' · ',
      link(subjectPath(alert), alert.subjectName || alert.subjectCode), ' — ', pick(alert.reason, alert.reasonEn)));
    while (liveList.children.length > 10) liveList.lastChild.remove();
    refresh();
  });
  const timer = setInterval(refresh, 30000);
  return { leave: () => { stop(); clearInterval(timer); } };
}

export function subjectPath(alert) {
  return alert.subjectType === 'TASK' && alert.link ? alert.link.replace('/api/v1', '') : '/indicators/' + alert.subjectCode;
}

function drawSummary(summary, { cards, tasks, alerts, notice }) {
  notice.hidden = !summary.partial;
  replace(notice, summary.partial ? t('partial') + (summary.missing || []).map((m) => m.part).join(', ') : '');
  const byArea = (summary.indicators && summary.indicators.byArea) || {};
  // The plan's six areas in the plan's order, then any other the catalogue counts (an indicator without an area).
  const areas = [...AREAS, ...Object.keys(byArea).filter((area) => !AREAS.includes(area))];
  replace(cards, areas.map((area) => {
    const counts = byArea[area] || {};
    const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
    return h('a', { class: 'card', href: '/indicators?area=' + area, 'data-link': true, 'data-area': area },
      h('h3', {}, e(area)),
      h('p', { class: 'big' }, h('span', { 'data-testid': 'area-total' }, total), ' ', t('indicatorsCount')),
      h('ul', { class: 'counts' }, STATUSES.filter((status) => counts[status]).map((status) =>
        h('li', {}, chip(status, e(status)), ' ', h('b', { 'data-status': status }, counts[status])))));
  }));
  const taskCounts = (summary.tasks && summary.tasks.byStatus) || {};
  replace(tasks, h('ul', { class: 'counts' }, TASK_STATUSES.map((status) => h('li', {},
    link('/tasks?status=' + status, chip(status, e(status))), ' ', h('b', { 'data-status': status }, taskCounts[status] ?? 0)))),
    h('p', {}, t('total'), ' ', h('b', { 'data-testid': 'tasks-total' }, summary.tasks ? summary.tasks.total : '—')));
  const open = (summary.alerts && summary.alerts.open) || {};
  replace(alerts, h('ul', { class: 'counts' }, SEVERITIES.map((severity) => h('li', {},
    link('/alerts?severity=' + severity, chip(severity, e(severity))), ' ',
    h('b', { 'data-severity': severity }, open[severity] ?? 0)))));
}

