// Alerts: open and recent ones, live from the stream; acknowledge with a comment, silence with matchers, reason and
// expiry, the deliveries of an alert. Each action is offered only to the roles the API allows it; the API decides,
// and a refusal is shown as a message.
import { t, e, pick, date, SEVERITIES } from '../i18n.js';
import { h, replace, chip, link } from '../dom.js';
import { read, get, post, query } from '../api.js';
import { onAlert, showError, toast, navigate, mayAcknowledge, maySilence, mayReadDeliveries } from '../app.js';
import { select } from './indicators.js';
import { subjectPath } from './overview.js';

const STATES = ['FIRING', 'ACKNOWLEDGED', 'RESOLVED'];

export async function show(main, _, params) {
  const filters = { state: params.get('state') || '', severity: params.get('severity') || '' };
  const body = h('tbody');
  const detail = h('section', { 'data-testid': 'alert-detail', 'aria-live': 'polite' });
  const count = h('p', { class: 'muted' });
  const alerts = new Map();
  const apply = (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    navigate('/alerts' + query({ state: form.get('state'), severity: form.get('severity') }));
  };
  replace(main,
    h('h1', {}, t('alerts')),
    h('form', { class: 'filters', onsubmit: apply },
      select('state', t('state'), STATES, filters.state), select('severity', t('severity'), SEVERITIES, filters.severity),
      h('button', { type: 'submit' }, t('filter'))),
    count, detail,
    h('div', { class: 'scroll' }, h('table', { 'data-testid': 'alert-table' },
      h('thead', {}, h('tr', {}, [t('severity'), t('subject'), t('condition'), t('department'), t('state'), t('reason'), t('firedAt'), '']
        .map((label) => h('th', { scope: 'col' }, label)))), body)));

  const draw = () => replace(body, [...alerts.values()].map((alert) => row(alert, detail, update)));
  // One changed alert replaces its own row (or comes first when new); the other rows stay as they are.
  const update = (alert) => {
    alerts.set(alert.id, alert);
    const fresh = row(alert, detail, update);
    const old = body.querySelector('tr[data-alert-id="' + alert.id + '"]');
    if (old) old.replaceWith(fresh);
    else body.prepend(fresh);
  };
  // A 304 keeps the table as drawn; the first answer of this page is always drawn, also a 304 to the ETag that an
  // earlier visit of the same list (another page, or before a language switch) left in api.js.
  let drawn = false;
  const load = async () => {
    const answer = await read('/api/v1/alerts' + query({ ...filters, limit: 100 }));
    if (answer.unchanged && drawn) return;
    drawn = true;
    alerts.clear();
    answer.data.forEach((alert) => alerts.set(alert.id, alert));
    replace(count, String(answer.total) + ' · ' + t('alerts'));
    draw();
  };
  await load();
  const matches = (alert) => (!filters.state || alert.state === filters.state) && (!filters.severity || alert.severity === filters.severity);
  const stop = onAlert((change) => {
    if (change.alert && matches(change.alert)) update(change.alert);
  });
  const timer = setInterval(() => load().catch(showError), 30000);
  return { leave: () => { stop(); clearInterval(timer); } };
}

function row(alert, detail, update) {
  return h('tr', { 'data-alert-id': alert.id, 'data-subject': alert.subjectCode, class: alert.state === 'FIRING' ? 'firing' : null },
    h('td', {}, chip(alert.severity, e(alert.severity))),
    h('td', {}, link(subjectPath(alert), alert.subjectName || alert.subjectCode), ' ', h('small', { class: 'muted' }, alert.subjectCode)),
    h('td', {}, e(alert.condition) || alert.condition, alert.status ? [' ', chip(alert.status, e(alert.status))] : null),
    h('td', {}, alert.department),
    h('td', {}, e(alert.state), alert.silenced ? [' · ', t('silenced')] : null,
      alert.acknowledgedBy ? h('small', { class: 'muted' }, ' ', t('ackBy'), ' ', alert.acknowledgedBy) : null),
    h('td', {}, pick(alert.reason, alert.reasonEn)),
    h('td', {}, date(alert.firedAt)),
    h('td', { class: 'actions' },
      alert.state === 'FIRING' && mayAcknowledge(alert)
        ? h('button', { type: 'button', 'data-action': 'acknowledge', onclick: () => acknowledgeForm(alert, detail, update) }, t('acknowledge')) : null,
      alert.state !== 'RESOLVED' && maySilence()
        ? h('button', { type: 'button', 'data-action': 'silence', onclick: () => silenceForm(alert, detail) }, t('silence')) : null,
      mayReadDeliveries()
        ? h('button', { type: 'button', class: 'link', 'data-action': 'deliveries', onclick: () => deliveries(alert, detail) }, t('deliveries')) : null));
}

function acknowledgeForm(alert, detail, update) {
  const comment = h('input', { name: 'comment', size: 40, 'data-testid': 'ack-comment' });
  const submit = async (event) => {
    event.preventDefault();
    try {
      const acknowledged = await post('/api/v1/alerts/' + alert.id + '/ack', { comment: comment.value });
      update(acknowledged);
      replace(detail);
      toast(t('acknowledged') + ': ' + (acknowledged.subjectName || acknowledged.subjectCode));
    } catch (error) {
      showError(error);
    }
  };
  replace(detail, h('form', { class: 'dialog', onsubmit: submit },
    h('h2', {}, t('acknowledge'), ' · ', alert.subjectName || alert.subjectCode),
    h('label', {}, t('comment'), ' ', comment),
    h('button', { type: 'submit', 'data-action': 'confirm-ack' }, t('send')), ' ',
    h('button', { type: 'button', class: 'link', onclick: () => replace(detail) }, t('cancel'))));
  comment.focus();
}

function silenceForm(alert, detail) {
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 16);
  const reason = h('input', { name: 'reason', size: 40, required: true });
  const expires = h('input', { name: 'expiresAt', type: 'datetime-local', value: tomorrow, required: true });
  const submit = async (event) => {
    event.preventDefault();
    try {
      await post('/api/v1/silences', { subject: alert.subjectCode, condition: alert.condition, reason: reason.value,
        expiresAt: new Date(expires.value).toISOString() });
      replace(detail);
      toast(t('silenced') + ': ' + alert.subjectCode);
    } catch (error) {
      showError(error);
    }
  };
  replace(detail, h('form', { class: 'dialog', onsubmit: submit },
    h('h2', {}, t('silence'), ' · ', alert.subjectCode, ' · ', alert.condition),
    h('label', {}, t('silenceReason'), ' ', reason), ' ', h('label', {}, t('expiresAt'), ' ', expires), ' ',
    h('button', { type: 'submit' }, t('send')), ' ',
    h('button', { type: 'button', class: 'link', onclick: () => replace(detail) }, t('cancel'))));
  reason.focus();
}

async function deliveries(alert, detail) {
  try {
    const list = await get('/api/v1/deliveries' + query({ alert: alert.id }));
    replace(detail, h('h2', {}, t('deliveries'), ' · ', alert.subjectName || alert.subjectCode),
      list.length ? h('ul', {}, list.map((delivery) => h('li', {}, date(delivery.createdAt), ' · ',
        delivery.receiverName || delivery.kind, ' · ', e(delivery.change), ' · ', delivery.status,
        delivery.lastError ? ' · ' + delivery.lastError : ''))) : h('p', {}, t('none')),
      h('button', { type: 'button', class: 'link', onclick: () => replace(detail) }, t('cancel')));
  } catch (error) {
    showError(error);
  }
}
