// @ts-check
/**
 * `saveCache` and `restoreCache`: the library API behind the CLI and the action.
 *
 * Both resolve to typed results (never a bare `-1`): a service problem is an outcome with a
 * stable `code`, not an exception, because caching is best-effort. They throw only for invalid
 * input (keys, paths, options), with an `Error` whose `code` says which.
 *
 * The backend is the GitHub Actions cache service v2 when `ACTIONS_RESULTS_URL` and
 * `ACTIONS_RUNTIME_TOKEN` are set (or `options.service` is given), else the local store. With
 * the service, the protocol is run by the Rust core's machines through driver.js; this module
 * wires the archive pipeline to them and never decides a retry or a wait itself.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import * as wasm from './wasm.js';
import { explainCacheVersion, checkKeys } from './key.js';
import { chooseCompression, cutBlocks, startArchive } from './archive/create.js';
import { extractFile, startExtraction } from './archive/extract.js';
import { ArchiveAssembler } from './archive/assembler.js';
import { declaredRoots, resolveSavePaths } from './paths.js';
import { globPaths } from './glob.js';
import { LocalStore, defaultStoreDir } from './store/local.js';
import { Mailbox, runMachine } from './driver.js';
import { createNodeHttpIo } from './io/http-node.js';
import { createProgressTracker } from './progress.js';

const PACKAGE_VERSION = '0.1.0';

/**
 * @typedef {object} CommonOptions
 * @property {string} [workspace] archive paths are relative to it (default `$GITHUB_WORKSPACE`, else the current folder)
 * @property {NodeJS.ProcessEnv} [env] where `ACTIONS_*` are read (default `process.env`)
 * @property {{ resultsUrl: string, runtimeToken: string, cacheMode?: string }} [service] use the cache service with these settings
 * @property {string} [store] use the local store in this folder (default `~/.cache/cachet` when no service is configured)
 * @property {string} [compression] `zstd-without-long` (default with zstd), `zstd` (long mode: a separate version), `gzip`
 * @property {boolean} [enableCrossOsArchive]
 * @property {string} [platform] default `process.platform`
 * @property {number} [blockSize] bytes per uploaded block and per download range (default 32 MiB)
 * @property {number} [concurrency] transfers in flight (default 4)
 * @property {number} [idleTimeoutMs] abort and resume a transfer with no progress for this long (default 30 s)
 * @property {number} [maxAttempts] attempts per request on 5xx and network errors (default 5)
 * @property {number} [backoffBaseMs] first retry back-off, growing 1.5x per attempt with jitter (default 3000)
 * @property {number} [rateLimitBudgetMs] longest total wait on `Retry-After` (default 60 s)
 * @property {(p: import('./progress.js').Progress) => void} [onProgress] called every `progressIntervalMs` during transfers
 * @property {number} [progressIntervalMs] default 5000
 * @property {string} [tempDir] for staging restores and tar manifests (default `$RUNNER_TEMP`, else the OS temp folder)
 */

/**
 * @typedef {CommonOptions & { compressionLevel?: number }} SaveOptions
 * @typedef {CommonOptions & { lookupOnly?: boolean }} RestoreOptions
 *
 * @typedef {object} SaveResult
 * @property {'saved' | 'alreadyExists' | 'writeDenied' | 'rateLimited' | 'skipped' | 'failed'} outcome
 * @property {string} key
 * @property {string} version
 * @property {string[]} versionComponents
 * @property {'service' | 'local'} backend
 * @property {number} [size] archive bytes
 * @property {number} [entryId]
 * @property {string} [code] stable code for `failed` (and the reason for `skipped`)
 * @property {string} [message]
 * @property {number} [retryAfterMs]
 * @property {number} elapsedMs
 *
 * @typedef {object} RestoreResult
 * @property {'hit' | 'miss' | 'rateLimited' | 'skipped' | 'failed'} outcome
 * @property {string} key
 * @property {string[]} restoreKeys
 * @property {string} version
 * @property {string[]} versionComponents
 * @property {'service' | 'local'} backend
 * @property {string} [matchedKey]
 * @property {boolean} [exact] `matchedKey === key`
 * @property {boolean} [downloaded] false with `lookupOnly`
 * @property {number} [size] archive bytes
 * @property {string} [code]
 * @property {string} [message]
 * @property {number} [retryAfterMs]
 * @property {number} elapsedMs
 */

export class CacheInputError extends Error {
  /** @param {string} message @param {string} code */
  constructor(message, code) {
    super(message);
    this.name = 'CacheInputError';
    this.code = code;
  }
}

/**
 * @param {CommonOptions} options
 */
function common(options) {
  const env = options.env ?? process.env;
  const workspace = path.resolve(options.workspace ?? env.GITHUB_WORKSPACE ?? process.cwd());
  const tempDir = options.tempDir ?? env.RUNNER_TEMP ?? os.tmpdir();
  let service = options.service;
  if (!service && !options.store && env.ACTIONS_RESULTS_URL && env.ACTIONS_RUNTIME_TOKEN) {
    service = { resultsUrl: env.ACTIONS_RESULTS_URL, runtimeToken: env.ACTIONS_RUNTIME_TOKEN, cacheMode: env.ACTIONS_CACHE_MODE };
  }
  /** @type {Record<string, number>} */
  const policy = {
    ...(options.blockSize !== undefined && { blockSize: positive(options.blockSize, 'blockSize') }),
    ...(options.concurrency !== undefined && { concurrency: positive(options.concurrency, 'concurrency') }),
    ...(options.idleTimeoutMs !== undefined && { idleTimeoutMs: positive(options.idleTimeoutMs, 'idleTimeoutMs') }),
    ...(options.maxAttempts !== undefined && { maxAttempts: positive(options.maxAttempts, 'maxAttempts') }),
    ...(options.backoffBaseMs !== undefined && { baseBackoffMs: positive(options.backoffBaseMs, 'backoffBaseMs') }),
    ...(options.rateLimitBudgetMs !== undefined && { rateLimitBudgetMs: Math.max(0, options.rateLimitBudgetMs) }),
  };
  if (policy.blockSize !== undefined) policy.singlePutMax = policy.blockSize;
  return { env, workspace, tempDir, service, policy };
}

/**
 * What saves and restores share: checked inputs, the backend, the compression, the version.
 * @param {string[]} paths
 * @param {string} key
 * @param {string[]} restoreKeys
 * @param {CommonOptions} options
 */
function prepare(paths, key, restoreKeys, options) {
  checkPathList(paths);
  checkKeys(key, restoreKeys);
  const settings = common(options);
  const compression = chooseCompression(options.compression);
  const explained = explainCacheVersion({
    paths,
    compressionMethod: compression,
    enableCrossOsArchive: options.enableCrossOsArchive,
    platform: options.platform,
  });
  return { ...settings, compression, explained, backend: settings.service ? /** @type {const} */ ('service') : /** @type {const} */ ('local') };
}

/** @param {number} value @param {string} name */
function positive(value, name) {
  if (!Number.isFinite(value) || value <= 0 || !Number.isInteger(value)) {
    throw new CacheInputError(`${name} must be a positive whole number (got ${value})`, 'bad_option');
  }
  return value;
}

/** @param {string[]} paths */
function checkPathList(paths) {
  if (!Array.isArray(paths) || paths.length === 0 || paths.every((p) => p.trim() === '')) {
    throw new CacheInputError('no path given: name at least one file or directory to cache', 'no_paths');
  }
}

function seed() {
  return randomBytes(6).readUIntBE(0, 6);
}

/**
 * @param {{ resultsUrl: string, runtimeToken: string, cacheMode?: string }} service
 */
function serviceConfig(service) {
  return {
    resultsUrl: service.resultsUrl,
    runtimeToken: service.runtimeToken,
    cacheMode: service.cacheMode || undefined,
    userAgent: `cachet/${PACKAGE_VERSION}`,
  };
}

/**
 * Saves `paths` under `key`.
 * @param {string[]} paths path patterns, as in actions/cache's `path:`
 * @param {string} key
 * @param {SaveOptions} [options]
 * @returns {Promise<SaveResult>}
 */
export async function saveCache(paths, key, options = {}) {
  const started = Date.now();
  const { workspace, tempDir, service, policy, compression, explained, backend } = prepare(paths, key, [], options);
  const base = { key, version: explained.version, versionComponents: explained.components, backend };
  /** @param {Partial<SaveResult>} r @returns {SaveResult} */
  const result = (r) => /** @type {SaveResult} */ ({ ...base, ...r, elapsedMs: Date.now() - started });

  const { members, missing } = await resolveSavePaths(paths, { workspace, glob: globPaths });
  if (members.length === 0) {
    return result({
      outcome: 'failed',
      code: 'no_files',
      message: `none of the paths exist (${missing.join(', ')}), so nothing was saved. Check the paths, relative to ${workspace}.`,
    });
  }
  const progress = createProgressTracker((p) => options.onProgress?.(p), {
    operation: 'save',
    intervalMs: options.progressIntervalMs,
  });

  if (!service) {
    const store = new LocalStore(options.store ?? defaultStoreDir(options.env));
    if (await store.exists(key, explained.version)) {
      return result({ outcome: 'alreadyExists', message: `an entry for key '${key}' and this version already exists in ${store.dir}; entries are immutable: use a new key` });
    }
    const archive = await startArchive({ workspace, paths: members, compression, level: options.compressionLevel, tempDir });
    let last = 0;
    const written = await store
      .write({
        key,
        version: explained.version,
        compression,
        source: archive.output,
        sourceDone: archive.done,
        onBytes: (n) => {
          progress.add(n - last);
          last = n;
        },
      })
      .catch((e) => ({ outcome: /** @type {const} */ ('failed'), error: e, size: 0 }));
    if ('error' in written) {
      archive.kill();
      return result({ outcome: 'failed', code: written.error?.code ?? 'store_failed', message: String(written.error?.message ?? written.error) });
    }
    progress.finish();
    if (written.outcome === 'alreadyExists') {
      return result({ outcome: 'alreadyExists', message: `another save committed key '${key}' first; entries are immutable` });
    }
    return result({ outcome: 'saved', size: written.size });
  }

  // The cache service: the save machine reserves the entry while tar | zstd starts, then
  // uploads blocks as they come out of the compressor.
  const machine = new wasm.SaveMachine(
    { service: serviceConfig(service), key, version: explained.version, policy },
    seed(),
  );
  const blockSize = machine.blockSize();
  const mailbox = new Mailbox();
  /** @type {(() => void)[]} */
  let roomWaiters = [];
  const io = createNodeHttpIo({
    maxSockets: (policy.concurrency ?? 4) + 2,
    onBytes: (direction, n) => direction === 'up' && progress.add(n),
  });
  const release = io.release;
  io.release = (index) => {
    release(index);
    const waiters = roomWaiters;
    roomWaiters = [];
    for (const w of waiters) w();
  };
  let finished = false;
  /** @type {Awaited<ReturnType<typeof startArchive>> | null} */
  let archive = null;
  /** @type {() => void} */
  let stopProducer = () => {};
  const stopped = new Promise((resolve) => (stopProducer = () => resolve(undefined)));
  /** @param {Promise<unknown>} p */
  const unlessStopped = (p) => Promise.race([p, stopped]);
  const producing = (async () => {
    archive = await startArchive({ workspace, paths: members, compression, level: options.compressionLevel, tempDir });
    try {
      if (finished) return;
      await cutBlocks(archive.output, blockSize, async (index, bytes, last) => {
        if (finished) throw new Error('the save is over');
        io.blocks.set(index, bytes);
        await unlessStopped(new Promise((resolve) => mailbox.post(() => {
          machine.handleBlock(index, bytes.length, last);
          resolve(undefined);
        })));
        while (!finished && !machine.canAcceptBlock()) await unlessStopped(new Promise((resolve) => roomWaiters.push(() => resolve(undefined))));
      });
      await archive.done;
    } finally {
      // The machine finished first (already saved, refused, failed): stop tar | zstd.
      if (finished) archive.kill();
    }
  })();
  producing.catch((e) => {
    if (!finished) mailbox.post(() => {
      throw e;
    });
  });
  try {
    const outcome = await runMachine(machine, io, { mailbox });
    finished = true;
    if (outcome.type === 'saved') progress.finish();
    return result(saveOutcome(outcome));
  } catch (e) {
    finished = true;
    const err = /** @type {any} */ (e);
    return result({ outcome: 'failed', code: err?.code ?? 'save_failed', message: String(err?.message ?? err) });
  } finally {
    finished = true;
    stopProducer();
    /** @type {any} */ (archive)?.kill();
    io.close();
  }
}

/**
 * @param {any} outcome the save machine's outcome
 * @returns {Partial<SaveResult>}
 */
function saveOutcome(outcome) {
  const { type, ...rest } = outcome;
  return { outcome: type, ...rest };
}

/**
 * Restores the newest entry matching `key`, else each of `restoreKeys` in order.
 * @param {string[]} paths path patterns, identical to the ones used to save
 * @param {string} key
 * @param {string[]} [restoreKeys]
 * @param {RestoreOptions} [options]
 * @returns {Promise<RestoreResult>}
 */
export async function restoreCache(paths, key, restoreKeys = [], options = {}) {
  const started = Date.now();
  const { workspace, tempDir, service, policy, compression, explained, backend } = prepare(paths, key, restoreKeys, options);
  const base = { key, restoreKeys, version: explained.version, versionComponents: explained.components, backend };
  /** @param {Partial<RestoreResult>} r @returns {RestoreResult} */
  const result = (r) => /** @type {RestoreResult} */ ({ ...base, ...r, elapsedMs: Date.now() - started });
  const roots = declaredRoots(paths, { workspace });
  const progress = createProgressTracker((p) => options.onProgress?.(p), {
    operation: 'restore',
    intervalMs: options.progressIntervalMs,
  });

  if (!service) {
    const store = new LocalStore(options.store ?? defaultStoreDir(options.env));
    const found = await store.lookup(key, restoreKeys, explained.version);
    if (!found) return result({ outcome: 'miss' });
    const hit = { matchedKey: found.entry.key, exact: found.entry.key === key, size: found.entry.size };
    if (options.lookupOnly) return result({ outcome: 'hit', ...hit, downloaded: false });
    try {
      progress.setTotal(found.entry.size);
      await extractFile(found.file, { workspace, roots, compression: found.entry.compression, tempDir });
      progress.add(found.entry.size);
      progress.finish();
    } catch (e) {
      const err = /** @type {any} */ (e);
      return result({ outcome: 'failed', code: err?.code ?? 'extract_failed', message: String(err?.message ?? err), ...hit });
    }
    return result({ outcome: 'hit', ...hit, downloaded: true });
  }

  const machine = new wasm.RestoreMachine(
    { service: serviceConfig(service), key, restoreKeys, version: explained.version, policy, lookupOnly: !!options.lookupOnly },
    seed(),
  );
  /** @type {Awaited<ReturnType<typeof startExtraction>> | null} */
  let extraction = null;
  let starting = /** @type {Promise<Awaited<ReturnType<typeof startExtraction>>> | null} */ (/** @type {unknown} */ (null));
  const assembler = new ArchiveAssembler({
    async write(chunk) {
      starting ??= startExtraction({ workspace, roots, compression, tempDir });
      extraction = await starting;
      await extraction.write(chunk);
    },
  });
  const io = createNodeHttpIo({
    archive: assembler,
    maxSockets: (policy.concurrency ?? 4) + 2,
    onBytes: (direction, n) => {
      if (direction === 'down') {
        if (progress.bytes === 0) progress.setTotal(machine.archiveSize() ?? null);
        progress.add(n);
      }
    },
  });
  try {
    const outcome = await runMachine(machine, io);
    if (outcome.type !== 'hit' || !outcome.downloaded) {
      if (starting) await (await starting).abort();
      const { type, ...rest } = outcome;
      return result({ outcome: type, ...rest });
    }
    // Every byte arrived and the size matched: finish extraction, then it is a hit.
    await assembler.drain();
    starting ??= startExtraction({ workspace, roots, compression, tempDir });
    extraction = await starting;
    await extraction.finish();
    progress.finish();
    const { type, ...rest } = outcome;
    return result({ outcome: 'hit', ...rest });
  } catch (e) {
    if (starting) await (await starting).abort().catch(() => {});
    const err = /** @type {any} */ (e);
    return result({ outcome: 'failed', code: err?.code ?? 'restore_failed', message: String(err?.message ?? err) });
  } finally {
    io.close();
  }
}
