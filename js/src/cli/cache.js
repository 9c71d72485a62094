// @ts-check
/**
 * `cachet save` and `cachet restore`: the library's saveCache/restoreCache on the command line,
 * with progress lines on standard error, a one-line human result or `--json`, and exit statuses
 * 0 (saved, already saved, hit, miss), 2 (miss with --fail-on-cache-miss), 1 (errors).
 */
import { UsageError } from './args.js';
import { restoreCache, saveCache } from '../cache.js';
import { formatBytes, formatProgress } from '../progress.js';
import { defaultStoreDir } from '../store/local.js';

/** @typedef {import('./main.js').CliContext} CliContext */

const transferOptions = /** @type {const} */ ({
  store: { type: 'string', value: 'DIR', help: 'use the local store in DIR (default when no cache service is configured: ~/.cache/cachet)' },
  workspace: { type: 'string', value: 'DIR', help: 'paths are relative to DIR (default: $GITHUB_WORKSPACE, else the current folder)' },
  compression: { type: 'string', value: 'METHOD', help: 'zstd-without-long (default, as actions/cache), zstd (long mode; a separate version) or gzip' },
  'cross-os': { type: 'boolean', help: 'enableCrossOsArchive (matters on Windows only)' },
  'block-size': { type: 'string', value: 'MiB', help: 'upload block and download range size in MiB (default 32)' },
  concurrency: { type: 'string', value: 'N', help: 'transfers in flight (default 4)' },
  'idle-timeout': { type: 'string', value: 'SECONDS', help: 'abort and resume a transfer that moves no byte for this long (default 30)' },
  quiet: { type: 'boolean', help: 'no progress lines' },
  json: { type: 'boolean', help: 'print the result as one JSON object' },
});

/**
 * @param {Record<string, any>} options
 * @param {CliContext} ctx
 */
function commonOptions(options, ctx) {
  /** @param {string} name @param {number} factor */
  const number = (name, factor) => {
    if (options[name] === undefined) return undefined;
    const n = Number(options[name]);
    if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} '${options[name]}' is not a positive number`);
    return Math.round(n * factor);
  };
  return {
    env: ctx.env,
    workspace: options.workspace ?? ctx.env.GITHUB_WORKSPACE ?? ctx.cwd,
    store: options.store,
    compression: options.compression,
    enableCrossOsArchive: options['cross-os'],
    blockSize: number('block-size', 1024 * 1024),
    concurrency: number('concurrency', 1),
    idleTimeoutMs: number('idle-timeout', 1000),
    onProgress: options.quiet ? undefined : (/** @type {any} */ p) => ctx.err(formatProgress(p)),
  };
}

/** @param {Record<string, any>} options @param {CliContext} ctx */
function backendName(options, ctx) {
  if (!options.store && ctx.env.ACTIONS_RESULTS_URL && ctx.env.ACTIONS_RUNTIME_TOKEN) return 'the cache service';
  return `the local store ${options.store ?? defaultStoreDir(ctx.env)}`;
}

/** @param {any} r */
function jsonResult(r) {
  return JSON.stringify({
    outcome: r.outcome,
    key: r.key,
    matchedKey: r.matchedKey ?? null,
    version: r.version,
    size: r.size ?? null,
    ...(r.code ? { code: r.code } : {}),
    ...(r.message ? { message: r.message } : {}),
    backend: r.backend,
    elapsedMs: r.elapsedMs,
  });
}

/** @type {import('./args.js').Command[]} */
export const cacheCommands = [
  {
    name: 'save',
    usage: '--key K --path P [--path P2 ...] [options]',
    summary: 'save paths under a key (to the cache service in Actions, else the local store)',
    description:
      'Archives the paths (tar --posix, zstd without long mode, as actions/cache) and saves them under\n' +
      'KEY. Entries are immutable: saving an existing key and version reports "already saved".\n' +
      'Uses the GitHub Actions cache service when ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN are set,\n' +
      'else the local store.',
    options: {
      key: { type: 'string', value: 'K', help: 'the cache key (at most 512 characters, no commas)' },
      path: { type: 'list', value: 'P', help: 'a path or glob pattern to save (repeat; order matters for the version)' },
      'compression-level': { type: 'string', value: 'N', help: 'zstd 1-22 (default 3) or gzip 1-9' },
      ...transferOptions,
    },
    /** @param {CliContext} ctx */
    async run(ctx) {
      const { options, positionals } = ctx;
      if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
      if (!options.key) throw new UsageError('--key is required');
      if (options.path.length === 0) throw new UsageError('give at least one --path');
      let compressionLevel;
      if (options['compression-level'] !== undefined) {
        compressionLevel = Number(options['compression-level']);
        if (!Number.isInteger(compressionLevel)) throw new UsageError(`--compression-level '${options['compression-level']}' is not a whole number`);
      }
      const r = await saveCache(options.path, options.key, { ...commonOptions(options, ctx), compressionLevel });
      if (options.json) ctx.out(jsonResult(r));
      const where = backendName(options, ctx);
      switch (r.outcome) {
        case 'saved':
          if (!options.json) ctx.out(`saved key '${r.key}' (${formatBytes(r.size ?? 0)}) to ${where} in ${(r.elapsedMs / 1000).toFixed(1)} s`);
          return 0;
        case 'alreadyExists':
          if (!options.json) ctx.out(`already saved: key '${r.key}' exists for this version in ${where} (entries are immutable; use a new key to update)`);
          return 0;
        case 'skipped':
          if (!options.json) ctx.out(`not saved: ${r.message ?? r.code}`);
          return 0;
        default:
          ctx.err(`cachet save: ${describeFailure(r)}`);
          return 1;
      }
    },
  },
  {
    name: 'restore',
    usage: '--key K [--restore-key R ...] --path P [--path P2 ...] [options]',
    summary: 'restore paths from the entry for a key, else the newest matching a restore key',
    description:
      'Restores the entry saved under KEY (or, failing that, the newest entry whose key starts with KEY,\n' +
      'then with each --restore-key in order) for the same paths and compression. Extraction writes only\n' +
      'inside the declared paths, and nothing at all unless the whole archive arrived intact.',
    options: {
      key: { type: 'string', value: 'K', help: 'the primary key' },
      'restore-key': { type: 'list', value: 'R', help: 'a key prefix to fall back to (repeat; tried in order)' },
      path: { type: 'list', value: 'P', help: 'the same paths used to save (order matters for the version)' },
      'lookup-only': { type: 'boolean', help: 'only check whether an entry exists; download nothing' },
      'fail-on-cache-miss': { type: 'boolean', help: 'exit with status 2 when nothing matched' },
      ...transferOptions,
    },
    /** @param {CliContext} ctx */
    async run(ctx) {
      const { options, positionals } = ctx;
      if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
      if (!options.key) throw new UsageError('--key is required');
      if (options.path.length === 0) throw new UsageError('give at least one --path');
      const r = await restoreCache(options.path, options.key, options['restore-key'], {
        ...commonOptions(options, ctx),
        lookupOnly: options['lookup-only'],
      });
      if (options.json) ctx.out(jsonResult(r));
      const where = backendName(options, ctx);
      switch (r.outcome) {
        case 'hit': {
          if (!options.json) {
            const kind = r.exact ? `key '${r.matchedKey}'` : `'${r.matchedKey}' (a restore-key match: no entry for key '${r.key}')`;
            ctx.out(
              options['lookup-only']
                ? `found ${kind} in ${where} (lookup only, nothing downloaded)`
                : `restored ${kind} (${formatBytes(r.size ?? 0)}) from ${where} in ${(r.elapsedMs / 1000).toFixed(1)} s`,
            );
          }
          return 0;
        }
        case 'miss':
        case 'skipped':
          if (!options.json) {
            ctx.out(
              r.outcome === 'skipped'
                ? `not restored: ${r.message ?? r.code}`
                : `cache miss: no entry for key '${r.key}'${r.restoreKeys.length ? ` or restore keys ${r.restoreKeys.map((k) => `'${k}'`).join(', ')}` : ''} with version ${r.version} (hashed from: ${r.versionComponents.join(' | ')}) in ${where}`,
            );
          }
          if (options['fail-on-cache-miss']) {
            ctx.err(`cachet restore: failing on cache miss (--fail-on-cache-miss)`);
            return 2;
          }
          return 0;
        default:
          ctx.err(`cachet restore: ${describeFailure(r)}`);
          return 1;
      }
    },
  },
];

/** @param {any} r */
function describeFailure(r) {
  switch (r.outcome) {
    case 'writeDenied':
      return `write denied by the cache service: ${r.message}. The token is read-only (e.g. a pull request from a fork); nothing was saved.`;
    case 'rateLimited':
      return `rate limited by the cache service${r.retryAfterMs ? ` (retry after ${Math.ceil(r.retryAfterMs / 1000)} s)` : ''}: ${r.message ?? ''}`;
    default:
      return `${r.message ?? 'failed'}${r.code ? ` [${r.code}]` : ''}`;
  }
}
