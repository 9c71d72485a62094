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
} from "./chunks/chunk-PDC6Z7HT.js";
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
