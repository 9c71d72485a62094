export { cacheVersion, explainCacheVersion, checkKeys, COMPRESSION_METHODS } from "./key.js";
