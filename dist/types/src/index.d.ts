export { hashFiles } from "./hash-files.js";
export { cacheVersion, explainCacheVersion, checkKeys, COMPRESSION_METHODS } from "./key.js";
