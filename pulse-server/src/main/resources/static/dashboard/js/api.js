// HTTP helpers of the dashboard: same-origin JSON with the session cookie. Marks requests as
// scripted (no Basic dialog on 401), sends the CSRF token on writes and goes to the login page
// when the session has ended.

const CSRF_COOKIE = 'XSRF-TOKEN';

/** An API answer other than 2xx; `problem` is the problem JSON when there is one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

function csrfToken() {
  const entry = document.cookie.split('; ').find((c) => c.startsWith(CSRF_COOKIE + '='));
  return entry ? decodeURIComponent(entry.slice(CSRF_COOKIE.length + 1)) : null;
}

async function request(method, path, body) {
  const headers = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
  if (method !== 'GET') {
    const token = csrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    window.location.assign('/login');
    throw new ApiError(401, null);
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/** GET a JSON resource. */
export const get = (path) => request('GET', path);

/** POST (optionally with a JSON body). */
export const post = (path, body) => request('POST', path, body);

/** Builds `path?name=value&...`, leaving out null and empty values. */
export function url(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Signs out (POST /logout with the CSRF token) and shows the login page. */
export async function signOut() {
  const token = csrfToken();
  await fetch('/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: token ? { 'X-XSRF-TOKEN': token } : {},
  });
  window.location.assign('/login?logout');
}
