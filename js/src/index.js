// @ts-check
/**
 * cachet's library API for Node: cache keys and versions, hashFiles(), save and restore
 * (the GitHub Actions cache service v2, or a local store).
 */
export { cacheVersion, explainCacheVersion, checkKeys, COMPRESSION_METHODS } from './key.js';
export { hashFiles } from './hash-files.js';
export { saveCache, restoreCache, CacheInputError } from './cache.js';
export { LocalStore, defaultStoreDir } from './store/local.js';
export { formatProgress } from './progress.js';
