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
import { HashFilesMatcher } from './wasm.js';

/** Files hashed at once (reads overlap; hashing itself runs on this thread). */
const CONCURRENCY = 16;
/** Read size; smaller files take one read. */
const CHUNK = 256 * 1024;

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
 */

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
    throw cachetError('unsupported_platform', 'hashFiles: Windows is not supported yet (the runner matches case-insensitively there)');
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
    throw cachetError('workspace_missing', `hashFiles: the workspace '${workspace}' cannot be opened (${errorText(e)})`, { path: workspace, cause: e });
  }
}

/**
 * Walks and hashes: the walk runs ahead and queues the files to hash, `CONCURRENCY` workers
 * hash them, results keep the walk's order. The first failure in walk order wins, as in the
 * runner, which stops at the first error it meets.
 *
 * @param {HashFilesMatcher} matcher
 * @param {WalkIo} io
 * @param {string} workspace
 * @param {boolean} follow
 * @returns {Promise<{ path: string, digest: Uint8Array }[]>}
 */
async function collect(matcher, io, workspace, follow) {
  /** @type {{ path: string, link: boolean }[]} */
  const queue = [];
  /** @type {(Uint8Array | null | Error)[]} */
  const results = [];
  let next = 0;
  let walking = true;
  let firstFailure = Infinity;
  /** @type {(() => void)[]} */
  let sleepers = [];
  const wake = () => {
    const s = sleepers;
    sleepers = [];
    for (const resolve of s) resolve();
  };
  const prefix = workspace + '/';

  /** @param {string} p @param {boolean} link */
  const emit = (p, link) => {
    // The runner ignores matches outside the workspace, before looking at them.
    if (!p.startsWith(prefix)) return;
    queue.push({ path: p, link });
    if (sleepers.length) wake();
  };

  const worker = async () => {
    const buffer = new Uint8Array(CHUNK);
    for (;;) {
      if (next < queue.length) {
        const i = next++;
        if (i > firstFailure) continue;
        try {
          results[i] = await hashEntry(io, queue[i], buffer, workspace);
        } catch (e) {
          results[i] = /** @type {Error} */ (e);
          firstFailure = Math.min(firstFailure, i);
        }
      } else if (!walking) {
        return;
      } else {
        await new Promise((resolve) => sleepers.push(() => resolve(undefined)));
      }
    }
  };

  const workers = Array.from({ length: CONCURRENCY }, worker);
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
  await Promise.all(workers);

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
   */
  const descend = async (dir, level, realDir) => {
    if (stopped()) return;
    /** @type {Entry[]} */
    let entries;
    try {
      entries = await io.readdir(dir);
    } catch (e) {
      throw ioError(e, dir, workspace);
    }
    if (entries.length === 0) return;
    // Children are `path.join(dir, name)`: normalize once (only a search root can need it).
    const base = path.posix.normalize(dir);
    const bits = matcher.classifyChildren(base, entries.map((e) => e.name).join('/'));
    const sep = base === '/' ? '' : '/';
    for (let i = 0; i < entries.length; i++) {
      const b = bits[i];
      if (b === 0) continue;
      const entry = entries[i];
      const child = base + sep + entry.name;
      if (!follow) {
        // lstat semantics: the entry's own type.
        if (entry.isDirectory()) await descend(child, level + 1, '');
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
        const real = (realDir === '/' ? '' : realDir) + '/' + entry.name;
        if (enter(level + 1, real)) await descend(child, level + 1, real);
      } else if (b & YIELD_FILE) {
        emit(child, false);
      }
    }
  };

  for (const root of matcher.searchRoots()) {
    if (stopped()) return;
    /** @type {{ isDirectory(): boolean, isSymbolicLink(): boolean }} */
    let lstats;
    try {
      lstats = await io.lstat(root);
    } catch (e) {
      if (/** @type {any} */ (e)?.code === 'ENOENT') continue;
      throw ioError(e, root, workspace);
    }
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
        `hashFiles: '${shown}' is ${what}; the runner's hashFiles() fails on it too: fix or remove the link, or exclude it with a '!' pattern`,
        { path: p, cause: e },
      );
    }
  }
  return cachetError('unreadable', `hashFiles: cannot read '${shown}' (${errorText(e)})`, { path: p, cause: e });
}
