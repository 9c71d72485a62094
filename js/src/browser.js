// @ts-check
/**
 * cachet's library API for browsers: cache versions and keys (no filesystem, no processes).
 */
export { cacheVersion, explainCacheVersion, checkKeys, COMPRESSION_METHODS } from './key.js';
