// @ts-check
/**
 * cachet's library API for Node: cache keys and versions, hashFiles(), save and restore.
 */
export { cacheVersion, explainCacheVersion, checkKeys, COMPRESSION_METHODS } from './key.js';
export { hashFiles } from './hash-files.js';
