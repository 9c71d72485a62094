// @ts-check
/**
 * A GitHub Actions cache service v2 for tests: the Twirp JSON API of
 * `github.actions.results.api.v1.CacheService` on 127.0.0.1, storing archives in a real Azurite
 * (see ./azurite.js) through signed (SAS) URLs, like the hosted service does with Azure Blob.
 *
 * API
 *   startCacheService(options) → Promise<CacheService>
 *     azurite            AzuriteHandle (required)
 *     blobBaseUrl        origin put in signed URLs (default azurite.url; ./index.js passes the
 *                        blob proxy's URL so blob traffic goes through it)
 *     tokenKind          kind of the default token: 'read-write' (default) | 'read-only' | 'none'
 *     uploadUrlTtlMs     lifetime of upload SAS URLs (default 60 min)
 *     downloadUrlTtlMs   lifetime of download SAS URLs (default 10 min, as on github.com)
 *     pendingBlocksCreate  a created-but-not-finalized entry makes Create of the same key+version
 *                        answer 409 (default true)
 *     maxRecords         request-log bound (default 10 000)
 *   CacheService
 *     url                'http://127.0.0.1:<port>'
 *     token              the default token (read-write unless tokenKind says otherwise)
 *     env                { ACTIONS_RESULTS_URL: url + '/', ACTIONS_RUNTIME_TOKEN: token,
 *                          ACTIONS_CACHE_SERVICE_V2: 'true', GITHUB_SERVER_URL: 'https://github.com',
 *                          GITHUB_REF: 'refs/heads/main', GITHUB_REPOSITORY: 'cachet/test-service',
 *                          ACTIONS_CACHE_MODE: '' (empty = unset; @actions/cache 6.3.0 would
 *                          skip restore/save by itself for 'none'/'read'/'write-only') }
 *     addToken(kind)     → a new token of that kind ('read-write' | 'read-only' | 'none')
 *     envFor(token)      → env with ACTIONS_RUNTIME_TOKEN = token
 *     revokeToken(token) later requests with it get 401 unauthenticated
 *     requests()         → TwirpRequestRecord[] { id, method (Twirp method), httpMethod, path,
 *                          headers, body (parsed JSON, or the raw string if not JSON), status,
 *                          response (parsed JSON sent back, or raw string), fault (label | null),
 *                          at (ms epoch) }
 *     clearRequests()
 *     entries()          → CacheEntry[] { id, key, version, blobName, state: 'pending' |
 *                          'finalized', sizeBytes (number | null), seq (finalize order, 1-based;
 *                          null while pending), createdAt, finalizedAt }
 *     addEntry({ key, version, data }) → Promise<CacheEntry>   put a blob in Azurite and a
 *                          finalized entry, without going through Twirp (seed data for tests)
 *     fault(spec)        → { spec, hits, matched, remove() }   (see TwirpFaultSpec)
 *     clearFaults()
 *     stop()             → Promise<void>; idempotent
 *
 * TwirpFaultSpec: matchers  method ('CreateCacheEntry' | 'FinalizeCacheEntryUpload' |
 *     'GetCacheEntryDownloadURL'), where(record) ; ordinal nth (1-based, default 1), times
 *     (default 1, Infinity = all from nth); action, one of:
 *       status: n [, code, msg, retryAfter (seconds → Retry-After header)]   a Twirp error
 *              `{code,msg}` (code defaults from the status: 429 resource_exhausted with msg
 *              'rate limit exceeded', 503 unavailable, 500 internal, 401 unauthenticated, …)
 *       body: 'raw text' [, status (default 200), contentType (default 'text/html')]  a non-JSON body
 *       response: { ok: false, message: '…' } (any JSON object) sent with 200
 *       drop: true   destroy the connection without answering (client sees ECONNRESET)
 *     delayMs: t may come alone (then the request is served normally after t ms) or with one of
 *     the above. A fault answers instead of the service: no entry is created or changed.
 *
 * Semantics (GitHub's, as documented in /work/shared/docs/protocol-v2.md §2, §4, §5):
 *   - POST /twirp/github.actions.results.api.v1.CacheService/<Method>, Content-Type
 *     application/json; anything else → 404 bad_route. Missing/unknown bearer token → 401
 *     unauthenticated. Malformed JSON → 400 malformed; missing key/version → 400 invalid_argument.
 *   - Requests accept snake_case and lowerCamelCase names and int64 as string or number; responses
 *     use snake_case, int64 as strings, and omit default values except `ok`.
 *   - CreateCacheEntry: read-only/none token → 200 {ok:false, message:'cache write denied: token
 *     has no writable scopes'}; same key+version already finalized or pending → 409
 *     {code:'already_exists', msg:'cache entry with the same key, version, and scope already
 *     exists'}; else a pending entry and {ok:true, signed_upload_url} (SAS 'cw' on a new blob).
 *   - FinalizeCacheEntryUpload: no pending entry → ok:false 'cache entry not found'; already
 *     finalized → ok:false; blob missing → ok:false; committed size ≠ size_bytes → ok:false with
 *     both sizes; else the entry is finalized with the next sequence number → {ok:true, entry_id}.
 *   - GetCacheEntryDownloadURL: 'none' token → 403 permission_denied 'cache read denied: token has
 *     no readable scopes'. Same version only, finalized entries only; exact key, then keys starting
 *     with the key, then each restore key in order (exact, then prefix); among prefix matches the
 *     newest (highest seq) wins → {ok:true, signed_download_url (SAS 'r'), matched_key}; else
 *     {ok:false}.
 *   - Single scope: every token reads and writes the same scope (no branch isolation).
 *
 * What it never does: bind anything but 127.0.0.1; talk to anything but the given Azurite; read
 * request bodies over 1 MiB (→ 400 malformed); keep more than maxRecords records; keep the process
 * alive (the server is unref'd) or run after stop().
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

export const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';
const METHODS = ['CreateCacheEntry', 'FinalizeCacheEntryUpload', 'GetCacheEntryDownloadURL'];
const MAX_BODY = 1024 * 1024;
export const WRITE_DENIED = 'cache write denied: token has no writable scopes';
export const READ_DENIED = 'cache read denied: token has no readable scopes';
export const ALREADY_EXISTS = 'cache entry with the same key, version, and scope already exists';

/** Twirp error code for an HTTP status (the inverse of Twirp's code → status table). */
const CODE_BY_STATUS = /** @type {Record<number, string>} */ ({
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  408: 'deadline_exceeded',
  409: 'already_exists',
  412: 'failed_precondition',
  429: 'resource_exhausted',
  500: 'internal',
  501: 'unimplemented',
  503: 'unavailable',
});

/** @typedef {'read-write' | 'read-only' | 'none'} TokenKind */

/**
 * @typedef {object} CacheEntry
 * @property {number} id
 * @property {string} key
 * @property {string} version
 * @property {string} blobName
 * @property {'pending' | 'finalized'} state
 * @property {number | null} sizeBytes
 * @property {number | null} seq
 * @property {number} createdAt
 * @property {number | null} finalizedAt
 */

/**
 * @typedef {object} TwirpRequestRecord
 * @property {number} id
 * @property {string} method
 * @property {string} httpMethod
 * @property {string} path
 * @property {Record<string, string | string[] | undefined>} headers
 * @property {unknown} body
 * @property {number | null} status
 * @property {unknown} response
 * @property {string | null} fault
 * @property {number} at
 */

/**
 * @typedef {object} TwirpFaultSpec
 * @property {string} [method]
 * @property {(record: TwirpRequestRecord) => boolean} [where]
 * @property {number} [nth]
 * @property {number} [times]
 * @property {number} [status]
 * @property {string} [code]
 * @property {string} [msg]
 * @property {number} [retryAfter]
 * @property {string} [body]
 * @property {string} [contentType]
 * @property {Record<string, unknown>} [response]
 * @property {boolean} [drop]
 * @property {number} [delayMs]
 * @property {string} [label]
 */

/**
 * @typedef {object} TwirpFaultHandle
 * @property {TwirpFaultSpec} spec
 * @property {number} hits
 * @property {number} matched
 * @property {() => void} remove
 */

/**
 * @typedef {object} CacheServiceOptions
 * @property {import('./azurite.js').AzuriteHandle} azurite
 * @property {string} [blobBaseUrl]
 * @property {TokenKind} [tokenKind]
 * @property {number} [uploadUrlTtlMs]
 * @property {number} [downloadUrlTtlMs]
 * @property {boolean} [pendingBlocksCreate]
 * @property {number} [maxRecords]
 */

/**
 * @typedef {object} CacheService
 * @property {string} url
 * @property {string} token
 * @property {Record<string, string>} env
 * @property {(kind: TokenKind) => string} addToken
 * @property {(token: string) => Record<string, string>} envFor
 * @property {(token: string) => void} revokeToken
 * @property {() => TwirpRequestRecord[]} requests
 * @property {() => void} clearRequests
 * @property {() => CacheEntry[]} entries
 * @property {(e: { key: string, version: string, data: Buffer | Uint8Array | string }) => Promise<CacheEntry>} addEntry
 * @property {(spec: TwirpFaultSpec) => TwirpFaultHandle} fault
 * @property {() => void} clearFaults
 * @property {() => Promise<void>} stop
 */

/** @param {unknown} v */
const b64url = (v) => Buffer.from(JSON.stringify(v)).toString('base64url');

/**
 * A JWT-shaped (unsigned, like nobody checks it client-side) runtime token whose `ac` claim
 * mirrors the kind, as the runner's tokens do.
 * @param {TokenKind} kind
 */
function makeToken(kind) {
  const permission = kind === 'read-write' ? 3 : kind === 'read-only' ? 1 : 0;
  const ac = permission ? [{ Scope: 'refs/heads/main', Permission: permission }] : [];
  const now = Math.floor(Date.now() / 1000);
  const payload = { ac: JSON.stringify(ac), nbf: now - 60, exp: now + 6 * 3600, kind, jti: randomBytes(8).toString('hex') };
  return `${b64url({ typ: 'JWT', alg: 'none' })}.${b64url(payload)}.${randomBytes(16).toString('base64url')}`;
}

/**
 * Read a field by its snake_case or lowerCamelCase name.
 * @param {Record<string, unknown>} body @param {string} snake
 */
function field(body, snake) {
  if (snake in body) return body[snake];
  const camel = snake.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
  return body[camel];
}

/**
 * Parse an int64 given as string or number; absent is the proto3 default 0. @param {unknown} v
 * @returns {number | null} null when it is not an int64 (or beyond 2^53)
 */
function int64(v) {
  if (v === undefined || v === null) return 0;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v)) {
    const n = Number(v);
    return Number.isSafeInteger(n) ? n : null;
  }
  return null;
}

class TwirpError extends Error {
  /** @param {number} status @param {string} code @param {string} msg */
  constructor(status, code, msg) {
    super(msg);
    this.status = status;
    this.code = code;
  }
}

/**
 * Start the cache service.
 * @param {CacheServiceOptions} options
 * @returns {Promise<CacheService>}
 */
export async function startCacheService(options) {
  const {
    azurite,
    blobBaseUrl = azurite.url,
    tokenKind = 'read-write',
    uploadUrlTtlMs = 60 * 60_000,
    downloadUrlTtlMs = 10 * 60_000,
    pendingBlocksCreate = true,
    maxRecords = 10_000,
  } = options;
  if (!azurite) throw new Error('startCacheService: options.azurite is required');

  /** @type {Map<string, { kind: TokenKind, revoked: boolean }>} */
  const tokens = new Map();
  /** @param {TokenKind} kind */
  const addToken = (kind) => {
    if (!['read-write', 'read-only', 'none'].includes(kind)) throw new Error(`unknown token kind ${kind}`);
    const t = makeToken(kind);
    tokens.set(t, { kind, revoked: false });
    return t;
  };
  const defaultToken = addToken(tokenKind);

  /** @type {CacheEntry[]} */
  const entries = [];
  let nextEntryId = 1;
  let nextSeq = 1;
  /** @type {TwirpRequestRecord[]} */
  let records = [];
  let nextRecordId = 1;
  /** @type {{ spec: TwirpFaultSpec, handle: TwirpFaultHandle, matched: number }[]} */
  let faults = [];
  const blobPrefix = `cache-${randomBytes(4).toString('hex')}`;

  /** @param {TwirpRequestRecord} rec */
  function pickFault(rec) {
    /** @type {TwirpFaultSpec | null} */
    let chosen = null;
    for (const f of faults) {
      if (f.spec.method !== undefined && f.spec.method !== rec.method) continue;
      if (f.spec.where !== undefined && !f.spec.where(rec)) continue;
      f.matched += 1;
      f.handle.matched = f.matched;
      const nth = f.spec.nth ?? 1;
      const times = f.spec.times ?? 1;
      if (!chosen && f.matched >= nth && f.matched < nth + times) {
        f.handle.hits += 1;
        chosen = f.spec;
      }
    }
    return chosen;
  }

  /** @param {string} key @param {string} version */
  function findLive(key, version) {
    return entries.find((e) => e.key === key && e.version === version && (e.state === 'finalized' || pendingBlocksCreate));
  }

  /**
   * The lookup of GetCacheEntryDownloadURL.
   * @param {string} key @param {string[]} restoreKeys @param {string} version
   */
  function lookup(key, restoreKeys, version) {
    const candidates = entries.filter((e) => e.state === 'finalized' && e.version === version);
    const newest = (/** @type {CacheEntry[]} */ list) =>
      list.reduce((/** @type {CacheEntry | null} */ best, e) => (!best || (e.seq ?? 0) > (best.seq ?? 0) ? e : best), null);
    for (const k of [key, ...restoreKeys]) {
      const exact = newest(candidates.filter((e) => e.key === k));
      if (exact) return exact;
      const prefixed = newest(candidates.filter((e) => e.key.startsWith(k)));
      if (prefixed) return prefixed;
    }
    return null;
  }

  /**
   * @param {string} method @param {Record<string, unknown>} body @param {TokenKind} kind
   * @returns {Promise<{ status: number, json: Record<string, unknown> }>}
   */
  async function serve(method, body, kind) {
    const key = field(body, 'key');
    const version = field(body, 'version');
    if (typeof key !== 'string' || key === '') throw new TwirpError(400, 'invalid_argument', 'key is required');
    if (typeof version !== 'string' || version === '') throw new TwirpError(400, 'invalid_argument', 'version is required');

    if (method === 'CreateCacheEntry') {
      if (kind !== 'read-write') return { status: 200, json: { ok: false, message: WRITE_DENIED } };
      if (findLive(key, version)) throw new TwirpError(409, 'already_exists', ALREADY_EXISTS);
      const id = nextEntryId++;
      /** @type {CacheEntry} */
      const entry = {
        id,
        key,
        version,
        blobName: `${blobPrefix}-${id}-${randomBytes(4).toString('hex')}`,
        state: 'pending',
        sizeBytes: null,
        seq: null,
        createdAt: Date.now(),
        finalizedAt: null,
      };
      // A never-finalized entry with the same key+version (pendingBlocksCreate = false) is replaced.
      const stale = entries.findIndex((e) => e.key === key && e.version === version && e.state === 'pending');
      if (stale >= 0) entries.splice(stale, 1);
      entries.push(entry);
      const url = azurite.signBlobUrl(entry.blobName, { permissions: 'cw', expiresInMs: uploadUrlTtlMs, baseUrl: blobBaseUrl });
      return { status: 200, json: { ok: true, signed_upload_url: url } };
    }

    if (method === 'FinalizeCacheEntryUpload') {
      if (kind !== 'read-write') return { status: 200, json: { ok: false, message: WRITE_DENIED } };
      const size = int64(field(body, 'size_bytes'));
      if (size === null || size < 0) throw new TwirpError(400, 'invalid_argument', 'size_bytes must be a non-negative int64');
      const entry = entries.find((e) => e.key === key && e.version === version && e.state === 'pending');
      if (!entry) {
        const done = entries.find((e) => e.key === key && e.version === version);
        return {
          status: 200,
          json: { ok: false, message: done ? 'cache entry is already finalized' : 'cache entry not found' },
        };
      }
      const props = await azurite.blobProperties(entry.blobName);
      if (!props) {
        return { status: 200, json: { ok: false, message: 'cache entry upload not found: no committed blob' } };
      }
      if (props.size !== size) {
        return {
          status: 200,
          json: { ok: false, message: `cache entry size mismatch: size_bytes is ${size} but the uploaded blob has ${props.size} bytes` },
        };
      }
      entry.state = 'finalized';
      entry.sizeBytes = size;
      entry.seq = nextSeq++;
      entry.finalizedAt = Date.now();
      return { status: 200, json: { ok: true, entry_id: String(entry.id) } };
    }

    // GetCacheEntryDownloadURL
    if (kind === 'none') throw new TwirpError(403, 'permission_denied', READ_DENIED);
    const rk = field(body, 'restore_keys') ?? [];
    if (!Array.isArray(rk) || rk.some((k) => typeof k !== 'string')) {
      throw new TwirpError(400, 'invalid_argument', 'restore_keys must be a list of strings');
    }
    const hit = lookup(key, /** @type {string[]} */ (rk), version);
    if (!hit) return { status: 200, json: { ok: false } };
    const url = azurite.signBlobUrl(hit.blobName, { permissions: 'r', expiresInMs: downloadUrlTtlMs, baseUrl: blobBaseUrl });
    return { status: 200, json: { ok: true, signed_download_url: url, matched_key: hit.key } };
  }

  /**
   * @param {http.ServerResponse} res @param {TwirpRequestRecord} rec @param {number} status
   * @param {unknown} json @param {Record<string, string>} [headers]
   */
  function sendJson(res, rec, status, json, headers = {}) {
    const body = JSON.stringify(json);
    rec.status = status;
    rec.response = json;
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers });
    res.end(body);
  }

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  async function handle(req, res) {
    const path = new URL(req.url ?? '/', 'http://service.invalid').pathname;
    const method = path.startsWith(TWIRP_PREFIX) ? path.slice(TWIRP_PREFIX.length) : '';
    // Read the body (bounded).
    const chunks = [];
    let size = 0;
    let tooBig = false;
    for await (const chunk of req) {
      size += chunk.length;
      if (size > MAX_BODY) tooBig = true;
      else chunks.push(chunk);
    }
    const raw = Buffer.concat(chunks).toString('utf8');
    /** @type {unknown} */
    let body = raw;
    let parsed = false;
    try {
      body = JSON.parse(raw);
      parsed = true;
    } catch {
      /* keep the raw string */
    }
    /** @type {TwirpRequestRecord} */
    const rec = {
      id: nextRecordId++,
      method,
      httpMethod: req.method ?? '',
      path,
      headers: { ...req.headers },
      body,
      status: null,
      response: null,
      fault: null,
      at: Date.now(),
    };
    records.push(rec);
    if (records.length > maxRecords) records = records.slice(records.length - maxRecords);

    const f = pickFault(rec);
    if (f) {
      rec.fault = f.label ?? describeFault(f);
      if (f.delayMs) await sleep(f.delayMs);
      if (f.drop) {
        res.destroy();
        req.socket?.destroy();
        return;
      }
      if (f.body !== undefined) {
        const status = f.status ?? 200;
        rec.status = status;
        rec.response = f.body;
        res.writeHead(status, { 'content-type': f.contentType ?? 'text/html', 'content-length': Buffer.byteLength(f.body) });
        res.end(f.body);
        return;
      }
      if (f.response !== undefined) return sendJson(res, rec, f.status ?? 200, f.response);
      if (f.status !== undefined) {
        const code = f.code ?? CODE_BY_STATUS[f.status] ?? 'unknown';
        const msg = f.msg ?? (f.status === 429 ? 'rate limit exceeded' : `injected ${code}`);
        /** @type {Record<string, string>} */
        const headers = {};
        if (f.retryAfter !== undefined) headers['retry-after'] = String(f.retryAfter);
        return sendJson(res, rec, f.status, { code, msg }, headers);
      }
      // delay only: fall through to normal service
    }

    try {
      if (req.method !== 'POST' || !METHODS.includes(method)) {
        throw new TwirpError(404, 'bad_route', `no handler for path "${path}"`);
      }
      const ct = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      if (ct !== 'application/json') {
        throw new TwirpError(404, 'bad_route', `unexpected Content-Type: "${req.headers['content-type'] ?? ''}"`);
      }
      const auth = req.headers.authorization ?? '';
      const m = /^Bearer (.+)$/.exec(auth);
      const tok = m ? tokens.get(m[1]) : undefined;
      if (!tok || tok.revoked) throw new TwirpError(401, 'unauthenticated', 'invalid or missing runtime token');
      if (tooBig) throw new TwirpError(400, 'malformed', 'request body too large');
      if (!parsed || typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new TwirpError(400, 'malformed', 'the json request could not be decoded');
      }
      const out = await serve(method, /** @type {Record<string, unknown>} */ (body), tok.kind);
      sendJson(res, rec, out.status, out.json);
    } catch (err) {
      if (err instanceof TwirpError) sendJson(res, rec, err.status, { code: err.code, msg: err.message });
      else sendJson(res, rec, 500, { code: 'internal', msg: String(/** @type {any} */ (err)?.message ?? err) });
    }
  }

  /** @param {TwirpFaultSpec} f */
  function describeFault(f) {
    if (f.drop) return 'drop';
    if (f.body !== undefined) return `raw body ${f.status ?? 200}`;
    if (f.response !== undefined) return `response ${JSON.stringify(f.response)}`;
    if (f.status !== undefined) return `status ${f.status}`;
    return `delay ${f.delayMs} ms`;
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      res.destroy();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  server.unref();
  const addr = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://127.0.0.1:${addr.port}`;
  /** @param {string} token */
  const envFor = (token) => ({
    ACTIONS_RESULTS_URL: `${url}/`,
    ACTIONS_RUNTIME_TOKEN: token,
    ACTIONS_CACHE_SERVICE_V2: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: 'cachet/test-service',
    // Newer runners export it and @actions/cache >= 6.x skips restore/save by itself for some
    // values; empty means "not set" (permissive), so a CI runner's value cannot leak into tests.
    ACTIONS_CACHE_MODE: '',
  });
  let stopped = false;

  return {
    url,
    token: defaultToken,
    env: envFor(defaultToken),
    addToken,
    envFor,
    revokeToken(token) {
      const t = tokens.get(token);
      if (t) t.revoked = true;
    },
    requests: () => records.map((r) => ({ ...r })),
    clearRequests() {
      records = [];
    },
    entries: () => entries.map((e) => ({ ...e })),
    async addEntry({ key, version, data }) {
      const id = nextEntryId++;
      const blobName = `${blobPrefix}-${id}-${randomBytes(4).toString('hex')}`;
      const buf = typeof data === 'string' ? Buffer.from(data) : data;
      await azurite.putBlob(blobName, buf);
      /** @type {CacheEntry} */
      const entry = {
        id,
        key,
        version,
        blobName,
        state: 'finalized',
        sizeBytes: buf.byteLength,
        seq: nextSeq++,
        createdAt: Date.now(),
        finalizedAt: Date.now(),
      };
      entries.push(entry);
      return { ...entry };
    },
    fault(spec) {
      if (spec.method !== undefined && !METHODS.includes(spec.method)) {
        throw new Error(`cache service fault: unknown method ${spec.method}`);
      }
      const actions = [spec.status !== undefined || spec.response !== undefined || spec.body !== undefined, !!spec.drop];
      if (actions.filter(Boolean).length > 1 || (!actions.some(Boolean) && spec.delayMs === undefined)) {
        throw new Error('cache service fault: give one of status / body / response / drop (delayMs may accompany it or stand alone)');
      }
      /** @type {TwirpFaultHandle} */
      const handle = {
        spec,
        hits: 0,
        matched: 0,
        remove() {
          faults = faults.filter((f) => f.handle !== handle);
        },
      };
      faults.push({ spec, handle, matched: 0 });
      return handle;
    },
    clearFaults() {
      faults = [];
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
      server.closeAllConnections();
      await closed;
    },
  };
}
