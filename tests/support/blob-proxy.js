// @ts-check
/**
 * An HTTP proxy on 127.0.0.1 in front of Azurite (or any blob endpoint) for fault injection and
 * link emulation on blob traffic. The cache service hands out signed URLs that point here (same
 * path and query as Azurite's), so every Put Blob / Put Block / Put Block List / GET / HEAD of a
 * client goes through it.
 *
 * API
 *   startBlobProxy({ target, link?, maxRecords? }) → Promise<BlobProxy>
 *     target      upstream origin, e.g. azurite.url ('http://127.0.0.1:10000')
 *     link        LinkOptions (below), default none (full speed, no latency)
 *     maxRecords  request-log bound (default 10 000; older records are dropped)
 *   BlobProxy
 *     url                     'http://127.0.0.1:<port>'
 *     requests()              → BlobRequestRecord[] (a copy), in arrival order
 *     clearRequests()
 *     fault(spec)             → FaultHandle { spec, hits, remove() }   (see BlobFaultSpec)
 *     clearFaults()
 *     expire(urlOrSig)        every later request carrying that SAS `sig` gets
 *                             403 AuthenticationFailed (as Azure answers an expired SAS)
 *     setLink(link | null)    change link emulation on the fly (applies to new requests)
 *     stats()                 → { active, maxActive } in-flight request counts
 *     stop()                  → Promise<void>; idempotent; drops open connections
 *
 * BlobFaultSpec: matchers (all given ones must match; omitted = any)
 *     method    'GET' | 'PUT' | 'HEAD' | ...
 *     comp      'block' | 'blocklist' | '' ('' = no comp parameter, i.e. Put Blob or Get Blob)
 *     ranged    true: has a Range / x-ms-range header; false: has none
 *     blob      blob name (decoded, without account/container)
 *     sig       SAS signature value
 *     where     (record) => boolean, for anything else
 *   ordinal: the fault counts the requests it matches (1-based) and fires on matches
 *     nth .. nth + times - 1   (defaults nth = 1, times = 1; times = Infinity: every match from nth)
 *   action (exactly one of):
 *     status: n [, errorCode, message, headers]  answer n with an Azure XML error body and
 *              `x-ms-error-code` (default code by status: 403 AuthenticationFailed, 404
 *              BlobNotFound, 409 BlobAlreadyExists, 500 InternalError, 503 ServerBusy, …); the request
 *              body is read and discarded first, the upstream is never contacted
 *     drop: 'response', afterBytes: n   forward, send the response headers and n body bytes,
 *              then destroy the client socket (a mid-body connection drop)
 *     drop: 'request', afterBytes: n    read n request body bytes, then destroy the socket
 *              (the upstream request is aborted, nothing is stored)
 *     stallMs: t [, afterBytes: n, phase: 'response' | 'request']   stop moving bytes for t ms
 *              after n body bytes (default 0, response side), without closing, then continue
 *     delayMs: t   wait t ms before forwarding the request at all
 *   The first fault (in order of registration) that fires for a request wins; every fault's match
 *   counter advances on each matching request whether or not it fired.
 *
 * LinkOptions (all optional; applied to both directions, each direction separately, like a
 * full-duplex link):
 *     totalBytesPerSec         bandwidth shared by all connections (e.g. 125e6)
 *     perConnectionBytesPerSec bandwidth of each request stream (e.g. 60e6)
 *     latencyMs                added round trip per request: half before the request is
 *                              forwarded, half before the response headers go back
 *   Accuracy: measured on 2 cores with curl as the client, 60 MB/s per connection gave 58.8 MB/s
 *   and 4 connections under a 125 MB/s total gave 122.6 MB/s. A client running in the SAME
 *   process as the proxy (fetch, @actions/cache) competes for its event loop and gets less
 *   (≈ 50 and ≈ 110 MB/s); run benchmark clients in another process (see ./serve.js).
 *
 * BlobRequestRecord: { id, method, path, blob, query (sig replaced by '***'), comp, blockid,
 *   range, ranged, sig, status, errorCode, bytesIn, bytesOut, fault (label of the fault that
 *   fired, or null), error (string | null), startedAt (ms epoch), durationMs, done }
 *
 * What it never does: bind anything but 127.0.0.1; buffer a whole body (bodies are streamed
 * chunk by chunk, ≤ 64 KiB slices when paced, with back-pressure, so memory per connection is
 * bounded by the socket buffers);
 * retry or alter bodies; keep more than maxRecords records; keep running after stop().
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

const SLICE = 64 * 1024;
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** Default Azure error code for an HTTP status. */
const DEFAULT_ERROR_CODES = /** @type {Record<number, string>} */ ({
  400: 'InvalidInput',
  401: 'NoAuthenticationInformation',
  403: 'AuthenticationFailed',
  404: 'BlobNotFound',
  409: 'BlobAlreadyExists',
  412: 'ConditionNotMet',
  413: 'RequestBodyTooLarge',
  416: 'InvalidRange',
  429: 'ServerBusy',
  500: 'InternalError',
  502: 'InternalError',
  503: 'ServerBusy',
  504: 'OperationTimedOut',
});

/**
 * @typedef {object} LinkOptions
 * @property {number} [totalBytesPerSec]
 * @property {number} [perConnectionBytesPerSec]
 * @property {number} [latencyMs]
 */

/**
 * @typedef {object} BlobRequestRecord
 * @property {number} id
 * @property {string} method
 * @property {string} path
 * @property {string} blob
 * @property {Record<string, string>} query
 * @property {string} comp
 * @property {string | null} blockid
 * @property {string | null} range
 * @property {boolean} ranged
 * @property {string | null} sig
 * @property {number | null} status
 * @property {string | null} errorCode
 * @property {number} bytesIn
 * @property {number} bytesOut
 * @property {string | null} fault
 * @property {string | null} error
 * @property {number} startedAt
 * @property {number | null} durationMs
 * @property {boolean} done
 */

/**
 * @typedef {object} BlobFaultSpec
 * @property {string} [method]
 * @property {string} [comp]
 * @property {boolean} [ranged]
 * @property {string} [blob]
 * @property {string} [sig]
 * @property {(record: BlobRequestRecord) => boolean} [where]
 * @property {number} [nth]
 * @property {number} [times]
 * @property {number} [status]
 * @property {string} [errorCode]
 * @property {string} [message]
 * @property {Record<string, string>} [headers]
 * @property {'request' | 'response'} [drop]
 * @property {number} [afterBytes]
 * @property {number} [stallMs]
 * @property {'request' | 'response'} [phase]
 * @property {number} [delayMs]
 * @property {string} [label]
 */

/**
 * @typedef {object} FaultHandle
 * @property {BlobFaultSpec} spec
 * @property {number} hits   how many times it fired
 * @property {number} matched how many requests matched its matchers
 * @property {() => void} remove
 */

/**
 * @typedef {object} BlobProxy
 * @property {string} url
 * @property {() => BlobRequestRecord[]} requests
 * @property {() => void} clearRequests
 * @property {(spec: BlobFaultSpec) => FaultHandle} fault
 * @property {() => void} clearFaults
 * @property {(urlOrSig: string) => void} expire
 * @property {(link: LinkOptions | null) => void} setLink
 * @property {() => { active: number, maxActive: number }} stats
 * @property {() => Promise<void>} stop
 */

/** Paces a byte stream to a rate (virtual-time reservation; FIFO-fair between callers). */
class Pacer {
  /** @param {number} bytesPerSec */
  constructor(bytesPerSec) {
    this.rate = bytesPerSec;
    this.next = 0;
  }

  /**
   * Reserve n bytes of link time; returns when (performance.now() ms) they are through.
   * @param {number} n @param {number} now
   */
  reserve(n, now) {
    // Up to 25 ms of credit, so timer overshoot does not drag the average rate below target.
    const start = Math.max(now - 25, this.next);
    this.next = start + (n * 1000) / this.rate;
    return this.next;
  }
}

/**
 * Wait until n bytes fit through every pacer (one sleep for all of them).
 * @param {Pacer[]} pacers @param {number} n
 */
async function pace(pacers, n) {
  if (pacers.length === 0) return;
  const now = performance.now();
  let until = now;
  for (const p of pacers) until = Math.max(until, p.reserve(n, now));
  const wait = until - now;
  if (wait >= 2) await sleep(wait);
}

/** @param {string} code @param {string} message */
function azureErrorXml(code, message) {
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    `<Error><Code>${code}</Code><Message>${message}\nRequestId:${randomUUID()}\n` +
    `Time:${new Date().toISOString()}</Message></Error>`
  );
}

/** Destroy a request's connection. @param {http.IncomingMessage} req @param {http.ServerResponse} res */
function cut(req, res) {
  res.destroy();
  req.socket?.destroy();
}

/** Thrown inside a pump to cut the connection on purpose. */
class Drop extends Error {}

/**
 * Wait until `stream` drains, or fail if it closes first.
 * @param {import('node:stream').Writable} stream
 */
function drained(stream) {
  return new Promise((resolve, reject) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', closed);
      stream.off('error', closed);
      resolve(undefined);
    };
    const closed = () => {
      stream.off('drain', done);
      stream.off('close', closed);
      stream.off('error', closed);
      reject(new Error('stream closed'));
    };
    stream.on('drain', done);
    stream.on('close', closed);
    stream.on('error', closed);
  });
}

/**
 * Move bytes from src to dst in slices, paced, with optional stall / drop points.
 * @param {AsyncIterable<Buffer>} src
 * @param {import('node:stream').Writable} dst
 * @param {{ pacers: Pacer[], onBytes: (n: number) => void, dropAfter?: number,
 *           stallAfter?: number, stallMs?: number, isClosed: () => boolean }} o
 * @returns {Promise<number>} bytes moved
 */
async function pump(src, dst, o) {
  let moved = 0;
  let stalled = false;
  for await (const chunk of src) {
    let buf = /** @type {Buffer} */ (chunk);
    while (buf.length > 0) {
      if (o.isClosed()) throw new Error('peer closed');
      if (o.stallAfter !== undefined && !stalled && moved >= o.stallAfter) {
        stalled = true;
        await sleep(o.stallMs ?? 0);
      }
      if (o.dropAfter !== undefined && moved >= o.dropAfter) throw new Drop('drop');
      let lim = o.pacers.length > 0 ? Math.min(buf.length, SLICE) : buf.length;
      if (o.dropAfter !== undefined) lim = Math.min(lim, o.dropAfter - moved);
      if (o.stallAfter !== undefined && !stalled) lim = Math.min(lim, o.stallAfter - moved);
      const piece = buf.subarray(0, lim);
      buf = buf.subarray(lim);
      await pace(o.pacers, piece.length);
      moved += piece.length;
      o.onBytes(piece.length);
      if (!dst.write(piece)) await drained(dst);
    }
  }
  if (o.stallAfter !== undefined && !stalled) await sleep(o.stallMs ?? 0);
  if (o.dropAfter !== undefined) throw new Drop('drop at end of body');
  return moved;
}

/**
 * Start the proxy.
 * @param {{ target: string, link?: LinkOptions | null, maxRecords?: number }} options
 * @returns {Promise<BlobProxy>}
 */
export async function startBlobProxy({ target, link = null, maxRecords = 10_000 }) {
  const upstream = new URL(target);
  if (upstream.protocol !== 'http:') throw new Error('blob proxy: only http upstreams');
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

  /** @type {BlobRequestRecord[]} */
  let records = [];
  let nextId = 1;
  /** @type {{ spec: BlobFaultSpec, handle: FaultHandle, matched: number }[]} */
  let faults = [];
  /** @type {Set<string>} */
  const expiredSigs = new Set();
  /** @type {LinkOptions | null} */
  let currentLink = link;
  /** @type {{ up: Pacer | null, down: Pacer | null }} */
  let total = makeTotals(currentLink);
  let active = 0;
  let maxActive = 0;

  /** @param {LinkOptions | null} l */
  function makeTotals(l) {
    const r = l?.totalBytesPerSec;
    return { up: r ? new Pacer(r) : null, down: r ? new Pacer(r) : null };
  }

  /** @param {BlobRequestRecord} rec */
  function pickFault(rec) {
    /** @type {{ spec: BlobFaultSpec, handle: FaultHandle } | null} */
    let chosen = null;
    for (const f of faults) {
      const s = f.spec;
      if (s.method !== undefined && s.method.toUpperCase() !== rec.method) continue;
      if (s.comp !== undefined && s.comp !== rec.comp) continue;
      if (s.ranged !== undefined && s.ranged !== rec.ranged) continue;
      if (s.blob !== undefined && s.blob !== rec.blob) continue;
      if (s.sig !== undefined && s.sig !== rec.sig) continue;
      if (s.where !== undefined && !s.where(rec)) continue;
      f.matched += 1;
      f.handle.matched = f.matched;
      const nth = s.nth ?? 1;
      const times = s.times ?? 1;
      if (!chosen && f.matched >= nth && f.matched < nth + times) {
        f.handle.hits += 1;
        chosen = f;
      }
    }
    return chosen;
  }

  /** @param {BlobFaultSpec} s */
  function labelOf(s) {
    if (s.label) return s.label;
    if (s.status !== undefined) return `status ${s.status}`;
    if (s.drop) return `drop ${s.drop} after ${s.afterBytes ?? 0} B`;
    if (s.stallMs !== undefined) return `stall ${s.stallMs} ms after ${s.afterBytes ?? 0} B`;
    if (s.delayMs !== undefined) return `delay ${s.delayMs} ms`;
    return 'fault';
  }

  /**
   * Read and discard a request body (bounded memory).
   * @param {http.IncomingMessage} req @param {BlobRequestRecord} rec
   */
  async function discardBody(req, rec) {
    try {
      for await (const chunk of req) rec.bytesIn += /** @type {Buffer} */ (chunk).length;
    } catch {
      /* client went away */
    }
  }

  /**
   * @param {http.ServerResponse} res @param {BlobRequestRecord} rec @param {number} status
   * @param {string} code @param {string} message @param {Record<string, string>} [headers]
   */
  function sendError(res, rec, status, code, message, headers = {}) {
    const body = rec.method === 'HEAD' ? '' : azureErrorXml(code, message);
    rec.status = status;
    rec.errorCode = code;
    if (res.headersSent || res.destroyed) return;
    res.writeHead(status, {
      'content-type': 'application/xml',
      'content-length': Buffer.byteLength(body),
      'x-ms-error-code': code,
      'x-ms-request-id': randomUUID(),
      'x-ms-version': '2025-01-05',
      ...headers,
    });
    res.end(body);
    rec.bytesOut += Buffer.byteLength(body);
  }

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  async function handle(req, res) {
    const u = new URL(req.url ?? '/', 'http://proxy.invalid');
    /** @type {Record<string, string>} */
    const query = {};
    for (const [k, v] of u.searchParams) query[k] = k === 'sig' ? '***' : v;
    const segments = u.pathname.split('/').filter(Boolean);
    const rangeHeader = req.headers['x-ms-range'] ?? req.headers.range ?? null;
    /** @type {BlobRequestRecord} */
    const rec = {
      id: nextId++,
      method: (req.method ?? 'GET').toUpperCase(),
      path: u.pathname,
      blob: segments.slice(2).map(decodeURIComponent).join('/'),
      query,
      comp: u.searchParams.get('comp') ?? '',
      blockid: u.searchParams.get('blockid'),
      range: typeof rangeHeader === 'string' ? rangeHeader : null,
      ranged: typeof rangeHeader === 'string',
      sig: u.searchParams.get('sig'),
      status: null,
      errorCode: null,
      bytesIn: 0,
      bytesOut: 0,
      fault: null,
      error: null,
      startedAt: Date.now(),
      durationMs: null,
      done: false,
    };
    records.push(rec);
    if (records.length > maxRecords) records = records.slice(records.length - maxRecords);
    active += 1;
    maxActive = Math.max(maxActive, active);
    const t0 = performance.now();
    let clientClosed = false;
    res.on('close', () => {
      clientClosed = true;
    });
    try {
      await proxy(req, res, rec, () => clientClosed);
    } catch (err) {
      if (err instanceof Drop) {
        rec.error = rec.error ?? 'dropped by fault';
      } else {
        rec.error = rec.error ?? String(/** @type {any} */ (err)?.message ?? err);
      }
      // Cut the connection: the client must see it as a network failure, never as a clean end.
      cut(req, res);
    } finally {
      active -= 1;
      rec.durationMs = performance.now() - t0;
      rec.done = true;
    }
  }

  /**
   * @param {http.IncomingMessage} req @param {http.ServerResponse} res
   * @param {BlobRequestRecord} rec @param {() => boolean} isClosed
   */
  async function proxy(req, res, rec, isClosed) {
    const l = currentLink;
    const totals = total;
    const halfRtt = (l?.latencyMs ?? 0) / 2;
    const perConn = l?.perConnectionBytesPerSec;

    if (rec.sig !== null && expiredSigs.has(rec.sig)) {
      rec.fault = 'expired SAS';
      await discardBody(req, rec);
      sendError(
        res,
        rec,
        403,
        'AuthenticationFailed',
        'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.',
      );
      return;
    }

    const f = pickFault(rec);
    const spec = f?.spec;
    if (spec) rec.fault = labelOf(spec);

    if (spec?.delayMs !== undefined) await sleep(spec.delayMs);
    if (spec?.status !== undefined) {
      await discardBody(req, rec);
      const code = spec.errorCode ?? DEFAULT_ERROR_CODES[spec.status] ?? 'InternalError';
      sendError(res, rec, spec.status, code, spec.message ?? `Injected fault: ${code}`, spec.headers);
      return;
    }
    if (halfRtt > 0) await sleep(halfRtt);

    /** @type {Record<string, string | string[]>} */
    const headers = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (v === undefined || HOP_BY_HOP.has(k)) continue;
      headers[k] = v;
    }
    headers.host = upstream.host;

    const upReq = http.request({
      protocol: upstream.protocol,
      hostname: upstream.hostname,
      port: upstream.port,
      method: rec.method,
      path: req.url,
      headers,
      agent,
    });
    /** @type {Promise<http.IncomingMessage>} */
    const upResP = new Promise((resolve, reject) => {
      upReq.once('response', resolve);
      upReq.once('error', reject);
    });
    upResP.catch(() => {}); // handled below; avoid an unhandled rejection while pumping
    let upDone = false;
    const abortUp = () => {
      if (!upDone) upReq.destroy();
    };
    res.once('close', () => {
      if (!res.writableFinished) abortUp();
    });

    const reqPhase = spec && (spec.drop === 'request' || (spec.stallMs !== undefined && spec.phase === 'request'));
    try {
      await pump(req, upReq, {
        pacers: [perConn ? new Pacer(perConn) : null, totals.up].filter((p) => p !== null),
        onBytes: (n) => {
          rec.bytesIn += n;
        },
        dropAfter: reqPhase && spec?.drop === 'request' ? spec.afterBytes ?? 0 : undefined,
        stallAfter: reqPhase && spec?.stallMs !== undefined ? spec.afterBytes ?? 0 : undefined,
        stallMs: spec?.stallMs,
        isClosed,
      });
    } catch (err) {
      abortUp();
      throw err;
    }
    upReq.end();

    /** @type {http.IncomingMessage} */
    let upRes;
    try {
      upRes = await upResP;
    } catch (err) {
      rec.error = `upstream: ${String(/** @type {any} */ (err)?.message ?? err)}`;
      sendError(res, rec, 502, 'InternalError', 'blob proxy: upstream request failed');
      return;
    }
    if (halfRtt > 0) await sleep(halfRtt);

    /** @type {Record<string, string | string[]>} */
    const outHeaders = {};
    for (const [k, v] of Object.entries(upRes.headers)) {
      if (v === undefined || HOP_BY_HOP.has(k)) continue;
      outHeaders[k] = v;
    }
    rec.status = upRes.statusCode ?? 502;
    const code = upRes.headers['x-ms-error-code'];
    rec.errorCode = typeof code === 'string' ? code : null;
    res.writeHead(rec.status, upRes.statusMessage, outHeaders);
    if (typeof res.flushHeaders === 'function') res.flushHeaders();

    const resPhase = spec && !reqPhase && (spec.drop === 'response' || spec.stallMs !== undefined);
    try {
      await pump(upRes, res, {
        pacers: [perConn ? new Pacer(perConn) : null, totals.down].filter((p) => p !== null),
        onBytes: (n) => {
          rec.bytesOut += n;
        },
        dropAfter: resPhase && spec?.drop === 'response' ? spec.afterBytes ?? 0 : undefined,
        stallAfter: resPhase && spec?.stallMs !== undefined ? spec.afterBytes ?? 0 : undefined,
        stallMs: spec?.stallMs,
        isClosed,
      });
      upDone = true;
    } catch (err) {
      upRes.destroy();
      abortUp();
      throw err;
    }
    await new Promise((resolve) => res.end(resolve));
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => cut(req, res));
  });
  server.keepAliveTimeout = 5000;
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  server.unref();
  const addr = /** @type {import('node:net').AddressInfo} */ (server.address());
  let stopped = false;

  return {
    url: `http://127.0.0.1:${addr.port}`,
    requests: () => records.map((r) => ({ ...r, query: { ...r.query } })),
    clearRequests() {
      records = [];
    },
    fault(spec) {
      const actions = [spec.status !== undefined, spec.drop !== undefined, spec.stallMs !== undefined, spec.delayMs !== undefined];
      const n = actions.filter(Boolean).length;
      if (n !== 1 && !(n === 2 && spec.delayMs !== undefined)) {
        throw new Error('blob proxy fault: give exactly one of status, drop, stallMs, delayMs (delayMs may accompany another)');
      }
      /** @type {FaultHandle} */
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
    expire(urlOrSig) {
      let sig = urlOrSig;
      if (/^https?:/.test(urlOrSig)) sig = new URL(urlOrSig).searchParams.get('sig') ?? '';
      if (!sig) throw new Error('blob proxy expire: no sig in URL');
      expiredSigs.add(sig);
    },
    setLink(l) {
      currentLink = l;
      total = makeTotals(l);
    },
    stats: () => ({ active, maxActive }),
    async stop() {
      if (stopped) return;
      stopped = true;
      const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
      server.closeAllConnections();
      agent.destroy();
      await closed;
    },
  };
}
