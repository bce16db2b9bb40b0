// One task: what the plan says, lead and co-departments, milestones and the progress history with narrative and
// evidence links.
import { t, e, pick, date } from '../i18n.js';
import { h, replace, chip, link } from '../dom.js';
import { get } from '../api.js';
import { bar } from './tasks.js';

export async function show(main, id) {
  const base = '/api/v1/tasks/' + encodeURIComponent(id);
  const [task, progress] = await Promise.all([get(base), get(base + '/progress?limit=500')]);
  replace(main,
    h('p', {}, link('/tasks', '← ' + t('tasks'))),
    h('h1', {}, pick(task.title, task.titleEn), ' ', h('small', { class: 'muted' }, task.code)),
    h('p', {}, chip(task.status, e(task.status)), ' ', bar(task.percent), ' · ', t('articleN', { n: task.article }),
      ' · ', t('due'), ' ', date(task.due)),
    task.statusReason ? h('p', { class: 'reason' }, task.statusReason) : null,
    task.planSentence ? h('blockquote', {}, t('planSentence'), '：', task.planSentence) : null,
    h('dl', { class: 'facts' }, h('dt', {}, t('lead')), h('dd', {}, task.leadDepartment),
      h('dt', {}, t('co')), h('dd', {}, (task.coDepartments || []).join('、') || '—'),
      h('dt', {}, t('indicators')), h('dd', {}, (task.indicatorStatus || []).map((linked) =>
        h('span', {}, link('/indicators/' + linked.code, linked.code), ' ', linked.status ? chip(linked.status, e(linked.status)) : '', ' ')))),
    h('h2', {}, t('milestones')),
    h('ul', {}, (task.milestones || []).map((milestone) => h('li', {}, pick(milestone.title, milestone.titleEn), ' · ',
      t('due'), ' ', date(milestone.due), milestone.reachedOn ? ' · ' + t('reached') + ' ' + date(milestone.reachedOn) : ''))),
    h('h2', {}, t('progressHistory')),
    h('ol', { class: 'feed' }, (progress || []).slice().reverse().map((report) => h('li', {},
      h('time', { datetime: report.reportedAt }, date(report.reportedAt)), ' ', report.previousPercent, '% → ', report.percent, '% · ',
      report.reportedBy, ' (', report.department, ')',
      report.narrative ? h('p', {}, report.narrative) : null,
      (report.evidence || []).length ? h('p', {}, t('evidence'), ': ', report.evidence.map((url) =>
        /^https?:\/\//.test(url) ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, url) : url)) : null))));
}
