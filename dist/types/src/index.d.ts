export { hashFiles } from "./hash-files.js";
export { formatProgress } from "./progress.js";
export { cacheVersion, explainCacheVersion, checkKeys, COMPRESSION_METHODS } from "./key.js";
export { saveCache, restoreCache, CacheInputError } from "./cache.js";
export { LocalStore, defaultStoreDir } from "./store/local.js";
