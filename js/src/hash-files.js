// @ts-check
/**
 * `hashFiles()`: the hash the Actions runner's `hashFiles(...)` expression gives, byte for
 * byte, computed fast, optionally with the list of files that went in.
 *
 * The runner globs with `@actions/glob` 0.7 and hashes every matched file under the workspace:
 * the outer SHA-256 takes each file's raw 32-byte SHA-256 in walk order (search roots in
 * pattern order, depth-first, children in `readdir` order), and nothing matched gives `''`.
 * This module does the same walk with Node's `fs`, asks the core's matcher (wasm) about each
 * path, and hashes with Node's native SHA-256, many files at a time while keeping the order.
 *
 * Semantics kept from the runner: links are not followed unless asked (a link to a file is
 * hashed by its target's content, a link to a folder is skipped, a broken link fails the whole
 * call); matches outside the workspace are ignored; directories are never hashed; when
 * following, links to folders are descended with cycle detection and broken links are omitted.
 * The workspace is taken through `realpath`, as the runner's `process.cwd()` reports it.
 *
 * What it never does: write anything, follow a link it was told not to, sort, or time out (the
 * runner gives up after 120 s). Windows is not supported (its glob semantics differ). The walk
 * reaches the filesystem only through `nodeIo()`, so another host (a browser) can reuse it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { HashFilesMatcher } from './wasm.js';

/** Files hashed at once on this thread (reads overlap; hashing runs here). */
const CONCURRENCY = 16;
/** Read size; smaller files take one read. */
const CHUNK = 256 * 1024;
/** Once this many files wait, hashing moves to worker threads (synchronous reads there). */
const POOL_THRESHOLD = 128;
/** Files per message to a worker. */
const BATCH = 48;
/** Sibling folders whose listing is requested ahead of the walk. */
const PREFETCH = 4;

/** Classification bits from the matcher (see crates/wasm/src/hash_files.rs). */
const YIELD_FILE = 2;

/**
 * @typedef {object} HashFilesOptions
 * @property {string} [workspace] where relative patterns resolve and outside of which matches are ignored (default: the current folder)
 * @property {boolean} [followSymbolicLinks] the runner's `--follow-symbolic-links` (default off, as in the runner)
 * @property {boolean} [explain] also return the files hashed, in order
 * @property {string} [homeDir] what `~` expands to (default: `os.homedir()`)
 */

/**
 * @typedef {object} HashedFile
 * @property {string} path relative to the workspace, with `/` separators
 * @property {string} sha256 the file's SHA-256, lowercase hex
 */

/**
 * @typedef {object} HashFilesResult
 * @property {string} hash 64 lowercase hex characters, or `''` when no file matched
 * @property {HashedFile[]} [files] with `explain`: each file hashed, in order
 */

/**
 * The directory entry shape the walk needs (Node's `fs.Dirent` has it).
 * @typedef {{ name: string, isDirectory(): boolean, isSymbolicLink(): boolean }} Entry
 */

/**
 * The filesystem as the walk and the hashing see it.
 * @typedef {object} WalkIo
 * @property {(dir: string) => Promise<Entry[]>} readdir entries in the host's native order
 * @property {(p: string) => Promise<{ isDirectory(): boolean, isSymbolicLink(): boolean }>} lstat
 * @property {(p: string) => Promise<{ isDirectory(): boolean }>} stat follows links
 * @property {(p: string) => Promise<string>} realpath
 * @property {(p: string, buffer: Uint8Array) => Promise<Uint8Array>} sha256 the file's raw digest, reading through `buffer`
 * @property {() => HashBatch | undefined} [pool] a faster way for many files, when the host has one
 */

/**
 * Hashes several queued entries (off this thread): per entry, the digest, `null` for a
 * directory reached through a link, or the error met (with the path).
 * @typedef {{ lanes: number, hash(entries: QueueEntry[]): Promise<(Uint8Array | null | { error: unknown })[]> }} HashBatch
 */

/** @typedef {{ path: string, link: boolean }} QueueEntry */

/**
 * Computes what the runner's `hashFiles(patterns...)` returns for this workspace.
 *
 * Throws an `Error` with a `code`: `broken_symlink` (a matched link whose target is missing or
 * loops), `unreadable` (a folder or file that cannot be read), `workspace_missing`, a pattern
 * error of the core (`pattern_relative`, `pattern_empty`, `pattern_invalid`, ...), or
 * `unsupported_platform` on Windows. The message names the path at fault.
 *
 * @param {string | string[]} patterns one pattern per `hashFiles` argument (a string may hold several lines)
 * @param {HashFilesOptions} [options]
 * @returns {Promise<HashFilesResult>}
 */
export async function hashFiles(patterns, options = {}) {
  const { followSymbolicLinks = false, explain = false } = options;
  if (process.platform === 'win32') {
    throw cachetError('unsupported_platform', 'hashFiles() on Windows is not supported yet (the runner matches case-insensitively there)');
  }
  const text = Array.isArray(patterns) ? patterns.join('\n') : String(patterns);
  const workspace = await realWorkspace(options.workspace ?? process.cwd());
  const matcher = new HashFilesMatcher(text, workspace, options.homeDir ?? os.homedir());
  try {
    const io = nodeIo();
    const files = await collect(matcher, io, workspace, followSymbolicLinks);
    const outer = crypto.createHash('sha256');
    for (const file of files) outer.update(file.digest);
    return {
      hash: files.length ? outer.digest('hex') : '',
      ...(explain
        ? { files: files.map((f) => ({ path: f.path.slice(workspace.length + 1), sha256: Buffer.from(f.digest).toString('hex') })) }
        : {}),
    };
  } finally {
    matcher.free();
  }
}

/** @param {string} workspace */
async function realWorkspace(workspace) {
  try {
    return await fs.promises.realpath(path.resolve(workspace));
  } catch (e) {
    throw cachetError('workspace_missing', `the workspace '${workspace}' cannot be opened (${errorText(e)})`, { path: workspace, cause: e });
  }
}

/**
 * Walks and hashes: the walk runs ahead and queues the files to hash; lanes take them in
 * order (one at a time on this thread, in batches on the worker pool once enough wait), and
 * results keep the walk's order. The first failure in walk order wins, as in the runner, which
 * stops at the first error it meets.
 *
 * @param {HashFilesMatcher} matcher
 * @param {WalkIo} io
 * @param {string} workspace
 * @param {boolean} follow
 * @returns {Promise<{ path: string, digest: Uint8Array }[]>}
 */
async function collect(matcher, io, workspace, follow) {
  /** @type {QueueEntry[]} */
  const queue = [];
  /** @type {(Uint8Array | null | Error)[]} */
  const results = [];
  let next = 0;
  let walking = true;
  let firstFailure = Infinity;
  /** @type {HashBatch | undefined} */
  let pool;
  let poolTried = false;
  /** @type {(() => void)[]} */
  let sleepers = [];
  const wake = () => {
    const s = sleepers;
    sleepers = [];
    for (const resolve of s) resolve();
  };
  const prefix = workspace + '/';
  /** @type {Promise<void>[]} */
  const lanes = [];

  /** @param {number} i @param {Uint8Array | null | Error} result */
  const settle = (i, result) => {
    results[i] = result;
    if (result instanceof Error) firstFailure = Math.min(firstFailure, i);
  };

  /** One file at a time, on this thread; gives way to the pool once it runs. */
  const threadLane = async () => {
    const buffer = new Uint8Array(CHUNK);
    for (;;) {
      if (pool) return;
      if (next < queue.length) {
        const i = next++;
        if (i > firstFailure) continue;
        try {
          settle(i, await hashEntry(io, queue[i], buffer, workspace));
        } catch (e) {
          settle(i, /** @type {Error} */ (e));
        }
      } else if (!walking) {
        return;
      } else {
        await new Promise((resolve) => sleepers.push(() => resolve(undefined)));
      }
    }
  };

  /** Batches on the worker pool. @param {HashBatch} batcher */
  const poolLane = async (batcher) => {
    for (;;) {
      if (next < queue.length) {
        const start = next;
        const end = Math.min(queue.length, start + BATCH);
        next = end;
        if (start > firstFailure) continue;
        const out = await batcher.hash(queue.slice(start, end));
        out.forEach((r, k) => {
          const i = start + k;
          if (r && 'error' in r) settle(i, ioError(r.error, queue[i].path, workspace));
          else settle(i, /** @type {Uint8Array | null} */ (r));
        });
      } else if (!walking) {
        return;
      } else {
        await new Promise((resolve) => sleepers.push(() => resolve(undefined)));
      }
    }
  };

  /** @param {string} p @param {boolean} link */
  const emit = (p, link) => {
    // The runner ignores matches outside the workspace, before looking at them.
    if (!p.startsWith(prefix)) return;
    queue.push({ path: p, link });
    if (!poolTried && io.pool && queue.length - next > POOL_THRESHOLD) {
      poolTried = true;
      try {
        pool = io.pool();
      } catch {
        pool = undefined; // no worker threads here: keep hashing on this thread
      }
      if (pool) for (let k = 0; k < pool.lanes; k++) lanes.push(poolLane(pool));
    }
    if (sleepers.length) wake();
  };

  for (let k = 0; k < CONCURRENCY; k++) lanes.push(threadLane());
  /** @type {Error | undefined} */
  let walkError;
  try {
    await walk(matcher, io, follow, emit, () => firstFailure !== Infinity, workspace);
  } catch (e) {
    walkError = /** @type {Error} */ (e);
  } finally {
    walking = false;
    wake();
  }
  await Promise.all(lanes);

  /** @type {{ path: string, digest: Uint8Array }[]} */
  const files = [];
  for (let i = 0; i < queue.length; i++) {
    const r = results[i];
    if (r instanceof Error) throw r;
    if (r) files.push({ path: queue[i].path, digest: r });
  }
  if (walkError) throw walkError;
  return files;
}

/**
 * The globber's walk (`DefaultGlobber.globGenerator` with the runner's options), reporting each
 * yielded non-directory path to `emit` in order. `link` says whether the runner's `statSync`
 * could still find a directory or a broken link there.
 *
 * @param {HashFilesMatcher} matcher
 * @param {WalkIo} io
 * @param {boolean} follow
 * @param {(p: string, link: boolean) => void} emit
 * @param {() => boolean} stopped a failure was found: stop early
 * @param {string} workspace for error messages
 */
async function walk(matcher, io, follow, emit, stopped, workspace) {
  /** Real paths of the folders on the current branch (cycle detection when following). */
  /** @type {string[]} */
  const chain = [];
  /** @param {number} level @param {string} real */
  const enter = (level, real) => {
    while (chain.length >= level) chain.pop();
    if (chain.includes(real)) return false;
    chain.push(real);
    return true;
  };

  /**
   * @param {string} dir as the globber spells it
   * @param {number} level
   * @param {string} realDir its real path (when following)
   * @param {Promise<Entry[]>} [listing] its listing, when already requested
   */
  const descend = async (dir, level, realDir, listing) => {
    if (stopped()) return;
    /** @type {Entry[]} */
    let entries;
    try {
      entries = await (listing ?? io.readdir(dir));
    } catch (e) {
      throw ioError(e, dir, workspace);
    }
    if (entries.length === 0) return;
    // Children are `path.join(dir, name)`: normalize once (only a search root can need it).
    const base = path.posix.normalize(dir);
    const bits = matcher.classifyChildren(base, entries.map((e) => e.name).join('/'));
    const sep = base === '/' ? '' : '/';
    // List the next few subfolders ahead, so the walk does not wait on each listing in turn.
    /** @type {number[]} */
    const subfolders = [];
    for (let i = 0; i < entries.length; i++) if (bits[i] !== 0 && entries[i].isDirectory()) subfolders.push(i);
    /** @type {Map<number, Promise<Entry[]>>} */
    const requested = new Map();
    let cursor = 0;
    const requestAhead = () => {
      while (cursor < subfolders.length && requested.size < PREFETCH) {
        const i = subfolders[cursor++];
        const listing = io.readdir(base + sep + entries[i].name);
        listing.catch(() => {}); // reported when awaited, if ever
        requested.set(i, listing);
      }
    };
    requestAhead();
    /** @param {number} i */
    const take = (i) => {
      const listing = requested.get(i);
      requested.delete(i);
      requestAhead();
      return listing;
    };
    for (let i = 0; i < entries.length; i++) {
      const b = bits[i];
      if (b === 0) continue;
      const entry = entries[i];
      const child = base + sep + entry.name;
      if (!follow) {
        // lstat semantics: the entry's own type.
        if (entry.isDirectory()) await descend(child, level + 1, '', take(i));
        else if (b & YIELD_FILE) emit(child, entry.isSymbolicLink());
      } else if (entry.isSymbolicLink()) {
        const stats = await statFollowing(io, child, workspace);
        if (!stats) continue; // broken: omitted when following
        if (stats.isDirectory()) {
          const real = await realpathOf(io, child, workspace);
          if (enter(level + 1, real)) await descend(child, level + 1, real);
        } else if (b & YIELD_FILE) {
          emit(child, false);
        }
      } else if (entry.isDirectory()) {
        const listing = take(i);
        const real = (realDir === '/' ? '' : realDir) + '/' + entry.name;
        if (enter(level + 1, real)) await descend(child, level + 1, real, listing);
      } else if (b & YIELD_FILE) {
        emit(child, false);
      }
    }
  };

  // The globber checks every search root before walking any: missing ones are dropped, any
  // other failure (a root below a file, say) fails the whole call.
  /** @type {{ root: string, lstats: { isDirectory(): boolean, isSymbolicLink(): boolean } }[]} */
  const roots = [];
  for (const root of matcher.searchRoots()) {
    try {
      roots.push({ root, lstats: await io.lstat(root) });
    } catch (e) {
      if (/** @type {any} */ (e)?.code === 'ENOENT') continue;
      throw ioError(e, root, workspace);
    }
  }
  for (const { root, lstats } of roots) {
    if (stopped()) return;
    const b = matcher.classify(root);
    if (b === 0) continue;
    if (!follow) {
      if (lstats.isDirectory()) await descend(root, 1, '');
      else if (b & YIELD_FILE) emit(root, lstats.isSymbolicLink());
      continue;
    }
    const stats = await statFollowing(io, root, workspace);
    if (!stats) continue;
    if (stats.isDirectory()) {
      const real = await realpathOf(io, root, workspace);
      if (enter(1, real)) await descend(root, 1, real);
    } else if (b & YIELD_FILE) {
      emit(root, false);
    }
  }
}

/**
 * `stat` as the globber does when following: a missing target omits the path.
 * @param {WalkIo} io @param {string} p @param {string} workspace
 */
async function statFollowing(io, p, workspace) {
  try {
    return await io.stat(p);
  } catch (e) {
    if (/** @type {any} */ (e)?.code === 'ENOENT') return undefined;
    throw ioError(e, p, workspace);
  }
}

/** @param {WalkIo} io @param {string} p @param {string} workspace */
async function realpathOf(io, p, workspace) {
  try {
    return await io.realpath(p);
  } catch (e) {
    throw ioError(e, p, workspace);
  }
}

/**
 * One yielded path: the runner's `statSync` (for links), then the content's SHA-256.
 * `null` means a directory (skipped).
 * @param {WalkIo} io
 * @param {{ path: string, link: boolean }} entry
 * @param {Uint8Array} buffer
 * @param {string} workspace
 * @returns {Promise<Uint8Array | null>}
 */
async function hashEntry(io, entry, buffer, workspace) {
  if (entry.link) {
    let stats;
    try {
      stats = await io.stat(entry.path);
    } catch (e) {
      throw ioError(e, entry.path, workspace);
    }
    if (stats.isDirectory()) return null;
  }
  try {
    return await io.sha256(entry.path, buffer);
  } catch (e) {
    throw ioError(e, entry.path, workspace);
  }
}

/**
 * The Node filesystem, with the callback API (lighter than `fs.promises` per call).
 * @returns {WalkIo}
 */
export function nodeIo() {
  /** @param {string} p @returns {Promise<number>} */
  const open = (p) => new Promise((resolve, reject) => fs.open(p, 'r', (e, fd) => (e ? reject(e) : resolve(fd))));
  /** @param {number} fd @param {Uint8Array} b @returns {Promise<number>} */
  const read = (fd, b) =>
    new Promise((resolve, reject) => fs.read(fd, b, 0, b.length, null, (e, n) => (e ? reject(e) : resolve(n))));
  /** @param {number} fd @returns {Promise<void>} */
  const close = (fd) => new Promise((resolve) => fs.close(fd, () => resolve()));
  return {
    pool: sharedPool,
    readdir: (dir) => fs.promises.readdir(dir, { withFileTypes: true }),
    lstat: (p) => fs.promises.lstat(p),
    stat: (p) => fs.promises.stat(p),
    realpath: (p) => fs.promises.realpath(p),
    async sha256(p, buffer) {
      const fd = await open(p);
      try {
        const hash = crypto.createHash('sha256');
        for (;;) {
          const n = await read(fd, buffer);
          if (n === 0) break;
          hash.update(n === buffer.length ? buffer : buffer.subarray(0, n));
        }
        return hash.digest();
      } finally {
        await close(fd);
      }
    },
  };
}

/**
 * The worker's code (CommonJS, run with `eval`, so bundles need no extra file): for each path
 * of a message, `statSync` when it is a link (a directory is skipped), then the SHA-256 of its
 * content read synchronously in `CHUNK` pieces. Answers the digests, a status per path
 * (0 hashed, 1 directory, 2 failed) and the errors.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const buffer = Buffer.allocUnsafe(${CHUNK});
parentPort.on('message', ({ id, paths, links }) => {
  const digests = new Uint8Array(paths.length * 32);
  const status = new Uint8Array(paths.length);
  const errors = [];
  for (let k = 0; k < paths.length; k++) {
    try {
      if (links[k] && fs.statSync(paths[k]).isDirectory()) { status[k] = 1; continue; }
      const fd = fs.openSync(paths[k], 'r');
      try {
        const hash = crypto.createHash('sha256');
        let n;
        while ((n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0) hash.update(n === buffer.length ? buffer : buffer.subarray(0, n));
        digests.set(hash.digest(), k * 32);
      } finally {
        fs.closeSync(fd);
      }
    } catch (e) {
      status[k] = 2;
      errors.push({ k, code: e && e.code, syscall: e && e.syscall, message: String(e && e.message) });
    }
  }
  parentPort.postMessage({ id, digests, status, errors }, [digests.buffer]);
});
`;

/** @type {HashBatch | undefined} */
let pool;

/**
 * The process-wide worker pool, started on first use and kept (idle workers do not keep the
 * process alive). One worker per CPU, at most 4.
 * @returns {HashBatch | undefined}
 */
function sharedPool() {
  if (pool) return pool;
  const size = Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
  /** @type {{ worker: Worker, pending: Map<number, { resolve: (v: any) => void, reject: (e: unknown) => void }> }[]} */
  const workers = [];
  let ids = 0;
  let turn = 0;
  const discard = () => {
    pool = undefined;
    for (const w of workers) w.worker.terminate().catch(() => {});
  };
  for (let n = 0; n < size; n++) {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.unref();
    const slot = { worker, pending: new Map() };
    worker.on('message', (/** @type {any} */ m) => {
      const p = slot.pending.get(m.id);
      slot.pending.delete(m.id);
      if (slot.pending.size === 0) worker.unref();
      p?.resolve(m);
    });
    worker.on('error', (e) => {
      for (const p of slot.pending.values()) p.reject(e);
      slot.pending.clear();
      discard();
    });
    workers.push(slot);
  }
  pool = {
    lanes: size * 2,
    hash(entries) {
      const slot = workers[turn++ % workers.length];
      const id = ids++;
      return new Promise((resolve, reject) => {
        if (slot.pending.size === 0) slot.worker.ref();
        slot.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, paths: entries.map((e) => e.path), links: entries.map((e) => e.link) });
      }).then((/** @type {any} */ m) => {
        /** @type {(Uint8Array | null | { error: unknown })[]} */
        const out = [];
        const errors = new Map(m.errors.map((/** @type {any} */ e) => [e.k, e]));
        for (let k = 0; k < entries.length; k++) {
          if (m.status[k] === 0) out.push(m.digests.subarray(k * 32, k * 32 + 32));
          else if (m.status[k] === 1) out.push(null);
          else {
            const e = /** @type {any} */ (errors.get(k));
            out.push({ error: Object.assign(new Error(e.message), { code: e.code, syscall: e.syscall }) });
          }
        }
        return out;
      });
    },
  };
  return pool;
}

/**
 * @param {string} code
 * @param {string} message
 * @param {{ path?: string, cause?: unknown }} [extra]
 */
function cachetError(code, message, extra = {}) {
  const error = /** @type {Error & { code: string, path?: string }} */ (new Error(message, extra.cause ? { cause: extra.cause } : undefined));
  error.name = 'CachetError';
  error.code = code;
  if (extra.path !== undefined) error.path = extra.path;
  return error;
}

/** @param {unknown} e */
function errorText(e) {
  const err = /** @type {any} */ (e);
  return err?.code ? `${err.code}: ${String(err.message).replace(/^[A-Z]+: /, '')}` : String(err?.message ?? err);
}

/**
 * A filesystem failure as the runner meets it: a link whose target is missing or loops is
 * `broken_symlink`, anything else `unreadable`.
 * @param {unknown} e @param {string} p @param {string} workspace
 */
function ioError(e, p, workspace) {
  const code = /** @type {any} */ (e)?.code;
  const shown = p.startsWith(workspace + '/') ? p.slice(workspace.length + 1) : p;
  if (code === 'ENOENT' || code === 'ELOOP' || code === 'ENOTDIR') {
    let link = false;
    try {
      link = fs.lstatSync(p).isSymbolicLink();
    } catch {
      // gone: not a link we can name
    }
    if (link) {
      const what = code === 'ELOOP' ? 'a symbolic link loop' : 'a broken symbolic link (its target does not exist)';
      return cachetError(
        'broken_symlink',
        `'${shown}' is ${what}; the runner's hashFiles() fails on it too: fix or remove the link, or exclude it with a '!' pattern`,
        { path: p, cause: e },
      );
    }
  }
  return cachetError('unreadable', `cannot read '${shown}' (${errorText(e)})`, { path: p, cause: e });
}
