// Tasks: the plan's articles with their tasks, lead and co-departments, progress; overdue and behind stand out.
import { t, e, pick, date, TASK_STATUSES } from '../i18n.js';
import { h, replace, chip, link } from '../dom.js';
import { read, query } from '../api.js';
import { navigate } from '../app.js';
import { select } from './indicators.js';

export async function show(main, _, params) {
  const filters = { article: params.get('article') || '', department: params.get('department') || '', status: params.get('status') || '' };
  const list = h('div', { 'data-testid': 'task-list' });
  const count = h('p', { class: 'muted' });
  const apply = (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    navigate('/tasks' + query({ article: form.get('article'), department: form.get('department').trim().toUpperCase(), status: form.get('status') }));
  };
  replace(main,
    h('h1', {}, t('tasks')),
    h('form', { class: 'filters', onsubmit: apply },
      h('label', {}, t('article'), ' ', h('input', { name: 'article', type: 'number', min: 1, max: 50, value: filters.article })),
      h('label', {}, t('department'), ' ', h('input', { name: 'department', value: filters.department, size: 12, placeholder: 'ECO' })),
      select('status', t('status'), TASK_STATUSES, filters.status),
      h('button', { type: 'submit' }, t('filter'))),
    count, list);
  const [answer, articles] = await Promise.all([read('/api/v1/tasks' + query({ ...filters, limit: 500 })), read('/api/v1/articles')]);
  const articleOf = new Map((articles.data || []).map((article) => [article.number, article]));
  replace(count, String(answer.total || answer.data.length) + ' · ' + t('tasks'));
  const byArticle = new Map();
  answer.data.forEach((task) => byArticle.set(task.article, [...(byArticle.get(task.article) || []), task]));
  let chapter = null;
  replace(list, [...byArticle.entries()].map(([number, tasks]) => {
    const article = articleOf.get(number) || {};
    const heading = article.chapterNumber && article.chapterNumber !== chapter
      ? h('h2', { class: 'chapter' }, pick(article.chapter, article.chapterEn)) : null;
    chapter = article.chapterNumber || chapter;
    return [heading, section(number, article, tasks)];
  }));
}

function section(number, article, tasks) {
  return h('section', {},
    h('h3', {}, t('articleN', { n: number }), ' ', pick(article.title, article.titleEn)),
    h('div', { class: 'scroll' }, h('table', {},
      h('thead', {}, h('tr', {}, [t('code'), t('task'), t('lead'), t('co'), t('progress'), t('status'), t('due')]
        .map((label) => h('th', { scope: 'col' }, label)))),
      h('tbody', {}, tasks.map((task) => h('tr', { class: ['BEHIND', 'OVERDUE'].includes(task.status) ? 'late' : null, 'data-code': task.code },
        h('td', {}, link('/tasks/' + task.id, task.code)),
        h('td', {}, pick(task.title, task.titleEn)),
        h('td', {}, task.leadDepartment),
        h('td', {}, (task.coDepartments || []).join('、')),
        h('td', {}, bar(task.percent)),
        h('td', {}, chip(task.status, e(task.status))),
        h('td', {}, date(task.due))))))));
}

export function bar(percent) {
  return h('span', { class: 'bar', role: 'progressbar', 'aria-valuenow': percent, 'aria-valuemin': 0, 'aria-valuemax': 100 },
    h('span', { style: 'width:' + Math.max(0, Math.min(100, Number(percent) || 0)) + '%' }), ' ', percent, '%');
}
