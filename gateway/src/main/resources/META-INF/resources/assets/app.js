// The dashboard's shell: who is signed in, the language, the navigation between the bookmarkable pages, the live
// alert stream and the messages.
import { t, setLanguage, language } from './i18n.js';
import { h, replace } from './dom.js';
import { signOutUrl, ApiError } from './api.js';

export const config = JSON.parse(document.getElementById('planmon-config').textContent);
const roles = new Set(config.roles || []);
export const hasRole = (...wanted) => wanted.some((role) => roles.has(role));
/** The API's rule for acknowledging (docs/security.md): the monitor, or a reporter of the alert's department. */
export const mayAcknowledge = (alert) =>
  hasRole('monitor') || (hasRole('reporter') && config.department && config.department === alert.department);
export const maySilence = () => hasRole('monitor');
export const mayReadDeliveries = () => hasRole('monitor', 'plan-admin', 'viewer');

const PAGES = [
  { pattern: /^\/$/, nav: 'overview', load: () => import('./pages/overview.js') },
  { pattern: /^\/indicators$/, nav: 'indicators', load: () => import('./pages/indicators.js') },
  { pattern: /^\/indicators\/([^/]+)$/, nav: 'indicators', load: () => import('./pages/indicator.js') },
  { pattern: /^\/tasks$/, nav: 'tasks', load: () => import('./pages/tasks.js') },
  { pattern: /^\/tasks\/([^/]+)$/, nav: 'tasks', load: () => import('./pages/task.js') },
  { pattern: /^\/alerts$/, nav: 'alerts', load: () => import('./pages/alerts.js') },
];

let current = null;

// --- the live alert stream, shared by every page: one EventSource through the gateway ---
const listeners = new Set();
let source = null;
export function onAlert(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
function openStream() {
  source = new EventSource('/api/v1/alerts/stream');
  source.onopen = () => liveState('open');
  source.onerror = () => liveState(source.readyState === EventSource.CLOSED ? 'closed' : 'connecting');
  source.onmessage = (event) => {
    let change;
    try { change = JSON.parse(event.data); } catch { return; }
    listeners.forEach((listener) => listener(change));
  };
}
function liveState(state) {
  const live = document.getElementById('live');
  live.dataset.state = state;
  live.textContent = state === 'open' ? '● ' + t('live') : '○ ' + t('offline');
}

// --- messages ---
export function toast(text, kind = 'info') {
  const box = document.getElementById('toast');
  replace(box, h('p', { class: 'toast ' + kind, 'data-testid': 'toast' }, text));
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => replace(box), 8000);
}

/** Shows an API refusal as a message: a 403's detail, the end of a session, anything else by its status. */
export function showError(error) {
  if (error instanceof ApiError && (error.status === 499 || error.status === 401)) {
    toast(t('sessionEnded'), 'error');
  } else if (error instanceof ApiError && error.status === 403) {
    toast(t('refused') + ': ' + error.message, 'error');
  } else {
    toast(t('failed') + ': ' + (error && error.message), 'error');
  }
}

// --- navigation ---
export function navigate(path) {
  history.pushState(null, '', path);
  render();
}

async function render() {
  if (current && current.leave) current.leave();
  current = null;
  const path = location.pathname;
  const page = PAGES.find((candidate) => candidate.pattern.test(path));
  const main = document.getElementById('main');
  renderHeader(page && page.nav);
  if (!page) {
    replace(main, h('h1', {}, t('notFound')));
    return;
  }
  const match = path.match(page.pattern);
  const module = await page.load();
  replace(main, h('p', { class: 'muted' }, t('loading')));
  try {
    current = (await module.show(main, decodeURIComponent(match[1] || ''), new URLSearchParams(location.search))) || {};
  } catch (error) {
    replace(main, h('p', { class: 'error', role: 'alert' }, error.message));
    showError(error);
  }
}

function renderHeader(active) {
  replace(document.getElementById('skip'), t('skip'));
  replace(document.getElementById('nav'), ['overview', 'indicators', 'tasks', 'alerts'].map((key) => h('a', {
    href: key === 'overview' ? '/' : '/' + key, 'data-link': true, 'aria-current': key === active ? 'page' : null,
  }, t(key))));
  replace(document.getElementById('who'), config.name || config.username || '');
  replace(document.getElementById('lang'), t('switchLang'));
  replace(document.getElementById('signout'), t('signOut'));
  const notice = document.getElementById('demo-notice');
  notice.hidden = !config.demoNotice;
  replace(notice, t('demoNotice'));
  liveState(document.getElementById('live').dataset.state);
}

document.addEventListener('click', (event) => {
  const anchor = event.target.closest('a[data-link]');
  if (!anchor || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  navigate(anchor.getAttribute('href'));
});
document.getElementById('signout').addEventListener('click', (event) => {
  event.preventDefault();
  location.assign(signOutUrl());
});
document.getElementById('lang').addEventListener('click', () => {
  setLanguage(language() === 'zh' ? 'en' : 'zh');
  render();
});
window.addEventListener('popstate', render);

setLanguage(language());
openStream();
render();
