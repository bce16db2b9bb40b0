// Calls the API with the session cookie (the gateway adds the access token), conditionally where the API gives an
// ETag, and with the CSRF token on every write.
const known = new Map();

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)planmon_csrf=([^;]*)/);
  return match ? decodeURIComponent(match[1]) : '';
}

export function signOutUrl() {
  return '/signout?csrf=' + encodeURIComponent(csrfToken());
}

async function call(method, url, body) {
  // X-Requested-With: an ended session answers 499 instead of redirecting a fetch() to Keycloak.
  const headers = { Accept: 'application/json', 'X-Requested-With': 'JavaScript' };
  const cached = method === 'GET' ? known.get(url) : undefined;
  if (cached) headers['If-None-Match'] = cached.etag;
  if (method !== 'GET') {
    headers['X-CSRF-Token'] = csrfToken();
    if (body !== undefined) headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(url, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 304 && cached) return { ...cached, unchanged: true };
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : null;
  if (response.status === 499 || response.status === 401) throw new ApiError(response.status, { detail: 'session' });
  if (!response.ok) throw new ApiError(response.status, data);
  const entry = { data, etag: response.headers.get('ETag'), total: Number(response.headers.get('X-Total-Count') || 0) };
  if (method === 'GET' && entry.etag) known.set(url, entry);
  return entry;
}

/** A read: {data, total, unchanged} where unchanged means the API answered 304 to our ETag. */
export const read = (url) => call('GET', url);
export const get = (url) => call('GET', url).then((entry) => entry.data);
export const post = (url, body) => call('POST', url, body).then((entry) => entry.data);

export function query(params) {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  });
  const text = search.toString();
  return text ? '?' + text : '';
}
