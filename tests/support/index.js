// @ts-check
/**
 * One call that starts a complete, real GitHub Actions cache service v2 for tests on 127.0.0.1:
 * Azurite (./azurite.js) ← blob proxy (./blob-proxy.js) ← Twirp cache service (./cache-service.js)
 * whose signed URLs point at the proxy.
 *
 * API
 *   startTestService(options?) → Promise<TestService>
 *     options.tokenKind        default token kind: 'read-write' (default) | 'read-only' | 'none'
 *     options.link             blob proxy LinkOptions { totalBytesPerSec, perConnectionBytesPerSec,
 *                              latencyMs } (default: none)
 *     options.maxLifetimeMs    Azurite's hard lifetime bound (default 15 min)
 *     options.azurite          more startAzurite() options
 *     options.service          more startCacheService() options (uploadUrlTtlMs, downloadUrlTtlMs,
 *                              pendingBlocksCreate, maxRecords)
 *   TestService
 *     env       service.env: { ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, ACTIONS_CACHE_SERVICE_V2,
 *               GITHUB_SERVER_URL, GITHUB_REF, GITHUB_REPOSITORY, ACTIONS_CACHE_MODE: '' }
 *     service   the CacheService handle (requests(), entries(), fault(), addToken(), …)
 *     proxy     the BlobProxy handle (requests(), fault(), expire(), setLink(), …)
 *     azurite   the AzuriteHandle (url, signBlobUrl(), blobProperties(), …)
 *     stop()    stops all three (idempotent, never throws)
 *
 *   useTestService(options?) → Promise<TestService>   for node:test: registers
 *     after(() => handle.stop()) in the current suite (or at top level) before starting, so the
 *     service is stopped even if a test fails. Call it synchronously at the top of a file or
 *     inside describe(); await the promise (top-level await, or in before()).
 *
 *   applyEnv(env) → restore()   sets process.env entries (undefined deletes) and returns a
 *     function putting back the previous values.
 *
 * Other modules here: ./workspace.js (temp dirs, file trees, runStep() to drive @actions/cache
 * with captured output), ./serve.js (the same service as a standalone process, for benchmarks).
 *
 * What it never does: bind anything but 127.0.0.1; leave a process, server or temp dir behind
 * after stop() (and Azurite dies with the test process in any case); touch process.env by itself.
 */
import { after } from 'node:test';
import { startAzurite } from './azurite.js';
import { startBlobProxy } from './blob-proxy.js';
import { startCacheService } from './cache-service.js';

export { startAzurite } from './azurite.js';
export { startBlobProxy } from './blob-proxy.js';
export { startCacheService } from './cache-service.js';

/**
 * @typedef {object} TestServiceOptions
 * @property {import('./cache-service.js').TokenKind} [tokenKind]
 * @property {import('./blob-proxy.js').LinkOptions | null} [link]
 * @property {number} [maxLifetimeMs]
 * @property {import('./azurite.js').AzuriteOptions} [azurite]
 * @property {Omit<import('./cache-service.js').CacheServiceOptions, 'azurite' | 'blobBaseUrl' | 'tokenKind'>} [service]
 */

/**
 * @typedef {object} TestService
 * @property {Record<string, string>} env
 * @property {import('./cache-service.js').CacheService} service
 * @property {import('./blob-proxy.js').BlobProxy} proxy
 * @property {import('./azurite.js').AzuriteHandle} azurite
 * @property {() => Promise<void>} stop
 */

/**
 * Start Azurite, the blob proxy and the cache service.
 * @param {TestServiceOptions} [options]
 * @returns {Promise<TestService>}
 */
export async function startTestService(options = {}) {
  const azurite = await startAzurite({ maxLifetimeMs: options.maxLifetimeMs, ...options.azurite });
  /** @type {import('./blob-proxy.js').BlobProxy | undefined} */
  let proxy;
  /** @type {import('./cache-service.js').CacheService | undefined} */
  let service;
  const stop = async () => {
    await Promise.allSettled([service?.stop(), proxy?.stop()]);
    await azurite.stop().catch(() => {});
  };
  try {
    proxy = await startBlobProxy({ target: azurite.url, link: options.link ?? null });
    service = await startCacheService({
      ...options.service,
      azurite,
      blobBaseUrl: proxy.url,
      tokenKind: options.tokenKind,
    });
  } catch (err) {
    await stop();
    throw err;
  }
  return { env: service.env, service, proxy, azurite, stop };
}

/**
 * node:test helper: start the test service and stop it in an after() hook.
 * @param {TestServiceOptions} [options]
 * @returns {Promise<TestService>}
 */
export function useTestService(options) {
  const started = startTestService(options);
  after(async () => {
    const handle = await started.catch(() => null);
    await handle?.stop();
  });
  return started;
}

/**
 * Set process.env entries; returns a function that restores the previous values.
 * @param {Record<string, string | undefined>} env
 * @returns {() => void}
 */
export function applyEnv(env) {
  /** @type {Record<string, string | undefined>} */
  const previous = {};
  for (const [k, v] of Object.entries(env)) {
    previous[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  return () => {
    for (const [k, v] of Object.entries(previous)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}
