// @ts-check
/**
 * Safe, all-or-nothing extraction of a cache archive (zstd or gzip compressed pax tar, as
 * actions/cache makes them).
 *
 * Every entry is checked before anything is written: its path, resolved against the workspace,
 * must lie inside one of the roots the caller declared (the non-glob prefixes of the `path:`
 * patterns); a symbolic link must point inside them; a hard link must name an entry of the same
 * archive; no entry may be written through a link the archive itself created. Entries are first
 * written to a private staging folder; only when the whole archive has been read, decompressed
 * and checked are they moved into place. A truncated or corrupt archive, or a refused entry,
 * leaves the target paths untouched. It never writes outside the declared roots, except for
 * creating missing parent folders of a root.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { readTar, TarError } from './tar-reader.js';
import { createFileWriter } from './write-worker.js';

export class ExtractError extends Error {
  /** @param {string} message @param {string} code */
  constructor(message, code) {
    super(message);
    this.name = 'ExtractError';
    this.code = code;
  }
}

/**
 * @param {string} child
 * @param {string} parent
 */
function isInside(child, parent) {
  if (child === parent) return true;
  const rel = path.relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

const SMALL_FILE = 256 * 1024;
const WRITE_CONCURRENCY = 16;

/**
 * Runs async tasks with at most `limit` at once. `submit` resolves when the task has started
 * (so a producer slows to the pool's pace); the first failure is kept and rethrown by `drain`.
 * @param {number} limit
 */
function createPool(limit) {
  let active = 0;
  /** @type {(() => void)[]} */
  let waiters = [];
  /** @type {any} */
  let failure = null;
  /** @type {Set<Promise<void>>} */
  const running = new Set();
  return {
    /** @param {() => Promise<void>} task */
    async submit(task) {
      while (active >= limit) await new Promise((resolve) => waiters.push(() => resolve(undefined)));
      if (failure) throw failure;
      active++;
      const p = task()
        .catch((e) => {
          failure ??= e;
        })
        .finally(() => {
          active--;
          running.delete(p);
          const w = waiters.shift();
          w?.();
        });
      running.add(p);
    },
    async drain() {
      while (running.size) await Promise.all([...running]);
      if (failure) throw failure;
    },
  };
}

/**
 * Stages entries under a temporary folder that mirrors each declared root, and moves them into
 * place on `commit()`: a root that does not exist yet is moved with one rename; an existing one
 * is merged entry by entry (files replaced, folders kept).
 * @param {{ workspace: string, roots: string[], tempDir?: string }} options
 */
export async function createStagedWriter({ workspace, roots, tempDir }) {
  // Outermost roots only: a root inside another is covered by it.
  const resolved = [...new Set(roots.map((r) => path.resolve(workspace, r)))];
  const absRoots = resolved.filter((r) => !resolved.some((o) => o !== r && isInside(r, o)));
  const staging = await fsp.mkdtemp(path.join(tempDir ?? os.tmpdir(), 'cachet-restore-'));
  /**
   * @typedef {{ type: 'directory' | 'file' | 'symlink' | 'hardlink', target: string, staged: string, root: number, source?: string, mode: number, mtime: number, linkname?: string }} PlanItem
   * @type {PlanItem[]}
   */
  const plan = [];
  /** @type {Set<string>} absolute targets of symbolic links created by this archive */
  const links = new Set();
  /** @type {Map<string, string>} absolute target → staged path of the files of this archive */
  const files = new Map();
  /** @type {Set<string>} staged folders known to exist */
  const madeDirs = new Set([staging]);
  const writer = createFileWriter();

  /** @param {string} name */
  function resolveEntry(name) {
    if (name.includes('\0')) throw new ExtractError(`archive entry '${name}' has a NUL in its name: refused`, 'unsafe_entry');
    const target = path.resolve(workspace, name);
    const root = absRoots.findIndex((r) => isInside(target, r));
    return { target, root };
  }

  /** @param {string} target @param {number} root */
  function stagedPath(target, root) {
    const rel = path.relative(absRoots[root], target);
    return rel === '' ? path.join(staging, `r${root}`) : path.join(staging, `r${root}`, rel);
  }

  /** Queues the creation of a staged folder (and its parents) once. @param {string} dir */
  async function ensureDir(dir) {
    if (madeDirs.has(dir)) return;
    for (let d = dir; !madeDirs.has(d); d = path.dirname(d)) madeDirs.add(d);
    await writer.mkdir(dir);
  }

  /** @param {string} target @param {string} name */
  function checkNoLinkParent(target, name) {
    for (let dir = path.dirname(target); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      if (links.has(dir)) {
        throw new ExtractError(`archive entry '${name}' would be written through the link '${dir}' created by the same archive: refused`, 'unsafe_entry');
      }
    }
  }

  /** @param {import('./tar-reader.js').TarEntry} entry */
  async function onEntry(entry) {
    const { target, root } = resolveEntry(entry.name);
    if (root === -1) {
      // A folder that is a parent of a declared root carries no data: skip it.
      if (entry.type === 'directory' && absRoots.some((r) => isInside(r, target))) return null;
      throw new ExtractError(
        `archive entry '${entry.name}' would be written to '${target}', outside the declared paths (${absRoots.join(', ')}): refused, nothing was restored. Check that the paths match the ones used to save.`,
        'entry_outside_paths',
      );
    }
    checkNoLinkParent(target, entry.name);
    const staged = stagedPath(target, root);
    const base = { target, staged, root, mode: entry.mode, mtime: entry.mtime };
    switch (entry.type) {
      case 'directory':
        await ensureDir(staged);
        plan.push({ type: 'directory', ...base });
        return null;
      case 'symlink': {
        const pointsTo = path.resolve(path.dirname(target), entry.linkname);
        if (!absRoots.some((r) => isInside(pointsTo, r))) {
          throw new ExtractError(
            `archive entry '${entry.name}' is a link to '${entry.linkname}', which points outside the declared paths: refused, nothing was restored`,
            'link_outside_paths',
          );
        }
        links.add(target);
        plan.push({ type: 'symlink', ...base, linkname: entry.linkname });
        return null;
      }
      case 'hardlink': {
        const { target: source, root: sourceRoot } = resolveEntry(entry.linkname);
        if (sourceRoot === -1 || !files.has(source)) {
          throw new ExtractError(
            `archive entry '${entry.name}' is a hard link to '${entry.linkname}', which is not a file of this archive inside the declared paths: refused`,
            'link_outside_paths',
          );
        }
        plan.push({ type: 'hardlink', ...base, source: /** @type {string} */ (files.get(source)) });
        return null;
      }
      case 'file': {
        await ensureDir(path.dirname(staged));
        files.set(target, staged);
        plan.push({ type: 'file', ...base });
        return fileWriter(staged, entry);
      }
      default:
        throw new ExtractError(
          `archive entry '${entry.name}' is a special file (tar type '${entry.typeflag}'), which cachet does not restore: refused`,
          'unsupported_entry',
        );
    }
  }

  /**
   * The body consumer of a file entry: small files are written in one operation, large ones
   * in pieces, all on the writer's thread.
   * @param {string} staged
   * @param {import('./tar-reader.js').TarEntry} entry
   */
  function fileWriter(staged, entry) {
    if (entry.size <= SMALL_FILE) {
      /** @type {Buffer[]} */
      const parts = [];
      return {
        /** @param {Buffer} chunk */
        write(chunk) {
          parts.push(chunk);
        },
        end() {
          return writer.writeFile(staged, parts.length === 1 ? parts[0] : Buffer.concat(parts), entry.mode, entry.mtime);
        },
      };
    }
    const file = writer.open(staged);
    return {
      /** @param {Buffer} chunk */
      async write(chunk) {
        await (await file).append(chunk);
      },
      async end() {
        await (await file).close(entry.mode, entry.mtime);
      },
    };
  }

  /** The archive is read in full: put everything in place. */
  async function commit() {
    await writer.flush();
    await writer.close();
    // Links last, so nothing was ever written through them.
    for (const item of plan) {
      if (item.type === 'symlink') {
        await ensureDir(path.dirname(item.staged));
        await fsp.rm(item.staged, { force: true, recursive: true });
        await fsp.symlink(/** @type {string} */ (item.linkname), item.staged);
        await fsp.lutimes(item.staged, item.mtime, item.mtime).catch(() => {});
      } else if (item.type === 'hardlink') {
        await ensureDir(path.dirname(item.staged));
        await fsp.rm(item.staged, { force: true });
        await fsp.link(/** @type {string} */ (item.source), item.staged);
      }
    }
    const merged = new Set();
    for (let i = 0; i < absRoots.length; i++) {
      const stagedRoot = path.join(staging, `r${i}`);
      if (!(await fsp.lstat(stagedRoot).catch(() => null))) continue;
      const existing = await fsp.lstat(absRoots[i]).catch(() => null);
      if (!existing) {
        await fsp.mkdir(path.dirname(absRoots[i]), { recursive: true });
        try {
          await fsp.rename(stagedRoot, absRoots[i]);
          continue;
        } catch (e) {
          if (/** @type {any} */ (e).code !== 'EXDEV') throw e;
        }
      }
      merged.add(i);
    }
    if (merged.size) await mergeInto(plan.filter((item) => merged.has(item.root)));
    // Folder modes and times last, once nothing more is written into them.
    const dirPool = createPool(WRITE_CONCURRENCY);
    for (const dir of plan) {
      if (dir.type !== 'directory') continue;
      await dirPool.submit(async () => {
        await fsp.chmod(dir.target, dir.mode).catch(() => {});
        await fsp.utimes(dir.target, dir.mtime, dir.mtime).catch(() => {});
      });
    }
    await dirPool.drain();
    await fsp.rm(staging, { recursive: true, force: true });
  }

  /**
   * Moves staged entries onto an existing tree: files and links replace what is there, folders
   * are created or kept. A folder standing where a file goes is an error (nothing is deleted).
   * @param {PlanItem[]} items
   */
  async function mergeInto(items) {
    for (const item of items) if (item.type === 'directory') await fsp.mkdir(item.target, { recursive: true });
    const movePool = createPool(WRITE_CONCURRENCY);
    for (const item of items) {
      if (item.type === 'directory') continue;
      await movePool.submit(async () => {
        await fsp.mkdir(path.dirname(item.target), { recursive: true });
        const st = await fsp.lstat(item.target).catch(() => null);
        if (st?.isDirectory()) throw new ExtractError(`cannot restore '${item.target}': a folder is in the way`, 'target_conflict');
        try {
          await fsp.rename(item.staged, item.target);
        } catch (e) {
          if (/** @type {any} */ (e).code !== 'EXDEV') throw e;
          if (item.type === 'symlink') {
            await fsp.rm(item.target, { force: true });
            await fsp.symlink(/** @type {string} */ (item.linkname), item.target);
          } else {
            await fsp.copyFile(item.staged, item.target);
            await fsp.chmod(item.target, item.mode);
            await fsp.utimes(item.target, item.mtime, item.mtime);
          }
        }
      });
    }
    await movePool.drain();
  }

  async function abort() {
    await writer.close().catch(() => {});
    await fsp.rm(staging, { recursive: true, force: true });
  }

  return { onEntry, commit, abort };
}

/**
 * A decompressor process or stream for an archive's compression method.
 * @param {string} compression `zstd-without-long`, `zstd` or `gzip`
 * @returns {{ input: import('node:stream').Writable, output: AsyncIterable<Buffer>, done: Promise<void>, kill(): void }}
 */
export function startDecompressor(compression) {
  if (compression === 'gzip') {
    const gunzip = zlib.createGunzip();
    const done = new Promise((resolve, reject) => {
      gunzip.on('end', resolve);
      gunzip.on('error', (e) => reject(new ExtractError(`gzip: ${e.message}: the archive is corrupt or truncated`, 'corrupt_archive')));
    });
    return { input: gunzip, output: gunzip, done: /** @type {Promise<void>} */ (done), kill: () => gunzip.destroy() };
  }
  const args = ['-d', '-c', '-q', '--no-progress'];
  if (compression === 'zstd') args.push('--long=30');
  const child = spawn('zstd', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => {
    if (stderr.length < 4096) stderr += d;
  });
  child.stdin.on('error', () => {});
  const done = new Promise((resolve, reject) => {
    child.on('error', (e) =>
      reject(new ExtractError(`cannot run zstd (${e.message}): install zstd, or restore an entry saved with gzip`, 'zstd_missing')),
    );
    child.on('close', (code, signal) => {
      if (code === 0) resolve(undefined);
      else reject(new ExtractError(`zstd failed (${signal ?? `exit ${code}`}): ${stderr.trim() || 'the archive is corrupt or truncated'}`, 'corrupt_archive'));
    });
  });
  return { input: child.stdin, output: child.stdout, done: /** @type {Promise<void>} */ (done), kill: () => child.kill('SIGKILL') };
}

/**
 * An extraction in progress: write compressed archive bytes in order, then `finish()`.
 * `finish()` resolves once every entry is in place, or rejects (and restores nothing).
 *
 * @param {{ workspace: string, roots: string[], compression: string, tempDir?: string }} options
 */
export async function startExtraction({ workspace, roots, compression, tempDir }) {
  const writer = await createStagedWriter({ workspace, roots, tempDir });
  const decompressor = startDecompressor(compression);
  let failed = /** @type {any} */ (null);
  const reading = readTar(decompressor.output, writer.onEntry).catch((e) => {
    failed ??= e;
    decompressor.kill();
    throw e;
  });
  reading.catch(() => {});
  decompressor.done.catch(() => {});
  let bytesIn = 0;
  return {
    /**
     * Feeds compressed bytes; resolves when the decompressor can take more.
     * @param {Uint8Array} chunk
     */
    async write(chunk) {
      if (failed) throw failed;
      bytesIn += chunk.length;
      if (!decompressor.input.write(chunk)) {
        await new Promise((resolve) => {
          const onDrain = () => { cleanup(); resolve(undefined); };
          const onEnd = () => { cleanup(); resolve(undefined); };
          const cleanup = () => { decompressor.input.off('drain', onDrain); decompressor.input.off('close', onEnd); };
          decompressor.input.on('drain', onDrain);
          decompressor.input.on('close', onEnd);
          reading.catch(onEnd);
        });
      }
      if (failed) throw failed;
    },
    /** All bytes written: wait for the archive to be read, then move entries into place. */
    async finish() {
      decompressor.input.end();
      try {
        const [summary] = await Promise.all([reading, decompressor.done]);
        await writer.commit();
        return { entries: summary.entries, tarBytes: summary.bytes, archiveBytes: bytesIn };
      } catch (e) {
        await writer.abort();
        throw wrap(failed ?? e);
      }
    },
    /** Gives up: stops the decompressor and removes what was staged. */
    async abort() {
      failed ??= new ExtractError('extraction aborted', 'aborted');
      decompressor.kill();
      await reading.catch(() => {});
      await writer.abort();
    },
  };
}

/** @param {any} e */
function wrap(e) {
  if (e instanceof TarError || e instanceof ExtractError) return e;
  return new ExtractError(`extraction failed: ${e?.message ?? e}`, e?.code ?? 'extract_failed');
}

/**
 * Extracts a whole archive from a file (the local store's path).
 * @param {string} file
 * @param {{ workspace: string, roots: string[], compression: string, tempDir?: string }} options
 */
export async function extractFile(file, options) {
  const extraction = await startExtraction(options);
  try {
    for await (const chunk of fs.createReadStream(file, { highWaterMark: 1024 * 1024 })) {
      await extraction.write(/** @type {Buffer} */ (chunk));
    }
  } catch (e) {
    await extraction.abort();
    throw e;
  }
  return extraction.finish();
}
