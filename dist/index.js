import {
  COMPRESSION_METHODS,
  CacheInputError,
  LocalStore,
  cacheVersion,
  checkKeys,
  defaultStoreDir,
  explainCacheVersion,
  formatProgress,
  hashFiles,
  restoreCache,
  saveCache
} from "./chunks/chunk-2CKB3XHF.js";
export {
  COMPRESSION_METHODS,
  CacheInputError,
  LocalStore,
  cacheVersion,
  checkKeys,
  defaultStoreDir,
  explainCacheVersion,
  formatProgress,
  hashFiles,
  restoreCache,
  saveCache
};
