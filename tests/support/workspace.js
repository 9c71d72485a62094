// @ts-check
/**
 * Workspace helpers for tests that drive the real `@actions/cache` (or cachet) against the test
 * service: temp dirs, file trees, and running a call "as a job step" with captured output.
 *
 * API
 *   makeTempRoot(prefix?) → { dir, path(...parts), fresh(name) → new empty dir under it, remove() }
 *       a temp dir (mkdtemp under os.tmpdir()); remove() deletes it (idempotent)
 *   writeTree(dir, files)   files: { 'rel/path': string | Buffer } → writes them (mkdir -p)
 *   hashTree(dir)           → { 'rel/path': sha256-hex } of every regular file below dir (sorted keys)
 *   writeRandomFile(file, bytes) → Promise<string> sha256 of what was written; streams
 *       incompressible random data in 1 MiB pieces (bounded memory)
 *   sha256File(file)        → Promise<string>
 *   runStep({ env, workspace, runnerTemp, captureFrom? }, fn) → Promise<{ result, error, output, lines }>
 *       sets process.env (env + GITHUB_WORKSPACE + RUNNER_TEMP), chdirs into workspace, captures
 *       what @actions/core / @actions/exec write to process.stdout (info, warning, ::debug::,
 *       [command] lines), runs fn, then restores cwd, env and stdout. `error` is what fn threw
 *       (result undefined). Only writes whose call stack matches `captureFrom` (default: a frame
 *       under node_modules/@actions/) are captured; every other write (e.g. the node:test
 *       reporter, which flushes asynchronously) passes through untouched. Not re-entrant: one step
 *       at a time per process.
 *
 * What it never does: write outside the dirs it is given or created; leave stdout patched.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { applyEnv } from './index.js';

/** @param {string} [prefix] */
export function makeTempRoot(prefix = 'cachet-test-') {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  let n = 0;
  return {
    dir,
    /** @param {string[]} parts */
    path: (...parts) => path.join(dir, ...parts),
    /** @param {string} [name] */
    fresh(name = 'dir') {
      const d = path.join(dir, `${name}-${++n}`);
      mkdirSync(d, { recursive: true });
      return d;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * @param {string} dir
 * @param {Record<string, string | Buffer>} files
 */
export function writeTree(dir, files) {
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/**
 * @param {string} dir
 * @returns {Record<string, string>}
 */
export function hashTree(dir) {
  /** @type {Record<string, string>} */
  const out = {};
  /** @param {string} d @param {string} rel */
  const walk = (d, rel) => {
    for (const ent of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${ent.name}` : ent.name;
      if (ent.isDirectory()) walk(path.join(d, ent.name), r);
      else if (ent.isFile()) out[r] = createHash('sha256').update(readFileSync(path.join(d, ent.name))).digest('hex');
    }
  };
  walk(dir, '');
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * @param {string} file
 * @param {number} bytes
 * @returns {Promise<string>}
 */
export async function writeRandomFile(file, bytes) {
  mkdirSync(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  const hash = createHash('sha256');
  let left = bytes;
  while (left > 0) {
    const piece = randomBytes(Math.min(left, 1024 * 1024));
    hash.update(piece);
    left -= piece.length;
    if (!out.write(piece)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return hash.digest('hex');
}

/** @param {string} file @returns {Promise<string>} */
export async function sha256File(file) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(/** @type {Buffer} */ (chunk));
  return hash.digest('hex');
}

/**
 * Run fn like a job step: env, cwd = workspace, stdout captured.
 * @template T
 * @param {{ env: Record<string, string | undefined>, workspace: string, runnerTemp: string, captureFrom?: RegExp }} step
 * @param {() => Promise<T>} fn
 * @returns {Promise<{ result: T | undefined, error: unknown, output: string, lines: string[] }>}
 */
export async function runStep({ env, workspace, runnerTemp, captureFrom = /[\\/]node_modules[\\/]@actions[\\/]/ }, fn) {
  const restoreEnv = applyEnv({ ...env, GITHUB_WORKSPACE: workspace, RUNNER_TEMP: runnerTemp });
  const cwd = process.cwd();
  const write = process.stdout.write;
  let output = '';
  process.stdout.write = /** @type {any} */ (
    function (/** @type {string | Uint8Array} */ chunk, /** @type {any[]} */ ...rest) {
      if (!captureFrom.test(String(new Error().stack))) {
        return write.call(process.stdout, chunk, ...rest);
      }
      output += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const cb = rest.find((a) => typeof a === 'function');
      if (cb) cb();
      return true;
    }
  );
  /** @type {T | undefined} */
  let result;
  /** @type {unknown} */
  let error;
  try {
    process.chdir(workspace);
    result = await fn();
  } catch (err) {
    error = err;
  } finally {
    process.stdout.write = write;
    process.chdir(cwd);
    restoreEnv();
  }
  return { result, error, output, lines: output.split(/\r?\n/).filter(Boolean) };
}
