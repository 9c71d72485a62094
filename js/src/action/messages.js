// @ts-check
/**
 * What the action says about a restore or save result: one honest sentence or two per outcome,
 * with its log level. Service problems are warnings (caching is best-effort); "already saved",
 * "another job is saving" and "skipped" are information. The step decides what fails.
 *
 * Pure: it never prints and never looks at the environment.
 */
import { formatBytes } from '../progress.js';

/**
 * @typedef {{ level: 'info' | 'warning', title: string, text: string }} Description
 *   `title` is a short headline (for the summary and annotation titles), `text` the full message.
 */

/** @param {string} s */
const q = (s) => `'${s}'`;

/**
 * `1.2 MB in 3.4 s (350.0 kB/s)`, or the parts that are known.
 * @param {{ size?: number, elapsedMs: number }} r
 */
export function transferFacts(r) {
  const time = formatDuration(r.elapsedMs);
  if (r.size === undefined || r.size === null) return time;
  return `${formatBytes(r.size)} in ${time} (${formatBytes(throughput(r.size, r.elapsedMs))}/s)`;
}

/**
 * `850 ms`, `12.3 s`.
 * @param {number} ms
 */
export function formatDuration(ms) {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Bytes per second; 0 when no time passed.
 * @param {number} size
 * @param {number} elapsedMs
 */
export function throughput(size, elapsedMs) {
  return elapsedMs > 0 ? Math.round((size * 1000) / elapsedMs) : 0;
}

/** @param {number | undefined} ms */
function retryAfter(ms) {
  return ms ? ` (the service asks to retry after ${Math.ceil(ms / 1000)} s)` : '';
}

/**
 * @param {import('../cache.js').RestoreResult} r
 * @param {{ exact: boolean, lookupOnly: boolean }} ctx
 * @returns {Description}
 */
export function describeRestore(r, { exact, lookupOnly }) {
  const keys = [r.key, ...r.restoreKeys].join(', ');
  switch (r.outcome) {
    case 'hit': {
      const kind = exact ? 'exact hit' : 'restore-key hit';
      if (lookupOnly || r.downloaded === false) {
        return { level: 'info', title: `found (${kind}, lookup only)`, text: `Cache found and can be restored from key: ${r.matchedKey} (${kind}; lookup-only, nothing downloaded)` };
      }
      return {
        level: 'info',
        title: kind,
        text: `Cache restored from key: ${r.matchedKey} (${kind}${exact ? '' : ', cache-hit is false'}; ${transferFacts(r)})`,
      };
    }
    case 'miss':
      return { level: 'info', title: 'miss', text: `Cache not found for input keys: ${keys} (version ${r.version})` };
    case 'rateLimited':
      return {
        level: 'warning',
        title: 'rate limited',
        text: `Cache not restored: the cache service is rate limiting this repository${retryAfter(r.retryAfterMs)}. The job continues without the cache.`,
      };
    case 'skipped':
      return { level: 'info', title: 'skipped', text: `Cache not restored: ${r.message ?? r.code ?? 'the cache is not readable in this job'}.` };
    default: {
      const where = r.matchedKey ? ` from key ${q(r.matchedKey)}` : '';
      return {
        level: 'warning',
        title: 'failed',
        text: `Cache not restored${where}: ${r.message ?? 'unknown error'}${r.code ? ` [${r.code}]` : ''}. Nothing was written; the job continues without the cache.`,
      };
    }
  }
}

/**
 * @param {import('../cache.js').SaveResult} r
 * @param {{ existing?: 'committed' | 'pending' | 'unknown' }} [ctx] for `alreadyExists`: what a
 *   lookup of the key found (a finalized entry, none yet, or the lookup failed)
 * @returns {Description}
 */
export function describeSave(r, ctx = {}) {
  switch (r.outcome) {
    case 'saved':
      return { level: 'info', title: 'saved', text: `Cache saved with key: ${r.key} (${transferFacts(r)})` };
    case 'alreadyExists':
      if (ctx.existing === 'pending') {
        return {
          level: 'info',
          title: 'another job is saving',
          text:
            `Cache not saved: another job is saving key ${q(r.key)} right now and holds its reservation until it finishes. ` +
            'Its entry will serve the next runs; this job uploaded nothing.',
        };
      }
      return {
        level: 'info',
        title: 'already saved',
        text:
          `Cache not saved: an entry for key ${q(r.key)} and this version already exists${ctx.existing === 'unknown' ? ' (or another job is saving it right now)' : ''}. ` +
          'Entries are immutable: to store new contents, put something that changes into the key (hash-files, a lockfile hash) and find older entries with restore-keys.',
      };
    case 'writeDenied':
      return {
        level: 'warning',
        title: 'write denied',
        text:
          `Cache not saved: the cache service denied the write (${r.message ?? 'write denied'}). ` +
          "This job's token is read-only for the cache: pull requests from forks and other untrusted triggers get such tokens, " +
          'and so can a job whose `permissions:` grant neither `actions: write` nor `contents: write`. Restores still work. ' +
          'Fix: grant `actions: write` in the job\'s `permissions:`; for untrusted triggers, save from a trusted event instead (a push to the base branch), whose entries these runs can restore.',
      };
    case 'rateLimited':
      return {
        level: 'warning',
        title: 'rate limited',
        text:
          `Cache not saved: the cache service is rate limiting this repository${retryAfter(r.retryAfterMs)}; GitHub accepts about 200 new entries per minute per repository. ` +
          'Nothing was committed; the next run will try again.',
      };
    case 'skipped':
      return { level: 'info', title: 'skipped', text: `Cache not saved: ${r.message ?? r.code ?? 'the cache is not writable in this job'}.` };
    default:
      if (r.code === 'usage_exceeded') {
        return {
          level: 'warning',
          title: 'storage quota used up',
          text:
            `Cache not saved: the repository's cache storage is used up (${r.message ?? 'insufficient usage'}). ` +
            'Delete entries that are no longer used (`gh cache delete`, or Actions → Caches) or raise the cache size limit in the repository settings.',
        };
      }
      if (r.code === 'no_files') {
        return {
          level: 'warning',
          title: 'nothing to save',
          text: `Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved. (${r.message ?? ''})`,
        };
      }
      return {
        level: 'warning',
        title: 'failed',
        text: `Cache not saved: ${r.message ?? 'unknown error'}${r.code ? ` [${r.code}]` : ''}. Caching is best-effort: the job goes on.`,
      };
  }
}
