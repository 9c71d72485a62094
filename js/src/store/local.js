// @ts-check
/**
 * The local store: cache entries in a directory (default `~/.cache/cachet`), with the cache
 * service's semantics: an entry is (key, version), immutable once written; lookups match the
 * exact key, then key prefixes, then each restore key (exact, then prefix), newest first, same
 * version only. The matching rule itself lives in the Rust core (`matchEntry`), shared with
 * everything else that matches keys.
 *
 * Layout: `<store>/v1/<version>/<sha256(key)>.json` (the entry's metadata, created last and
 * atomically: its existence is the commit) and the archive beside it. Archives are written
 * to `<store>/v1/tmp/` first, so a crash leaves no half entry. It never reads outside `<store>`.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import * as wasm from '../wasm.js';

/** The default store folder: `$XDG_CACHE_HOME/cachet`, else `~/.cache/cachet`. */
export function defaultStoreDir(env = process.env) {
  const base = env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'cachet');
}

/**
 * @typedef {object} LocalEntry
 * @property {string} key
 * @property {string} version
 * @property {number} createdAt milliseconds since the epoch (fractional)
 * @property {number} size archive bytes
 * @property {string} compression
 * @property {string} archive file name beside the metadata
 */

/** @param {string} compression */
function extension(compression) {
  return compression === 'gzip' ? 'tgz' : 'tzst';
}

export class LocalStore {
  /** @param {string} dir */
  constructor(dir) {
    this.dir = path.resolve(dir);
    this.root = path.join(this.dir, 'v1');
  }

  /** @param {string} version @param {string} key */
  metaPath(version, key) {
    return path.join(this.root, version, createHash('sha256').update(key).digest('hex') + '.json');
  }

  /**
   * Entries of one version.
   * @param {string} version
   * @returns {Promise<LocalEntry[]>}
   */
  async list(version) {
    if (!/^[0-9a-f]{64}$/.test(version)) throw new Error(`bad version '${version}'`);
    const dir = path.join(this.root, version);
    const names = await fsp.readdir(dir).catch((e) => {
      if (e.code === 'ENOENT') return [];
      throw e;
    });
    const entries = [];
    for (const name of names) {
      if (!name.endsWith('.json')) continue;
      try {
        entries.push(JSON.parse(await fsp.readFile(path.join(dir, name), 'utf8')));
      } catch {
        // A damaged metadata file is not an entry.
      }
    }
    return entries;
  }

  /**
   * Finds the entry a restore would use.
   * @param {string} key
   * @param {string[]} restoreKeys
   * @param {string} version
   * @returns {Promise<{ entry: LocalEntry, file: string } | null>}
   */
  async lookup(key, restoreKeys, version) {
    const entries = await this.list(version);
    const found = wasm.matchEntry(
      entries.map((e) => ({ key: e.key, version: e.version, createdAt: Math.floor(e.createdAt * 1000) })),
      key,
      restoreKeys,
      version,
    );
    if (!found) return null;
    const entry = /** @type {LocalEntry} */ (entries.find((e) => e.key === found.key));
    return { entry, file: path.join(this.root, version, entry.archive) };
  }

  /** @param {string} key @param {string} version */
  async exists(key, version) {
    return fs.existsSync(this.metaPath(version, key));
  }

  /**
   * Writes an entry from a stream of archive bytes. Resolves to `saved` or `alreadyExists`
   * (another writer committed the same key and version first; entries are immutable).
   *
   * @param {{ key: string, version: string, compression: string, source: AsyncIterable<Buffer>, sourceDone: Promise<void>, onBytes?: (n: number) => void }} options
   * @returns {Promise<{ outcome: 'saved' | 'alreadyExists', size: number }>}
   */
  async write({ key, version, compression, source, sourceDone, onBytes }) {
    const tmpDir = path.join(this.root, 'tmp');
    const versionDir = path.join(this.root, version);
    await fsp.mkdir(tmpDir, { recursive: true });
    await fsp.mkdir(versionDir, { recursive: true });
    const id = randomBytes(8).toString('hex');
    const tmp = path.join(tmpDir, `${id}.partial`);
    let size = 0;
    try {
      await pipeline(
        source,
        async function* count(chunks) {
          for await (const chunk of chunks) {
            size += chunk.length;
            onBytes?.(size);
            yield chunk;
          }
        },
        fs.createWriteStream(tmp),
      );
      await sourceDone;
      const archive = `${createHash('sha256').update(key).digest('hex')}-${id}.${extension(compression)}`;
      await fsp.rename(tmp, path.join(versionDir, archive));
      /** @type {LocalEntry} */
      const entry = { key, version, createdAt: performance.timeOrigin + performance.now(), size, compression, archive };
      try {
        await fsp.writeFile(this.metaPath(version, key), JSON.stringify(entry, null, 2) + '\n', { flag: 'wx' });
      } catch (e) {
        await fsp.rm(path.join(versionDir, archive), { force: true });
        if (/** @type {any} */ (e).code === 'EEXIST') return { outcome: 'alreadyExists', size };
        throw e;
      }
      return { outcome: 'saved', size };
    } catch (e) {
      await fsp.rm(tmp, { force: true });
      throw e;
    }
  }
}
