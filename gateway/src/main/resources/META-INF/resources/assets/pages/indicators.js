// Indicators: the catalogue as a table, filtered by area, department and status (the filters are in the URL, so a
// filtered table can be bookmarked).
import { t, e, pick, num, AREAS, STATUSES } from '../i18n.js';
import { h, replace, chip, link } from '../dom.js';
import { read, query } from '../api.js';
import { navigate } from '../app.js';

export async function show(main, _, params) {
  const filters = { area: params.get('area') || '', department: params.get('department') || '', status: params.get('status') || '' };
  const body = h('tbody');
  const count = h('p', { class: 'muted', 'data-testid': 'indicator-count' });
  const apply = (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    navigate('/indicators' + query({ area: form.get('area'), department: form.get('department').trim().toUpperCase(), status: form.get('status') }));
  };
  replace(main,
    h('h1', {}, t('indicators')),
    h('form', { class: 'filters', onsubmit: apply },
      select('area', t('area'), AREAS, filters.area),
      h('label', {}, t('department'), ' ', h('input', { name: 'department', value: filters.department, size: 12, placeholder: 'STATS' })),
      select('status', t('status'), STATUSES, filters.status),
      h('button', { type: 'submit' }, t('filter'))),
    count,
    h('div', { class: 'scroll' }, h('table', { 'data-testid': 'indicator-table' },
      h('thead', {}, h('tr', {}, [t('code'), t('name'), t('area'), t('owner'), t('period'), t('value'), t('status'), t('approval')]
        .map((label) => h('th', { scope: 'col' }, label)))), body)));
  const answer = await read('/api/v1/indicators' + query({ ...filters, limit: 500 }));
  replace(count, String(answer.total || answer.data.length) + ' ' + t('indicatorsCount'));
  replace(body, answer.data.map((indicator) => {
    const latest = indicator.latest || {};
    return h('tr', { 'data-code': indicator.code },
      h('td', {}, link('/indicators/' + encodeURIComponent(indicator.code), indicator.code)),
      h('td', {}, pick(indicator.name, indicator.nameEn)),
      h('td', {}, e(indicator.area)),
      h('td', {}, indicator.ownerDepartment),
      h('td', {}, latest.period || '—'),
      h('td', { class: 'n' }, num(latest.value), ' ', indicator.unit || ''),
      h('td', {}, chip(latest.status || 'NO_DATA', e(latest.status || 'NO_DATA'))),
      h('td', {}, latest.approval ? e(latest.approval) : '—'));
  }));
}

export function select(name, label, values, chosen) {
  return h('label', {}, label, ' ', h('select', { name },
    h('option', { value: '' }, t('all')),
    values.map((value) => h('option', { value, selected: value === chosen }, e(value)))));
}
