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
} from "./chunks/chunk-NKZ7TN7B.js";
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
