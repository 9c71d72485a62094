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
} from "./chunks/chunk-X7JTKCET.js";
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
