import {
  COMPRESSION_METHODS,
  cacheVersion,
  checkKeys,
  explainCacheVersion,
  hashFiles
} from "./chunks/chunk-FFS44ERN.js";
export {
  COMPRESSION_METHODS,
  cacheVersion,
  checkKeys,
  explainCacheVersion,
  hashFiles
};
