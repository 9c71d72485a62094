"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// js/src/index.js
var src_exports = {};
__export(src_exports, {
  COMPRESSION_METHODS: () => COMPRESSION_METHODS,
  CacheInputError: () => CacheInputError,
  LocalStore: () => LocalStore,
  cacheVersion: () => cacheVersion,
  checkKeys: () => checkKeys2,
  defaultStoreDir: () => defaultStoreDir,
  explainCacheVersion: () => explainCacheVersion,
  formatProgress: () => formatProgress,
  hashFiles: () => hashFiles,
  restoreCache: () => restoreCache,
  saveCache: () => saveCache
});
module.exports = __toCommonJS(src_exports);

// js/wasm/cachet_wasm.js
var HashFilesMatcher = class _HashFilesMatcher {
  static __wrap(ptr) {
    const obj = Object.create(_HashFilesMatcher.prototype);
    obj.__wbg_ptr = ptr;
    HashFilesMatcherFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    HashFilesMatcherFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_hashfilesmatcher_free(ptr, 0);
  }
  /**
   * The classification bytes of the children of the normalized folder `dir`, whose names
   * are given joined by `/` (a character no name contains), in the same order.
   * @param {string} dir
   * @param {string} names
   * @returns {Uint8Array}
   */
  classifyChildren(dir, names) {
    const ptr0 = passStringToWasm0(dir, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(names, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len1 = WASM_VECTOR_LEN;
    const ret = wasm.hashfilesmatcher_classifyChildren(this.__wbg_ptr, ptr0, len0, ptr1, len1);
    var v3 = getArrayU8FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    return v3;
  }
  /**
   * The classification byte of one path.
   * @param {string} path
   * @returns {number}
   */
  classify(path8) {
    const ptr0 = passStringToWasm0(path8, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.hashfilesmatcher_classify(this.__wbg_ptr, ptr0, len0);
    return ret;
  }
  /**
   * The patterns as parsed (with the implicit ones) and the search roots.
   * @returns {MatcherExplained}
   */
  explain() {
    const ret = wasm.hashfilesmatcher_explain(this.__wbg_ptr);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
  /**
   * A matcher without implicit descendants: how actions/cache resolves `path:` for a save
   * (a folder named by a pattern matches itself; tar then archives what is below it).
   * @param {string} patterns
   * @param {string} workspace
   * @param {string | null} [home_dir]
   * @returns {HashFilesMatcher}
   */
  static forCachePaths(patterns, workspace, home_dir) {
    const ptr0 = passStringToWasm0(patterns, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(workspace, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len1 = WASM_VECTOR_LEN;
    var ptr2 = isLikeNone(home_dir) ? 0 : passStringToWasm0(home_dir, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len2 = WASM_VECTOR_LEN;
    const ret = wasm.hashfilesmatcher_forCachePaths(ptr0, len0, ptr1, len1, ptr2, len2);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return _HashFilesMatcher.__wrap(ret[0]);
  }
  /**
   * Parses patterns separated by `\n`. `workspace` (absolute) is where relative patterns
   * resolve; `homeDir` is what `~` expands to. Throws a `CachetError` whose `code` is
   * `pattern_relative`, `pattern_empty`, `pattern_invalid`, `pattern_too_long`,
   * `home_unknown`, `home_not_absolute` or `workspace_not_absolute`.
   * @param {string} patterns
   * @param {string} workspace
   * @param {string | null} [home_dir]
   */
  constructor(patterns, workspace, home_dir) {
    const ptr0 = passStringToWasm0(patterns, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ptr1 = passStringToWasm0(workspace, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len1 = WASM_VECTOR_LEN;
    var ptr2 = isLikeNone(home_dir) ? 0 : passStringToWasm0(home_dir, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len2 = WASM_VECTOR_LEN;
    const ret = wasm.hashfilesmatcher_new(ptr0, len0, ptr1, len1, ptr2, len2);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    this.__wbg_ptr = ret[0];
    HashFilesMatcherFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Where the walk starts, in order.
   * @returns {string[]}
   */
  searchRoots() {
    const ret = wasm.hashfilesmatcher_searchRoots(this.__wbg_ptr);
    var v1 = getArrayJsValueFromWasm0(ret[0], ret[1]);
    wasm.__wbindgen_free(ret[0], ret[1] * 4, 4);
    return v1;
  }
};
if (Symbol.dispose) HashFilesMatcher.prototype[Symbol.dispose] = HashFilesMatcher.prototype.free;
var RestoreMachine = class {
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    RestoreMachineFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_restoremachine_free(ptr, 0);
  }
  /**
   * The archive size, once the blob store said.
   * @returns {number | undefined}
   */
  archiveSize() {
    const ret = wasm.restoremachine_archiveSize(this.__wbg_ptr);
    return ret[0] === 0 ? void 0 : ret[1];
  }
  /**
   * Archive bytes received so far.
   * @returns {number}
   */
  bytesReceived() {
    const ret = wasm.restoremachine_bytesReceived(this.__wbg_ptr);
    return ret;
  }
  /**
   * Reports the response to request `id`.
   * @param {number} id
   * @param {Response} response
   * @param {number} now
   */
  handleResponse(id, response, now) {
    const ret = wasm.restoremachine_handleResponse(this.__wbg_ptr, id, response, now);
    if (ret[1]) {
      throw takeFromExternrefTable0(ret[0]);
    }
  }
  /**
   * Reports that request `id` failed without a complete response (`error.received`: archive
   * bytes already fed to the pipeline).
   * @param {number} id
   * @param {TransportError} error
   * @param {number} now
   */
  handleTransportError(id, error, now) {
    const ret = wasm.restoremachine_handleTransportError(this.__wbg_ptr, id, error, now);
    if (ret[1]) {
      throw takeFromExternrefTable0(ret[0]);
    }
  }
  /**
   * The key of the entry found, once the service said.
   * @returns {string | undefined}
   */
  matchedKey() {
    const ret = wasm.restoremachine_matchedKey(this.__wbg_ptr);
    let v1;
    if (ret[0] !== 0) {
      v1 = getStringFromWasm0(ret[0], ret[1]);
      wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    }
    return v1;
  }
  /**
   * A machine for one restore; `seed` (a whole number) drives jitter.
   * @param {RestoreParams} params
   * @param {number} seed
   */
  constructor(params, seed2) {
    const ret = wasm.restoremachine_new(params, seed2);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    this.__wbg_ptr = ret[0];
    RestoreMachineFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * What the host does next.
   * @param {number} now
   * @returns {RestoreStep}
   */
  poll(now) {
    const ret = wasm.restoremachine_poll(this.__wbg_ptr, now);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
};
if (Symbol.dispose) RestoreMachine.prototype[Symbol.dispose] = RestoreMachine.prototype.free;
var SaveMachine = class {
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    SaveMachineFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_savemachine_free(ptr, 0);
  }
  /**
   * Whether the last block has been announced.
   * @returns {boolean}
   */
  archiveFinished() {
    const ret = wasm.savemachine_archiveFinished(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * The size of every block but the last.
   * @returns {number}
   */
  blockSize() {
    const ret = wasm.savemachine_blockSize(this.__wbg_ptr);
    return ret;
  }
  /**
   * Bytes of all blocks announced so far.
   * @returns {number}
   */
  bytesAnnounced() {
    const ret = wasm.savemachine_bytesAnnounced(this.__wbg_ptr);
    return ret;
  }
  /**
   * Bytes acknowledged by the blob store.
   * @returns {number}
   */
  bytesUploaded() {
    const ret = wasm.savemachine_bytesUploaded(this.__wbg_ptr);
    return ret;
  }
  /**
   * Whether the host may produce and announce another block now.
   * @returns {boolean}
   */
  canAcceptBlock() {
    const ret = wasm.savemachine_canAcceptBlock(this.__wbg_ptr);
    return ret !== 0;
  }
  /**
   * Announces archive block `index` (in order; every block but the last is `blockSize()` long).
   * @param {number} index
   * @param {number} len
   * @param {boolean} last
   */
  handleBlock(index, len, last) {
    const ret = wasm.savemachine_handleBlock(this.__wbg_ptr, index, len, last);
    if (ret[1]) {
      throw takeFromExternrefTable0(ret[0]);
    }
  }
  /**
   * Reports the response to request `id`.
   * @param {number} id
   * @param {Response} response
   * @param {number} now
   */
  handleResponse(id, response, now) {
    const ret = wasm.savemachine_handleResponse(this.__wbg_ptr, id, response, now);
    if (ret[1]) {
      throw takeFromExternrefTable0(ret[0]);
    }
  }
  /**
   * Reports that request `id` failed without a complete response.
   * @param {number} id
   * @param {TransportError} error
   * @param {number} now
   */
  handleTransportError(id, error, now) {
    const ret = wasm.savemachine_handleTransportError(this.__wbg_ptr, id, error, now);
    if (ret[1]) {
      throw takeFromExternrefTable0(ret[0]);
    }
  }
  /**
   * A machine for one save; `seed` (a whole number) drives jitter and block ids.
   * @param {SaveParams} params
   * @param {number} seed
   */
  constructor(params, seed2) {
    const ret = wasm.savemachine_new(params, seed2);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    this.__wbg_ptr = ret[0];
    SaveMachineFinalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * What the host does next.
   * @param {number} now
   * @returns {SaveStep}
   */
  poll(now) {
    const ret = wasm.savemachine_poll(this.__wbg_ptr, now);
    if (ret[2]) {
      throw takeFromExternrefTable0(ret[1]);
    }
    return takeFromExternrefTable0(ret[0]);
  }
};
if (Symbol.dispose) SaveMachine.prototype[Symbol.dispose] = SaveMachine.prototype.free;
var Sha256 = class {
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    Sha256Finalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_sha256_free(ptr, 0);
  }
  /**
   * The 32-byte digest; the object can be used again from empty.
   * @returns {Uint8Array}
   */
  digest() {
    const ret = wasm.sha256_digest(this.__wbg_ptr);
    var v1 = getArrayU8FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 1, 1);
    return v1;
  }
  /**
   * A fresh digest.
   */
  constructor() {
    const ret = wasm.sha256_new();
    this.__wbg_ptr = ret;
    Sha256Finalization.register(this, this.__wbg_ptr, this);
    return this;
  }
  /**
   * Adds bytes.
   * @param {Uint8Array} bytes
   */
  update(bytes) {
    const ptr0 = passArray8ToWasm0(bytes, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.sha256_update(this.__wbg_ptr, ptr0, len0);
  }
};
if (Symbol.dispose) Sha256.prototype[Symbol.dispose] = Sha256.prototype.free;
function checkKeys(key, restore_keys) {
  const ptr0 = passStringToWasm0(key, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
  const len0 = WASM_VECTOR_LEN;
  const ptr1 = passArrayJsValueToWasm0(restore_keys, wasm.__wbindgen_malloc);
  const len1 = WASM_VECTOR_LEN;
  const ret = wasm.checkKeys(ptr0, len0, ptr1, len1);
  if (ret[1]) {
    throw takeFromExternrefTable0(ret[0]);
  }
}
function explainVersion(inputs) {
  const ret = wasm.explainVersion(inputs);
  if (ret[2]) {
    throw takeFromExternrefTable0(ret[1]);
  }
  return takeFromExternrefTable0(ret[0]);
}
function logUrl(url) {
  let deferred2_0;
  let deferred2_1;
  try {
    const ptr0 = passStringToWasm0(url, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.logUrl(ptr0, len0);
    deferred2_0 = ret[0];
    deferred2_1 = ret[1];
    return getStringFromWasm0(ret[0], ret[1]);
  } finally {
    wasm.__wbindgen_free(deferred2_0, deferred2_1, 1);
  }
}
function matchEntry(entries, key, restore_keys, version) {
  const ptr0 = passArrayJsValueToWasm0(entries, wasm.__wbindgen_malloc);
  const len0 = WASM_VECTOR_LEN;
  const ptr1 = passStringToWasm0(key, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
  const len1 = WASM_VECTOR_LEN;
  const ptr2 = passArrayJsValueToWasm0(restore_keys, wasm.__wbindgen_malloc);
  const len2 = WASM_VECTOR_LEN;
  const ptr3 = passStringToWasm0(version, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
  const len3 = WASM_VECTOR_LEN;
  const ret = wasm.matchEntry(ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3);
  if (ret[2]) {
    throw takeFromExternrefTable0(ret[1]);
  }
  return takeFromExternrefTable0(ret[0]);
}
function __wbg_get_imports() {
  const import0 = {
    __proto__: null,
    __wbg_Error_30c8987f7c2ed4e2: function(arg0, arg1) {
      const ret = Error(getStringFromWasm0(arg0, arg1));
      return ret;
    },
    __wbg_Number_14af1003b8dd5ead: function(arg0) {
      const ret = Number(arg0);
      return ret;
    },
    __wbg_String_8564e559799eccda: function(arg0, arg1) {
      const ret = String(arg1);
      const ptr1 = passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
      const len1 = WASM_VECTOR_LEN;
      getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
      getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
    },
    __wbg___wbindgen_bigint_get_as_i64_a2383202b9353e4c: function(arg0, arg1) {
      const v = arg1;
      const ret = typeof v === "bigint" ? v : void 0;
      getDataViewMemory0().setBigInt64(arg0 + 8 * 1, isLikeNone(ret) ? BigInt(0) : ret, true);
      getDataViewMemory0().setInt32(arg0 + 4 * 0, !isLikeNone(ret), true);
    },
    __wbg___wbindgen_boolean_get_5b446f51afd21013: function(arg0) {
      const v = arg0;
      const ret = typeof v === "boolean" ? v : void 0;
      return isLikeNone(ret) ? 16777215 : ret ? 1 : 0;
    },
    __wbg___wbindgen_debug_string_4687d8d8c2017d52: function(arg0, arg1) {
      const ret = debugString(arg1);
      const ptr1 = passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
      const len1 = WASM_VECTOR_LEN;
      getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
      getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
    },
    __wbg___wbindgen_in_92f62ee1427d9e49: function(arg0, arg1) {
      const ret = arg0 in arg1;
      return ret;
    },
    __wbg___wbindgen_is_bigint_b123553bed3bb382: function(arg0) {
      const ret = typeof arg0 === "bigint";
      return ret;
    },
    __wbg___wbindgen_is_function_1f9d30630b8b1d3d: function(arg0) {
      const ret = typeof arg0 === "function";
      return ret;
    },
    __wbg___wbindgen_is_object_3c45d4f2dde4e749: function(arg0) {
      const val = arg0;
      const ret = typeof val === "object" && val !== null;
      return ret;
    },
    __wbg___wbindgen_is_string_90b56bc79aad6f6c: function(arg0) {
      const ret = typeof arg0 === "string";
      return ret;
    },
    __wbg___wbindgen_is_undefined_8865fb403f8fe9d8: function(arg0) {
      const ret = arg0 === void 0;
      return ret;
    },
    __wbg___wbindgen_jsval_eq_02babf21faa37971: function(arg0, arg1) {
      const ret = arg0 === arg1;
      return ret;
    },
    __wbg___wbindgen_jsval_loose_eq_677f21e468d6b461: function(arg0, arg1) {
      const ret = arg0 == arg1;
      return ret;
    },
    __wbg___wbindgen_number_get_2e0e7dee9f701a71: function(arg0, arg1) {
      const obj = arg1;
      const ret = typeof obj === "number" ? obj : void 0;
      getDataViewMemory0().setFloat64(arg0 + 8 * 1, isLikeNone(ret) ? 0 : ret, true);
      getDataViewMemory0().setInt32(arg0 + 4 * 0, !isLikeNone(ret), true);
    },
    __wbg___wbindgen_string_get_0380ccaa2f57f0d9: function(arg0, arg1) {
      const obj = arg1;
      const ret = typeof obj === "string" ? obj : void 0;
      var ptr1 = isLikeNone(ret) ? 0 : passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
      var len1 = WASM_VECTOR_LEN;
      getDataViewMemory0().setInt32(arg0 + 4 * 1, len1, true);
      getDataViewMemory0().setInt32(arg0 + 4 * 0, ptr1, true);
    },
    __wbg___wbindgen_throw_41e9ee4f547fc59a: function(arg0, arg1) {
      throw new Error(getStringFromWasm0(arg0, arg1));
    },
    __wbg_call_6137034ef55c9d0f: function() {
      return handleError(function(arg0, arg1) {
        const ret = arg0.call(arg1);
        return ret;
      }, arguments);
    },
    __wbg_done_b41a1d26cdb37fb6: function(arg0) {
      const ret = arg0.done;
      return ret;
    },
    __wbg_entries_fb6397112b1de25f: function(arg0) {
      const ret = Object.entries(arg0);
      return ret;
    },
    __wbg_get_658f6698067d9515: function() {
      return handleError(function(arg0, arg1) {
        const ret = Reflect.get(arg0, arg1);
        return ret;
      }, arguments);
    },
    __wbg_get_6c896e0571ddae51: function(arg0, arg1) {
      const ret = arg0[arg1 >>> 0];
      return ret;
    },
    __wbg_get_unchecked_288889d017702237: function(arg0, arg1) {
      const ret = arg0[arg1 >>> 0];
      return ret;
    },
    __wbg_get_with_ref_key_6412cf3094599694: function(arg0, arg1) {
      const ret = arg0[arg1];
      return ret;
    },
    __wbg_instanceof_ArrayBuffer_a99f175873e5d9b8: function(arg0) {
      let result;
      try {
        result = arg0 instanceof ArrayBuffer;
      } catch (_) {
        result = false;
      }
      const ret = result;
      return ret;
    },
    __wbg_instanceof_Map_b2611749102d7ba3: function(arg0) {
      let result;
      try {
        result = arg0 instanceof Map;
      } catch (_) {
        result = false;
      }
      const ret = result;
      return ret;
    },
    __wbg_instanceof_Uint8Array_828cef2aaacafc31: function(arg0) {
      let result;
      try {
        result = arg0 instanceof Uint8Array;
      } catch (_) {
        result = false;
      }
      const ret = result;
      return ret;
    },
    __wbg_isArray_e15a2ff68ffdbef2: function(arg0) {
      const ret = Array.isArray(arg0);
      return ret;
    },
    __wbg_isSafeInteger_717808ad6a54bd9e: function(arg0) {
      const ret = Number.isSafeInteger(arg0);
      return ret;
    },
    __wbg_iterator_e3c31c892080e444: function() {
      const ret = Symbol.iterator;
      return ret;
    },
    __wbg_length_7f3c00c40364105e: function(arg0) {
      const ret = arg0.length;
      return ret;
    },
    __wbg_length_d4bdea10311bd9cf: function(arg0) {
      const ret = arg0.length;
      return ret;
    },
    __wbg_new_1dbf7428bba60a42: function(arg0) {
      const ret = new Uint8Array(arg0);
      return ret;
    },
    __wbg_new_343a093a3c2ffb4e: function(arg0, arg1) {
      const ret = new Error(getStringFromWasm0(arg0, arg1));
      return ret;
    },
    __wbg_new_617a8cdb8bb1130e: function() {
      const ret = new Object();
      return ret;
    },
    __wbg_new_ee2291f50781bf1d: function() {
      const ret = new Array();
      return ret;
    },
    __wbg_next_33784799010f1bbe: function(arg0) {
      const ret = arg0.next;
      return ret;
    },
    __wbg_next_f4aac29c42af995c: function() {
      return handleError(function(arg0) {
        const ret = arg0.next();
        return ret;
      }, arguments);
    },
    __wbg_prototypesetcall_bc27214492979395: function(arg0, arg1, arg2) {
      Uint8Array.prototype.set.call(getArrayU8FromWasm0(arg0, arg1), arg2);
    },
    __wbg_set_145a351398b48c65: function() {
      return handleError(function(arg0, arg1, arg2) {
        const ret = Reflect.set(arg0, arg1, arg2);
        return ret;
      }, arguments);
    },
    __wbg_set_6be42768c690e380: function(arg0, arg1, arg2) {
      arg0[arg1] = arg2;
    },
    __wbg_set_bea140a88be9b277: function(arg0, arg1, arg2) {
      arg0[arg1 >>> 0] = arg2;
    },
    __wbg_set_name_2c630595dc90a7aa: function(arg0, arg1, arg2) {
      arg0.name = getStringFromWasm0(arg1, arg2);
    },
    __wbg_value_f3c585ee8f5ba40c: function(arg0) {
      const ret = arg0.value;
      return ret;
    },
    __wbindgen_generic_0000000000000001: function(arg0) {
      const ret = arg0;
      return ret;
    },
    __wbindgen_generic_0000000000000002: function(arg0) {
      const ret = arg0;
      return ret;
    },
    __wbindgen_generic_0000000000000003: function(arg0, arg1) {
      const ret = getStringFromWasm0(arg0, arg1);
      return ret;
    },
    __wbindgen_generic_0000000000000004: function(arg0) {
      const ret = BigInt.asUintN(64, arg0);
      return ret;
    },
    __wbindgen_init_externref_table: function() {
      const table = wasm.__wbindgen_externrefs;
      const offset = table.grow(4);
      table.set(0, void 0);
      table.set(offset + 0, void 0);
      table.set(offset + 1, null);
      table.set(offset + 2, true);
      table.set(offset + 3, false);
    }
  };
  return {
    __proto__: null,
    "./cachet_wasm_bg.js": import0
  };
}
var HashFilesMatcherFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_hashfilesmatcher_free(ptr, 1));
var RestoreMachineFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_restoremachine_free(ptr, 1));
var SaveMachineFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_savemachine_free(ptr, 1));
var Sha256Finalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_sha256_free(ptr, 1));
function addToExternrefTable0(obj) {
  const idx = wasm.__externref_table_alloc();
  wasm.__wbindgen_externrefs.set(idx, obj);
  return idx;
}
function debugString(val) {
  const type = typeof val;
  if (type == "number" || type == "boolean" || val == null) {
    return `${val}`;
  }
  if (type == "string") {
    return `"${val}"`;
  }
  if (type == "symbol") {
    const description = val.description;
    if (description == null) {
      return "Symbol";
    } else {
      return `Symbol(${description})`;
    }
  }
  if (type == "function") {
    const name = val.name;
    if (typeof name == "string" && name.length > 0) {
      return `Function(${name})`;
    } else {
      return "Function";
    }
  }
  if (Array.isArray(val)) {
    const length = val.length;
    let debug = "[";
    if (length > 0) {
      debug += debugString(val[0]);
    }
    for (let i = 1; i < length; i++) {
      debug += ", " + debugString(val[i]);
    }
    debug += "]";
    return debug;
  }
  const builtInMatches = /\[object ([^\]]+)\]/.exec(toString.call(val));
  let className;
  if (builtInMatches && builtInMatches.length > 1) {
    className = builtInMatches[1];
  } else {
    return toString.call(val);
  }
  if (className == "Object") {
    try {
      return "Object(" + JSON.stringify(val) + ")";
    } catch (_) {
      return "Object";
    }
  }
  if (val instanceof Error) {
    return `${val.name}: ${val.message}
${val.stack}`;
  }
  return className;
}
function getArrayJsValueFromWasm0(ptr, len) {
  ptr = ptr >>> 0;
  const mem = getDataViewMemory0();
  const result = [];
  for (let i = ptr; i < ptr + 4 * len; i += 4) {
    result.push(wasm.__wbindgen_externrefs.get(mem.getUint32(i, true)));
  }
  wasm.__externref_drop_slice(ptr, len);
  return result;
}
function getArrayU8FromWasm0(ptr, len) {
  ptr = ptr >>> 0;
  return getUint8ArrayMemory0().subarray(ptr / 1, ptr / 1 + len);
}
var cachedDataViewMemory0 = null;
function getDataViewMemory0() {
  if (cachedDataViewMemory0 === null || cachedDataViewMemory0.buffer.detached === true || cachedDataViewMemory0.buffer.detached === void 0 && cachedDataViewMemory0.buffer !== wasm.memory.buffer) {
    cachedDataViewMemory0 = new DataView(wasm.memory.buffer);
  }
  return cachedDataViewMemory0;
}
function getStringFromWasm0(ptr, len) {
  return decodeText(ptr >>> 0, len);
}
var cachedUint8ArrayMemory0 = null;
function getUint8ArrayMemory0() {
  if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
    cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
  }
  return cachedUint8ArrayMemory0;
}
function handleError(f, args) {
  try {
    return f.apply(this, args);
  } catch (e) {
    const idx = addToExternrefTable0(e);
    wasm.__wbindgen_exn_store(idx);
  }
}
function isLikeNone(x) {
  return x === void 0 || x === null;
}
function passArray8ToWasm0(arg, malloc) {
  const ptr = malloc(arg.length * 1, 1) >>> 0;
  getUint8ArrayMemory0().set(arg, ptr / 1);
  WASM_VECTOR_LEN = arg.length;
  return ptr;
}
function passArrayJsValueToWasm0(array, malloc) {
  const ptr = malloc(array.length * 4, 4) >>> 0;
  for (let i = 0; i < array.length; i++) {
    const add = addToExternrefTable0(array[i]);
    getDataViewMemory0().setUint32(ptr + 4 * i, add, true);
  }
  WASM_VECTOR_LEN = array.length;
  return ptr;
}
function passStringToWasm0(arg, malloc, realloc) {
  if (realloc === void 0) {
    const buf = cachedTextEncoder.encode(arg);
    const ptr2 = malloc(buf.length, 1) >>> 0;
    getUint8ArrayMemory0().subarray(ptr2, ptr2 + buf.length).set(buf);
    WASM_VECTOR_LEN = buf.length;
    return ptr2;
  }
  let len = arg.length;
  let ptr = malloc(len, 1) >>> 0;
  const mem = getUint8ArrayMemory0();
  let offset = 0;
  for (; offset < len; offset++) {
    const code = arg.charCodeAt(offset);
    if (code > 127) break;
    mem[ptr + offset] = code;
  }
  if (offset !== len) {
    if (offset !== 0) {
      arg = arg.slice(offset);
    }
    ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
    const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
    const ret = cachedTextEncoder.encodeInto(arg, view);
    offset += ret.written;
    ptr = realloc(ptr, len, offset, 1) >>> 0;
  }
  WASM_VECTOR_LEN = offset;
  return ptr;
}
function takeFromExternrefTable0(idx) {
  const value = wasm.__wbindgen_externrefs.get(idx);
  wasm.__externref_table_dealloc(idx);
  return value;
}
var cachedTextDecoder = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });
cachedTextDecoder.decode();
var MAX_SAFARI_DECODE_BYTES = 2146435072;
var numBytesDecoded = 0;
function decodeText(ptr, len) {
  numBytesDecoded += len;
  if (numBytesDecoded >= MAX_SAFARI_DECODE_BYTES) {
    cachedTextDecoder = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });
    cachedTextDecoder.decode();
    numBytesDecoded = len;
  }
  return cachedTextDecoder.decode(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}
var cachedTextEncoder = new TextEncoder();
if (!("encodeInto" in cachedTextEncoder)) {
  cachedTextEncoder.encodeInto = function(arg, view) {
    const buf = cachedTextEncoder.encode(arg);
    view.set(buf);
    return {
      read: arg.length,
      written: buf.length
    };
  };
}
var WASM_VECTOR_LEN = 0;
var wasmModule;
var wasmInstance;
var wasm;
function __wbg_finalize_init(instance, module2) {
  wasmInstance = instance;
  wasm = instance.exports;
  wasmModule = module2;
  cachedDataViewMemory0 = null;
  cachedUint8ArrayMemory0 = null;
  wasm.__wbindgen_start();
  return wasm;
}
function initSync(module2) {
  if (wasm !== void 0) return wasm;
  if (module2 !== void 0) {
    if (Object.getPrototypeOf(module2) === Object.prototype) {
      ({ module: module2 } = module2);
    } else {
      console.warn("using deprecated parameters for `initSync()`; pass a single object instead");
    }
  }
  const imports = __wbg_get_imports();
  if (!(module2 instanceof WebAssembly.Module)) {
    module2 = new WebAssembly.Module(module2);
  }
  const instance = new WebAssembly.Instance(module2, imports);
  return __wbg_finalize_init(instance, module2);
}

// js/wasm/cachet_wasm_bytes.js
var cachet_wasm_bytes_default = "AGFzbQEAAAABiQRIYAJ/fwBgAn9/AX9gAX8AYAN/f38AYAN/f38Bf2AEf39/fwBgAX8Bf2AFf39/f38AYAFvAX9gAAJ/f2AEf39/fwF/YAADf39/YAABf2ABbwFvYAJ/bwBgAABgBn9/f39/fwBgBX9/f35/AGAFf39/f38Bf2AEf39+fwBgBn9/f39/fwF/YAF/AXxgBH9/b3wCf39gAm9vAW9gAAFvYAJ/fwFvYAJvbwF/YAF/An9/YAJvfwFvYAF+AW9gBn9/f39+fwBgCH9/fn9/f39/AGADf39/AX5gB39/f39+f38AYAd/f39/f39/AGAFf35+fn4AYAR/fn5/AGAGf39/f39/A39/f2ACb3wDf39/YAJ/fAN/f39gAn9/An9/YANvf28AYANvb28AYAN/f28AYANvf38AYANvb28Bf2ABbwF8YAF8AW9gCH9/f39/f39/AGACf38BfmAJf39/f39/fn5+AGAEf35+fgBgBH9/f34AYAR/f398AGADf39+AGAGf39/fn9/AGAGf39/fX9/AGAGf39/fH9/AGAIf39/f39/f38Df39/YAV/f39/fwJ/f2AEf39/fwJ/f2AEf398fwJ/f2ABfwN/f39gAW8Df39/YAV/f3x/fwBgBX9/fn9/AGAFf399f38AYAF/An98YAF+AX9gAXwBf2AHf39/f39/fwN/f39gAAJ/fAKKFjETLi9jYWNoZXRfd2FzbV9iZy5qcyVfX3diZ19pbnN0YW5jZW9mX01hcF9iMjYxMTc0OTEwMmQ3YmEzAAgTLi9jYWNoZXRfd2FzbV9iZy5qcx1fX3diZ19sZW5ndGhfZDRiZGVhMTAzMTFiZDljZgAIEy4vY2FjaGV0X3dhc21fYmcuanMkX193YmdfZ2V0X3VuY2hlY2tlZF8yODg4ODlkMDE3NzAyMjM3ABwTLi9jYWNoZXRfd2FzbV9iZy5qcxpfX3diZ19zZXRfYmVhMTQwYTg4YmU5YjI3NwApEy4vY2FjaGV0X3dhc21fYmcuanMbX193YmdfbmV4dF9mNGFhYzI5YzQyYWY5OTVjAA0TLi9jYWNoZXRfd2FzbV9iZy5qcxtfX3diZ19kb25lX2I0MWExZDI2Y2RiMzdmYjYACBMuL2NhY2hldF93YXNtX2JnLmpzHF9fd2JnX3ZhbHVlX2YzYzU4NWVlOGY1YmE0MGMADRMuL2NhY2hldF93YXNtX2JnLmpzGl9fd2JnX2dldF82Yzg5NmUwNTcxZGRhZTUxABwTLi9jYWNoZXRfd2FzbV9iZy5qcydfX3diZ19nZXRfd2l0aF9yZWZfa2V5XzY0MTJjZjMwOTQ1OTk2OTQAFxMuL2NhY2hldF93YXNtX2JnLmpzGl9fd2JnX3NldF82YmU0Mjc2OGM2OTBlMzgwACoTLi9jYWNoZXRfd2FzbV9iZy5qcx1fX3diZ19TdHJpbmdfODU2NGU1NTk3OTllY2NkYQAOEy4vY2FjaGV0X3dhc21fYmcuanMaX193YmdfbmV3X2VlMjI5MWY1MDc4MWJmMWQAGBMuL2NhY2hldF93YXNtX2JnLmpzGl9fd2JnX25ld182MTdhOGNkYjhiYjExMzBlABgTLi9jYWNoZXRfd2FzbV9iZy5qcxpfX3diZ19uZXdfMWRiZjc0MjhiYmE2MGE0MgANEy4vY2FjaGV0X3dhc21fYmcuanMdX193YmdfbGVuZ3RoXzdmM2MwMGM0MDM2NDEwNWUACBMuL2NhY2hldF93YXNtX2JnLmpzJ19fd2JnX3Byb3RvdHlwZXNldGNhbGxfYmMyNzIxNDQ5Mjk3OTM5NQArEy4vY2FjaGV0X3dhc21fYmcuanMbX193YmdfY2FsbF82MTM3MDM0ZWY1NWM5ZDBmABcTLi9jYWNoZXRfd2FzbV9iZy5qcyxfX3diZ19pbnN0YW5jZW9mX1VpbnQ4QXJyYXlfODI4Y2VmMmFhYWNhZmMzMQAIEy4vY2FjaGV0X3dhc21fYmcuanMtX193YmdfaW5zdGFuY2VvZl9BcnJheUJ1ZmZlcl9hOTlmMTc1ODczZTVkOWI4AAgTLi9jYWNoZXRfd2FzbV9iZy5qcx5fX3diZ19pc0FycmF5X2UxNWEyZmY2OGZmZGJlZjIACBMuL2NhY2hldF93YXNtX2JnLmpzGl9fd2JnX25ld18zNDNhMDkzYTNjMmZmYjRlABkTLi9jYWNoZXRfd2FzbV9iZy5qcx9fX3diZ19zZXRfbmFtZV8yYzYzMDU5NWRjOTBhN2FhACwTLi9jYWNoZXRfd2FzbV9iZy5qcyRfX3diZ19pc1NhZmVJbnRlZ2VyXzcxNzgwOGFkNmE1NGJkOWUACBMuL2NhY2hldF93YXNtX2JnLmpzHl9fd2JnX2VudHJpZXNfZmI2Mzk3MTEyYjFkZTI1ZgANEy4vY2FjaGV0X3dhc21fYmcuanMfX193YmdfaXRlcmF0b3JfZTNjMzFjODkyMDgwZTQ0NAAYEy4vY2FjaGV0X3dhc21fYmcuanMaX193YmdfZ2V0XzY1OGY2Njk4MDY3ZDk1MTUAFxMuL2NhY2hldF93YXNtX2JnLmpzGl9fd2JnX3NldF8xNDVhMzUxMzk4YjQ4YzY1AC0TLi9jYWNoZXRfd2FzbV9iZy5qcxtfX3diZ19uZXh0XzMzNzg0Nzk5MDEwZjFiYmUADRMuL2NhY2hldF93YXNtX2JnLmpzLF9fd2JnX19fd2JpbmRnZW5fbnVtYmVyX2dldF8yZTBlN2RlZTlmNzAxYTcxAA4TLi9jYWNoZXRfd2FzbV9iZy5qcyRfX3diZ19fX3diaW5kZ2VuX2luXzkyZjYyZWUxNDI3ZDllNDkAGhMuL2NhY2hldF93YXNtX2JnLmpzJ19fd2JnX19fd2JpbmRnZW5fdGhyb3dfNDFlOWVlNGY1NDdmYzU5YQAAEy4vY2FjaGV0X3dhc21fYmcuanMqX193YmdfX193YmluZGdlbl9qc3ZhbF9lcV8wMmJhYmYyMWZhYTM3OTcxABoTLi9jYWNoZXRfd2FzbV9iZy5qcx1fX3diZ19OdW1iZXJfMTRhZjEwMDNiOGRkNWVhZAAuEy4vY2FjaGV0X3dhc21fYmcuanMcX193YmdfRXJyb3JfMzBjODk4N2Y3YzJlZDRlMgAZEy4vY2FjaGV0X3dhc21fYmcuanMrX193YmdfX193YmluZGdlbl9pc19iaWdpbnRfYjEyMzU1M2JlZDNiYjM4MgAIEy4vY2FjaGV0X3dhc21fYmcuanMrX193YmdfX193YmluZGdlbl9pc19vYmplY3RfM2M0NWQ0ZjJkZGU0ZTc0OQAIEy4vY2FjaGV0X3dhc21fYmcuanMrX193YmdfX193YmluZGdlbl9pc19zdHJpbmdfOTBiNTZiYzc5YWFkNmY2YwAIEy4vY2FjaGV0X3dhc21fYmcuanMsX193YmdfX193YmluZGdlbl9zdHJpbmdfZ2V0XzAzODBjY2FhMmY1N2YwZDkADhMuL2NhY2hldF93YXNtX2JnLmpzLV9fd2JnX19fd2JpbmRnZW5fYm9vbGVhbl9nZXRfNWI0NDZmNTFhZmQyMTAxMwAIEy4vY2FjaGV0X3dhc21fYmcuanMtX193YmdfX193YmluZGdlbl9pc19mdW5jdGlvbl8xZjlkMzA2MzBiOGIxZDNkAAgTLi9jYWNoZXRfd2FzbV9iZy5qcy5fX3diZ19fX3diaW5kZ2VuX2lzX3VuZGVmaW5lZF84ODY1ZmI0MDNmOGZlOWQ4AAgTLi9jYWNoZXRfd2FzbV9iZy5qczBfX3diZ19fX3diaW5kZ2VuX2pzdmFsX2xvb3NlX2VxXzY3N2YyMWU0NjhkNmI0NjEAGhMuL2NhY2hldF93YXNtX2JnLmpzM19fd2JnX19fd2JpbmRnZW5fYmlnaW50X2dldF9hc19pNjRfYTIzODMyMDJiOTM1M2U0YwAOEy4vY2FjaGV0X3dhc21fYmcuanMuX193YmdfX193YmluZGdlbl9kZWJ1Z19zdHJpbmdfNDY4N2Q4ZDhjMjAxN2Q1MgAOEy4vY2FjaGV0X3dhc21fYmcuanMfX193YmluZGdlbl9pbml0X2V4dGVybnJlZl90YWJsZQAPEy4vY2FjaGV0X3dhc21fYmcuanMjX193YmluZGdlbl9nZW5lcmljXzAwMDAwMDAwMDAwMDAwMDEALxMuL2NhY2hldF93YXNtX2JnLmpzI19fd2JpbmRnZW5fZ2VuZXJpY18wMDAwMDAwMDAwMDAwMDAyAB0TLi9jYWNoZXRfd2FzbV9iZy5qcyNfX3diaW5kZ2VuX2dlbmVyaWNfMDAwMDAwMDAwMDAwMDAwMwAZEy4vY2FjaGV0X3dhc21fYmcuanMjX193YmluZGdlbl9nZW5lcmljXzAwMDAwMDAwMDAwMDAwMDQAHQO/BL0EBhMeExAAMAADCgMDBR8AEQUFBQMBFAQKBRMHAwMDBBQDIB4CFAMDCgMEAwEBBSEABAoBBAAFABIBBxAiAAQBADEgAwUDABEAAwMBMgMAAAMDAAAAEQUQAQADAwABAAAAAAAAAAAEAQMBBwAFAAEDAwUBAQEhAQAAAQwAATMHBQAAAAAAAQMHBAIABgMBAwM0EQEDBwEBBAEBBQAAAB8HAwMAAwEABwMBBQYFEDUHIgQDCgAAAAAFAAIGBQMKAQAEAwEAAAMBAQAADAADAAAHAwAAAAIEEQAAAAUFBAEjEgMCAAAAAgEAAzYAAgMHAwEAAAADAhAAAAICAAAAAAICAAIAAAAAAAcEAgAEAwUHBwUHEzc4OQMABwcDAwACBAAEAAMEBAACJCQBAQQDAAMAAgQBBAICAgIAAgICAgICAgICAgEEAgcAAAECAgMDAwMAAgoGAAIDAwIGBQIEAQICAgUCAgADAwESIzoCAhUCAgICFQICAgAAAwYBAiUlAgIBAQIAAAICAAQCAAA7AgYHPD0WFiYnFhYmJwIDAD4/AAICABQCKCgFQBJBQgEAGxsbQwIKBAoBAgEMDAECDwICAgYAAwYCAQICAAABAwMBAQEBAgMCAwAABANEAAIGAQEBBwEMDAIBAQEDAQAABgYBAwEBAAEBBgQDBAQGBgYGBAQCAgEBAQIBAQICAgECAQ8ADwIAAAEBAQQBAQEBAQEBAQEBAQEBAQEBAQEBAQYBRQAABgYGFRUBDwUDEgNGBAsCcAGUAZQBbwCACAUDAQARBhkDfwFBgIDAAAt/AEHgt8MAC38AQai4wwALB4MJLwZtZW1vcnkCABtfX3diZ19oYXNoZmlsZXNtYXRjaGVyX2ZyZWUAqgIZX193YmdfcmVzdG9yZW1hY2hpbmVfZnJlZQCrAhZfX3diZ19zYXZlbWFjaGluZV9mcmVlAKwCEV9fd2JnX3NoYTI1Nl9mcmVlALoCCWNoZWNrS2V5cwDAAw5leHBsYWluVmVyc2lvbgDOAxloYXNoZmlsZXNtYXRjaGVyX2NsYXNzaWZ5ALsCIWhhc2hmaWxlc21hdGNoZXJfY2xhc3NpZnlDaGlsZHJlbgC8AxhoYXNoZmlsZXNtYXRjaGVyX2V4cGxhaW4AzQMeaGFzaGZpbGVzbWF0Y2hlcl9mb3JDYWNoZVBhdGhzAKwDFGhhc2hmaWxlc21hdGNoZXJfbmV3AK0DHGhhc2hmaWxlc21hdGNoZXJfc2VhcmNoUm9vdHMA3gMGbG9nVXJsANYDCm1hdGNoRW50cnkAmgMacmVzdG9yZW1hY2hpbmVfYXJjaGl2ZVNpemUA4QMccmVzdG9yZW1hY2hpbmVfYnl0ZXNSZWNlaXZlZADlBB1yZXN0b3JlbWFjaGluZV9oYW5kbGVSZXNwb25zZQDGAyNyZXN0b3JlbWFjaGluZV9oYW5kbGVUcmFuc3BvcnRFcnJvcgDHAxlyZXN0b3JlbWFjaGluZV9tYXRjaGVkS2V5AOADEnJlc3RvcmVtYWNoaW5lX25ldwDIAxNyZXN0b3JlbWFjaGluZV9wb2xsAMkDG3NhdmVtYWNoaW5lX2FyY2hpdmVGaW5pc2hlZACJAxVzYXZlbWFjaGluZV9ibG9ja1NpemUAogMac2F2ZW1hY2hpbmVfYnl0ZXNBbm5vdW5jZWQA5gQZc2F2ZW1hY2hpbmVfYnl0ZXNVcGxvYWRlZACdAxpzYXZlbWFjaGluZV9jYW5BY2NlcHRCbG9jawDdBBdzYXZlbWFjaGluZV9oYW5kbGVCbG9jawDBAxpzYXZlbWFjaGluZV9oYW5kbGVSZXNwb25zZQDCAyBzYXZlbWFjaGluZV9oYW5kbGVUcmFuc3BvcnRFcnJvcgDDAw9zYXZlbWFjaGluZV9uZXcAxAMQc2F2ZW1hY2hpbmVfcG9sbADFAwlzaGEyNTZIZXgA1QMNc2hhMjU2X2RpZ2VzdADfAwpzaGEyNTZfbmV3APoBDXNoYTI1Nl91cGRhdGUA0gIPX19hYm9ydF9oYW5kbGVyAwEVX19pbnN0YW5jZV90ZXJtaW5hdGVkAwIRX193YmluZGdlbl9tYWxsb2MA8wISX193YmluZGdlbl9yZWFsbG9jAIIDFF9fd2JpbmRnZW5fZXhuX3N0b3JlAIQEF19fZXh0ZXJucmVmX3RhYmxlX2FsbG9jAKoBFV9fd2JpbmRnZW5fZXh0ZXJucmVmcwEBGV9fZXh0ZXJucmVmX3RhYmxlX2RlYWxsb2MArgIPX193YmluZGdlbl9mcmVlAIUEFl9fZXh0ZXJucmVmX2Ryb3Bfc2xpY2UAtwMQX193YmluZGdlbl9zdGFydAAsCacCAQBBAQuTAaIBogSNApIEb6kB+QKfAtMEygTKBNAE2gSWBNEEzwTSBLQEoQTbBNgE1QS1BM0EywTXBM4E2QTUBNYEzATVBNwEyQS2BPQCtQGpBLME2QLaArcElwSsAcUBngGWAoEEuAS4BOcE5wToA+gDhQPUAYIEzgLJAacE7gHxA94EvQIt5AO9Ar0CnQKdAp0CnQKdAuMDpQKdAtgDpQKlAp0CwwKdAtkD2gPbA6UCxAKlAsUC2QPTA7sD5wLKA/sCnwS9BNMCowG8BL4E5gOXAfIBpATwAesDqgQvMC6XBOgE4ASZAZcEogSxA/UD1AKkAa8EoQSAA6MEwwTsA5cD1QGSAuEEhwSGBPUD2wKmAbAExQSSBP4DpQRp9gHGBMcEvQHCAQwBLwql6w69BNYlAgl/AX4jAEEQayIIJAACQAJAAkAgAEH1AU8EQCAAQcz/e0sEQEEAIQAMBAsgAEELaiIBQXhxIQVBgLzDACgCACIJRQ0CQR8hBiAAQfX//wdPDQEgBUEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+aiEGDAELAkACQAJAAkACQEH8u8MAKAIAIgRBECAAQQtqQfgDcSAAQQtJGyIFQQN2IgB2IgFBA3EEQCABQX9zQQFxIABqIgdBA3QiAUH0ucMAaiIAIAFB/LnDAGooAgAiAigCCCIDRg0BIAMgADYCDCAAIAM2AggMAgsgBUGEvMMAKAIATQ0GIAENAkGAvMMAKAIAIgBFDQYgAGhBAnRB5LjDAGooAgAiASgCBEF4cSAFayEDIAEhAgNAAkAgASgCECIADQAgASgCFCIADQAgAigCGCEGAkACQCACIAIoAgwiAEYEQCACQRRBECACKAIUIgAbaigCACIBDQFBACEADAILIAIoAggiASAANgIMIAAgATYCCAwBCyACQRRqIAJBEGogABshBANAIAQhByABIgBBFGogAEEQaiAAKAIUIgEbIQQgAEEUQRAgARtqKAIAIgENAAsgB0EANgIACyAGRQ0GAkAgAigCHEECdEHkuMMAaiIBKAIAIAJHBEAgAiAGKAIQRwRAIAYgADYCFCAADQIMCQsgBiAANgIQIAANAQwICyABIAA2AgAgAEUNBgsgACAGNgIYIAIoAhAiAQRAIAAgATYCECABIAA2AhgLIAIoAhQiAUUNBiAAIAE2AhQgASAANgIYDAYLIAAoAgRBeHEgBWsiASADIAEgA0kiARshAyAAIAIgARshAiAAIQEMAAsAC0H8u8MAIARBfiAHd3E2AgALIAJBCGohACACIAFBA3I2AgQgASACaiIBIAEoAgRBAXI2AgQMBQsCQEECIAB0IgJBACACa3IgASAAdHFoIgdBA3QiAUH0ucMAaiICIAFB/LnDAGooAgAiACgCCCIDRwRAIAMgAjYCDCACIAM2AggMAQtB/LvDACAEQX4gB3dxNgIACyAAIAVBA3I2AgQgACAFaiIGIAEgBWsiB0EBcjYCBCAAIAFqIAc2AgBBhLzDACgCACICBEBBjLzDACgCACEBAkBB/LvDACgCACIEQQEgAkEDdnQiA3FFBEBB/LvDACADIARyNgIAIAJBeHFB9LnDAGoiAyEEDAELIAJBeHEiAkH0ucMAaiEEIAJB/LnDAGooAgAhAwsgBCABNgIIIAMgATYCDCABIAQ2AgwgASADNgIICyAAQQhqIQBBjLzDACAGNgIAQYS8wwAgBzYCAAwEC0GAvMMAQYC8wwAoAgBBfiACKAIcd3E2AgALAkACQCADQRBPBEAgAiAFQQNyNgIEIAIgBWoiByADQQFyNgIEIAMgB2ogAzYCAEGEvMMAKAIAIgFFDQFBjLzDACgCACEAAkBB/LvDACgCACIEQQEgAUEDdnQiBnFFBEBB/LvDACAEIAZyNgIAIAFBeHFB9LnDAGoiBCEBDAELIAFBeHEiBEH0ucMAaiEBIARB/LnDAGooAgAhBAsgASAANgIIIAQgADYCDCAAIAE2AgwgACAENgIIDAELIAIgAyAFaiIAQQNyNgIEIAAgAmoiACAAKAIEQQFyNgIEDAELQYy8wwAgBzYCAEGEvMMAIAM2AgALIAJBCGoiAEUNAQwCC0EAIAVrIQMCQAJAAkAgBkECdEHkuMMAaigCACICRQRAQQAhAUEAIQAMAQtBACEBIAVBGSAGQQF2a0EAIAZBH0cbdCEEQQAhAANAAkAgAigCBEF4cSIHIAVJDQAgByAFayIHIANPDQAgAiEBIAciAw0AQQAhAyABIQAMAwsgAigCFCIHIAAgByACIARBHXZBBHFqKAIQIgJHGyAAIAcbIQAgBEEBdCEEIAINAAsLIAAgAXJFBEBBACEBQQIgBnQiAEEAIABrciAJcSIARQ0DIABoQQJ0QeS4wwBqKAIAIQALIABFDQELA0AgAyAAKAIEQXhxIgIgBWsiBCADIAMgBEsiBBsgAiAFSSICGyEDIAEgACABIAQbIAIbIQEgACgCECICBH8gAgUgACgCFAsiAA0ACwsgAUUNACAFQYS8wwAoAgAiAE0gAyAAIAVrT3ENACABKAIYIQYCQAJAIAEgASgCDCIARgRAIAFBFEEQIAEoAhQiABtqKAIAIgINAUEAIQAMAgsgASgCCCICIAA2AgwgACACNgIIDAELIAFBFGogAUEQaiAAGyEEA0AgBCEHIAIiAEEUaiAAQRBqIAAoAhQiAhshBCAAQRRBECACG2ooAgAiAg0ACyAHQQA2AgALAkAgBkUNAAJAAkAgASgCHEECdEHkuMMAaiICKAIAIAFHBEAgASAGKAIQRwRAIAYgADYCFCAADQIMBAsgBiAANgIQIAANAQwDCyACIAA2AgAgAEUNAQsgACAGNgIYIAEoAhAiAgRAIAAgAjYCECACIAA2AhgLIAEoAhQiAkUNASAAIAI2AhQgAiAANgIYDAELQYC8wwBBgLzDACgCAEF+IAEoAhx3cTYCAAsCQCADQRBPBEAgASAFQQNyNgIEIAEgBWoiACADQQFyNgIEIAAgA2ogAzYCACADQYACTwRAIAAgAxCMAQwCCwJAQfy7wwAoAgAiAkEBIANBA3Z0IgRxRQRAQfy7wwAgAiAEcjYCACADQfgBcUH0ucMAaiIDIQIMAQsgA0H4AXEiBEH0ucMAaiECIARB/LnDAGooAgAhAwsgAiAANgIIIAMgADYCDCAAIAI2AgwgACADNgIIDAELIAEgAyAFaiIAQQNyNgIEIAAgAWoiACAAKAIEQQFyNgIECyABQQhqIgANAQsCQAJAAkACQAJAIAVBhLzDACgCACIBSwRAIAVBiLzDACgCACIATwRAIAhBBGohAAJ/IAVBr4AEakGAgHxxIgFBEHYgAUH//wNxQQBHaiIBQAAiBEF/RgRAQQAhAUEADAELIAFBEHQiAkEQayACIARBEHQiAUEAIAJrRhsLIQIgAEEANgIIIAAgAjYCBCAAIAE2AgAgCCgCBCIBRQRAQQAhAAwICyAIKAIMIQdBlLzDACAIKAIIIgRBlLzDACgCAGoiADYCAEGYvMMAIABBmLzDACgCACICIAAgAksbNgIAAkACQEGQvMMAKAIAIgIEQEHkucMAIQADQCABIAAoAgAiAyAAKAIEIgZqRg0CIAAoAggiAA0ACwwCC0GgvMMAKAIAIgBBACAAIAFNG0UEQEGgvMMAIAE2AgALQaS8wwBB/x82AgBB8LnDACAHNgIAQei5wwAgBDYCAEHkucMAIAE2AgBBgLrDAEH0ucMANgIAQYi6wwBB/LnDADYCAEH8ucMAQfS5wwA2AgBBkLrDAEGEusMANgIAQYS6wwBB/LnDADYCAEGYusMAQYy6wwA2AgBBjLrDAEGEusMANgIAQaC6wwBBlLrDADYCAEGUusMAQYy6wwA2AgBBqLrDAEGcusMANgIAQZy6wwBBlLrDADYCAEGwusMAQaS6wwA2AgBBpLrDAEGcusMANgIAQbi6wwBBrLrDADYCAEGsusMAQaS6wwA2AgBBwLrDAEG0usMANgIAQbS6wwBBrLrDADYCAEG8usMAQbS6wwA2AgBByLrDAEG8usMANgIAQcS6wwBBvLrDADYCAEHQusMAQcS6wwA2AgBBzLrDAEHEusMANgIAQdi6wwBBzLrDADYCAEHUusMAQcy6wwA2AgBB4LrDAEHUusMANgIAQdy6wwBB1LrDADYCAEHousMAQdy6wwA2AgBB5LrDAEHcusMANgIAQfC6wwBB5LrDADYCAEHsusMAQeS6wwA2AgBB+LrDAEHsusMANgIAQfS6wwBB7LrDADYCAEGAu8MAQfS6wwA2AgBBiLvDAEH8usMANgIAQfy6wwBB9LrDADYCAEGQu8MAQYS7wwA2AgBBhLvDAEH8usMANgIAQZi7wwBBjLvDADYCAEGMu8MAQYS7wwA2AgBBoLvDAEGUu8MANgIAQZS7wwBBjLvDADYCAEGou8MAQZy7wwA2AgBBnLvDAEGUu8MANgIAQbC7wwBBpLvDADYCAEGku8MAQZy7wwA2AgBBuLvDAEGsu8MANgIAQay7wwBBpLvDADYCAEHAu8MAQbS7wwA2AgBBtLvDAEGsu8MANgIAQci7wwBBvLvDADYCAEG8u8MAQbS7wwA2AgBB0LvDAEHEu8MANgIAQcS7wwBBvLvDADYCAEHYu8MAQcy7wwA2AgBBzLvDAEHEu8MANgIAQeC7wwBB1LvDADYCAEHUu8MAQcy7wwA2AgBB6LvDAEHcu8MANgIAQdy7wwBB1LvDADYCAEHwu8MAQeS7wwA2AgBB5LvDAEHcu8MANgIAQfi7wwBB7LvDADYCAEHsu8MAQeS7wwA2AgBBkLzDACABQQ9qQXhxIgBBCGsiAjYCAEH0u8MAQey7wwA2AgBBiLzDACAEQShrIgQgASAAa2pBCGoiADYCACACIABBAXI2AgQgASAEakEoNgIEQZy8wwBBgICAATYCAAwICyACIANJIAEgAk1yDQAgACgCDCIDQQFxDQAgA0EBdiAHRg0DC0GgvMMAQaC8wwAoAgAiACABIAAgAUkbNgIAIAEgBGohA0HkucMAIQACQAJAA0AgAyAAKAIAIgZHBEAgACgCCCIADQEMAgsLIAAoAgwiA0EBcQ0AIANBAXYgB0YNAQtB5LnDACEAA0ACQCACIAAoAgAiA08EQCACIAMgACgCBGoiBkkNAQsgACgCCCEADAELC0GQvMMAIAFBD2pBeHEiAEEIayIDNgIAQYi8wwAgBEEoayIJIAEgAGtqQQhqIgA2AgAgAyAAQQFyNgIEIAEgCWpBKDYCBEGcvMMAQYCAgAE2AgAgAiAGQSBrQXhxQQhrIgAgACACQRBqSRsiA0EbNgIEQeS5wwApAgAhCiADQRBqQey5wwApAgA3AgAgA0EIaiIAIAo3AgBB8LnDACAHNgIAQei5wwAgBDYCAEHkucMAIAE2AgBB7LnDACAANgIAIANBHGohAANAIABBBzYCACAAQQRqIgAgBkkNAAsgAiADRg0HIAMgAygCBEF+cTYCBCACIAMgAmsiAEEBcjYCBCADIAA2AgAgAEGAAk8EQCACIAAQjAEMCAsCQEH8u8MAKAIAIgFBASAAQQN2dCIEcUUEQEH8u8MAIAEgBHI2AgAgAEH4AXFB9LnDAGoiACEBDAELIABB+AFxIgBB9LnDAGohASAAQfy5wwBqKAIAIQALIAEgAjYCCCAAIAI2AgwgAiABNgIMIAIgADYCCAwHCyAAIAE2AgAgACAAKAIEIARqNgIEIAFBD2pBeHFBCGsiBCAFQQNyNgIEIAZBD2pBeHFBCGsiAyAEIAVqIgBrIQUgA0GQvMMAKAIARg0DIANBjLzDACgCAEYNBCADKAIEIgJBA3FBAUYEQCADIAJBeHEiARB/IAEgBWohBSABIANqIgMoAgQhAgsgAyACQX5xNgIEIAAgBUEBcjYCBCAAIAVqIAU2AgAgBUGAAk8EQCAAIAUQjAEMBgsCQEH8u8MAKAIAIgFBASAFQQN2dCICcUUEQEH8u8MAIAEgAnI2AgAgBUH4AXFB9LnDAGoiBSEDDAELIAVB+AFxIgFB9LnDAGohAyABQfy5wwBqKAIAIQULIAMgADYCCCAFIAA2AgwgACADNgIMIAAgBTYCCAwFC0GIvMMAIAAgBWsiATYCAEGQvMMAQZC8wwAoAgAiACAFaiICNgIAIAIgAUEBcjYCBCAAIAVBA3I2AgQgAEEIaiEADAYLQYy8wwAoAgAhAAJAIAEgBWsiAkEPTQRAQYy8wwBBADYCAEGEvMMAQQA2AgAgACABQQNyNgIEIAAgAWoiASABKAIEQQFyNgIEDAELQYS8wwAgAjYCAEGMvMMAIAAgBWoiBDYCACAEIAJBAXI2AgQgACABaiACNgIAIAAgBUEDcjYCBAsgAEEIaiEADAULIAAgBCAGajYCBEGQvMMAQZC8wwAoAgAiAEEPakF4cSIBQQhrIgI2AgBBiLzDAEGIvMMAKAIAIARqIgQgACABa2pBCGoiATYCACACIAFBAXI2AgQgACAEakEoNgIEQZy8wwBBgICAATYCAAwDC0GQvMMAIAA2AgBBiLzDAEGIvMMAKAIAIAVqIgE2AgAgACABQQFyNgIEDAELQYy8wwAgADYCAEGEvMMAQYS8wwAoAgAgBWoiATYCACAAIAFBAXI2AgQgACABaiABNgIACyAEQQhqIQAMAQtBACEAQYi8wwAoAgAiASAFTQ0AQYi8wwAgASAFayIBNgIAQZC8wwBBkLzDACgCACIAIAVqIgI2AgAgAiABQQFyNgIEIAAgBUEDcjYCBCAAQQhqIQALIAhBEGokACAAC6AkAQh/IwBBkANrIgQkACAEQQhqIgUgAUEw/AoAACABQQA2AgAgBEE4aiAFQTD8CgAAIARB6ABqIANBKPwKAAAgBCgCaCEHAkACQAJAAkACQAJAAkACQAJAIAQoAjgiBUEHRgRAIAFBCGohAyAHQQJJBEAgBEEHNgLgAiAEIAP9AAMQ/QsD+AIgBCAD/QADAP0LA+gCDAkLIAQgA/0AAhD9CwKoASAEIAP9AAIA/QsCmAFBByEDQYKAgIB4IQYMAQsCQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgB0EBaw4DAAgHAQsCQAJAIAEoAsABIgNB0IYDTQRAIAVBAmsOAwEEAgQLIARBLjYCxAIgBCABQfgAajYCwAIgBEEBNgK8AiAEQYTQwQA2ArgCIARBkAJqQfmswAAgBEG4AmoQfSAEQgc3A+gCIARBBToAgAMgBEEAOwH8AiAEQQc2AuACIAQgBCkDkAI3A/ACIAQgBCgCmAI2AvgCDAULIARB4AJqIAEgBEEIakEEchDRASAEKAI4QQFrDgcbHBkYFxYUHAsgBCABKAIYIgU2AsACIAQgASkCEDcDuAIgBEEIakEEciEGAkAgAyAFTQRAIAQgAzYCwAIMAQsgBEG4AmogAyAFaxD7AQsgBCAEKALAAjYC+AIgBCAEKQO4AjcD8AIgBEEENgLgAiAEIAYpAgA3AuQCIAQgBigCCDYC7AIMEgsgBUUNAQsgBEHgAmogBEEIakEw/AoAAAwZCyAEQcgBaiABQTBqQQEQtgEgBAJ/IAQoAsgBQYCAgIB4RwRAIAQgBCgC0AE2AvgCIAQgBCkCyAE3A/ACIARCBjcD6AJBBwwBCyABKQLkASECIAQgASkD8AE3AsACIAQgAjcCuAIgBEHgAmoiA0GAAUEBQQEQ6wEgBCgC5AIhBSAEKALgAkEBRg0CIARBADYCmAIgBCAEKALoAjYClAIgBCAFNgKQAiAEIARBkAJqIgo2AuACIwBBEGsiBSQAIARBuAJqIgYoAgwhByAGKAIEIQkgAygCACILQb/RwABBARCgBCAFIAcgCXIEf0EBBSALQbzRwABBARCgBEEACzoADCAFIAM2AggCQCAJBEAgBUEIakHU0cAAQQMgBhDiASIDDQELIAcEQCAFQQhqQfvLwQBBByAGQQhqEOIBIgMNAQtBACEDIAUtAAxFDQAgBSgCCCgCAEG80cAAQQEQoAQLIAVBEGokACADIgUEQCAKEL0EDAQLIAQoApQCIQUgBCgCkAIiA0GAgICAeEYNAyAEKAKYAiEGIARBADoAiAMgBEEANgKEAyAEIAY2AoADIAQgBTYC/AIgBCADNgL4AiAEQgA3A/ACIARBADYC6AJBAQs2AuACCyAEKAI4QQFrDgcWFRQTEhEPFwsgBSAEKALoAhD6AwALIAQgBTYC4AJB+tXBAEEdIARB4AJqQZDdwQBBmNbBABDIAgALAkACQAJAAkACQAJAAkACQAJAIAVBAWsOBgAQAQIDBBALIAQoAkBBAUcNDyAEKAJEIAQoAmxHDQ8gBEHIAWoiBSABQQhqQSj8CgAAIAQgA/0AAxj9CwOAAiAEIAP9AAMI/QsD8AEgBEGQAmoiAyAFIARB8AFqIAIgAUEwahCGAiAEQbgCaiIGIAVBKPwKAAAgBEHgAmogASAGIAMQQiAEQfgBahC9BAwOCyAEKAJIQQFHDQ4gBCgCTCAEKAJsRw0OIAQgASgCDDYC+AEgBCABKQIENwPwASAEIAEpAyA3A9gBIAQgAf0AAxD9CwPIASAEIAP9AAMY/QsDoAIgBCAD/QADCP0LA5ACIARBuAJqIAEgBEHIAWogBEGQAmogAkGI0MEAQQgQpQEgBCkDuAJCCFENAyAEIAT9AAPIAv0LA/gCIAQgBP0AA7gC/QsD6AIgBEEHNgLgAiAEQZgCahC9BCAEQfABahC9BAwICyAEKAJQIgVFDQ0gBUEFdCEIIAQoAkwhBiAEKAJsIQkDQCAGKAIAQQFGBEAgBkEEaigCACAJRg0FCyAGQSBqIQYgCEEgayIIDQALDA0LIAQoAkhBAUcNDCAEKAJMIAQoAmxHDQwgBCABKAIMNgL4ASAEIAEpAgQ3A/ABIAQgASkDIDcD2AEgBCAB/QADEP0LA8gBIAQgA/0AAxj9CwOgAiAEIAP9AAMI/QsDkAIgBEG4AmogASAEQcgBaiAEQZACaiACQcTQwQBBDhClASAEKQO4AkIIUQ0DIAQgBP0AA8gC/QsD+AIgBCAE/QADuAL9CwPoAiAEQQc2AuACIARBmAJqEL0EIARB8AFqEL0EDAoLIAQoAkBBAUcNCyAEKAJEIAQoAmxGDQMMCwsgBCAEKAIUNgLsAiAEIAQpAgw3AuQCIAQgBCkDyAE3A/ACIAQgBP0AA9AB/QsD+AIgBEEDNgLgAiAEQZgCahC9BAwECyAEIAEoAgw2AsABIAQgASkCBDcDuAEgBCABKAIYIgU2AvgBIAQgASkCEDcD8AEgBCAD/QADGP0LA6ACIAQgA/0AAwj9CwOQAgJAIAUEQCAFQQV0IQYgBEEYaiEIIARBCGpBBHIhByAEKAL0ASEFQQAhAwNAIAUoAgBBAUYEQCAFQQRqKAIAIAlGDQMLIAVBIGohBSADQQFqIQMgBkEgayIGDQALC0GQ0MEAQRRB1NDBABCHAwALIAQgAzYCxAEgBEEBNgLkAiAEIARBxAFqNgLgAiAEQcgBaiIDQfWEwAAgBEHgAmoQ9QEgBEG4AmogASAFIARBkAJqIAIgBCgCzAEgBCgC0AEQpQEgBCkDuAJCCFIEQCAEIAT9AAPIAv0LA/gCIAQgBP0AA7gC/QsD6AIgBEEHNgLgAiADEL0EIARBmAJqEL0EIARB8AFqQQhBIBCQAiAEQbgBahC9BAwOCyAEQQQ2AuACIAQgBygCCDYC7AIgBCAHKQIANwLkAiAEIAgpAwA3A/ACIAQgCCgCCDYC+AIgBEHIAWoQvQQgBEGYAmoQvQQMDQsgBCAEKAIUNgLsAiAEIAQpAgw3AuQCIAQgBCkDyAE3A/ACIAQgBP0AA9AB/QsD+AIgBEEFNgLgAiAEQZgCahC9BAwGCyAEQcgBaiIFIAFBCGpBKPwKAAAgBCAD/QADGP0LA4ACIAQgA/0AAwj9CwPwASAEQZACaiIDIAUgBEHwAWogAiABQTBqEIYCIARBuAJqIgYgBUEo/AoAACAEQeACaiABIAYgAxBBIARB+AFqEL0EDAgLAkACQAJAAkACQAJAAkAgBUEBaw4GAA0BAgMEDQsgBCgCQEEBRw0MIAQoAkQgBCgCbEcNDCAEQcgBaiIFIAFBCGpBKPwKAAAgBCAD/QADGP0LA4ACIAQgA/0AAwj9CwPwASAEQZACaiIGIAUgA0EIaiACIAFBMGoQQCAEQbgCaiIDIAVBKPwKAAAgBEHgAmogASADIAYQQiAEQfABahDWAgwLCyAEKAJIQQFHDQsgBCgCTCAEKAJsRw0LIAQgASgCDDYC+AEgBCABKQIENwPwASAEIAEpAyA3A9gBIAQgAf0AAxD9CwPIASAEIAP9AAMY/QsDoAIgBCAD/QADCP0LA5ACIARBuAJqIAEgBEHIAWogBEGQAmogAkGI0MEAQQgQXyAEKQO4AkIIUQ0DIAQgBP0AA8gC/QsD+AIgBCAE/QADuAL9CwPoAiAEQQc2AuACDAQLIAQoAlAiBUUNCiAFQQV0IQggBCgCTCEGIAQoAmwhCgNAIAYoAgBBAUYEQCAGQQRqKAIAIApGDQcLIAZBIGohBiAIQSBrIggNAAsMCgsgBCgCSEEBRw0JIAQoAkwgBCgCbEcNCSAEIAEoAgw2AvgBIAQgASkCBDcD8AEgBCABKQMgNwPYASAEIAH9AAMQ/QsDyAEgBCAD/QADGP0LA6ACIAQgA/0AAwj9CwOQAiAEQbgCaiABIARByAFqIARBkAJqIAJBxNDBAEEOEF8gBCkDuAJCCFENBSAEIAT9AAPIAv0LA/gCIAQgBP0AA7gC/QsD6AIgBEEHNgLgAgwGCyAEKAJAQQFHDQggBCgCRCAEKAJsRw0IIARByAFqIgUgAUEIakEo/AoAACAEIAP9AAMY/QsDgAIgBCAD/QADCP0LA/ABIARBkAJqIgYgBSADQQhqIAIgAUEwahBAIARBuAJqIgMgBUEo/AoAACAEQeACaiABIAMgBhBBIARB8AFqENYCDAkLIAQtAMACRQRAIAQgBCkDyAE3A/ACIAQgBP0AA9AB/QsD+AIgBEEDNgLgAiAEIARBCGpBBHIiAygCCDYC7AIgBCADKQIANwLkAiAEQZACahDWAgwCCwJAIAEoAsABIgNFBEBCACECDAELIAEoArwBIQVCACECA0AgBSkDACACfCECIAVBCGohBSADQQFrIgMNAAsLIAEgAjcD2AEgAUHIAWpBABDMAiAEQeACaiABEIkBCyAEQZACahDWAiAEQfABahC9BAsgBCgCOEEBaw4HERASDg0MChILIAQgASgCDDYCwAEgBCABKQIENwO4ASAEIAEoAhgiBTYC+AEgBCABKQIQNwPwASAEIAP9AAMY/QsDoAIgBCAD/QADCP0LA5ACAkAgBQRAIAVBBXQhCCAEQRhqIQkgBEEIakEEciEHIAQoAvQBIQVBACEGQQAhAwNAIAUoAgBBAUYEQCAFQQRqKAIAIApGDQMLIAVBIGohBSAGQQhqIQYgA0EBaiEDIAhBIGsiCA0ACwtBkNDBAEEUQaTQwQAQhwMACyAEIAM2AsQBIARBATYC5AIgBCAEQcQBajYC4AIgBEHIAWoiCkH1hMAAIARB4AJqEPUBIARBuAJqIAEgBSAEQZACaiILIAIgBCgCzAEgBCgC0AEQXyAEKQO4AkIIUgRAIAQgBP0AA8gC/QsD+AIgBCAE/QADuAL9CwPoAiAEQQc2AuACIAoQvQQgCxDWAiAEQfABakEIQSAQkAIgBEG4AWoQvQQMCQsgBC0AwAJBAUcNByAFQRhqQQE6AAAgAyABKALAASIFTw0GIAEgASkD2AEgASgCvAEgBmopAwB8NwPYASABQcgBaiADEMwCIARB8AFqIQkgAS0AxAFFDQcgBCgC+AFBBXQhBSAEKAL0ASEDA0AgBQRAIAVBIGshBSADLQAYIANBIGohAw0BDAkLCyAEQQA2AoADIARCADcD+AIgBEEANgLwAiAEQQU2AuACIAQgBygCCDYC7AIgBCAHKQIANwLkAiAEQcgBahC9BCAEQZACahDWAiAEQfABakEIQSAQkAIMCAsgBC0AwAJFBEAgBCAEKQPIATcD8AIgBCAE/QAD0AH9CwP4AiAEQQU2AuACIAQgBEEIakEEciIDKAIINgLsAiAEIAMpAgA3AuQCIARBkAJqENYCDAILIARB4AJqIAEQiQELIARBkAJqENYCIARB8AFqEL0ECyAEKAI4QQFrDgcNDAsKDggGDgsgBCgCOEECaw4GCwoJCAcFDQsgBCgCCCEDIAQoAmwhCCAEQZQBaiABQQRqQST8CgAAQYCAgIB4IQYgBCkDMCECDAULIAQoAjhBAWsOBwoJCAcGCwMLCyADIAVBtNDBABDeAgALIARBBDYC4AIgBCAHKAIINgLsAiAEIAcpAgA3AuQCIAQgCSkCADcD8AIgBCAJKAIINgL4AiAEQcgBahC9BCAEQZACahDWAgsgBCgCOEEBaw4HBwYFCAMCAAgLIARBQGsQiAMMBwsCQAJAIAdBAmsOAgABCQsgBEHwAGoQ1gIMCAsgBEH4AGoQvQQMBwsgBEHQAGoQvQQMBQsgBEE4akEEchC9BAwECyAEQThqQQRyEL0EIARByABqQQhBIBCQAgwDCyAEQThqQQRyEL0EDAILIARBOGpBBHIQvQQMAQsgBEHQAGoQvQQLIAQoAuACIQMgBEGUAWogBEHgAmpBBHJBJPwKAABBg4CAgHghBiAEKQOIAyECCyABQQRqIQUgACAINgIEIAAgBjYCAAJAAkACQAJAAkACQCABKAIAQQFrDgcBAwMCAwQABQsgAUEIahCIAwwECyABQRhqEL0EDAMLIAUQvQQgAUEQakEIQSAQkAIMAgsgBRC9BAwBCyABQRhqEL0ECyABIAM2AgAgBSAEQZQBakEk/AoAACABIAI3AyggBEGQA2okAAvnIgIPfwh+IwBB4AJrIgYkAAJAAkACQAJAAkACQCABKAIwIgcgAksEQCABKAIsIAJByABsaiIHKQM4IRcgBiAHKQNAIhs3A8ABIAYgFzcDuAEgB0EANgIQIAZBLjYChAIgBiAGQcABajYCgAIgBkEuNgL8ASAGIAZBuAFqNgL4ASAGQcwBakHrgsAAIAZB+AFqEH0gBkGwAWogAygCFCISIAMoAhgiE0GM2MEAQQ0QzwECfyAGKAKwASIPRQRAQgMhGSAGQeABagwBCyAGQagBaiAPIAYoArQBIhAQUUICIRoCQCAGKAKoASIHIAYoAqwBIghBks/BAEEFEOUDRQ0AIAZBoAFqIREgB0EFaiENAkAgCEEFayIMRQ0AIAwgDWohFCANIQcDQAJ/IAciCCwAACIHQQBOBEAgB0H/AXEhCyAIQQFqDAELIAgtAAFBP3EhDiAHQR9xIQsgB0FfTQRAIAtBBnQgDnIhCyAIQQJqDAELIAgtAAJBP3EgDkEGdHIhDiAHQXBJBEAgDiALQQx0ciELIAhBA2oMAQsgC0ESdEGAgPAAcSAILQADQT9xIA5BBnRyciELIAhBBGoLIQcCQCALQSBGIAtBCWtBBUlyDQAgC0GAAUkNAgJAIAtBCHYiDkEfTQRAIA5FDQEgDkEWRw0EIAtBgC1GDQIMBAsgDkEgRwRAIA5BMEcNBCALQYDgAEYNAgwECyALQf8BcS0AwZtCQQJxDQEMAwsgC0H/AXEtAMGbQkEBcUUNAgsgCSAIayAHaiEJIAcgFEcNAAsgDCEJCyARIAwgCWs2AgQgESAJIA1qNgIAIAYoAqQBIQkgBigCoAEhDQNAIAogDWohDAJ/IAkgCmsiCEEHTQRAQQAhB0EAIAhFDQEaA0BBASAHIAxqLQAAQS9GDQIaIAggB0EBaiIHRw0ACyAIIQdBAAwBCyAGQZgBakEvIAwgCBChASAGKAKcASEHIAYoApgBC0EBRw0BIAcgCmoiDEEBaiEKAkAgCSAMTQ0AIAwgDWotAABBL0cNACAGQZABaiAKIA1qIAkgCmsQUSAGKAKQASEHAkACQAJAAkAgBigClAEiCQ4CBgABC0EBIQsgBy0AACIKQSprDgQCBQEFAQsgBy0AACEKCyAHIApB/wFxQStGIgpqIQggCSAKayIHQRFPBEADQCAHRQRAQgEhFUEAIQsMAwsgBkGAAWogGUIAQgpCABCOAiAGKQOIAUIAUg0FIAgtAABBMGsiCUEJSw0FIAhBAWohCCAHQQFrIQcgBikDgAEiFSAJrXwiGSAVWg0ACwwEC0IBIRVBACELIAdFDQADQCAILQAAQTBrIglBCUsNBCAIQQFqIQggCa0gGUIKfnwhGSAHQQFrIgcNAAsLIAZB+ABqIA0gDBBRIAYoAnghCQJAIAYoAnwiDUEBRgRAIAktAABBKkYNAQtBACEKA0AgCSAKaiEMAn8gDSAKayIIQQdNBEBBACEHQQAgCEUNARoDQEEBIAcgDGotAABBLUYNAhogCCAHQQFqIgdHDQALIAghB0EADAELIAZB8ABqQS0gDCAIEKEBIAYoAnQhByAGKAJwC0EBRw0EIAcgCmoiB0EBaiEKAkAgByANTw0AIAcgCWotAABBLUcNACAGQegAaiAJIAcQUSAGKAJoIQgCQAJAAkAgBigCbCIMDgIIAAELIAgtAAAiB0Eraw4DBwEHAQsgCC0AACEHCyAIIAdB/wFxQStGIgtqIQcCQCAMIAtrIghBEU8EQANAIAhFDQIgBkHQAGogGEIAQgpCABCOAiAGKQNYQgBSDQggBy0AAEEwayIMQQlLDQggB0EBaiEHIAhBAWshCCAGKQNQIhYgDK18IhggFloNAAsMBwsgCEUNAANAIActAABBMGsiDEEJSw0HIAdBAWohByAMrSAYQgp+fCEYIAhBAWsiCA0ACwsgBkHIAGogCSAKaiANIAprEFEgBigCSCEIAkACQAJAIAYoAkwiCQ4CCAABCyAILQAAIgdBK2sOAwcBBwELIAgtAAAhBwsgCCAHQf8BcUErRiINaiEHAkAgCSANayIIQRFPBEBCACEWA0AgCEUNAiAGQTBqIBZCAEIKQgAQjgIgBikDOEIAUg0IIActAABBMGsiCUEJSw0IIAdBAWohByAIQQFrIQggBikDMCIcIAmtfCIWIBxaDQALDAcLQgAhFiAIRQ0AA0AgBy0AAEEwayIJQQlLDQcgB0EBaiEHIAmtIBZCCn58IRYgCEEBayIIDQALCyAVUEUgFiAZWnEgFiAYVHINBUIBIRoMBQsgCiANTQ0ACwwDCyALDQJCACEaDAILIAkgCk8NAAsLIAYgGjcD4AEgFachCCAGQdgBagsgGTcDACADLwEcIglBoANGBEBCACEVAkACQAJAIAYpA+ABIgRCA1IEQCAEp0EBcyAEQgJScSAIcUUNASAGKQPYASEVCyABKAIADQAgFSAXUQ0BCyAGQegBaiIBIAMQ7wEgBkErNgKEAiAGQSs2AvwBIAYgATYCgAIgBiAGQcwBajYC+AEgBkGcAmpBz4vAACAGQfgBahB9IAEQvQQgBiAGKAKkAjYBggIgBiAGKQKcAjcB+gEgAEGBgIANNgECIABBhAw7AQAgACAGKQH4ATcBBiAAIAYpAf4BNwEMDAELIAEgFyAXIAUpA0gQrQEgACABEJsBCwwHCyAGQegBaiADEIMCIAYoAugBQQFrDgQFBAEDAgsgAiAHQfzXwQAQ3gIACyAGIAYoAvQBNgLIAiAGIAYpAuwBNwPAAiAGQSs2AoQCIAZBKzYC/AEgBiAGQcACaiIBNgKAAiAGIAZBzAFqNgL4ASAGQZwCakHTh8AAIAZB+AFqEH0gACAGKAKkAjYCDCAAIAYpApwCNwIEIABBBzoAACABEL0EDAQLAkACQAJAAkAgCUHOAUcEQCABKQMAIBeEUA0BIAZBLTYChAIgBiADQRxqNgKAAiAGQSs2AvwBIAYgBkHMAWo2AvgBIAZBnAJqQeC1wAAgBkH4AWoQfSAAIAk7AQQgAEGEiAQ2AgAMBAsCQCAGKQPgASIVQgNSBEAgFacgCHFBAXENASAGIBA2AsQCIAYgDzYCwAIgBkECNgKEAiAGQSs2AvwBIAYgBkHAAmo2AoACIAYgBkHMAWo2AvgBIAZBnAJqQc+3wAAgBkH4AWoQ9QEgAEGBgLgGNgECIABBhAg7AQAMBQsgBkErNgL8ASAGIAZBzAFqNgL4ASAGQZwCakG6r8AAIAZB+AFqEH0gAEGBgLgGNgECIABBhAg7AQAMBAsgBikD2AEhFSAGIBA2ArQCIAYgDzYCsAICQAJAIAEpAwBCAVEEQCAVIAEpAwgiF1INAiAGKQO4ASAYUQRAIBYgBikDwAFRDQILIAZBAjYChAIgBkErNgL8ASAGIAZBsAJqNgKAAiAGIAZBzAFqNgL4ASAGQZwCakGyt8AAIAZB+AFqEPUBIABBgYC4BjYBAiAAQYQIOwEADAYLIBcgGFINAyAWIBUgFUIAUq19IhcgGyAXIBtUG1INAyABIBUgFkIBfCAFKQNIEK0BCwJ+IAMoAgBBAUYEQCADKQMIDAELIAM1AgwLIRUgBigC0AEhByAGKALUASEIIwBB4ABrIgMkACADIBYgGH1CAXwiFjcDGCADIBU3AxAgAyAINgIkIAMgBzYCIAJAAkACQCAVIBZYBEAgASgCMCIHIAJLBEAgASgCLCACQcgAbGoiAiACKQMwIBV8NwMwIBUgFloNAyAVQgBSDQIgA0EIaiACQRBqIAQgBRDCAiADKAIIQQFxRQ0DIAMgAygCDDYCQCADQQE2AjQgA0ECNgIsIAMgA0FAazYCMCADIANBIGo2AiggA0HUAGpB7IzAACADQShqEH0gAyADKAJcNgFQIAMgAykCVDcBSCAAQYQMNgIAIAAgAykBRjcBBiAAIAMpAUw3AQwMBAsgAiAHQfjYwQAQ3gIACyADQS42AjwgA0EuNgI0IANBAjYCLCADIANBGGo2AjggAyADQRBqNgIwIAMgA0EgajYCKCADQdQAakH8hcAAIANBKGoQfSADIAMoAlw2AVAgAyADKQJUNwFIIABBhBA2AgAgACADKQFGNwEGIAAgAykBTDcBDAwCCyACIAQ3AxggAkEANgIgCyAAIAEQmwELIANB4ABqJAAMCAsgBiAXNwPAAiAGQQI2AowCIAZBLjYChAIgBkErNgL8ASAGIAZBsAJqNgKIAiAGIAZBwAJqNgKAAiAGIAZBzAFqNgL4ASAGQZwCakGLt8AAIAZB+AFqEPUBIABBgYC4BjYBAiAAQYQQOwEADAMLIAYCfiADKAIAQQFGBEAgAykDCAwBCyADNQIMCyIENwPQAiAGQSBqIBIgE0GZ2MEAQQ4QzwECQAJAIAYoAiAiAkUNACAGQRhqIAIgBigCJBBRIAYoAhghAgJAAkACQCAGKAIcIgMOAgMAAQsgAi0AACIKQStrDgMCAQIBCyACLQAAIQoLIAIgCkH/AXFBK0YiB2ohCAJAIAMgB2siB0ERTwRAQgAhFQNAIAdFDQIgBiAVQgBCCkIAEI4CIAYpAwhCAFINAyAILQAAQTBrIgJBCUsNAyAIQQFqIQggB0EBayEHIAYpAwAiFiACrXwiFSAWWg0ACwwCC0IAIRUgB0UNAANAIAgtAABBMGsiAkEJSw0CIAhBAWohCCACrSAVQgp+fCEVIAdBAWsiBw0ACwsgBiAVNwPYAiAEIBVSDQELIAEoAjBFDQIgASgCLCAENwMwIAEgBCAEIAUpA0gQrQEgACABEJsBDAcLIAZBLjYCjAIgBkEuNgKEAiAGQSs2AvwBIAYgBkHYAmo2AogCIAYgBkHQAmo2AoACIAYgBkHMAWo2AvgBIAZBnAJqQcSNwAAgBkH4AWoQ9QEgACAJOwEEIABBhJAENgIADAILIAZBAjYChAIgBkErNgL8ASAGIAZBsAJqNgKAAiAGIAZBzAFqNgL4ASAGQZwCakGyt8AAIAZB+AFqEPUBIABBgYC4BjYBAiAAQYQIOwEADAELQQBBAEGo2MEAEN4CAAsgBiAGKQKcAjcB+gEgACAGKQH4ATcBBiAGIAYoAqQCNgGCAiAAIAYpAf4BNwEMDAMLIAYgBigC9AE2ArgCIAYgBikC7AE3A7ACIAZBKzYChAIgBkErNgL8ASAGIAZBsAJqIgE2AoACIAYgBkHMAWo2AvgBIAZBwAJqQc+LwAAgBkH4AWoQfSAGIAYoAsgCNgGmAiAGIAYpAsACNwGeAiAAIAk7AQQgAEGEjAQ2AgAgACAGKQGcAjcBBiAAIAYpAaICNwEMIAEQvQQMAgsgASgCMCIHIAJLBEAgASgCLCACQcgAbGogBDcDGCAGQfgBaiAFIAQgAyAGKALQASAGKALUAUEBQQAQPiAAIAYpA/gBIgRCAlIEfyAAIAYpA4ACNwMYIAAgBDcDECAGIAYpA4gCNwCfAiAAIAYpAJwCNwABIAYgBigCkAI2AKcCIAAgBikAowI3AAhBAwVBBQs6AAAMAgsgAiAHQcjYwQAQ3gIACyAGIAYoAvQBNgK4AiAGIAYpAuwBNwOwAiABKAIwIgMgAksEQCAGQShqIAEoAiwgAkHIAGxqQRBqIAQgBRDCAiAAIAYoAihBAXEEfyAGIAYoAiw2AqwCIAZBKzYCjAIgBkEBNgKEAiAGQSs2AvwBIAYgBkGwAmo2AogCIAYgBkGsAmo2AoACIAYgBkHMAWo2AvgBIAZBwAJqQaiKwAAgBkH4AWoQfSAGIAYoAsgCNgGmAiAGIAYpAsACNwGeAiAAIAk7AQQgAEEBOwECIABBBjoAASAAIAYpAZwCNwEGIAAgBikBogI3AQxBBAVBBQs6AAAgBkGwAmoQvQQMAQsgAiADQbjYwQAQ3gIACyAGQcwBahC9BCAGQeACaiQAC+QeAwh/AX4BeyMAQZAFayIEJAAgBEEIaiIFIAFBKGoiCUHgAPwKAAAgAUICNwMoIARBgAJqIAVB4AD8CgAAIARB4AJqIANBKPwKAAAgBCgC4AIhBQJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkBBAyAEKQOAAiIMp0ECayAMQgFYG0EBaw4EAQIDEAALIAVBAWsOAh4cAwsgBUEBaw4CAwQNCyAFQQFrDgIEBQwLIAVBAWsOAgcICwsgBEGIBGogAUGIAWpBABC2ASAEAn4gBCgCiARBgICAgHhHBEAgBCAEKQKIBDcAswMgBCAEKAKQBDYAuwMgBEECOgC4BCAEIAQpALADNwC5BCAEIAQpALcDNwDABEIGDAELIARBuARqIAEQsgFCAws3A7AEDBwLQQEhBSAEKAKIAkEBRw0ZIAQoAowCIAQoAuQCRw0ZIARByAFqIgUgAUEwakEo/AoAACAEIAP9AAMY/QsDmAMgBCAD/QADCP0LA4gDIARBiARqIgcgBSADQQhqIAIgAUGIAWoQQCAEQbADaiIDIAVBKPwKAAAgBEGwBGogASADIAcQQyAEQYgDahDWAgwbCyAEKAKIAkEBRw0WIAQoAowCIAQoAuQCRw0WIARByAFqIgUgAUEwakEo/AoAACAEIAP9AAMY/QsDmAMgBCAD/QADCP0LA4gDIARBiARqIgMgBSAEQYgDaiACIAFBiAFqEIYCIARBsANqIgcgBUEo/AoAACAEQbAEaiABIAcgAxBDIARBkANqEL0EDBoLIAQoArgCIgVFDRYgBUHIAGwhBiAEKALkAiEHIAQoArQCQRRqIQUDQCAFQQRrKAIAQQFGBEAgBSgCACAHRg0DCyAFQcgAaiEFIAZByABrIgYNAAsMFgsgBCgCuAIiBUUNFCAFQcgAbCEGIAQoAuQCIQcgBCgCtAJBFGohBQNAIAVBBGsoAgBBAUYEQCAFKAIAIAdGDQMLIAVByABqIQUgBkHIAGsiBg0ACwwUCyAEQbADaiABQTBqQTj8CgAAIAQgA/0AAxj9CwP4AyAEIAP9AAMI/QsD6AMCQCAEKALgAyIDBEAgBCgC3AMhBiADQbh/bCEIQQAhA0EQIQUDQCAFIAZqIgooAgBBAUYEQCAKQQRqKAIAIAdGDQMLIANBAWohAyAIIAVByABqIgVqQRBHDQALC0GQ0MEAQRRBuNbBABCHAwALIARBiANqIARBsANqIAMgBEHoA2ogAiABQYgBahAzAkACQAJAAkACQEEDIAQtAIgDIgZBBWsgBkEETRtB/wFxQQFrDgMBBAIACyAEQbgEaiAEQbADakE4/AoAACAEQgQ3A7AEQQAhAwwVCyAEQcgBaiIDIAEgBEGwA2oiBRDcAiAEQbAEaiABIAUgAxDnAQwBCyAEQbAEaiABIARBsANqIARBiANqEOcBC0EBIQMMEgsgBC0A5ANFBEAgAyAEKALgAyIHTw0IQQAhAyAEKALcAyAFaiIFQQA2AgAgBUEIaiACNwMAIARB6ARqIAEQsgEgBEGwBGogBEGwA2pBOPwKAAAMEgsgBCAEKAKUAzYC0AEgBCAEKQKMAzcDyAEgBEErNgK0BCAEIARByAFqIgM2ArAEIARBkARqQf2wwAAgBEGwBGoiBRD1ASAEQYSOBDYCiAQgBCAELwGEBDsBjAQgBSABIARBsANqIARBiARqEOcBIAMQvQQgBEHoA2oQ1gIMEgsgBEGwA2ogAUEwakE4/AoAACAEIAP9AAMY/QsD+AMgBCAD/QADCP0LA+gDAkAgBCgC4AMiAwRAIANByABsIQYgBEEQaiEIIAQoAtwDQRRqIQVBACEDA0AgBUEEaygCAEEBRgRAIAUoAgAgB0YNAwsgBUHIAGohBSADQQFqIQMgBkHIAGsiBg0ACwtBkNDBAEEUQcjWwQAQhwMACyAEQYgDaiAIIAMgBEHoA2ogAiABQYgBahBTAkACQAJAAkACQEEDIAQtAIgDIgNBBWsgA0EETRtB/wFxQQFrDgMAAwEDCyAEQcgBaiIDIAEgBEGwA2oiBRDcAiAEQbAEaiABIAUgAxDnAQwBCyAEIAT9AAOYA/0LA5gEIAQgBP0AA4gD/QsDiAQgBEGwBGogASAEQbADaiAEQYgEahDnAQsgBC0AiANBBU8NAQwRCyAEQbgEaiAIQTj8CgAAIARCBDcDsAQgA0EFSQ0PIARBiANqEIsDDA8LIARBiANqEIsDDA8LIAQoAuQCIQcgBCgCsAIiBQRAIAVByABsIQYgBCgCrAJBFGohBQNAIAVBBGsoAgBBAUYEQCAFKAIAIAdGDQQLIAVByABqIQUgBkHIAGsiBg0ACwtBASEFIAQoArgCQQFHDRMgBCgCvAIgB0cNEyAEQYgDaiIFIAFB4ABqQSj8CgAAIARBsANqIgcgBEEIakE4/AoAACAEIAP9AAMY/QsD+AMgBCAD/QADCP0LA+gDIARBiARqIgggBSADQQhqIAIgAUGIAWoQQCAEQcgBaiIDIAVBKPwKAAAgBEGwBGogAyAHIAgQSSAEQegDahDWAgwVCyAEKALkAiEHIAQoArACIgUEQCAFQcgAbCEGIAQoAqwCQRRqIQUDQCAFQQRrKAIAQQFGBEAgBSgCACAHRg0ECyAFQcgAaiEFIAZByABrIgYNAAsLIAQoArgCQQFHDRAgBCgCvAIgB0cNECAEQYgDaiIFIAFB4ABqQSj8CgAAIARBsANqIgcgBEEIakE4/AoAACAEIAP9AAMY/QsD+AMgBCAD/QADCP0LA+gDIARBiARqIgMgBSAEQegDaiACIAFBiAFqEIYCIARByAFqIgggBUEo/AoAACAEQbAEaiAIIAcgAxBJIARB8ANqEL0EDBQLIARByAFqIAFB4ABqQSj8CgAAIARBsANqIARBCGpBOPwKAAAgBCAD/QADGP0LA/gDIAQgA/0AAwj9CwPoAwJAIAQoAuADIgMEQCAEQUBrIQggBCgC3AMhBiADQbh/bCEKQQAhA0EQIQUDQCAFIAZqIgsoAgBBAUYEQCALQQRqKAIAIAdGDQMLIANBAWohAyAKIAVByABqIgVqQRBHDQALC0GQ0MEAQRRB2NbBABCHAwALIARBiANqIARBsANqIAMgBEHoA2ogAiABQYgBahAzAkACQAJAAkACQAJAQQMgBC0AiAMiBkEFayAGQQRNG0H/AXFBAWsOAwQAAQILIAMgBCgC4AMiBk8NCSAEKALcAyAFaiIDQQA2AgAgA0EIaiACNwMAIARB6ARqIAhBKPwKAAAgBEGwBGogBEGwA2pBOPwKAAAgBC0AiAMhBgwCCyAEIAT9AAOYA/0LA5gEIAQgBP0AA4gD/QsDiAQgBEGwBGogASAEQbADaiAEQYgEahDnAQwDCyAEQegEaiAIQSj8CgAAIARBsARqIARBsANqQTj8CgAACyAGQf8BcUEFTw0HDAwLIARBiARqIgMgASAEQbADaiIFENwCIARBsARqIAEgBSADEOcBCyAELQCIA0EFSQ0JIARBiANqEIsDDAkLIARByAFqIAFB4ABqQSj8CgAAIARBsANqIARBCGpBOPwKAAAgBCAD/QADGP0LA/gDIAQgA/0AAwj9CwPoAwJAIAQoAuADIgMEQCADQcgAbCEGIARBQGshCCAEKALcA0EUaiEFQQAhAwNAIAVBBGsoAgBBAUYEQCAFKAIAIAdGDQMLIAVByABqIQUgA0EBaiEDIAZByABrIgYNAAsLQZDQwQBBFEHo1sEAEIcDAAsgBEGIA2ogBEEIaiADIARB6ANqIAIgAUGIAWoQUwJAAkACQAJAAkBBAyAELQCIAyIDQQVrIANBBE0bQf8BcUEBaw4DAAMBAwsgBEGIBGoiAyABIARBsANqIgUQ3AIgBEGwBGogASAFIAMQ5wEMAQsgBCAE/QADmAP9CwOYBCAEIAT9AAOIA/0LA4gEIARBsARqIAEgBEGwA2ogBEGIBGoQ5wELIAQtAIgDQQVPDQEMCQsgBEHoBGogCEEo/AoAACAEQbAEaiAEQQhqQTj8CgAAIANBBUkNByAEQYgDahCLAwwHCyAEQYgDahCLAwwHCyAEQbAEaiAEQQhqQeAA/AoAAAwRCyAFRQ0DIAQgAf0AA0D9CwOYAyAEIAH9AAMw/QsDiANCBiECQYKAgIB4DA8LIAMgB0Go2cEAEN4CAAsgAyAGQajZwQAQ3gIACyAEQYgDahCLAwwECyAEQgY3A7AEIAQgAf0AA0D9CwPIBCAEIAH9AAMw/QsDuAQMDAsgBEHwA2oQvQQMCwsgBEHwA2oQvQQgBEGwA2oQsgMgBEHYAWoQvQQMCgsgBEHoA2oQ1gIgBEGwA2oQsgMgBEHYAWoQvQQMCQsgBEHoA2oQ1gIMCAsgBEHwA2oQvQQMBwsgBEHwA2oQvQQgBEGwA2oQsgMMBgsgBkEHRgRAIARBiANqQQRyEL0ECyAEQegDahDWAiADRQ0FCyAEQbADahCyAwwEC0ECIQUMAQtBASEFCyAEIAH9AAMw/QsDiAMgBCAB/QADQP0LA5gDIAQpAwghAiAEKALkAiEGIARByAFqIAFB0ABqQTj8CgAAQYCAgIB4CyEDIAVBAUYEQCAEQegCahDWAgwCCyAEQfACahC9BAwBCyAEIAT9AAO4BP0LA4gDIAQgBP0AA8gE/QsDmAMgBCkDsAQhAiAEQcgBaiAEQdgEakE4/AoAAEGDgICAeCEDCyAEIAT9AAOIA/0LA3AgBCAE/QADmAP9CwOAASAEIAI3A2ggBEGQAWogBEHIAWpBOPwKAAAgACAGNgIEIAAgAzYCACAEQegAaiEDAkACQAJAQQMgAqdBAmsgAkIBWBtBAmsOAgABAgsgBEHwAGohAwsCQCADKAIwIgBFBEBCACECDAELIAMoAixBMGohBUIAIQIDQCAFKQMAIAJ8IQIgBUHIAGohBSAAQQFrIgANAAsLIAP9AAMAIQ0gBEGAAmogA0EcahDVAiABQRhqEPcDIAEgDf0LAwAgASACNwMQIAEgBCkCgAI3AhggASAEKAKIAjYCIAsgAUEwaiEAAkACQAJAAkACQEEDIAkpAwAiAqdBAmsgAkIBWBsOBAQCAQADCyABQfAAahC9BCAJELIDDAMLIAAQsgMMAgsgAUFAaxC9BAwBCyAAENADCyAJIARB6ABqQeAA/AoAACAEQZAFaiQAC5oiAhB/An4jAEGAAWsiBiQAIAEoAgghCSABKAIEIQggBkEhNgJYAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgCCAJIAZB2ABqQQEQ5QMEQANAIAYgCEEBaiAJQQFrEHUgBigCACENIAZB2ABqIAYoAgQiCUEBQQEQ6wEgBigCXCEHIAYoAlhBAUYNAiAGKAJgIQggCQRAIAggDSAJ/AoAAAsgDkEBcyEOIAEQvQQgASAJNgIIIAEgCDYCBCABIAc2AgAgBkEhNgJYIAggCSAGQdgAakEBEOUDDQALCyABKAIIIgdFDQwgBkHYAGoiDyABKAIEIhMgBxBOIAYoAlwiCCAGKAJgQQxsaiEJIwBBIGsiCiQAIApBFGogCSAIa0EMbkEEQQwQ6wEgCigCGCELIAooAhRBAUYEQCALIAooAhwQ+gMACyAGQTBqIRQgCkEANgIQIAogCigCHDYCDCAKIAs2AggjAEEQayISJAAgCSAIa0EMbiIQIApBCGoiDCgCACAMKAIIIgtrSwRAIAwgCyAQQQRBDBD2AiAMKAIIIQsLIAwoAgQhECASIAs2AgggEiAMQQhqNgIEIBIgEDYCDCMAQRBrIgwkACASQQRqIhEoAgQhCyARKAIAIAggCUcEQCAIQQhqIRAgESgCCCALQQxsaiERIAsgCSAIa0EMbiIIaiELA0AgDEEEaiAQQQRrKAIAIBAoAgAQOSARIAwoAgw2AgggESAMKQIENwIAIBBBDGohECARQQxqIREgCEEBayIIDQALCyALNgIAIAxBEGokACASQRBqJAAgFCAKKAIQNgIIIBQgCikCCDcCACAKQSBqJAAgDxCrAyAPEMIEIAYoAjgiCARAIAhBDGwhCiAGKAI0QQRqIQlBACEIA0ACQAJAIAlBBGooAgAiDUEBRgRAIAhFDQIgCSgCAC0AAEEuRg0BDAILIA1BAkcNASAJKAIALwAAQa7cAEcNAQsgBkHYAGogB0EBQQEQ6wEgBigCXCEIIAYoAlhBAUcEQCAGKAJgIQkgBwRAIAkgEyAH/AoAAAtBgYCAgHghDgwOCwwSCyAIQQFrIQggCUEMaiEJIApBDGsiCg0ACwsgBkE8aiATIAcQWyAGKAJAIQcCQAJ/AkACQAJAAkAgBigCRCIIQQFGBEAgBy0AAEEuRg0BCyAHIAhBgNfAAEECEOUDDQAgBigCQCEHIAYoAkQiCEEBRgRAIActAABB/gBGDQILIAcgCEGC18AAQQIQ5QMNASAGKAJAIAYoAkRBLxDHAQ0DIAZB8ABqIAUoAgAgBSgCBBBNAkAgBigCeCIFBEAgBigCdCAFakEBay0AAEEvRg0BCyAGQfAAakEBEN0DIAYoAnQgBigCeGpBLzoAACAGIAVBAWo2AngLIAYgBigCeDYCYCAGIAYpAnA3A1ggBigCQCEHIAZB2ABqIAYoAkQiBRDdAyAGKAJgIQggBQRAIAUEQCAGKAJcIAhqIAcgBfwKAAALIAYoAmAhCAsgBiAGKQNYNwNIDAILIAZB2ABqIAUoAgAgBSgCBBBNIAYoAkAhBwJAIAYoAkQiBUEBTQRAIAVBAUYNAQwSCyAHLAABQb9/TA0RCyAGQdgAaiAFQQFrIgUQ3QMgBigCYCEIIAUEQCAFBEAgBigCXCAIaiAHQQFqIAX8CgAACyAGKAJgIQgLIAYgBikCWDcDSAwBCwJAIAUoAggiCgRAIAUoAgwiBw0BC0EAIQcgBkHYAGogBEEBQQEQ6wEgBigCXCEIIAYoAlhBAUYNBCAGKAJgIQlBhICAgHghDiAERQ0OIAQEQCAJIAMgBPwKAAALIAQhBwwOCyAKIAdBLxDHAUUEQCAGQdgAaiAHQQFBARDrASAGKAJcIQggBigCWEEBRg0UIAYoAmAhCSAHBEAgCSAKIAf8CgAAC0GFgICAeCEODA4LIAZB2ABqIAogBxBNIAYoAkAhBwJAIAYoAkQiBUEBTQRAIAVBAUYNAQwOCyAHLAABQb9/TA0NCyAGQdgAaiAFQQFrIgUQ3QMgBigCYCEIIAUEQCAFBEAgBigCXCAIaiAHQQFqIAX8CgAACyAGKAJgIQgLIAYgBikCWDcDSAsgBiAFIAhqNgJQIAZB2ABqIAYoAkwgBigCUBBbIAYoAmAhCSAGKAJcIQggBigCWCEKIAZByABqEL0EIAZBPGoMAQsgBiAGKAJEIgU2AlAgBiAGKQI8NwNIIAZB2ABqIAYoAkwgBRBbIAYoAmAhCSAGKAJcIQggBigCWCEKIAZByABqCxC9BCAGQTBqIgUQqwMgBRDCBCAGIAk2AhQgBiAINgIQIAYgCjYCDCAGQRhqIAggCRBOIAZB2ABqIAYoAhAgBigCFBBbQQAhECAGKAJgIgUEQCAGKAJcIAVqQQFrLQAAQS9GIRALIAZB2ABqIgkQvQQgBkEkaiAGKAIQIAYoAhQQvAIgBigCICERIAYoAhwhBSAGQQA6AGAgBiAFNgJYIAYgBSARQQxsaiISNgJcIAZBMGohCiMAQSBrIgckAAJAAkAgCS0ACA0AIAkoAgAiBSAJKAIERg0AIAkgBUEMajYCACAHQRRqIAUoAgQgBSgCCBA5IAcoAhRBgICAgHhGDQAgByAHKAIcIgU2AhAgByAHKQIUNwMIIAVFBEAgB0EIahC9BAwBCyAHKAIIIgxBgICAgHhGDQAgBykCDCEWIAdBFGoiBUEEQQRBDBDrASAHKAIYIQggBygCFEEBRwRAIAcoAhwiCyAWNwIEIAsgDDYCACAHQQE2AhwgByALNgIYIAcgCDYCFCMAQSBrIggkAAJAIAktAAgNACAJKAIAIgsgCSgCBCIPRg0AA0AgCEEUaiALQQRqKAIAIAtBCGooAgAQOSAIKAIUQYCAgIB4Rg0BIAggCCgCHCIMNgIQIAggCCkCFDcDCCAMRQRAIAhBCGoQvQQMAgsgCCgCCCITQYCAgIB4Rg0BIAgpAgwhFiAFKAIIIgwgBSgCAEYEQCAFIAxBAUEEQQwQ9gILIAUoAgQgDEEMbGoiFCAWNwIEIBQgEzYCACAFIAxBAWo2AgggC0EMaiILIA9HDQALCyAIQSBqJAAgCiAHKAIcNgIIIAogBykCFDcCAAwCCyAIIAcoAhwQ+gMACyAKQQA2AgggCkKAgICAwAA3AgALIAdBIGokACAGQTxqIAYoAjQgBigCOBCKASAGKAIoIgUgBSAGKAIsIgdqEMgBIghBgIAESw0DIAZByABqIAUgBxB6IAkgBigCUCIHQQRBCBDrASAGKAJcIQUgBigCWEEBRwRAIAZBADYCeCAGIAYoAmA2AnQgBiAFNgJwIAYoAkwhBSAGKAJIIRMgB0UNAyAFIAdBA3RqIRRBACEJIAUhCANAIAlBA3QhCyAGKAJ0IQwgCEEEaigCACEPAn9BACAJRQ0AGkEAIAsgDGoiB0EIayIKRQ0AGiAHQQRrKAIAIQ0gCigCAAshByAIKAIAIQoCQCAGAn8CQCAPQQJHDQACQCAHRSANQQJHcg0AIAovAABBqtQARw0AIAcvAABBqtQARg0DCyANRSAHRXINACAKLwAAQa7cAEcNAAJAAkACQCANQQFrDgIAAQILIActAABBLkYNAgwBCyAHLwAAQa7cAEYNASAHLwAAQarUAEYNAQsgCUUEQEEAIQkMAwsgCUEBawwBCyAGKAJwIAlGBH8gBkHwAGoQ7wIgBigCdAUgDAsgC2oiByAPNgIEIAcgCjYCACAJQQFqCyIJNgJ4CyAIQQhqIgggFEcNAAsMAwsgBSAGKAJgEPoDAAsMDwsgByAGKAJgEPoDAAsgBiAFNgJcIAYgEzYCWCAGQdgAakEEQQgQkAIgBigCeCIIRQRAIAYoAnBFBEAgBkHwAGoQ7wILIAYoAnRCATcCAEEBIQgLIAYoAnAhByAGIAYoAnQiBSAIQQN0ajYCfCAGIAc2AnggBiAFNgJ0IAYgBTYCcCAGQdgAaiELIwBBQGoiByQAIAdBgYCAgHg2AgQgByAGQfAAav0AAgD9CwMoIAcgB0EEajYCOCAHQRxqIQ0jAEEwayIFJAAgBUEYaiIJIAdBKGoiCBCiAgJAAkACQCAFKAIYIg9Bg4CAgHhHBEAgBSkCHCEWIAlBBEEEQQwQ6wEgBSgCHCEKIAUoAhhBAUYNAiAFKAIgIgwgFjcCBCAMIA82AgAgBUEBNgIUIAUgDDYCECAFIAo2AgwgBSAIKAIQNgIoIAUgCP0AAgD9CwMYIwBBEGsiCCQAIAhBBGogCRCiAiAIKAIEIg9Bg4CAgHhHBEAgBUEMaiEKA0AgCCkCCCEWIAooAggiDCAKKAIARgRAIAogDEEBQQRBDBD2AgsgCigCBCAMQQxsaiITIBY3AgQgEyAPNgIAIAogDEEBajYCCCAIQQRqIAkQogIgCCgCBCIPQYOAgIB4Rw0ACwsgCCAJKAIANgIIIAggCSgCCDYCBCAIQQRqQQRBCBCQAiAIQRBqJAAgDSAFKAIUNgIIIA0gBSkCDDcCAAwBCyANQQA2AgggDUKAgICAwAA3AgAgBSAIKAIANgIcIAUgCCgCCDYCGCAFQRhqQQRBCBCQAgsgBUEwaiQADAELIAogBSgCIBD6AwALAkAgBygCBEGBgICAeEcEQCALIAcpAhQ3AhAgCyAH/QACBP0LAgAgDRCkAiANQQRBDBCQAgwBCyALIAcoAiQ2AgwgCyAHKQIcNwIEIAtBgYCAgHg2AgALIAdBQGskACAGKAJkIQogBigCYCENIAYoAlwhCCAGKAJYIglBgYCAgHhGDQIgCUGAgICAeEYNACAGKQJoIRcgCyAEQQFBARDrASAGKAJcIQcgBigCWEEBRg0DIAYoAmAhDiAERQ0BIA4gAyAE/AoAAAwBCyAGQdgAaiAEQQFBARDrASAGKAJcIQ4gBigCWEEBRg0DIAYoAmAhCiAEBEAgCiADIAT8CgAAC0GCgICAeCEHIAQhCSAKIQQLIAAgFzcCICAAIAo2AhwgACANNgIYIAAgCDYCFCAAIAk2AhAgACAENgIMIAAgDjYCCCAAIAc2AgQgAEGAgICAeDYCACAGQTxqEL0EIAZBMGoiABCrAyAAEMIEIAZBJGoQvQQgBkEYaiIAEKsDIAAQwgQgBkEMahC9BAwKCwJ/QQAgEUUNABpBACASQQxGDQAaQQAgEkEEaygCAEECRw0AGiASQQhrKAIALwAAQarUAEYLIQkgBkHYAGogBEEBQQEQ6wEgBigCXCEFIAYoAlhBAUYNAiAGKAJgIQcgBARAIAcgAyAE/AoAAAsgACAGKAIgNgIUIAAgBikCGDcCDCAAIAYpAjw3AhggACAGKAJENgIgIAAgBikCJDcCJCAAIAYoAiw2AiwgACAJOgA/IAAgAjoAPiAAIBA6AD0gACAKNgI4IAAgDTYCNCAAIAg2AjAgACAENgIIIAAgBzYCBCAAIAU2AgAgACAOQQFxOgA8IAZBMGoiABCrAyAAEMIEIAZBDGoQvQQMCQsgByAGKAJgEPoDAAsgDiAGKAJgEPoDAAsgBSAGKAJgEPoDAAsgByAFQQEgBUGE18AAEJEEAAsgBkE8ahC9BAsgBkEwaiICEKsDIAIQwgQgByEEDAILIAcgBUEBIAVBlNfAABCRBAALIAZB2ABqIARBAUEBEOsBIAYoAlwhCCAGKAJYQQFGDQIgBigCYCEJQYCAgIB4IQ4gBEUEQEEAIQQMAQsgBEUNACAJIAMgBPwKAAALIAAgBDYCECAAIAk2AgwgACAINgIIIAAgDjYCBCAAQYCAgIB4NgIACyABEL0EIAZBgAFqJAAPCyAIIAYoAmAQ+gMAC7IXAg1/BH4jAEFAaiICJAAgAkEANgIMIAJCgICAgMAANwIEAkACQAJAIAEoAggiBiABKAIEIgVPDQACQAJAAkACQANAIAEoAgAiCyAGQQJ0aigCACIDQfwARiADQSlGcg0FIAEgBkEBaiIENgIIQQAhCAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAQYCAxAAgAyADQYCwA3NBgIDEAGtBgJC8f0kbIgpB2gBMBEAgCkEkaw4LARMTEwMTDg4TEwILCwJAAkAgCkHbAGsOBAUJBwEACyAKQfsAaw4DCRMFEwtBAyEIDBILQQQhCAwRC0EBIQgMEAtBBSEIIAQgBU8NDCALIARBAnRqKAIAQT9GDQMMDAtBACEDIAQgBU8EQEEAIQwMCwtBACEMIAsgBEECdGooAgBB3gBHDQogASAGQQJqIgQ2AghBASEMDAoLIAEtAAwNBAwNCyABLQAMDQMMDAsCQAJAIAUgBkECaiIETQRAIAEgBkEDajYCCAwBCyABIAZBA2o2AghBgIDEACALIARBAnRqKAIAIgQgBEGAsANzQYCAxABrQYCQvH9JGyIDQSFGIgQgA0E6RnINAQtBKSEJIAJBJGpBKUEBQQEQ6wEgAigCKCEDIAIoAiRBAUYNFCACKAIsIgVB/NPAAEEp/AoAAAwKC0EGQQUgBBshCAwICyACQSRqIAFBABA8IAIpAighDyACKAIkIgNBgICAgHhHBEAgD0IgiKchCSAPpyEFDAkLIA9CIIinIQNBACEHIA+nIgRBAXFFDQpBDEEEEPYDIgZFDQMgBiADNgIEQQIhCCAGQQI6AABBASEDIAYgBEEIdkEBcToAASAGrUKAgICAEIQhDwwKCyABLQAMRQ0DC0EYIQkgAkEkakEYQQFBARDrASACKAIoIQMgAigCJEEBRg0QIAIoAiwiBUG11MAAKQAANwAQIAVBpdTAAP0AAAD9CwAADAYLIApBP0YNAgwHC0EEQQwQxAQAC0EfIQkgAkEkakEfQQFBARDrASACKAIoIQMgAigCJEEBRwRAIAIoAiwiBUHi08AAKQAANwAXIAVB29PAACkAADcAECAFQcvTwAD9AAAA/QsAAAwECwwNC0ERIQkgAkEkakERQQFBARDrASACKAIoIQMgAigCJEEBRwRAIAIoAiwiBUGt08AALQAAOgAQIAVBndPAAP0AAAD9CwAADAMLDAwLIAJCgICAgMAANwI0AkACQAJAA0AgAiADNgI8IAQhAwNAQQAhBgJAIAMgBU8EQCADIQQMAQtBASEGIAEgA0EBaiIENgIIIAEoAgAgA0ECdGooAgAhAwsgBkEBcUUEQEEcIQkgAkEkakEcQQFBARDrASACKAIoIQMgAigCJEEBRg0RIAIoAiwiBUHV1MAAKAAANgAYIAVBzdTAACkAADcAECAFQb3UwAD9AAAA/QsAAAwECwJAIANB3QBHBEACQAJAIANB3ABHBEAgAiADNgIsIAJBADoAKAwBCyACQSRqIAFBARA8IAIoAiQiA0GAgICAeEcNASABKAIIIQQgASgCBCEFCyACKQIoIhBCIIgiEqchDSAQQgiIpyEIAkACQCAEIAVPDQAgASgCACIDIARBAnRqKAIAQS1HDQAgBEEBaiIHIAVPDQAgAyAHQQJ0aigCACIHQd0ARw0BC0ECQQAgEKdBAXEiAxshByAIIA4gAxshDiACKAI8IgYgAigCNEYEQCACQTRqEO0CCyACKAI4IAZBDGxqIgMgDTYCBCADIA46AAEgAyAHOgAAIAZBAWohAwwFCyABIARBAmo2AgggB0HcAEcEQCACIAc2AiwgAkEAOgAoDAMLIAJBJGogAUEBEDwgAigCJCIDQYCAgIB4Rg0CCyACKAIsIQkgAigCKCEFDAULIAwgCUGAfnFyIQkgAikCOCEPQQIhCCACKAI0IgNBgICAgHhHBEAgCSEHDAoLIA9CIIinIQUgD6chAwwHCyACKQIoIhFCIIgiD6chBgJAAkAgEKdBAXEiAyARpyIHQQFxcgRAIAEtAAwNBSAIIAogAxshCiACKAI8IgggAigCNEYEQCACQTRqEO0CCyACKAI4IAhBDGxqIgQgDTYCBCAEIAo6AAEgBEECQQAgAxs6AAAgAiAIQQFqIgQ2AjwgAigCNCAERgRAIAJBNGoQ7QILIAIoAjggBEEMbGoiBEEtNgIEIARBADoAACACIAhBAmoiAzYCPEECQQAgB0EBcSIHGyEEIBFCCIinIAsgBxshCyACKAI0IANGBEAgAkE0ahDtAgsgAigCOCADQQxsaiIHIAY2AgQgByALOgABIAcgBDoAAAwBCyAPIBJUDQEgAigCPCIDIAIoAjRGBEAgAkE0ahDtAgsgAigCOCADQQxsaiIEIAY2AgggBCANNgIEIARBAToAAAsgAiADQQFqNgI8IAEoAgghAyABKAIEIQUMAQsLC0ElIQkgAkEkakElQQFBARDrASACKAIoIQMgAigCJEEBRg0OIAIoAiwiBUHZ1MAAQSX8CgAADAELQRchCSACQSRqQRdBAUEBEOsBIAIoAighAyACKAIkQQFGDQEgAigCLCIFQY3VwAApAAA3AA8gBUH+1MAA/QAAAP0LAAALIAJBNGpBBEEMEJACDAILDAsLIAJBJGogARB+IAIoAjAhBCACKAIsIQUgAigCKCEDIAIoAiQEQCAEIQkMAQsgAiAENgI8IAIgBTYCOCACIAM2AjRBACEFIAEoAggiBiABKAIESQRAQQEhBSABIAZBAWo2AgggASgCACAGQQJ0aigCACEECyAFQQFGIARBKUZxDQFBEiEJIAJBJGpBEkEBQQEQ6wEgAigCKCEDIAIoAiRBAUYNCiACKAIsIgVB+tPAAC8AADsAECAFQerTwAD9AAAA/QsAACACQTRqEJADCyAAIAk2AgwgACAFNgIIIAAgAzYCBCAAQQE2AgAMBAsgAikCOCEPCyACIAc2AiAgAiAPNwIYIAIgAzYCFCACIAg2AhACQAJAAkACQAJAAkAgASgCCCIGIAEoAgQiBUkEQEEAIQtBACEKAkBBgIDEACABKAIAIgMgBkECdGooAgAiBCAEQYCwA3NBgIDEAGtBgJC8f0kbIgRBKmsOAgUEAAsgBEE/Rg0BIARB+wBGDQILIAIoAgwiAyACKAIERgRAIAJBBGoQ8AILIAIoAgggA0EUbGoiBCAC/QACEP0LAgAgBCACKAIgNgIQDAQLQQEhCwwCC0EfIQUgAkEkakEfQQFBARDrASACKAIoIQMgAigCJEEBRg0LIAIoAiwiAUHi08AAKQAANwAXIAFB29PAACkAADcAECABQcvTwAD9AAAA/QsAAAwFC0EBIQoLIAEgBkEBaiIHNgIIAkAgBSAHTQ0AIAMgB0ECdGooAgBBP0cNACABIAZBAmoiBzYCCAsgCEEDTwRAIAhBA2tBAkkNAkEdIQUgAkEkakEdQQFBARDrASACKAIoIQMgAigCJEEBRg0KIAIoAiwiAUHD08AAKQAANwAVIAFBvtPAACkAADcAECABQa7TwAD9AAAA/QsAAAwEC0EUQQQQ9gMiBEUNBSAEIAIoAiA2AhAgBCAC/QACEP0LAgAgAigCDCIDIAIoAgRGBEAgAkEEahDwAgsgAigCCCADQRRsaiIGQQE2AhAgBiALNgIMIAYgBDYCCCAGIAo2AgQgBkEHNgIAIAchBgsgAiADQQFqNgIMIAUgBksNAQwGCwtBESEFIAJBJGpBEUEBQQEQ6wEgAigCKCEDIAIoAiRBAUYNAyACKAIsIgFBrdPAAC0AADoAECABQZ3TwAD9AAAA/QsAAAsgACAFNgIMIAAgATYCCCAAIAM2AgQgAEEBNgIAIAJBEGoQ5gILIAJBBGoQkwMMAwtBBEEUEMQEAAsMAgsgACACKAIMNgIMIAAgAikCBDcCBCAAQQA2AgALIAJBQGskAA8LIAMgAigCLBD6AwAL4BwCDH8DfiMAQcADayIIJAACQAJAAkACQCADIARBLxDHAUUEQCAIQbgCaiAEQQFBARDrASAIKAK8AiECIAgoArgCQQFGDQEgCCgCwAIhASAEBEAgASADIAT8CgAACyAAIAQ2AgwgACABNgIIIAAgAjYCBCAAQYaAgIB4NgIADAQLIAhBADYCMCAIQoCAgIDAADcCKCAIQQE7AbQBIAggAjYCsAEgCEEANgKsASAIQQE6AKgBIAhBCjYCpAEgCCACNgKgASAIQQA2ApwBIAggAjYCmAEgCCABNgKUASAIQQo2ApABIAhBIGogCEGQAWoQdiAIKAIgIgJFDQIgCEHgAmohDiAIQbwCaiEJIAgoAiQhAQNAIAhBGGogAiABEHUgCCgCGCICRQ0DAkAgCCgCHCIBRQ0AIAIgAUEjEMcBDQAgCCAGNgKcAiAIIAU2ApgCIAggBDYClAIgCCADNgKQAiAIQRBqIAIgARB1IAgoAhAhCiAIQfgCaiAIKAIUIgxBAUEBEOsBIAgoAvwCIQIgCCgC+AJBAUYNAyAIKAKAAyEBIAwEQCABIAogDPwKAAALIAggDDYCgAMgCCABNgL8AiAIIAI2AvgCIAhBuAJqIAhB+AJqQQAgCiAMIAhBkAJqEDUgCCgCuAIhAiAIQTRqIgEgCUEk/AoAACACQYCAgIB4RgRAIAAgAUEk/AoAACAIQShqEJIDDAYLIAggDikCEDcDaCAIIA79AAIA/QsDWCAIKAIwIgEgCCgCKEYEQCAIQShqEO4CCyAIKAIsIAFBBnRqIgogAjYCACAKQQRqIAhBNGpBJPwKAAAgCiAI/QADWP0LAiggCiAIKQNoNwI4IAggAUEBajYCMAsgCEEIaiAIQZABahB2IAgoAgwhASAIKAIIIgINAAsMAgsgAiAIKALAAhD6AwALIAIgCCgCgAMQ+gMACyAIQbgCaiAIKAIwQQF0QQRBwAAQ6wEgCCgCvAIhASAIKAK4AkEBRwRAIAhBADYCfCAIIAgoAsACNgJ4IAggATYCdCAIKAIoIQogCCAIKAIsIgIgCCgCMCIJQQZ0aiIBNgKMASAIIAo2AogBIAggAjYCgAECQCAJRQ0AIAhB+AFqIREgCEHUAWohECAIQeACaiESIAhBvAJqIRMgCEGcAWohDCAIQZQBaiEOA0ACQAJAAkAgAigCACIJQYCAgIB4RwRAIAggCTYCkAEgDiACQQRqQTz8CgAAIAcNAQwCCyACQUBrIQIMBAsgCC0AzQFFBEAgCC0AzwFBAXENAQsgCCAGNgKEAyAIIAU2AoADIAggBDYC/AIgCCADNgL4AiAIQYwDaiIKIAwQ0gEgCEGwA2pBAkEBQQEQ6wEgCCgCtAMhCwJAIAgoArADQQFHBEAgCCgCuAMiCUGq1AA7AAAgCCgClAMiDSAIKAKMA0YEQCAKEO0CCyAIKAKQAyANQQxsaiIKQQI2AgggCiAJNgIEIAogCzYCACAIIA1BAWoiCTYClAMgCEGkA2ogCCgCkAMgCRCKASAIIAgoAqgDIAgoAqwDEHUgCCgCACEJIAhBsANqIAgoAgQiC0EBQQEQ6wEgCCgCtAMhDSAIKAKwA0EBRg0BIAgoArgDIQogCwRAIAogCSAL/AoAAAsgCCALNgKgAyAIIAo2ApwDIAggDTYCmAMgCEGkA2oQvQQgCC0AzAFBAUYEQCAIQZgDakEBEN0DIAsEQCAIKAKcAyIJQQFqIAkgC/wKAAALIAgoApwDQSE6AAAgCCALQQFqNgKgAwsgCCAIKAKgAzYCuAMgCCAIKQKYAzcDsAMgCEG4AmogCEGwA2pBASAIKAKUASAIKAKYASAIQfgCahA1IAhBjANqIgkQqwMgCRDCBCAIKAK4AiIKQYCAgIB4RgRAIAggAkFAazYChAEgCEGQAmoiASATQST8CgAAIAAgAUEk/AoAACAIQZABahDlAiAIQYABahCpAiAIQfQAahCSAwwICyAIQZACaiIJIBNBJPwKAAAgESASKQIQNwIQIBEgEv0AAgD9CwIAIBAgCUEk/AoAACAIIAo2AtABDAMLIAsgCCgCuAMQ+gMACyANIAgoArgDEPoDAAsgCEGAgICAeDYC0AELIAgoAnwiCSAIKAJ0RgRAIAhB9ABqEO4CCyAIKAJ4IAlBBnRqIAhBkAFqQcAA/AoAACAIIAlBAWo2AnwgCEHQAWoiCigCACINQYCAgIB4RyIJIAhB9ABqIgsoAgAgCygCCCIPa0sEQCALIA8gCUEEQcAAEPYCIAsoAgghDwsgCyANQYCAgIB4RwR/IAsoAgQgD0EGdGoiCSANNgIAIAlBBGogCkEEakE8/AoAACAPQQFqBSAPCzYCCCACQUBrIgIgAUcNAAsgASECCyAIIAI2AoQBIAhBgAFqEKkCIAhBsANqIQQgCCgCeCIBIQYgASAIKAJ8QQZ0aiEBIwBBEGsiByQAAkACQAJAAkADQCABIAZGDQEgBkE8aiAGQUBrIQYtAAANAAsgB0EEaiIFQQRBBEEEEOsBIAcoAgghAyAHKAIEQQFGDQIgBygCDCICIAZBQGo2AgAgB0EBNgIMIAcgAjYCCCAHIAM2AgQDQCABIAYiAkcEQCACQUBrIQYgAkE8ai0AAA0BIAUoAggiAyAFKAIARgRAIAUgA0EBQQRBBBD2AgsgBSgCBCADQQJ0aiACNgIAIAUgA0EBajYCCAwBCwsgBCAHKAIMNgIIIAQgBykCBDcCAAwBCyAEQQA2AgggBEKAgICAwAA3AgALIAdBEGokAAwBCyADIAcoAgwQ+gMACyAIKAK0AyICIAgoArgDIgVBAnRqIgkhBCMAQSBrIgckAEHIuMMALQAAQQFHBEAjAEEQayIGJAAjAEEQayIDJAAgA0EAOgAPQQFBARD2AyIBRQRAQQFBARDEBAALIAYgA0EPaq03AwAgBiABrTcDCCABQQEQxwIgA0EQaiQAIAYpAwAhFSAGKQMIIRRByLjDAC0AAEECRgRAQYXcwQBB/QBBxNzBABCGAwALQci4wwBBAToAAEHAuMMAIBQ3AwBBuLjDACAVNwMAIAZBEGokAAtBuLjDAEG4uMMAKQMAIhRCAXw3AwAgB0Hg2cEA/QADAP0LAwAgB0HAuMMAKQMANwMYIAcgFDcDECMAQRBrIgYkACAEIAIiA2tBAnYiAUEBakEBdiABIAcoAgwbIgEgBygCCEsEQCAGQQhqIAcgASAHQRBqED0LIAMgBEcEQCAEIANrQQJ2IQQDQCAHIAMoAgAiASgCHCABKAIgQQAQZiADQQRqIQMgBEEBayIEDQALCyAGQRBqJAAgCEG4AmoiASAH/QADEP0LAxAgASAH/QADAP0LAwAgB0EgaiQAIAhBADYCiAEgCEKAgICAwAA3AoABIAgoArADIQYCQCAFBEAgCEHIAmohBCACIQcDQCAHKAIAIgwoAiAhCyAMKAIcIQ0CQAJAIAgoAsQCRQ0AIAQgDSALEHIhFCAIKAK8AiIOIBSncSEBIBRCGYhC/wCDQoGChIiQoMCAAX4hFUEAIQUgCCgCuAIhCgNAAkAgASAKaikAACIWIBWFIhRCf4UgFEKBgoSIkKDAgAF9g0KAgYKEiJCgwIB/gyIUUEUEQANAIAogFHqnQQN2IAFqIA5xQXRsaiIDQQhrKAIAIAtGBEAgDSADQQxrKAIAIAsQ4wJFDQMLIBRCAX0gFIMiFFBFDQALCyAWIBZCAYaDQoCBgoSIkKDAgH+DUEUNAiABIAVBCGoiBWogDnEhAQwBCwsgA0EEay0AAA0BCyAIQZABaiALQQFBARDrASAIKAKUASEBIAgoApABQQFGDQMgCCgCmAEhBSALBEAgBSANIAv8CgAACyAMQRhqIQMgCCALNgKAAyAIIAU2AvwCIAggATYC+AIgCEGQAmogBSALEJgBAkADQAJAIAgoApQCIQwgCCgCmAIiECAIKAKAA0YEQCAMIAgoAvwCIBAQ4wJFDQELAn9BACEPAkAgCEG4AmoiASgCDEUNACABQRBqIAwgEBByIRQgASgCBCIOIBSncSEFIBRCGYhC/wCDQoGChIiQoMCAAX4hFSABKAIAIQoDQCAFIApqKQAAIhYgFYUiFEJ/hSAUQoGChIiQoMCAAX2DQoCBgoSIkKDAgH+DIhRQRQRAA0ACQCAQIAogFHqnQQN2IAVqIA5xQXRsaiIBQQhrKAIARw0AIAwgAUEMaygCACAQEOMCDQBBAQwFCyAUQgF9IBSDIhRQRQ0ACwsgFiAWQgGGg0KAgYKEiJCgwIB/g1BFDQEgBSAPQQhqIg9qIA5xIQUMAAsAC0EACw0CIAggCCgCmAI2ApgBIAggCCkDkAI3A5ABIAhB+AJqEL0EIAggCCgCmAEiATYCgAMgCCAIKQOQATcD+AIgCEGQAWogCCgC/AIgARCYASAIIAgoApgBNgKYAiAIIAgpApABNwOQAgwBCwsgCEGQAWogAxDVAiAIKAKIASIDIAgoAoABRgRAIAhBgAFqEO0CCyAIKAKEASADQQxsaiIBIAgoApgBNgIIIAEgCCkCkAE3AgAgCCADQQFqNgKIASAIQbgCaiANIAtBARBmCyAIQZACahC9BCAIQfgCahC9BAsgB0EEaiIHIAlHDQALCyAIIAI2ApQBIAggBjYCkAEgCEGQAWpBBEEEEJACIAggCCgCiAE2AqQBIAggCCkCgAE3ApwBAkAgCEG4AmoiAygCBCIBRQ0AIAEgAUEMbEETakF4cSICakEJaiIBRQ0AIAMoAgAgAmsgARDHAgsgACAIKQJ0NwIEIAAgCCkDoAE3AhQgAEGHgICAeDYCACAIIAgoAnw2ApgBIAAgCCkDmAE3AgwMAgsgASAIKAKYARD6AwALIAEgCCgCwAIQ+gMACyAIQcADaiQAC9kWAwp/An4BeyMAQaABayIDJAACQAJAIAEoAhQiAiABKAIQIgRJBEAgAUEMaiEHIAEoAgwhBgNAIAIgBmotAAAiBUEJayIIQRdLQQEgCHRBk4CABHFFcg0CIAEgAkEBaiICNgIUIAIgBEcNAAsLIANBBTYCUCABIANB0ABqEOICIQEgAEEGOgAAIAAgATYCBAwBCwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAVB5QBNBEAgBUEiRg0FIAVBLUYNBCAFQdsARw0BIAEgAS0AGEEBayIFOgAYIAVB/wFxDQYgA0EYNgJQIAEgA0HQAGoQ4gIhASAAQQY6AAAgACABNgIEDBELIAVB8wBNBEAgBUHmAEYNAyAFQe4ARw0BIAEgAkEBajYCFCABQZnlwQBBAxDgASIBRQ0KIABBBjoAACAAIAE2AgQMEQsgBUH0AEYNASAFQfsARg0GCyAFQTBrQf8BcUEKSQ0HIANBCjYCUCABIANB0ABqEOICIAEQ3AMhASAAQQY6AAAgACABNgIEDA8LIAEgAkEBajYCFCABQZzlwQBBAxDgASIBBEAgAEEGOgAAIAAgATYCBAwPCyADQYECOwEADAsLIAEgAkEBajYCFCABQZ/lwQBBBBDgASIBBEAgAEEGOgAAIAAgATYCBAwOCyADQQE7AQAMCgsgASACQQFqNgIUIANBGGoiAiABQQAQeSADKQMYQgNRDQMgAyACEOgBDAgLIAFBADYCCCABIAJBAWo2AhQgA0GIAWogByABEIEBIAMoAowBIQQgAygCiAEiAkECRg0KIAMoApABIQUCQCACQQFGBEAgA0HQAGogBUEBQQEQ6wEgAygCVCECIAMoAlBBAUcNASACIAMoAlgQ+gMACyADQdAAaiAFQQFBARDrASADKAJUIQIgAygCUEEBRg0GCyADKAJYIQcgBQRAIAcgBCAF/AoAAAsgAyAFNgIMIAMgBzYCCCADIAI2AgQgA0EDOgAADAcLIAEgAkEBajYCFCADQQE6AHggAyABNgJ0QQAhAiADQQA2AoQBIANCgICAgIABNwJ8IANB0ABqIgQgA0H0AGoQggICfwJAIAMtAFAiBUEHRwRAIARBAXIhBkEIIQRBASEHA0AgBUH/AXFBBkYNAiADIAYpAA83AJcBIAMgBv0AAAD9CwOIASADKAJ8IAJGBEAjAEEQayIEJAAgBEEIaiADQfwAaiIIIAgoAgBBAUEIQRgQ3AEgBCgCCCIIQYGAgIB4RwRAIAggBCgCDBD6AwALIARBEGokACADKAKAASEECyAEIAdqIghBAWsgBToAACAIIAP9AAOIAf0LAAAgCCADKQCXATcADyADIAJBAWoiAjYChAEgB0EYaiEHIANB0ABqIANB9ABqEIICIAMtAFAiBUEHRw0ACwsgAygCVCEHIAIEQCADKAKAASEFA0AgBRCxAiAFQRhqIQUgAkEBayICDQALCyADQfwAakEIQRgQkAJBBiEFQQEMAQtBBCEFIAMpAoABIQwgAygCfCEHQQALIAEgAS0AGEEBajoAGCMAQSBrIgQkAAJAIAEoAhQiAiABKAIQIghJBEAgASgCDCEJA0ACQAJAAkACQCACIAlqLQAAIgZBDE0EQCAGQQlrQQJJDQQMAQsgBkEfTQRAIAZBDUcNAQwECyAGQSBGDQMgBkHdAEYNASAGQSxGDQILIARBFjYCFCABIARBFGoQ4gIhAgwFCyABIAJBAWo2AhRBACECDAQLIAEgAkEBaiICNgIUAkACQAJAIAIgCEkEQANAIAIgCWotAAAiBkEJayILQRdLQQEgC3RBk4CABHFFcg0CIAEgAkEBaiICNgIUIAIgCEcNAAsgBCAGOgAOCyAEQQA7AQwMAQsgBEGAAjsBDCAEIAY6AA4gBkHdAEcNACAEQRU2AhQMAQsgBEEWNgIUCyABIARBFGoQ4gIhAiAEQQxqIgYtAAAEQCAGKAIEIgYQtgMgBkEUEMcCCwwDCyABIAJBAWoiAjYCFCACIAhHDQALCyAEQQI2AhQgASAEQRRqEOICIQILIARBIGokACADIAI2AmggAyAMNwNYIAMgBzYCVCADIAU6AFBFBEAgAkUEQCADIAMpA2A3AxAgAyAD/QADUP0LAwAMCAsgA0EGOgAAIAMgAjYCBCADQdAAahCxAgwHCyADQQY6AAAgAyAHNgIEIAJFDQYgAhC2AyACQRQQxwIMBgsgASABLQAYQQFrIgU6ABggBUH/AXFFDQcgASACQQFqNgIUIANBOGohBCMAQbABayICJAAgAkEBOgAEIAIgATYCACACQQhqIAIQgQICQAJAAkACQCACKAIIIgVBgICAgHhrDgIBAAILIAQgAigCDDYCBCAEQQY6AAAMAgsgBEEANgIMIARBADYCBCAEQQU6AAAMAQsgAikCDCEMIAJBADYCHCACQQA2AhQgAiAMNwJ8IAIgBTYCeCAEIAIQzAMCQCAELQAAQQZHBEAgAkGQAWoiBSACQRRqIAJB+ABqIAQQigIgAi0AkAFBBkcEQCAFELECCyACQSRqIQUgAkGUAWohBwNAAkAgAkHgAGogAhCBAgJAAkACQAJAIAIoAmAiBkGAgICAeGsOAgQAAQsgAigCZCEFDAELIAIgAikCZCIMNwJwIAIgBjYCbCACQZABaiACEMwDIAItAJABQQZHDQEgAigClAEhBSACQewAakEBQQEQkAILIARBBjoAACAEIAU2AgQMBAsgAiACKQOgASINNwOIASACIAL9AAOQASIO/QsDeCAHIA03AhAgByAO/QsCACACIAIpApABNwMgIAIgAv0AApgB/QsDKCACIAIoAqgBNgI4IAIgBjYCPCACIAw+AkAgAiAMQiCIPgJEIAIgBSkCEDcDWCACIAX9AAIA/QsDSCACQZABaiIGIAJBFGogAkE8aiACQcgAahCKAiACLQCQAUEGRg0BIAYQsQIMAQsLIARBBToAACACIAIpAhQ3AJMBIAQgAikAkAE3AAEgAiACKAIcNgCbASAEIAIpAJcBNwAIDAILIAJB+ABqQQFBARCQAgsgAkEUahCRAgsgAkGwAWokACABIAEtABhBAWo6ABgjAEEQayIEJAACfyABKAIUIgUgASgCECIHSQRAIAEoAgwhBgNAAkACQAJAAkAgBSAGai0AACICQQxNBEAgAkEJa0ECSQ0EDAELIAJBH00EQCACQQ1HDQEMBAsgAkEgRg0DIAJB/QBGDQEgAkEsRg0CCyAEQRY2AgQgASAEQQRqEOICDAULIAEgBUEBajYCFEEADAQLIARBFTYCBCABIARBBGoQ4gIMAwsgASAFQQFqIgU2AhQgBSAHRw0ACwsgBEEDNgIEIAEgBEEEahDiAgshAiAEQRBqJAAgAyACNgJoIAMgA/0AA0D9CwNYIAMgAykDOCIMNwNQIAynQf8BcUEGRwRAIAJFBEAgAyADKQNINwMQIAMgA/0AAzj9CwMADAcLIANBBjoAACADIAI2AgQgA0HQAGoQsQIMBgsgAyADKAJUNgIEIANBBjoAACACRQ0FIAIQtgMgAkEUEMcCDAULIAAgAygCIDYCBCAAQQY6AAAMCAsgA0EoaiICIAFBARB5IAMpAyhCA1ENAiADIAIQ6AEMAwsgA0EAOgAADAMLIAIgAygCWBD6AwALIAAgAygCMDYCBCAAQQY6AAAMBAsgAy0AAEEGRw0AIAMoAgQgARDcAyEBIABBBjoAACAAIAE2AgQMAwsgACADKQMQNwMQIAAgA/0AAwD9CwMADAILIANBGDYCUCABIANB0ABqEOICIQEgAEEGOgAAIAAgATYCBAwBCyAAQQY6AAAgACAENgIECyADQaABaiQAC8wLAQl/IwBBMGsiAyQAIANBDGogASABIAJqEIABIANBADYCICADQoCAgIAQNwIYAkACQCADKAIUIgIEQANAAn8gA0EYagJ/AkACQAJAAkACQAJAAkAgAygCECIBIApBAnRqKAIAIgZB2wBrDgICAQALIAZBKkcgBkE/R3ENAyAAQQA2AgggAEKAgICAEDcCAAwKC0EBIQQgAygCICEIIAIgCkEBaiICTQ0EIANBGGoCf0EBIAEgAkECdGooAgAiAkGAAUkiBg0AGkECIAJBgBBJDQAaQQNBBCACQYCABEkbCyIHEN0DIAMoAhwgAygCIGohASAGDQEgAkE/cUGAf3IhBiACQQZ2IQQgAkGAEEkEQCABIAY6AAEgASAEQcABcjoAAAwECyACQQx2IQUgBEE/cUGAf3IhBCACQf//A00EQCABIAY6AAIgASAEOgABIAEgBUHgAXI6AAAMBAsgASAGOgADIAEgBDoAAiABIAVBP3FBgH9yOgABIAEgAkESdkFwcjoAAAwDCyACIApBAWoiAU0EQEEBIQQgAygCICEIDAQLQQAhCCADQQA2AiwgA0KAgICAEDcCJANAAkACfwJAAkACQAJAIANBJGoCfwJAAkAgAygCECIFIAFBAnRqKAIAIgRB3ABrDgIAAwELQQEhB0EBIAIgAUEBaiIJTQ0BGiADQSRqAn9BASAFIAlBAnRqKAIAIgVBgAFJIgcNABpBAiAFQYAQSQ0AGkEDQQQgBUGAgARJGwsiAhDdAyADKAIoIAMoAixqIQQgBw0DIAVBP3FBgH9yIQcgBUEGdiEJIAVBgBBJBEAgBCAHOgABIAQgCUHAAXI6AAAMBgsgBUEMdiELIAlBP3FBgH9yIQkgBUH//wNNBEAgBCAHOgACIAQgCToAASAEIAtB4AFyOgAADAYLIAQgBzoAAyAEIAk6AAIgBCALQT9xQYB/cjoAASAEIAVBEnZBcHI6AAAMBQtBASEHQQEgBEGAAUkNABpBACEHQQIgBEGAEEkNABpBA0EEIARBgIAESRsLIgIQ3QMgAygCKCADKAIsaiEFIAcNAiAEQT9xQYB/ciEHIARBBnYhCSAEQYAQSQRAIAUgBzoAASAFIAlBwAFyOgAAQQEMBQsgBEEMdiELIAlBP3FBgH9yIQkgBEH//wNNBEAgBSAHOgACIAUgCToAASAFIAtB4AFyOgAAQQEMBQsgBSAHOgADIAUgCToAAiAFIAtBP3FBgH9yOgABIAUgBEESdkFwcjoAAEEBDAQLAkAgAygCKCICIAIgCGoQyAFBAU0EQCAIDQEMBgsgAEEANgIIIABCgICAgBA3AgAgA0EkahC9BAwPCyADQRhqIAgQ3QMgCARAIAMoAhwgAygCIGogAiAI/AoAAAsgAyADKAIgIAhqNgIgIANBJGoQvQQgAUEBagwLCyAEIAU6AAAMAQsgBSAEOgAAQQEMAQtBAgshBCADIAIgCGoiCDYCLCABIARqIgEgAygCFCICSQ0BCwsgA0EkahC9BAwBCyABIAI6AAAMAQtBASEEIAMoAiAhCCAGQYABSQ0BQQAhBEECIAZBgBBJDQIaQQNBBCAGQYCABEkbDAILIAMgByAIajYCICAKQQJqDAILQQELIgcQ3QMgAygCHCADKAIgaiEBAkAgBEUEQCAGQT9xQYB/ciECIAZBBnYhBCAGQYAQSQRAIAEgAjoAASABIARBwAFyOgAADAILIAZBDHYhBSAEQT9xQYB/ciEEIAZB//8DTQRAIAEgAjoAAiABIAQ6AAEgASAFQeABcjoAAAwCCyABIAI6AAMgASAEOgACIAEgBUE/cUGAf3I6AAEgASAGQRJ2QXByOgAADAELIAEgBjoAAAsgAyAHIAhqNgIgIApBAWoLIQogCiADKAIUIgJJDQALCyAAIAMoAiA2AgggACADKQIYNwIADAELIANBGGoQvQQLIANBDGpBBEEEEJACIANBMGokAAubDAEKfyMAQUBqIgQkACAAKAIIIgZBDGwhBSAAKAIEIQhBACEAAkACQAJAAkACQAJAAkACQAJAAkADQCAAIAVGDQEgACAIaiAAQQxqIQAoAgBBgYCAgHhHDQALIAZBDGwhAAJAIAYEQEEAIQcgACEJIAghBQNAIAUoAgBBgYCAgHhGDQIgB0EBaiEHIAVBDGohBSAJQQxrIgkNAAsLQQAhBwsgBiEFA0ACQCAARQRAIAchBQwBCyAFQQFrIQUgAEEMayIAIAhqKAIAQYGAgIB4Rw0BCwsCfwJAIANFBEAgBUEBaiEAIAUgB0sNASAFIAZPDQUgBiAAayEJIAggAEEMbGohCkEEDAILIAdBAWohACAGIAdNDQMgBiAAayEMQQQhCkEAIQkgCCAAQQxsagwBCyAFIAZPDQQgBiAAayEJIAggAEEMbGohCiAFIAdBAWoiAGshDCAIIABBDGxqCyENQQAhBiAHBEBBACEAIAEgAiAHIgYgAiAGSRsgCCAGIANBABBGRQ0JCwJAIAlFDQBBACEAIAYgCWoiBSACSw0JIAEgAiAKIAkgAyACIAlrIgcQRgRAIAkhCwwBCwJ/QQAgAkUNABpBACABIAJBA3RqIghBCEYNABogCEEEaygCAAsgAiAFRnINCSABIAIgCiAJIAMgB0EBaxBGRQ0JIAlBAWohCwsgDEUNBkEMQQQQ9gMiAEUNBCAAQQA2AgggAEIANwIAIARBATYCFCAEIAA2AhAgBEEBNgIMQQRBBBD2AyIARQ0FIABBADYCACAEQQE2AiAgBCAANgIcIARBATYCGCAMQQxsIQpBACEFQQEhAEEAIQgDQAJAIAUgDWooAgBBgYCAgHhHBEACQCAEKAIUIgcEQCAEKAIQIAdBDGxqIgdBDGsNAQtBuMrBAEEZQdTKwQAQhwMACyAHQQhrIAA2AgAgCEEBaiEIDAELIAQoAiAiByAEKAIYRgRAIARBGGoQ8gILIAQoAhwgB0ECdGogCDYCACAEIAdBAWo2AiAgBCgCFCIHIAQoAgxGBEAgBEEMahDtAgsgBCgCECAHQQxsaiIJQQA2AgggCSAANgIEIAkgADYCACAEIAdBAWo2AhQLIABBAWohACAFQQxqIgUgCkcNAAsMBwsgASACIAggBiADQQAQRiEADAcLIAAgBiAGQZjKwQAQnAEACyAAIAYgBkH4ycEAEJwBAAsgACAGIAZBiMrBABCcAQALQQRBDBDEBAALQQRBBBDEBAALIAQgBjYCMCAEIAE2AiQgBCABIAJBA3RqNgIoIAQgAiALayIAQQAgACACTRs2AiwgC0EARyEFA0ACQAJAAkACQAJAIAZFBEAgBCgCLCIARQ0CIAQgAEEBazYCLCAEKAIkIgAgBCgCKEYNAiAEIABBCGo2AiQMAQsgBEEANgIwAn8gBiAEQSRqIgAoAggiAU8EQCABBEAgAEEANgIIIAAgACgCACICIAFBAWsiAUEDdGpBCGogACgCBCIAIAEgACACa0EDdkkbNgIAC0EADAELIAAgASAGQX9zajYCCCAAIAAoAgAiASAGQQN0aiICQQhqIAAoAgQiACAGIAAgAWtBA3ZJIgAbNgIAIAJBACAAGwsiAEUNAQsgACgCBCIBQQFHDQEgACgCAC0AAEEuRw0CDAMLIAMgBXIhAAwFCyABQQJHDQAgACgCAC8AAEGu3ABGDQELQQEhBSAEKAIwIQYMAQsLQQAhAAwBCyAEKAIQIQlBACEFIAQoAhQiAARAIABBDGwhByAAQQFrIQUgBCgCHCAAQQJ0akEEayEIIAkhAANAIAUgBCgCICIKTw0DIABBCGogACgCACACIABBBGooAgAgCyAIKAIAamprajYCACAIQQRrIQggBUEBayEFIABBDGohACAHQQxrIgcNAAsgBCgCFCEFCyAEIAM6ADwgBCAFNgI4IAQgCTYCNCAEIAw2AjAgBCANNgIsIAQgAjYCKCAEIAE2AiQgBEEkaiAGQQBBACALQQBHEGggBEEYahC5BCAEQQxqQQRBDBCQAkH/AXFFIQALIARBQGskACAAQQFxDwsgBSAKQajKwQAQ3gIAC48MAg9/CHsjAEFAaiIMJAAgAgRAIAEgAkEGdGohDyAA/QACECEUIAD9AAIAIRUDQCAMIAH9AAAAIBP9DQMCAQAHBgUECwoJCA8ODQwiF/0MmC+KQpFEN3HP+8C1pdu16f2uAf0LBAAgDCAB/QAAECAT/Q0DAgEABwYFBAsKCQgPDg0MIhj9DFvCVjnxEfFZpII/ktVeHKv9rgH9CwQQIAwgAf0AACAgE/0NAwIBAAcGBQQLCgkIDw4NDCIW/QyYqgfYAVuDEr6FMSTDfQxV/a4B/QsEICAMIAH9AAAwIBP9DQMCAQAHBgUECwoJCA8ODQwiEv0MdF2+cv6x3oCnBtybdPGbwf2uAf0LBDAgAUFAayEBIBX9GwMhAyAV/RsCIQQgFf0bASEFIBX9GwAhBiAU/RsDIQggFP0bAiEJIBT9GwEhCiAU/RsAIQdBACEOQRAhCwNAAkAgC0E8TQRAIA5BAWohDiALQQJ0QcSJwgBqIRBBACENIAYhAiAXIRkgGCEXIBYhGCASIRYgBSEGIAQhBSADIQQDQCAMIA1qIgP9AAQAIRMgAyAYIBb9DQQFBgcICQoLDA0ODxAREhMgGf2uASAZIBf9DQQFBgcICQoLDA0ODxAREhMiEkED/a0BIBJBB/2tAf1RIBJBEv2tAf1RIBJBDv2rAf1RIBJBGf2rAf1R/a4BIBYgE/0NCAkKCwgJCgsMDQ4PDA0ODyISQRH9zQEgEkEK/a0B/VEgEkET/c0B/VH9DAAAAAAAAAAAAAAAAAAAAAD9DQABAgMICQoLHB0eHxwdHh/9rgEiGSAT/Q0AAQIDAAECAwQFBgcEBQYHIhJBEf3NASASQQr9rQH9USASQRP9zQH9Uf0MAAAAAAAAAAAAAAAAAAAAAP0NHB0eHxwdHh8AAQIDCAkKCyAZ/a4BIhIgDSAQav0AAgD9rgH9CwQAIAdBGncgB0EVd3MgB0EHd3MgCGogCSAKcyAHcSAJc2ogE/0bAGoiCCAFIAZzIAJxIAUgBnFzIAJBHncgAkETd3MgAkEKd3NqaiIDQR53IANBE3dzIANBCndzIAMgAiAGc3EgAiAGcXNqIBP9GwEgCWogBCAIaiIIIAcgCnNxIApzaiAIQRp3IAhBFXdzIAhBB3dzaiIJaiIEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIBP9GwIgCmogBSAJaiIJIAcgCHNxIAdzaiAJQRp3IAlBFXdzIAlBB3dzaiIKaiIFQR53IAVBE3dzIAVBCndzIAUgAyAEc3EgAyAEcXNqIBP9GwMgB2ogBiAKaiIKIAggCXNxIAhzaiAKQRp3IApBFXdzIApBB3dzaiIHaiEGIAIgB2ohByANQRBqIg1BwABGDQIgC0E5SSAGIQIgFyEZIAtBBGohCyAYIRcgFiEYIBIhFiAFIQYgBCEFIAMhBA0ACwtBAEEEQcAAIAtrQcSLwgAQnAEACyALQQRqIQsgDkEDRw0AC0EAIQIDQCACIAxqIgtBDGooAgAgB2ogC0EIaigCACAKaiALQQRqKAIAIAlqIAMgCygCACAHQRp3IAdBFXdzIAdBB3dzIAhqIAkgCnMgB3EgCXNqaiIDaiIIIAcgCnNxIApzaiAIQRp3IAhBFXdzIAhBB3dzaiILIARqIgkgByAIc3EgB3NqIAlBGncgCUEVd3MgCUEHd3NqIg0gBWoiCiAIIAlzcSAIc2ogCkEadyAKQRV3cyAKQQd3c2oiDiAGaiEHIAQgBXMgBnEgBCAFcXMgBkEedyAGQRN3cyAGQQp3c2ogA2oiA0EedyADQRN3cyADQQp3cyADIAUgBnNxIAUgBnFzaiALaiIEQR53IARBE3dzIARBCndzIAQgAyAGc3EgAyAGcXNqIA1qIgVBHncgBUETd3MgBUEKd3MgBSADIARzcSADIARxc2ogDmohBiACQRBqIgJBwABHDQALIAAgB/0RIAr9HAEgCf0cAiAI/RwDIBT9rgEiFP0LAhAgACAG/REgBf0cASAE/RwCIAP9HAMgFf2uASIV/QsCACABIA9HDQALCyAMQUBrJAALig8BEH8jAEFAaiIDJAACQAJAAkACQAJAAkACQAJAIAEoAggiBSABKAIEIgZPBH9BAAUgASAFQQFqIgQ2AgggASgCACAFQQJ0aigCACEHIAQhBUEBC0EBcUUEQCADQSxqQRNBAUEBEOsBIAMoAjAhASADKAIsQQFGDQEgAygCNCICQaTVwAAoAAA2AA8gAkGV1cAA/QAAAP0LAAAgAEETNgIIIAAgAjYCBCAAIAE2AgAMCAsgA0H9/wNBgIDEACAHIAdBgLADc0GAgMQAa0GAkLx/SRsiCCAIQYCAxABGGyIJNgIUQQkhBAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgCEHQAGsOKQsBARQBAQEUAQEBAQEBAQEBAQYUFAEDAQEBARQBAQgBCwEEFBMUAhQFAAsCQCAIQcIAaw4DFAEUAAsgCEEtRg0GCyAJQTBrQQpPDQgMEgtBCyEEDBALQQwhBAwPC0ENIQQMDgtBACECAn9BACAFIAZPDQAaQQAgASgCACAFQQJ0aigCACIEQYCwA3NBgIDEAGtBgJC8f0kNABogBEHBAGtBX3FBCmogBEEwayAEQTlLGyIEQQR0IQIgBEEQSQshCAJAIAVBAWoiBCAGTw0AIAEoAgAgBEECdGooAgAiBEGAsANzQYCAxABrQYCQvH9JDQAgCCAEQcEAa0FfcUEKaiAEQTBrIARBOUsbIgRBEElxDQQLIAchBCABLQAMRQ0NIABBqNXAAEEOEJgCDA8LIAJFDQ1BCCEEDAwLIAINCiABLQAMQQFxRQ0KDAgLQQohBAwKCyABIAVBAmo2AgggAiAEciEEDAkLIAEtAAxFDQcgCUGAAUkNBSADQQA2AiwgCUE/cUGAf3IhBCAJQQZ2IQEgCUH/D0sNASADQSxqQQFyIQggAyABQcABcjoALEECDAILIAchBCABLQAMRQ0HIAUgBk8Ef0EABSABIAVBAWoiAjYCCCABKAIAIAVBAnRqKAIAIQggAiEFQQELQQFGIAhB+wBGcUUEQCAAQbbVwABBFRCYAgwKCyABKAIAIQJBACEEIAUhByAFIAZPDQMgAiAFQQJ0aiEIA0AgCCgCACIKQf0ARiEEIApB/QBGDQQgASAHQQFqIgc2AgggCEEEaiEIIAYgB0cNAAsgBiEHDAMLIAlBDHYhAiABQT9xQYB/ciEBIAlB//8DTQRAIANBLGpBAnIhCCADIAE6AC0gAyACQeABcjoALEEDDAELIANBLGpBA3IhCCADIAE6AC4gAyACQT9xQYB/cjoALSADIAlBEnZBcHI6ACxBBAshASAIIAQ6AAAgByEEIANBLGogAUHI1sAAQQ8QWA0FDAMLIAEgAygCNBD6AwALAkACQCAGIAdJIAUgB0tyRQRAQQAhCCADQQA2AjQgA0KAgICAEDcCLCADQSxqIgpBABDdAyACIAVBAnRqIg0gAiAHQQJ0aiIQIgJHBEAgAiANa0ECdiEOA0AgDSgCACICQYCwA3NBgIDEAGtBgJC8f08EQCAKKAIIIREgCgJ/QQEgAkGAAUkiCw0AGkECIAJBgBBJDQAaQQNBBCACQYCABEkbCyISEN0DIAooAgQgCigCCGohBgJAIAtFBEAgAkE/cUGAf3IhCyACQQZ2IQwgAkGAEEkEQCAGIAs6AAEgBiAMQcABcjoAAAwCCyACQQx2IQ8gDEE/cUGAf3IhDCACQf//A00EQCAGIAs6AAIgBiAMOgABIAYgD0HgAXI6AAAMAgsgBiALOgADIAYgDDoAAiAGIA9BP3FBgH9yOgABIAYgAkESdkFwcjoAAAwBCyAGIAI6AAALIAogESASajYCCAsgDUEEaiENIA5BAWsiDg0ACwsgAyADKAI0NgIgIAMgAykCLDcDGCAEBEBBASEIIAEgB0EBajYCCCAQKAIAIQULIAhBAUYgBUH9AEZxRQRAIABBttXAAEEVEJgCDAMLIANByNbAADYCKCADQfDVwAA2AiQgA0EIaiEEIANBGGohAQJ/AkAgA0EkaiIHKAIAIgIgBygCBCIGRwRAIAEoAgQhCCABKAIIIQVBACEBA0AgBSACQQRqKAIARgRAIAIoAgAgCCAFEOMCRQ0DCyABQQFqIQEgAkEIaiICIAZHDQALIAcgAjYCAAtBAAwBCyAHIAJBCGo2AgBBAQshAiAEIAE2AgQgBCACNgIAIAMoAghBAUYEQCADKAIMIQEMAgsgA0ErNgI8IAMgA0EYajYCOCADQSxqQZWDwAAgA0E4ahB9IAMoAjAhASADKAIsIgJBgICAgHhGDQEgACADKAI0NgIIIAAgATYCBCAAIAI2AgAMAgsgBSAHIAZBzNXAABCcAQALIAAgATYCCCAAIAlB0ABGOgAFIABBAToABCAAQYCAgIB4NgIACyADQRhqEL0EDAULIAMgCUHI1sAAQQ8QoQEgByEEIAMoAgBBAUYNAgsgAEGo1cAAQQ4QmAIMAwsgByEECyAAIAQ2AgggAEEAOgAEIABBgICAgHg2AgAMAQsgA0EsNgIwIAMgA0EUajYCLCAAQauCwAAgA0EsahB9CyADQUBrJAALwQoCDX8CfiMAQUBqIgUkAAJ/IAEoAgwiDSACaiICIA1PBEACQAJAIAEoAgQiCCAIQQFqIgZBA3YiBEEHbCAIQQhJGyIOQQF2IAJJBEACfyAOQQFqIgQgAiACIARJGyICQQ9PBEAgAkH/////AUsNBEF/IAJBA3RBB25BAWtndkEBagwBC0EEIAJBCHFBCGogAkEESRsLIQIgAUEQaiEEIAVBMGogAhC6ASAFKAI4IQkgBSgCNCIHIAUoAjAiBkUNBBogBSgCPCECIAdBCWoiCARAIAZB/wEgCPwLAAsgBSACNgIsIAUgCTYCKCAFIAc2AiQgBSAGNgIgIAVCjICAgIABNwIYIAUgBDYCFCAFQSBqIQogBSANBH8gASgCACIMKQMAQn+FQoCBgoSIkKDAgH+DIRFBACECA0AgEVAEQANAIAJBCGohAiAMQQhqIgwpAwBCgIGChIiQoMCAf4MiEUKAgYKEiJCgwIB/UQ0ACyARQoCBgoSIkKDAgH+FIRELIAYgByADIAEoAgAgEXqnQQN2IAJqIgtBdGxqQQxrEHGnIg5xIgRqKQAAQoCBgoSIkKDAgH+DIhJQBEBBCCEIA0AgBCAIaiEEIAhBCGohCCAGIAQgB3EiBGopAABCgIGChIiQoMCAf4MiElANAAsLIBFCAX0gEYMhESAGIBJ6p0EDdiAEaiAHcSIEaiwAAEEATgRAIAYpAwBCgIGChIiQoMCAf4N6p0EDdiEECyAEIAZqIA5BGXYiCDoAACAGIARBCGsgB3FqQQhqIAg6AAAgBiAEQXRsakEMayIEIAEoAgAgC0F0bGpBDGsiCCgACDYACCAEIAgpAAA3AAAgDUEBayINDQALIAEoAgwFQQALIgI2AiwgBSAJIAJrNgIoIAEgCkEEEKgDIAUoAiQiAUUNASABIAUoAhwiAiAFKAIYIAFBAWpsakEBa0EAIAJrcSICakEJaiIBRQ0BIAUoAiAgAmsgARDHAgwBCyAGBEAgBCAGQQdxQQBHaiEEIAEoAgAiByECA0AgAiACKQMAIhFCf4VCB4hCgYKEiJCgwIABgyARQv/+/fv379+//wCEfDcDACACQQhqIQIgBEEBayIEDQALAkAgBkEITwRAIAYgB2ogBykAADcAAAwBCyAGRQ0AIAdBCGogByAG/AoAAAtBACEEA0AgBCIGQQFqIQQCQCAGIAdqIg8tAABBgAFHDQAgByAEQXRsaiEMIAcgBkF0bGpBDGshEANAIAggAyAQEHGnIglxIgohAiAHIApqKQAAQoCBgoSIkKDAgH+DIhFQBEBBCCELA0AgAiALaiECIAtBCGohCyAHIAIgCHEiAmopAABCgIGChIiQoMCAf4MiEVANAAsLIAcgEXqnQQN2IAJqIAhxIgJqLAAAQQBOBEAgBykDAEKAgYKEiJCgwIB/g3qnQQN2IQILAkAgAiAKayAGIAprcyAIcUEITwRAIAIgB2oiCi0AACAKIAlBGXYiCToAACAHIAJBCGsgCHFqQQhqIAk6AAAgByACQXRsakEMayECQf8BRw0BIA9B/wE6AAAgByAGQQhrIAhxakEIakH/AToAACACIAwoAAg2AAggAiAMKQAANwAADAMLIA8gCUEZdiICOgAAIAcgBkEIayAIcWpBCGogAjoAAAwCCyAMIAJBAxCoAwwACwALIAYgCEcNAAsLIAEgDiANazYCCAtBgYCAgHgMAgsQ7QMgBSgCDCEJIAUoAggMAQsQ7QMgBSgCBCEJIAUoAgALIQEgACAJNgIEIAAgATYCACAFQUBrJAALogkCCH8FfiMAQZABayIIJAAgCEEwaiADKAIUIAMoAhhBy9TBAEELEM8BAkAgCCgCMCIDRQ0AIAhBKGogAyAIKAI0EFEgCCgCLCIKRQ0AIAgoAighDEEAIQMDQCADIApGBEACfwNAIAsgDGohDQJ/IAogC2siCUEHTQRAQQAhA0EAIAlFDQEaA0BBASADIA1qLQAAQS5GDQIaIAkgA0EBaiIDRw0ACyAJIQNBAAwBCyAIQSBqQS4gDSAJEKEBIAgoAiQhAyAIKAIgC0EBRgRAIAMgC2oiA0EBaiELAkAgAyAKTw0AIAMgDGotAABBLkcNACALIAxqIQ4gCiALayEPIAwMAwsgCiALTw0BCwtBAAsiCyAMIAsbIQlBACEMAkACQAJAAkAgAyAKIAsbIgoOAgMAAQsgCS0AACIDQStrDgMFAQUBCyAJLQAAIQMLIAkgA0H/AXFBK0YiDGohAwJAIAogDGsiCUERTwRAA0AgCUUNAiAIQRBqIBBCAEIKQgAQjgIgCCkDGEIAUg0GIAMtAABBMGsiCkEJSw0GIANBAWohAyAJQQFrIQkgCCkDECIUIAqtfCIQIBRaDQALDAULIAlFDQADQCADLQAAQTBrIgpBCUsNBSADQQFqIQMgCq0gEEIKfnwhECAJQQFrIgkNAAsLIAggEEIAQugHQgAQjgIgCCkDCEIAUiEMIAgpAwAhEgsgD0EAIAsbIQkgDkEBIAsbIQtC5AAhEUEAIQMDQCADIAlHBEAgAyALai0AAEEwayIKQf8BcUEKTwRAQgAhEgwFCyARIAqtQv8Bg34gE3whEyARQgqAIREgA0EBaiIDQQNHDQELC0J/Qn8gEiATfCIRIBEgElQbIAwbIRFCASESDAILIAMgDGogA0EBaiEDLQAAIglBLkYgCUE6a0H/AXFB9gFPcg0ACwsgASABKAJ4QQFqIgM2AnggCCAHNgJEIAggBjYCQCAIIAU2AjwgCCAENgI4An4gElBFBEAgESARQgBSDQEaC0IBIAFBMGogAyABQeAAahBSIhAgEEIBWBsLIRACQCABKQM4Qn8gASkDcCIUQn8gAiAQfCIQIAIgEFYbIhAgAiABKQNoIhMgAiATVht9IgJCACACIBBYG3wiAiACIBRUG1oEQCAAQgI3AwAgASACNwNwIAEgECATIBAgE1YbNwNoDAELIBKnIQMCQCAHBEAgCEECNgJsIAggCEFAazYCaCAIQcgAakHnjMAAIAhB6ABqEH0MAQsgCEEANgJQIAhCgICAgBA3AkgLIAFBOGohBCABQfAAaiEBAkAgAwRAIAggETcDYCAIQS42AmwgCCAIQeAAajYCaCAIQdQAakGArsAAIAhB6ABqEH0MAQsgCEEANgJcIAhCgICAgBA3AlQLIAhBKzYCjAEgCEEuNgKEASAIIAQ2AoABIAhBLjYCfCAIIAE2AnggCEErNgJ0IAhBAjYCbCAIIAhB1ABqIgE2AogBIAggCEHIAGoiAzYCcCAIIAhBOGo2AmggAEEQakGvq8AAIAhB6ABqEH0gACARNwMIIAAgEjcDACABEL0EIAMQvQQLIAhBkAFqJAAL1AgCAn4GfwJAAkACQCABQQhPBEAgAUEHcSIERQ0BIAAoAqABIgZBKU8NAiAGRQRAIABBADYCoAEMAgsgBkECdCIIQQRrIgVBAnZBAWoiB0EDcSEJIARBAnQoAty0QyAEdq0hAyAAIQQCQCAFQQxPBEAgB0H8////B3EhBQNAIAQgBDUCACADfiACfCICPgIAIARBBGoiByAHNQIAIAN+IAJCIIh8IgI+AgAgBEEIaiIHIAc1AgAgA34gAkIgiHwiAj4CACAEQQxqIgcgBzUCACADfiACQiCIfCICPgIAIAJCIIghAiAEQRBqIQQgBUEEayIFDQALIAlFDQELIAlBAnQhBQNAIAQgBDUCACADfiACfCICPgIAIARBBGohBCACQiCIIQIgBUEEayIFDQALCyAAIAJQBH8gBgUgBkEoRg0EIAAgCGogAj4CACAGQQFqCzYCoAEMAQsgACgCoAEiBkEpTw0BIAZFBEAgAEEANgKgAQ8LIAFBAnQ1Aty0QyEDIAZBAnQiCUEEayIFQQJ2QQFqIghBA3EhASAAIQQCQCAFQQxPBEAgCEH8////B3EhBQNAIAQgBDUCACADfiACfCICPgIAIARBBGoiCCAINQIAIAN+IAJCIIh8IgI+AgAgBEEIaiIIIAg1AgAgA34gAkIgiHwiAj4CACAEQQxqIgggCDUCACADfiACQiCIfCICPgIAIAJCIIghAiAEQRBqIQQgBUEEayIFDQALIAFFDQELIAFBAnQhBQNAIAQgBDUCACADfiACfCICPgIAIARBBGohBCACQiCIIQIgBUEEayIFDQALCyAAIAJQBH8gBgUgBkEoRg0DIAAgCWogAj4CACAGQQFqCzYCoAEPCwJAIAFBCHEEQCAAKAKgASIGQSlPDQICQCAGRQRAQQAhBgwBCyAGQQJ0IghBBGsiBUECdkEBaiIHQQNxIQlCACECIAAhBAJAIAVBDE8EQCAHQfz///8HcSEFA0AgBCAENQIAQuHrF34gAnwiAj4CACAEQQRqIgcgBzUCAELh6xd+IAJCIIh8IgI+AgAgBEEIaiIHIAc1AgBC4esXfiACQiCIfCICPgIAIARBDGoiByAHNQIAQuHrF34gAkIgiHwiAj4CACACQiCIIQIgBEEQaiEEIAVBBGsiBQ0ACyAJRQ0BCyAJQQJ0IQUDQCAEIAQ1AgBC4esXfiACfCICPgIAIARBBGohBCACQiCIIQIgBUEEayIFDQALCyACUA0AIAZBKEYNAiAAIAhqIAI+AgAgBkEBaiEGCyAAIAY2AqABCyABQRBxBEAgAEGEtcMAQQIQTAsgAUEgcQRAIABBjLXDAEEDEEwLIAFBwABxBEAgAEGYtcMAQQUQTAsgAUGAAXEEQCAAQay1wwBBChBMCyABQYACcQRAIABB1LXDAEETEEwLIAAgARBdGg8LDAELQQAgBkEoQcylwgAQnAEAC0EoQShBzKXCABDeAgALmAoBCH8jAEGAAWsiBSQAIAFBADYCACAFIAIvARwiCDsBDkEAIAIoAgwgAigCACIHGyEGQQEgAigCCCAHGyEHAkACQAJAAkACQAJAIAhByAFrQf//A3FB5ABPBEAgBUEwaiIJIAcgBhCcAiAFKAIwRQ0EIAUgBSgCPDYCWCAFIAUpAjQ3A1AgCSAFQdAAakGc1MEAQQQQigMCQCAFKAIwQYCAgIB4RwRAIAUgBSgCODYCaCAFIAUpAjA3A2AMAQsgBUEANgJoIAVCgICAgBA3A2ALIAVBMGogBUHQAGpBoNTBAEEDEIoDAkAgBSgCMEGAgICAeEcEQCAFIAUoAjg2AhggBSAFKQIwNwMQDAELIAVBEGogBUHQAGpB5NDBAEEHEIoDIAVBMGoQ9wMLAkAgBSgCEEGAgICAeEcEQCAFIAUoAhg2AnggBSAFKQMQNwNwDAELIAVBADYCeCAFQoCAgIAQNwNwCyAFKAJ4IgYgBSgCaCIKcg0BIAVB8ABqEL0EIAVB4ABqEL0EIAVB0ABqEJECDAQLIAVBEGogByAGEJwCIAUoAhANAiAFIAcgBhBRAkAgBSgCBCICBEAgBSgCACEGIAVB+AA2AnggBSAGNgJwIAUgAiAGajYCdCAFQQA2AjggBUKAgICAEDcCMCAFQTBqIAVB8ABqEGcgBSAFKAI4IgY2AmggBSAFKQIwNwNgIAIgBksEQCAFQeAAakEDEN0DIAUoAmQgBSgCaGoiAkGmAToAAiACQeKBAjsAACAFIAZBA2o2AmgLIAUgBSgCaDYCeCAFIAUpA2A3A3AMAQsgBUEwakEHQQFBARDrASAFKAI0IQIgBSgCMEEBRg0CIAUoAjgiBkH21cEAKAAANgADIAZB89XBACgAADYAACAFQQc2AnggBSAGNgJ0IAUgAjYCcAsgBUErNgI8IAVBLTYCNCAFIAVB8ABqIgI2AjggBSAFQQ5qNgIwIAVBJGoiBkHNicAAIAVBMGoQfSACEL0EIAAgASADIARBBCAGQQEgCBDOAQwFCyAFKAJgIQkgBSgCdCEHIAUoAnAhCyAFKAJkIQwgBUHQAGoQkQIgCUGAgICAeEYNAgwDCyACIAUoAjgQ+gMACyAAIAUoAhw2AgwgACAFKQIUNwIEIABBAToAAAwCC0EBIQdBACEGQQAhC0EAIQpBASEMQQAhCQsgBSAKNgJoIAUgDDYCZCAFIAk2AmAgBSAGNgJ4IAUgBzYCdCAFIAs2AnACQAJAAkAgByAGEMYBRQRAAkAgAAJ/AkAgCEGtA0YEQCAFQTBqIAQgAyACIAEtACBBAnQiAigC6OBBIAIoAtzgQSAHIAYQPiAFKQMwQgJRDQEgACAF/QADQP0LAxggACAF/QADMP0LAwhBBAwCCyAFIAUoAmg2AjggBSAFKQJgNwMwIAUgBSkCcDcCPCAFIAUoAng2AkQgBSAIOwFIIAhB9ANrIgJBBE0NAgwFCyABIAM3AwhBAAs6AAAMAgsgAkEBRg0CDAMLIAVBKzYCNCAFIAVB8ABqNgIwIABBBGpBtojAACAFQTBqEH0gAEEDOgAAIAAgCDsBAgsgBUHwAGoQvQQgBUHgAGoQvQQMAgsgCEGYA0YNACAAIAUoAkg2AhwgACAFKQNANwIUIAAgBf0AAzD9CwIEIABBAjoAAAwBCyAFQRBqIgIgBUEwaiIGEKcBIAAgASADIARBAiACQQEgCBDOASAGEPADCyAFQYABaiQAC8AJAgR/BH4jAEGQAWsiBCQAAkACQAJAAkACQAJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAIAMtAAAOAwMBAgALIARB6ABqIgEgA0Eo/AoAACAAQQhqQQEgARCLASAAQQc2AgAMDwsgA0EEaiIFQZTVwQBBAhBPIgZFDQIgBi0AAEEBRw0CIAYtAAFFDQIgBCAFKAIINgJAIAQgBSkCADcDOCAEQThqQYzSwQBBCBBPIgUNAwwLCyADQQRqIQEgAygCDEEORgRAIAMoAggiBSkAAELh2MmrlozZvN8AhSAFQQZqKQAAQvm+lcOX7Zy68wCFhFANCAsgBCABKAIYNgJQIAQgASkCEDcDSCAEIAH9AAIA/QsDOCAEQdgAaiIBIARBOGoiBRCnASAEQSs2AhwgBCABNgIYIABBEGpB3IvAACAEQRhqEH0gARC9BCAAQQE6ACAgACAELwFQOwEeIABBATsBHCAAQgc3AwggAEEHNgIAIAUQ8AMMDAsgAEEIaiACQSj8CgAAIABBBjYCACADEM0CDA0LIAQgBSgCCDYCICAEIAUpAgA3AxggBEE4aiAEQRhqQeTQwQBBBxCKAyAEKAI4QYCAgIB4Rg0BIAQgBCkCODcDWCAEIAQoAkAiBTYCYCAEKAJcIAUQxgENAyAFRQ0CIABCBzcDCCAAIAQpA1g3AhAgACAEKAJgNgIYIABBAToAICAAQQA7ARwgAEEHNgIADAkLAkACQCAFLQAAQQJrDgIAAQkLIAUpAwhCAFINCCAFKQMQIQgMBwsgBEEQaiAFKAIIIAUoAgwQUSAEKAIQIQYCQAJAAkAgBCgCFCIHDgIKAAELIAYtAAAiBUEraw4DCQEJAQsgBi0AACEFCyAGIAVBK0YiBWohBiAHIAVrIgVBEUkNBQNAIAVFDQcgBCAIQgBCCkIAEI4CIAQpAwhCAFINCCAGLQAAQTBrIgdBCUsNCCAGQQFqIQYgBUEBayEFIAQpAwAiCiAHrXwiCCAKWg0ACwwHCyAEQQA2AmAgBEKAgICAEDcDWEEBQQAQxgENAQsgBEErNgI8IAQgAUHgAWo2AjggBEEoakGDs8AAIARBOGoQfUEBDAELIARBKzYCPCAEIARB2ABqNgI4IARBKGpBtojAACAEQThqEH1BAAshASAAQgc3AwggACAEKQMoNwMQIAAgBCgCMDYCGCAAIAE6ACAgAEEAOwEcIABBBzYCACAEQdgAahC9BAwECyAAQgM3AwggAEEHNgIAIAAgAykDEDcDECAAIAMoAhg2AhggBCABKAIYNgJQIAQgASkCEDcDSCAEIAH9AAIA/QsDOCAEQThqEL0EDAQLIAVFDQADQCAGLQAAQTBrIgdBCUsNAiAGQQFqIQYgB60gCEIKfnwhCCAFQQFrIgUNAAsLIAhCgICAgICAgBBUrSELCyABKALAASIGBEAgASgCvAEhAQNAIAEpAwAgCXwhCSABQQhqIQEgBkEBayIGDQALCyAAIAk3AyAgACAINwMYIAAgCzcDECAAQgI3AwggAEEHNgIAIARBOGoQkQIMAQsgBEEYahCRAgsgAy0AAEEBa0H/AXFBAkkNACADEM0CCyACQRBqEL0ECyAEQZABaiQAC7QJAQR/IwBBkAFrIgQkAAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAMtAAAOAwEABQgLIANBBGoiBUGU1cEAQQIQTyIGRQ0BIAYtAABBAUcNASAGLQABRQ0BIAQgBSgCCDYCMCAEIAUpAgA3AyggBEEMaiIFIARBKGpBoNHBAEEREIoDIAQoAgxBgICAgHhGDQIgACABIAUQ0QEMAwsgAEEIaiACQSj8CgAAIABBATYCACADEM0CDAoLIAQgBSgCCDYCICAEIAUpAgA3AxggBEFAayAEQRhqQeTQwQBBBxCKAwJAAkACQCAEKAJAQYCAgIB4RwRAIAQgBCkCQDcDKCAEIAQoAkgiATYCMCAEKAIsIAEQxgENAiABRQ0BIAAgBCgCMDYCGCAAIAQpAyg3AhAgAEIENwMIIABBBzYCAAwKCyAEQQA2AjAgBEKAgICAEDcDKEEBQQAQxgENAQsgBEFAa0E1QQFBARDrASAEKAJEIQEgBCgCQEEBRg0FIAQoAkgiBUHr0MEAQTX8CgAAIABBNTYCGCAAIAU2AhQgACABNgIQIABCBDcDCAwBCyAEQSs2AkQgBCAEQShqNgJAIABBEGpBtojAACAEQUBrEH0gAEEAOgAgIABBADsBHCAAQgc3AwgLIABBBzYCACAEQShqEL0EDAYLIARBQGtBOEEBQQEQ6wEgBCgCRCEBIAQoAkBBAUYNAyAEKAJIIgVBsdHBAEE4/AoAACAAQQQ6ACAgAEEAOwEcIABBODYCGCAAIAU2AhQgACABNgIQIABCBzcDCCAAQQc2AgALIARBKGoQkQIMBQsgA0EEaiEFAn8CQAJAAkACQCADLwEcIgZBmQNHBEAgAygCDCIHQQ5HDQIgAygCCCIHKQAAQuHYyauWjNm83wCFIAdBBmopAABC+b6Vw5ftnLrzAIWEQgBSDQELIAQgBSkCEDcDUCAEIAUoAhg2AlggBCAF/QACAP0LA0AgBCgCVEUNAyAAIAMoAhg2AhggACADKQMQNwMQIARBQGsMBAsgBkGTA0YNAQwGCyAGQZMDRg0AIAdBEUcNBSADKAIIIgEpAABC8MrJ65bt3LnpAIUgAUEQajEAAELkAIWEIAEpAAhC79z9otbM27TlAIWEQgBSDQULIAQgBSkCEDcDUCAEIAUoAhg2AlggBCAF/QACAP0LA0AgAEEQaiEBAn8gBCgCVARAIAEgAygCGDYCCCABIAMpAxA3AwAgBEFAawwBCyAEQdwAaiAEQUBrIgUQpwEgASAEKAJkNgIIIAEgBCkCXDcCACAFEL0EIARBzABqCxC9BCAAQQc2AgAgAEIENwMIDAYLIARBKzYCLCAEIAFB4AFqNgIoIARBNGpBzY7AACAEQShqEH0gACAEKAI8NgIYIAAgBCkCNDcCECAEQUBrEL0EIARBzABqCxC9BCAAQQc2AgAgAEIDNwMIDAQLIAEgBCgCSBD6AwALIAEgBCgCSBD6AwALIARB6ABqIgEgA0Eo/AoAACAAQQhqQQAgARCLASAAQQc2AgAMAgsgBEEYahCRAgsgAy0AAEEBa0H/AXFBAkkNACADEM0CCyACQRBqEL0ECyAEQZABaiQAC6cIAQV/IwBBgAFrIgQkAAJAAkACQAJAAkACQAJAAkACQAJAAkAgAy0AAA4DAQADCAsCQCADQQRqIgVBlNXBAEECEE8iBkUNACAGLQAAQQFHDQAgBi0AAQ0CCyAAQgY3AwAgAEEBOgAIDAMLIABBCGogAkEo/AoAACAAQgM3AwAgAxDNAgwICyAEIAUoAgg2AhAgBCAFKQIANwMIIARBOGoiBiAEQQhqIgdB+NbBAEETEIoDIARBxABqIgUgB0GL18EAQQsQigMgBCgCOEGAgICAeEYiB0UgBCgCRCIIQYCAgIB4R3FFBEAgBwR/IAgFIAYQvQQgBCgCRAtBgICAgHhHBEAgBRC9BAsgBEE4akHUAEEBQQEQ6wEgBCgCPCEBIAQoAjhBAUYNBCAEKAJAIgVBltfBAEHUAPwKAAAgAEHUADYCGCAAIAU2AhQgACABNgIQIABBhAg2AgggAEIGNwMAIARBCGoQkQIgAy0AAEEBa0H/AXFBAk8EQCADEM0CCyACQRBqEL0EDAgLIAQgBCgCQDYCICAEIAQpAjg3AxggBCAFKQIANwMoIAQgBSgCCDYCMAJAIAEtALQCRQRAQcgAQQgQ9gMiAUUNBCABQQA2AiAgAUIANwMYIAFBADYCECABQgA3AwAgAf0MAAAAAAAAAAAAAAAAAAAAAP0LAyggAf0MAAAAAAAAAAAAAAAAAAAAAP0LAzggACAEKQMoNwIkIAAgBCgCMDYCLCAAQgA3AwggACAEKAIgIgU2AiAgBCAEKQMYNwNAIAAgBP0AAzj9CwMQIAQgBTYCSCAAQQA6ADwgAEEBNgI4IAAgATYCNCAAQQE2AjAgAEIENwMADAELIARBOGogBEEoahDVAiABQRhqEPcDIAEgBCgCQDYCICABIAQpAjg3AhhBACEFIAQoAjAiBiABKAKYAkYEQCAEKAIsIAEoApQCIAYQ4wJFIQULIABBADoACiAAIAU6AAkgAEEAOgAIIABCADcDGCAAQgY3AwAgBCAEKQMoNwA5IAAgBCkAODcACyAEIAQoAjA2AEEgACAEKQA9NwAQIARBGGoQvQQLIARBCGoQkQIgAy0AAEEBa0H/AXFBAkkNBgwECyADLwEcQZQDRwRAIAMoAgxBCUcNBSADKAIIIgEpAABC7t7R++Xs27ruAIUgAUEIajEAAELkAIWEQgBSDQULIABBAToACCAAQgY3AwAgBCADQQRqIgAoAhg2AlAgBCAAKQIQNwNIIAQgAP0AAgD9CwM4IARBOGoQ8AMLAkAgAy0AAEEBaw4CAAUDCyADQQRqEJECDAQLQQhByAAQxAQACyABIAQoAkAQ+gMACyADEM0CDAELIARB2ABqIgEgA0Eo/AoAACAAQQhqIAEQswEgAEIGNwMACyACQRBqEL0ECyAEQYABaiQAC5IIAgd/BHsjAEEQayIHJAACQAJAAkACQCABKAIEIgggAk8EQCABKAIAIQEgAkUNAyABIAJqIgMgAWtBD0sNAQNAIAEgA08NBCADQQFrIgMtAABBCkcNAAsMAgtBACACIAhBoIHCABCcAQALIAMgAWshBiADQRBrIgn9AAAA/QwKCgoKCgoKCgoKCgoKCgoK/SP9ZCIFBEAgCSAFZ0Efc2ohAwwBCyACIANBD3FrIQMCQCAGQcAASQ0AA0AgA0HAAEgNASAHIAEgA2oiBUEwa/0ABAD9DAoKCgoKCgoKCgoKCgoKCgr9IyIKIAVBQGr9AAQA/QwKCgoKCgoKCgoKCgoKCgoK/SMiC/1QIAVBIGv9AAQA/QwKCgoKCgoKCgoKCgoKCgoK/SMiDP1QIAVBEGv9AAQA/QwKCgoKCgoKCgoKCgoKCgoK/SMiDf1Q/QsEACADQUBqIQMgB/0ABAD9ZEUNAAsCQCAN/WQiBUUEQCAM/WQiBQ0BIAr9ZCIFRQRAIAEgC/1kZ2sgA2pBH2ohAwwECyABIAVnQR9zaiADakEQaiEDDAMLIAEgBWdBH3NqIANqQTBqIQMMAgsgASAFZ0Efc2ogA2pBIGohAwwBCwNAIANBD0wEQEEAIQUgA0EATA0DIAH9AAAA/QwKCgoKCgoKCgoKCgoKCgoK/SP9ZCIDRQ0DIAEgA2drQR9qIQMMAgsgA0EQayIDIAFq/QAAAP0MCgoKCgoKCgoKCgoKCgoKCv0j/WQiBUUNAAsgASAFZ0Efc2ogA2ohAwsgAyABayIDQQFqIQUgAyAITw0BCwJAIAEgASAFaiIGTw0AIAYgAWtBD00EQCAFIQMDQCAEIAEtAABBCkZqIQQgAUEBaiEBIANBAWsiAw0ACwwBCyABQXBxQRBqIQRBACEDIAYgAWshCQNAIAMgAS0AAEEKRmohAyABQQFqIgEgBEkNAAsCQCAJQcAASQ0AIAQgBkFAaiIBSw0AA0AgBEEwav0ABAD9DAoKCgoKCgoKCgoKCgoKCgr9I/1kaSAEQSBq/QAEAP0MCgoKCgoKCgoKCgoKCgoKCv0j/WRpIARBEGr9AAQA/QwKCgoKCgoKCgoKCgoKCgoK/SP9ZGkgBP0ABAD9DAoKCgoKCgoKCgoKCgoKCgr9I/1kaSADampqaiEDIARBQGsiBCABTQ0ACwsgBkEQayIBIARPBEADQCAE/QAAAP0MCgoKCgoKCgoKCgoKCgoKCv0j/WRpIANqIQMgBEEQaiIEIAFNDQALC0EAIQEgBCAGSQRAA0AgASAELQAAQQpGaiEBIARBAWoiBCAGRw0ACwsgASADaiEECyAAIAIgBWs2AgQgACAEQQFqNgIAIAdBEGokAA8LQQAgBSAIQbCBwgAQnAEAC8EGAQd/AkACQCABIABBA2pBfHEiBCAAayIGSQ0AIAEgBmsiCEECdiIHRQ0AQQAhASAAIARHBEAgACAEayIEQXxNBEADQCABIAAgA2oiAiwAAEG/f0pqIAJBAWosAABBv39KaiACQQJqLAAAQb9/SmogAkEDaiwAAEG/f0pqIQEgA0EEaiIDDQALCyAAIANqIQIDQCABIAIsAABBv39KaiEBIAJBAWohAiAEQQFqIgQNAAsLIAAgBmohBAJAIAhBA3EiAEUNACAEIAhB/P///wdxaiIDLAAAQb9/SiEFIABBAUYNACAFIAMsAAFBv39KaiEFIABBAkYNACAFIAMsAAJBv39KaiEFCyABIAVqIQMDQCAEIQAgB0UNAkHAASAHIAdBwAFPGyIFQQNxIQYCQCAFQQJ0IgRB8AdxIgFFBEBBACECDAELIAAgAWohCEEAIQIgACEBA0AgAiABKAIAIgJBf3NBB3YgAkEGdnJBgYKECHFqIAFBBGooAgAiAkF/c0EHdiACQQZ2ckGBgoQIcWogAUEIaigCACICQX9zQQd2IAJBBnZyQYGChAhxaiABQQxqKAIAIgJBf3NBB3YgAkEGdnJBgYKECHFqIQIgAUEQaiIBIAhHDQALCyAHIAVrIQcgACAEaiEEIAJBCHZB/4H8B3EgAkH/gfwHcWpBgYAEbEEQdiADaiEDIAZFDQALAn8gACAFQfwBcUECdGoiACgCACIBQX9zQQd2IAFBBnZyQYGChAhxIgEgBkEBRg0AGiABIAAoAgQiAUF/c0EHdiABQQZ2ckGBgoQIcWoiASAGQQJGDQAaIAAoAggiAEF/c0EHdiAAQQZ2ckGBgoQIcSABagsiAUEIdkH/gRxxIAFB/4H8B3FqQYGABGxBEHYgA2ohAwwBCyABRQRAQQAPCyABQQNxIQJBACEEIAFBBE8EQCABQXxxIQUDQCADIAAgBGoiASwAAEG/f0pqIAFBAWosAABBv39KaiABQQJqLAAAQb9/SmogAUEDaiwAAEG/f0pqIQMgBSAEQQRqIgRHDQALIAJFDQELIAAgBGohAQNAIAMgASwAAEG/f0pqIQMgAUEBaiEBIAJBAWsiAg0ACwsgAwu7DQENfyMAQTBrIgokACABIAVLIQYCQAJAAkAgA0UgASAFTXINAANAIAIgEUEMbGoiBygCACIMQYGAgIB4Rg0CIAAgBUEDdGoiCCgCBCEGIAgoAgAhCUEAIQgCQAJAAkAgDEH/////B2sgDEEfdXFBAWsOAwYGAQALIAcoAgggBkcNBCAHKAIEIAkgBhDjAg0EDAELAkAgBygCBCINKAIQIghBhYCAgHhHBEBBASEHAkACQAJAIAZBAWsOAgABAgsgCS0AAEEuRyEHDAELIAkvAABBrtwARyEHCwJAAkACQAJAQQIgCEGAgICAeHMgCEEAThtBAWsOBAABAwIFCyAGIA0oAhwiCEkNCCANKAIYIAkgBiAIa2ogCBDjAg0IDAULQQAhCCAHIAkgBiAJahDIASANKAIcRnFFDQggBiANKAIYIgdJDQggDSgCFCAJIAYgB2tqIAcQ4wINCAwECyAHRQ0GIAkgBkEuEMcBRQ0GDAMLIAdFDQUgBkEHTQRAA0AgBkUNByAJLQAAQS5GDQQgCUEBaiEJIAZBAWshBgwACwALIApBCGpBLiAJIAYQoQEgCigCCEEBRw0FDAILIAYgCWohBgJAIA0tAAxFBEAgCkEAOwEoIAogBjYCJCAKIAk2AiAgCkEUaiEPIwBBEGsiDCQAAkACQAJAAkACfwJAAkACfwJAIApBIGoiBi8BCCIIRQRAIAYoAgAiCSAGKAIEIg5GDQYgBiAJQQFqIgc2AgAgCS0AACIIwEEATg0DIAYgCUECaiIHNgIAIAktAAFBP3EhECAIQR9xIQsgCEHfAU0EQCALQQZ0IBByIQgMBAsgBiAJQQNqIgc2AgAgCS0AAkE/cSAQQQZ0ciEQIAhB8AFPDQEgECALQQx0cgwCCyAGQQA7AQggBigCACEHIAYoAgQhDkEADAQLIAYgCUEEaiIHNgIAIAtBEnRBgIDwAHEgCS0AA0E/cSAQQQZ0cnILIghB//8DSw0BC0EADAELIAYgCEH/B3FBgLgDcjsBCCAIQYCA/AdqQQp2QYCwf3IhCEEBCyELIAxBBGoiCUEDIAsgDiAHayIHQQNuIg5qIAcgDkEDbEdqIgcgB0EDTRtBAWpBBEEEEOsBIAwoAgghByAMKAIEQQFGDQIgDCgCDCILIAhB//8DcTYCACAMQQE2AgwgDCALNgIIIAwgBzYCBCAGKAIEIQ4gBigCACEHIAYvAQghBgNAAkACQAJAAkAgBkH//wNxDQAgByAORg0DIAcsAAAiBkEATgRAIAdBAWohByAGQf8BcSEGDAELIActAAFBP3EhCyAGQR9xIQggBkFfTQRAIAhBBnQgC3IhBiAHQQJqIQcMAQsgBy0AAkE/cSALQQZ0ciELAn8gBkFwSQRAIAsgCEEMdHIhBiAHQQNqDAELIAhBEnRBgIDwAHEgBy0AA0E/cSALQQZ0cnIhBiAHQQRqCyEHIAZB//8DSw0BC0EAIQgMAQsgBkH/B3FBgLh/ciEIIAZBgID8B2pBCnZBgLB/ciEGCyAJKAIIIgsgCSgCAEYEQCAJIAsgDiAHayIQQQNuIhJBAkEBIAgbaiAQIBJBA2xHakEEQQQQ9gILIAkoAgQgC0ECdGogBkH//wNxNgIAIAkgC0EBajYCCCAIIQYMAQsLIA8gDCgCDDYCCCAPIAwpAgQ3AgAMAQsgD0EANgIIIA9CgICAgMAANwIACyAMQRBqJAAMAQsgByAMKAIMEPoDAAsMAQsgCkEUaiAJIAYQgAELIA0oAgghCyANKAIEIQggCigCGCEOAkACQCAKKAIcIg8EQCALQQxsIQxBACEHA0AgCiAPNgIkIAogDjYCICAHQQFqIAwhCSAIIQYDQCAJBEAgCUEMayEJIAYoAgghECAGKAIEIRIgBkEMaiEGIApBIGogEiAQIAcgCkEvakH80sAAEFBFDQEMBAsLIgcgD0cNAAsLIAogDzYCJCAKIA42AiAgC0EMbCEGA0AgBkUNAiAGQQxrIQYgCCgCCCEJIAgoAgQhByAIQQxqIQggCkEgaiAHIAkgDyAKQS9qQfzSwAAQUEUNAAsLIApBFGpBBEEEEJACDAILIApBFGpBBEEEEJACDAQLQQAhCCAGQQBHIAdxRQ0ECyARQQFqIREgBUEBaiIFIAFJIQYgASAFTQ0BIAMgEUsNAAsLIAEgBUYiAiAEIAMgEUZycSEIIAIgAyARR3INAUEAIQggBUEBaiABRw0BIAYEQCAAIAVBA3RqKAIERSEIDAILIAUgAUHoycEAEN4CAAtBACEICyAKQTBqJAAgCAuyBgEPfyMAQRBrIgkkAEEBIQ0CQCACKAIAIgtBIiACKAIEIg4oAhAiDxEBAA0AAkAgAUUEQEEAIQIMAQtBACABayEQIAEhAyAAIQUCQAJ/A0AgAyAFakEAIQICQANAIAIgBWoiCC0AACIGQf8Aa0H/AXFBoQFJIAZBIkZyIAZB3ABGcg0BIAMgAkEBaiICRw0ACyADIAdqDAILIAhBAWohBQJAIAgsAAAiCkEATgRAIApB/wFxIQMMAQsgBS0AAEE/cSEDIApBH3EhBiAIQQJqIQUgCkFfTQRAIAZBBnQgA3IhAwwBCyAFLQAAQT9xIANBBnRyIQMgCEEDaiEFIApBcEkEQCADIAZBDHRyIQMMAQsgBkESdEGAgPAAcSAFLQAAQT9xIANBBnRyciEDIAhBBGohBQsgCSADQYGABBBZAkAgCS0ADSIIIAktAAwiCmsiBkH/AXFBAUYNAAJAAkACQCAEIAIgB2oiDEsNAAJAIARFDQAgASAETQRAIAEgBEcNAgwBCyAAIARqLAAAQb9/TA0BCwJAIAxFDQAgASAMTQRAIAwgEGpFDQEMAgsgACAHaiACaiwAAEG/f0wNAQsgCyAAIARqIAcgBGsgAmogDigCDCIEEQQARQ0BDAILIAAgASAEIAxB8LbDABCRBAALAkAgCEGBAU8EQCALIAkoAgAgDxEBAA0CDAELIAsgCSAKaiAGIAQRBAANAQsCf0EBIANBgAFJDQAaQQIgA0GAEEkNABpBA0EEIANBgIAESRsLIAdqIAJqIQQMAQsMBQsCf0EBIANBgAFJDQAaQQIgA0GAEEkNABpBA0EEIANBgIAESRsLIAdqIgYgAmohByAFayIDDQALIAIgBmoLIgIgBEkNAEEAIQMCQCAERQ0AIAEgBE0EQCAEIgMgAUcNAgwBCyAEIgMgAGosAABBv39MDQELIAJFBEBBACECDAILIAEgAk0EQCABIAJGDQIgAyEEDAELIAAgAmosAABBv39KDQEgAyEECyAAIAEgBCACQYC3wwAQkQQACyALIAAgA2ogAiADayAOKAIMEQQADQAgC0EiIA8RAQAhDQsgCUEQaiQAIA0L5QYBBX8CQAJAAkACQAJAAkACQCAAQQRrIgcoAgAiCEF4cSIEQQRBCCAIQQNxIgUbIAFqTwRAIAVBACABQSdqIgYgBEkbDQECQCACQQlPBEAgAiADEHsiAg0BQQAPC0EAIQIgA0HM/3tLDQhBECADQQtqQXhxIANBC0kbIQEgAEEIayEGIAVFBEAgBkUgAUGAAklyIAQgAWtBgIAISyABIARPcnINByAADwsgBCAGaiEFAkAgASAESwRAIAVBkLzDACgCAEYNAUGMvMMAKAIAIAVHBEAgBSgCBCIIQQJxDQkgCEF4cSIIIARqIgQgAUkNCSAFIAgQfyAEIAFrIgVBEE8EQCAHIAEgBygCAEEBcXJBAnI2AgAgASAGaiIBIAVBA3I2AgQgBCAGaiIEIAQoAgRBAXI2AgQgASAFEHAMCQsgByAEIAcoAgBBAXFyQQJyNgIAIAQgBmoiASABKAIEQQFyNgIEDAgLQYS8wwAoAgAgBGoiBCABSQ0IAkAgBCABayIFQQ9NBEAgByAIQQFxIARyQQJyNgIAIAQgBmoiASABKAIEQQFyNgIEQQAhBUEAIQEMAQsgByABIAhBAXFyQQJyNgIAIAEgBmoiASAFQQFyNgIEIAQgBmoiBCAFNgIAIAQgBCgCBEF+cTYCBAtBjLzDACABNgIAQYS8wwAgBTYCAAwHCyAEIAFrIgRBD00NBiAHIAEgCEEBcXJBAnI2AgAgASAGaiIBIARBA3I2AgQgBSAFKAIEQQFyNgIEIAEgBBBwDAYLQYi8wwAoAgAgBGoiBCABSw0EDAYLIAMgASABIANLGyIDBEAgAiAAIAP8CgAACyAHKAIAIgNBeHEiByABQQRBCCADQQNxIgEbakkNAiABRSAGIAdPcg0GQZyQwgBBLkHMkMIAEP0DAAtB3I/CAEEuQYyQwgAQ/QMAC0GckMIAQS5BzJDCABD9AwALQdyPwgBBLkGMkMIAEP0DAAsgByABIAhBAXFyQQJyNgIAIAEgBmoiBSAEIAFrIgFBAXI2AgRBiLzDACABNgIAQZC8wwAgBTYCAAsgBkUNACAADwsgAxAxIgFFDQEgA0F8QXggBygCACICQQNxGyACQXhxaiICIAIgA0sbIgIEQCABIAAgAvwKAAALIAEhAgsgABBUCyACC4IHAQR/IwBBoAFrIgQkAAJAAkACQAJAAkACQAJAAkACQAJAIAMtAAAOAgIAAQsCQAJAIANBBGoiBUGU1cEAQQIQTyIGRQ0AIAYtAABBAUcNACAGLQABDQELIARBKzYCUCAEIAJBHGo2AkwgBEHoAGpB767AACAEQcwAahB9IAQgBCgCcDYBIiAEIAQpAmg3ARogAEGEDjYCCCAAIAQpARg3AQ4gACAEKQEeNwEUIABCBjcDACADLQAAQQFHDQMgBRCRAgwHCyAEIAUoAgg2AhAgBCAFKQIANwMIIARBGGogBEEIaiIGQfjWwQBBExCKAyAEQSRqIgUgBkGL18EAQQsQigMCQCAEKAIYQYCAgIB4RwRAIAQoAiRBgICAgHhHDQELIARB6ABqQdQAQQFBARDrASAEKAJsIQYgBCgCaEEBRg0EIAQoAnAiB0GW18EAQdQA/AoAACAAQdQANgIYIAAgBzYCFCAAIAY2AhAgAEGECDYCCCAAQgY3AwAgBCgCGEGAgICAeEcEQCAEQRhqEL0EC0EBIQAgBCgCJEGAgICAeEYNBiAFEL0EDAYLIAQoAiwiBiACKAIkRgRAIAQoAiggAigCICAGEOMCRQ0FCyAEIAUoAgg2AkggBCAFKQIANwNAIARBKzYCdCAEIAJBHGo2AnAgBEErNgJsIAQgBEFAayIFNgJoIARB3ABqQdSzwAAgBEHoAGoQfSAEIAQoAmQ2AVYgBCAEKQJcNwFOIABBhA42AgggACAEKQFMNwEOIAAgBCkBUjcBFCAAQgY3AwAgBRC9BEEBIQAgBCgCGEGAgICAeEYNBSAEQRhqEL0EDAULIARB+ABqIgUgA0Eo/AoAACAAQQhqIAUQswEgAEIGNwMADAULIABBOGogAUEo/AoAACAAIAJBOPwKAAAgAxDNAgwGCyADEM0CDAMLIAYgBCgCcBD6AwALIAQgBCgCIDYCOCAEIAQpAhg3AzAgBCAFKAIINgJwIAQgBSkCADcDaCACQRBqEL0EIAJBAToANCACIAQoAjg2AhggAiAEKQMwNwIQIABBCGogAkE4/AoAACAAQgQ3AwAgBEHoAGoQvQRBACEACyAEQQhqEJECIAMtAABBAUcEQCADEM0CCyAARQ0BCyACQRBqEL0EIAJBHGoQvQQgAkEoakEIQcgAEJACCyABQRBqEL0ECyAEQaABaiQAC4gHAQ1/IwBB4ABrIgQkAAJAAkACQAJAAkACQAJAAkAgASgCAA0AIAIgASkDCFQNACACIAMpA2hUDQAgAUEBNgIAIAEgAygCgAEiCTYCBCADIAlBAWo2AoABIAEtACAhCiABKAIUIQ4gASgCGCEHQTBBBBD2AyIBRQ0BIARByABqIgVBDUEBQQEQ6wEgBCgCTCEGIAQoAkhBAUYNAiAEKAJQIghB29XBACkAADcABSAIQdbVwQApAAA3AAAgBEErNgJMIAQgA0EMajYCSCAEQTBqIg9BxYTAACAFEH0gBUEMQQFBARDrASAEKAJMIQsgBCgCSEEBRg0DIAQoAlAiDEHizsEAKAAANgAIIAxB2s7BACkAADcAACAFQRBBAUEBEOsBIAQoAkwhDSAEKAJIQQFGDQQgBCgCUCIQQePVwQD9AAAA/QsAACABQQ02AgggASAINgIEIAEgBjYCACABIAQpAjA3AgwgASAEKAI4NgIUIAFBEDYCLCABIBA2AiggASANNgIkIAFBDDYCICABIAw2AhwgASALNgIYIARBAjYCICAEIAE2AhwgBEECNgIYIAMgBEEYahCrASAFQQRBAUEBEOsBIAQoAkwhASAEKAJIQQFGDQUgBCgCUCIIQdCezaIFNgAAIARBEGogAygCBCADKAIIEFEgBEEIaiAEKAIQIAQoAhQQ0AEgBCAEKQMINwJAIAQgCkECdCIGKALc4EE2AjQgBCAGKALo4EE2AjAgBEECNgJcIARBAjYCVCAEQYzVwQA2AlAgBEECNgJMIAQgDzYCWCAEIARBQGs2AkggBEEkakHdgsAAIAUQfSAEIAQoAiA2AjggBCAEKQIYNwMwIAUgB0EBQQEQ6wEgBCgCTCEFIAQoAkhBAUYNBiAEKAJQIQYgBwRAIAYgDiAH/AoAAAsgACAEKQIkNwI0IAAgBCgCLDYCPCAAIAQpAzA3AkAgACAEKAI4NgJIIAMpA0AhAiAAIAo6AFAgACAJNgJMIABBBDYCMCAAIAg2AiwgACABNgIoIAAgAjcDICAAIAc2AhwgACAGNgIYIAAgBTYCFCAAQQE2AhAgAEIANwMADAcLIABCAzcDAAwGC0EEQTAQxAQACyAGIAQoAlAQ+gMACyALIAQoAlAQ+gMACyANIAQoAlAQ+gMACyABIAQoAlAQ+gMACyAFIAQoAlAQ+gMACyAEQeAAaiQAC9YFAQZ/IwBBEGsiBiQAAkACQCAEBEAgAyAEaiEJQQAhBCADIQUDQAJ/AkAgB0H//wNxDQAgBSAJRwRAIAUsAAAiB0EATgRAIAVBAWohBQwCCyAHQWBJBEAgBUECaiEFDAILIAdBH3EhCCAFLQACQT9xIAUtAAFBP3FBBnRyIQoCfyAHQXBJBEAgCiAIQQx0ciEHIAVBA2oMAQsgCEESdEGAgPAAcSAFLQADQT9xIApBBnRyciEHIAVBBGoLIQUgB0GAgARJDQEgB0H/B3FBgLh/cgwCCwJAAkAgBEGABE0EQEEAIQcDQAJAAn8gAywAACIEQQBOBEAgBEH/AXEhBCADQQFqDAELIAMtAAFBP3EhCCAEQR9xIQUgBEFfTQRAIAVBBnQgCHIhBCADQQJqDAELIAMtAAJBP3EgCEEGdHIhCCAEQXBJBEAgCCAFQQx0ciEEIANBA2oMAQsgBUESdEGAgPAAcSADLQADQT9xIAhBBnRyciIEQYCAxABGDQEgA0EEagshAyAEQSxGDQMgB0EBaiEHIAMgCUcNAQsLIABBBTYCAAwHCyAGQQRqIAJBAUEBEOsBIAYoAgghAyAGKAIEQQFGDQcgBigCDCEFIAIEQCAFIAEgAvwKAAALIAAgAjYCECAAIAU2AgwgACADNgIIIAAgBDYCBCAAQQE2AgAMBgsgBkEEaiACQQFBARDrASAGKAIIIQMgBigCBEEBRg0AIAYoAgwhBCACBEAgBCABIAL8CgAACyAAIAI2AhAgACAENgIMIAAgAzYCCCAAIAc2AgQgAEECNgIADAULDAULQQALIQcgBEEBaiEEDAALAAsgBkEEaiACQQFBARDrASAGKAIIIQMgBigCBEEBRg0BIAYoAgwhBCACBEAgBCABIAL8CgAACyAAIAI2AgwgACAENgIIIAAgAzYCBCAAQQA2AgALIAZBEGokAA8LIAMgBigCDBD6AwALwwUCDH8CfiMAQaABayIJJAAgCUEAQaAB/AsAAkACQCACIAAoAqABIgVNBEAgBUEpTw0CIAEgAkECdGohDAJAAkAgBQRAIAVBAWohDSAFQQJ0IQoDQCAJIAZBAnRqIQMDQCAGIQIgAyEEIAEgDEYNBiADQQRqIQMgAkEBaiEGIAEoAgAhByABQQRqIgshASAHRQ0ACyAHrSEQQgAhDyAKIQcgAiEBIAAhAwNAIAFBKE8NBCAEIA8gBDUCAHwgAzUCACAQfnwiDz4CACAPQiCIIQ8gBEEEaiEEIAFBAWohASADQQRqIQMgB0EEayIHDQALIAggD1AEfyAFBSACIAVqIgFBKE8NAyAJIAFBAnRqIA8+AgAgDQsgAmoiASABIAhJGyEIIAshAQwACwALA0AgASAMRg0EIARBAWohBCABKAIAIAFBBGohAUUNACAIIARBAWsiAiACIAhJGyEIDAALAAsgAUEoQcylwgAQ3gIACyABQShBzKXCABDeAgALIAVBKU8NASACQQFqIQ0gAkECdCEMIAAgBUECdGohDiAAIQMCQANAIAkgB0ECdGohBgNAIAchCyAGIQQgAyAORg0DIARBBGohBiAHQQFqIQcgAygCACEKIANBBGoiBSEDIApFDQALIAqtIRBCACEPIAwhCiALIQMgASEGA0AgA0EoTw0CIAQgDyAENQIAfCAGNQIAIBB+fCIPPgIAIA9CIIghDyAEQQRqIQQgA0EBaiEDIAZBBGohBiAKQQRrIgoNAAsCQCAIIA9QBH8gAgUgAiALaiIDQShPDQEgCSADQQJ0aiAPPgIAIA0LIAtqIgMgAyAISRshCCAFIQMMAQsLIANBKEHMpcIAEN4CAAsgA0EoQcylwgAQ3gIACyAAIAlBoAH8CgAAIAAgCDYCoAEgCUGgAWokAA8LQQAgBUEoQcylwgAQnAEAC+oFAQx/IwBBMGsiAyQAIAMgASACQdwAQczSwABBAhBrIANBDGogAygCBCIBIAEgAygCCCICahCAASADQSRqIAJBAUEBEOsBIAMoAighAQJAAkAgAygCJEEBRwRAIANBADYCICADIAMoAiwiAjYCHCADIAE2AhggAygCFCIHRQ0CIAMoAhAiASAHQQJ0IgpqIQ0gCiEJQQAhAgNAIAJBAWohCCADAn8CQCABKAIAIgZB2wBHDQACQCACIAdJBEAgByAIayEEIAhBAnQgCkYNAUEAIQVBBCECA0AgASACaigCAEEvRgRAIAUhBAwDCyAFQQFqIQUgCSACQQRqIgJHDQALDAELIAggByAHQdTSwAAQnAEACyAERQ0AIARBAnQhBEEEIQIDQCACIARGDQEgASACaiACQQRqIQJBBGooAgBB3QBHDQALIANBGGpBAxDdAyADKAIcIAMoAiBqIgJB5tLAAC0AADoAAiACQeTSwAAvAAA7AAAgAygCIEEDagwBCyADQRhqAn9BASAGQYABSSIEDQAaQQIgBkGAEEkNABpBA0EEIAZBgIAESRsLIg4Q3QMgAygCHCADKAIgaiECAkAgBEUEQCAGQT9xQYB/ciEEIAZBBnYhBSAGQYAQSQRAIAIgBDoAASACIAVBwAFyOgAADAILIAZBDHYhCyAFQT9xQYB/ciEFIAZB//8DTQRAIAIgBDoAAiACIAU6AAEgAiALQeABcjoAAAwCCyACIAQ6AAMgAiAFOgACIAIgC0E/cUGAf3I6AAEgAiAGQRJ2QXByOgAADAELIAIgBjoAAAsgDCAOagsiDDYCICAJQQRrIQkgCCECIA0gAUEEaiIBRw0ACwwBCyABIAMoAiwQ+gMACyADKAIcIQILIANBJGoiASACIAxBP0HO0sAAQQMQayAAIAMoAiggAygCLEEqQdHSwABBAxBrIANBGGoQvQQgA0EMakEEQQQQkAIgAxC9BCABEL0EIANBMGokAAutDAEJfyMAQfAAayIDJAAgA0EYaiILIAEgAhC8AgJAIAMoAhwiAiADKAIgIgFBLxDHAUUEQCADQQE7AWwgAyABNgJoIANBADYCZCADQQE6AGAgA0EvNgJcIAMgATYCWCADQQA2AlQgAyABNgJQIAMgAjYCTCADQS82AkgjAEFAaiICJAAgAiADQcgAaiIJEHYCQAJAAkACQAJAIAIoAgAiAUUNACACQRhqIAIoAgQiBEEBQQEQ6wEgAigCHCEGIAIoAhhBAUYNAiACKAIgIQUgBARAIAUgASAE/AoAAAsgBkGAgICAeEYNACACQRhqIgFBBEEEQQwQ6wEgAigCHCEIIAIoAhhBAUYNAyACKAIgIgcgBDYCCCAHIAU2AgQgByAGNgIAIAJBATYCFCACIAc2AhAgAiAINgIMIAEgCUEo/AoAACACQQxqIQYjAEEgayIEJAAgBEEIaiABEHYCQAJAAkAgBCgCCCIIRQ0AIAQoAgwhBwNAIARBFGogB0EBQQEQ6wEgBCgCGCEFIAQoAhRBAUYNAiAEKAIcIQkgBwRAIAkgCCAH/AoAAAsgBUGAgICAeEYNASAGKAIIIgggBigCAEYEQCAGIAhBAUEEQQwQ9gILIAYoAgQgCEEMbGoiCiAHNgIIIAogCTYCBCAKIAU2AgAgBiAIQQFqNgIIIAQgARB2IAQoAgQhByAEKAIAIggNAAsLIARBIGokAAwBCyAFIAQoAhwQ+gMACyAAIAIoAhQ2AgggACACKQIMNwIADAELIABBADYCCCAAQoCAgIDAADcCAAsgAkFAayQADAILIAYgAigCIBD6AwALIAggAigCIBD6AwALIAsQvQQMAQsgA0EANgIsIANCgICAgMAANwIkIAMgAygCICICNgI4IAMgAykCGDcDMCADQTxqIAMoAjQiASACEJgBA0ACQCADKAJEIAJHDQAgAygCQCABIAIQ4wINACADIAMoAjg2AlAgAyADKQMwNwNIIAMoAiwiASADKAIkRgRAIANBJGoQ7QILIAFBDGwiBCADKAIoaiICIAMoAlA2AgggAiADKQNINwIAIAMgAUEBaiIBNgIsIAFBAXYiBQRAIAQgAygCKCICaiEBA0AgAiABQQMQqAMgAUEMayEBIAJBDGohAiAFQQFrIgUNAAsLIAAgAygCLDYCCCAAIAMpAiQ3AgAgA0E8ahC9BAwCCyADQRBqIAEgAhDQAQJAIAMoAhQiAUUEQEEBIQVBACEBDAELIAMoAhAhBSABIQIDQCADQQhqIQggAiIEIgYhBwJAAkACfwJAAkACQCAEIAVBA2pBfHEgBWsiAk8EQCAEIAQgAmtBB3EiB2shBiAEIAdJDQEgAiEHC0EAIAZrIQkgBUEBayEKIAQhAgNAIAIgCWpFDQIgAiAKaiACQQFrIQItAABBL0cNAAsMAgsgBiAEIARBlKzCABCcAQALA0AgByAGIgJJBEAgAkEIayEGQYCChAggAiAFaiIJQQhrKAIAQa/evPkCcyIKayAKckGAgoQIIAlBBGsoAgBBr968+QJzIglrIAlycUGAgYKEeHFBgIGChHhGDQELCyACIARLDQIgBUEBayEEA0BBACACRQ0CGiACIARqIAJBAWshAi0AAEEvRw0ACwtBAQshBCAIIAI2AgQgCCAENgIADAELQQAgAiAEQYSswgAQnAEACyADKAIIQQFxRQ0BAkAgAygCDCICIAFPDQAgAiAFai0AAEEvRw0AAkAgAkEBaiICIAFJBEAgAiAFaiwAAEG/f0wNAQsgAiAFaiEFIAEgAmshAQwDCyAFIAEgAiABQezSwAAQkQQACyABIAJPDQALCyADQcgAaiABQQFBARDrASADKAJMIQIgAygCSEEBRwRAIAMoAlAhBCABBEAgBCAFIAH8CgAACyADKAIsIgYgAygCJEYEQCADQSRqEO0CCyADKAIoIAZBDGxqIgcgATYCCCAHIAQ2AgQgByACNgIAIAMgBkEBajYCLCADQTBqEL0EIAMgAykCPDcDMCADIAMoAkQiATYCOCADQTxqIAMoAjQgARCYASADKAI0IQEgAygCOCECDAELCyACIAMoAlAQ+gMACyADQfAAaiQAC9INAg1/AX4jAEEwayIGJAACQAJ/IwBBIGsiAyQAAn8CQCAAKAIAIgVFDQAgAyAAKAIEIgQ2AhwgAyAFNgIYIANBEGogA0EYaiABIAIQ2wEgAygCFCEHIAMoAhBBAUYEQCAEQQFrIQQDQCAEQX9GDQIgAyAFIAdBAnRqKAKYAyIFNgIYIAMgBDYCHCADQQhqIANBGGogASACENsBIARBAWshBCADKAIMIQcgAygCCEEBcQ0ACwsgBSAHQRhsagwBC0EACyEFIANBIGokAAJAIAUiAw0AIAZBGGogAkEBQQEQ6wEgBigCHCEDIAYoAhhBAUYNAiAGQQA2AgggBiAGKAIgNgIEIAYgAzYCACABIAJqIQ0gBkEgaiELQQAhAgNAAkAgAiEFAn8gASwAACICQQBOBEAgAkH/AXEhAyABQQFqDAELIAEtAAFBP3EhBCACQR9xIQMgAkFfTQRAIANBBnQgBHIhAyABQQJqDAELIAEtAAJBP3EgBEEGdHIhBCACQXBJBEAgBCADQQx0ciEDIAFBA2oMAQsgA0ESdEGAgPAAcSABLQADQT9xIARBBnRyciIDQYCAxABGDQEgAUEEagshAQJAIANB3wBGIgINAAJAIAVBAXFFBEAgBigCCCEKIAYCf0EBIANBgAFJIgQNABpBAiADQYAQSQ0AGkEDQQQgA0GAgARJGwsiCRDdAyAGKAIEIAYoAghqIQUgBEUEQCADQT9xQYB/ciEEIANBBnYhByADQYAQSQRAIAUgBDoAASAFIAdBwAFyOgAADAMLIANBDHYhCCAHQT9xQYB/ciEHIANB//8DTQRAIAUgBDoAAiAFIAc6AAEgBSAIQeABcjoAAAwDCyAFIAQ6AAMgBSAHOgACIAUgCEE/cUGAf3I6AAEgBSADQRJ2QXByOgAADAILIAUgAzoAAAwBCyAGQQxqIQVCACEQAkAgA0GAAU8EQCADQYkGQQAgA0GoP08bIgQgBEGEA2oiBCAEQQN0KAKUuEIgA0sbIgQgBEHCAWoiBCAEQQN0KAKUuEIgA0sbIgQgBEHhAGoiBCAEQQN0KAKUuEIgA0sbIgQgBEExaiIEIARBA3QoApS4QiADSxsiBCAEQRhqIgQgBEEDdCgClLhCIANLGyIEIARBDGoiBCAEQQN0KAKUuEIgA0sbIgQgBEEGaiIEIARBA3QoApS4QiADSxsiBCAEQQNqIgQgBEEDdCgClLhCIANLGyIEIARBAmoiBCAEQQN0KAKUuEIgA0sbIgQgBEEBaiIEIARBA3QoApS4QiADSxtBA3QiBCgClLhCRwRAIAVCADcCBCAFIAM2AgAMAgsgBEGUuMIAaigCBCIDQYCwA3NBgIDEAGtB/4+8f00EQCADQf///wFxQQxsIgMpAqiZQyEQIAMoAqSZQyEDCyAFIBA3AgQgBSADNgIADAELIAVCADcCBCAFQSBBACADQeEAa0EaSRsgA3M2AgALIAYoAhAhAyALIAYoAhQiBTYCCCALIAYpAgw3AgAgBkEDQQJBASADGyAFGyIDEN0DIAYgAzYCHCAGQQA2AhggBkEYaiIDKAIAIgQgAygCBCIORwRAIARBAnQgA2pBCGohByAGKAIIIQoDQCAEQQFqIQQgBgJ/QQEgBygCACIFQYABSSIIDQAaQQIgBUGAEEkNABpBA0EEIAVBgIAESRsLIg8Q3QMgBigCBCAGKAIIaiEDAkAgCEUEQCAFQT9xQYB/ciEIIAVBBnYhCSAFQYAQSQRAIAMgCDoAASADIAlBwAFyOgAADAILIAVBDHYhDCAJQT9xQYB/ciEJIAVB//8DTQRAIAMgCDoAAiADIAk6AAEgAyAMQeABcjoAAAwCCyADIAg6AAMgAyAJOgACIAMgDEE/cUGAf3I6AAEgAyAFQRJ2QXByOgAADAELIAMgBToAAAsgBiAKIA9qIgo2AgggB0EEaiEHIAQgDkcNAAsLDAELIAYgCSAKajYCCAsgASANRw0BCwsgBiAGKAIINgIgIAYgBikCADcDGCAGQRhqIQUjAEEgayIBJAACfwJAIAAoAgAiAkUNACABIAAoAgQiADYCHCABIAI2AhggAUEQaiABQRhqIAUQ0wEgASgCFCEDIAEoAhBBAUYEQCAAQQFrIQADQCAAQX9GDQIgASACIANBAnRqKAKYAyICNgIYIAEgADYCHCABQQhqIAFBGGogBRDTASAAQQFrIQAgASgCDCEDIAEoAghBAXENAAsLIAIgA0EYbGoMAQtBAAsgAUEgaiQAIQMgBRC9BCADDQBBAAwBCyADQQAgAy0AABsLIAZBMGokAA8LIAMgBigCIBD6AwALxgUBB38jAEEgayIKJAAgACgCACEJIAAoAgQhBwJAAkADQEEBIAJrIQICQAJAAkACQANAAkACQAJAAkAgAkEBRwRAIAEoAgAiBkEERg0DAkAgBkEDaw4FBwoDAgAICyABQRBqKAIAIQsgAUEMaigCACIMQQFGBEAgC0UNDAsgByADayIGQQAgBiAHTRshBiAJIANBAnRqIQcgAUEIaiEJA0AgBiAIRgRAIAYhCAwNCyAJKAIAIAcoAgAQiAFFDQwgB0EEaiEHIAxFIAsgCEEBaiIIS3INAAsMCwsgBCADIAUoAhARAQAhBgwLC0EAIAJrIQYgAUEUaiEIIAFBDGooAgBBDGwhAiABQQhqKAIAIQEDQCACBEAgAkEMayECIAEoAgghByABKAIEIQkgAUEMaiEBIAAgCSAHIAMgCkEfakHY1sAAEFBFDQEMBAsLIAAgCCAGIAMgBCAFEFAhBgwKC0EAIAJrIQggAUEUaiEHIAFBDGooAgBBDGwhAiABQQhqKAIAIQEDQCACQQBHIQYgAkUNCiABKAIIIQkgASgCBCELIAogBTYCGCAKIAQ2AhQgCiAINgIQIAogBzYCDCAKIAA2AgggAkEMayECIAFBDGohASAAIAsgCSADIApBCGpB7NbAABBQRQ0ACwwJCyABQRRqIQEgAkEBaiECIAMgB0YNAQsLQQAhBgwGC0EAIQYgAw0FDAELQQAhBiADIAdPDQQgASAJIANBAnRqKAIAEIgBRQ0EIANBAWohBgtBACACayECIAFBFGohASAGIQMMAQsLAAtBACEGIAggAUEEaigCACIHSQ0AQQAgAmshAiABQRRqIQEgA0EBaiEJAkADQCAHIAhJBEAgACABIAIgCSAIQQFrIghqIAQgBRBQRQ0BDAILCyAAIAEgAiADIAdqIAQgBRBQRQ0BC0EBIQYLIApBIGokACAGC4MFAQZ/IAEgAmohBgJAAkAgAkUEQCABIQIMAQsgASECA0AgBCIIAn8gAiIELAAAIgVBAE4EQCAFQf8BcSEDIARBAWoMAQsgBC0AAUE/cSEDIAVBH3EhAiAFQV9NBEAgAkEGdCADciEDIARBAmoMAQsgBC0AAkE/cSADQQZ0ciEDIAVBcEkEQCADIAJBDHRyIQMgBEEDagwBCyACQRJ0QYCA8ABxIAQtAANBP3EgA0EGdHJyIQMgBEEEagsiAiAEa2ohBAJAIANBIEYgA0EJa0EFSXINACADQYABSQ0CAkAgA0EIdiIFQR9NBEAgBUUNASAFQRZHIANBgC1Hcg0EDAILIAVBIEcEQCAFQTBHIANBgOAAR3INBAwCCyADQf8BcS0AwZtCQQJxRQ0DDAELIANB/wFxLQDBm0JBAXFFDQILIAIgBkcNAAtBACEIQQAhBAwBCyACIAZGDQADQCAGIgVBAWsiBiwAACIDQQBIBEAgA0E/cQJ/IAVBAmsiBi0AACIHwCIDQUBOBEAgB0EfcQwBCyADQT9xAn8gBUEDayIGLQAAIgfAIgNBQE4EQCAHQQ9xDAELIANBP3EgBUEEayIGLQAAQQdxQQZ0cgtBBnRyC0EGdHIhAwsCQCADQSBGIANBCWtBBUlyDQACQCADQYABSQ0AAkACQCADQQh2IgdBH00EQCAHRQ0BIAdBFkcNAyADQYAtRg0EDAMLIAdBIEYNASAHQTBHDQIgA0GA4ABGDQMMAgsgA0H/AXEtAMGbQkEBcUUNAQwCCyADQf8BcS0AwZtCQQJxDQELIAQgAmsgBWohBAwCCyACIAZHDQALCyAAIAQgCGs2AgQgACABIAhqNgIAC+YFAgF/C34jAEHAAWsiAyQAIAApAwAhBgJAAkAgAUECSQ0AQgMhBUIBIQtBKCABIAFBAEdrIgAgAEEoTxsiACEBA0ACQCABQQFxRQ0AIANBsAFqIAUgBCALIAwQjgIgAykDuAEhDCADKQOwASELIAFBAUcNAEIAIQRCAiEFQgEhByAAIQEDQAJAIAFBAXEEQCADQaABaiAFIAQgByAIEI4CIAMpA6gBIQggAykDoAEhByABQQFGDQELIANBEGogBSAEIAUgBBCOAiABQQF2IQEgAykDGCEEIAMpAxAhBQwBCwsgByAIhFANA0IAIQRCAyEFQgEhDSAAQQFqIgEhAANAAkAgAEEBcUUNACADQZABaiAFIAQgDSAOEI4CIAMpA5gBIQ4gAykDkAEhDSAAQQFHDQBCACEEQgIhBUIBIQkDQAJAIAFBAXEEQCADQYABaiAFIAQgCSAKEI4CIAMpA4gBIQogAykDgAEhCSABQQFGDQELIANBMGogBSAEIAUgBBCOAiABQQF2IQEgAykDOCEEIAMpAzAhBQwBCwsgCSAKhFBFBEAgA0HwAGogDSAOIAZCABCOAiADQeAAaiALIAwgBkIAEI4CIANB0ABqIAMpA2AgAykDaCAHIAgQmQMgA0FAayADKQNwIAMpA3ggCSAKEJkDIAMpA0BCfyADKQNIUBsiBSADKQNQQn8gAykDWFAbIgZYDQUgAiACKQMAQuuH1oXoyKHk4QB9IgQ3AwBCfyAGIARCHoggBIVCucuT59Htkay/f34iBEIbiCAEhULro8SZsbeS6JR/fiIEQh+IIASFIAUgBn2CfCIEIAQgBlQbIQYMBQtBjNTBABCyBAALIANBIGogBSAEIAUgBBCOAiAAQQF2IQAgAykDKCEEIAMpAyAhBQwACwALIAMgBSAEIAUgBBCOAiABQQF2IQEgAykDCCEEIAMpAwAhBQwACwALIANBwAFqJAAgBg8LQfzTwQAQsgQAC+cFAgN/A34jAEHwAGsiBiQAAkACQAJAAkAgASgCMCIHIAJLBEAgASgCLCACQcgAbGoiAikDOCEJIAYgAikDQCILNwMQIAYgCTcDCCACQQA2AhAgBkEuNgJkIAYgBkEQajYCYCAGQS42AlwgBiAGQQhqNgJYIAZBHGpB64LAACAGQdgAahB9IAYgAykDACIKQgAgAy8BFiIHQawCa0H//wNxQZz/A08bIAogAy8BFCIIGyIKNwMoIAhFIAkgASkDAIRCAFJyRSAHQcgBRnFFBEAgBiALIAl9QgF8Igk3AzAgCSAKVA0CCyACIAIpAzAgCnwiCTcDMCACKQMAQgFRBEAgAikDCCACKQMoIAl8UQ0DCyAKUEUNAyAGIAJBEGogBCAFEMICIAAgBigCAEEBcQR/IAYgBigCBDYCSCAGQQdBDSADLQAYIgEbNgJQIAZB+8zBAEHuzMEAIAEbNgJMIAZBKzYCZCAGIANBCGo2AmAgBkECNgJcIAYgBkHMAGoiAjYCWCAGQThqIgFB5ozAACAGQdgAaiIDEH0gBkErNgJsIAZBATYCZCAGQSs2AlwgBiABNgJoIAYgBkHIAGo2AmAgBiAGQRxqNgJYIAJBqIrAACADEH0gARC9BCAGIAYoAlQ2AWIgBiAGKQJMNwFaIAAgBzsBBCAAIAg7AQIgAEEGOgABIAAgBikBWDcBBiAAIAYpAV43AQxBBAVBBQs6AAAMBAsgAiAHQYjZwQAQ3gIACyAGQS42AmwgBkEuNgJkIAZBKzYCXCAGIAZBMGo2AmggBiAGQShqNgJgIAYgBkEcajYCWCAGQcwAakH8hcAAIAZB2ABqEH0gBiAGKAJUNgFCIAYgBikCTDcBOiAAIAc7AQQgACAIOwECIABBhBA7AQAgACAGKQE4NwEGIAAgBikBPjcBDAwCCyAAIAEQmwEMAQsgAiAENwMYIAJBADYCICAAQQU6AAALIAZBHGoQvQQgBkHwAGokAAujBgEEfyAAQQhrIgEgAEEEaygCACIDQXhxIgBqIQICQAJAIANBAXENACADQQJxRQ0BIAEoAgAiAyAAaiEAIAEgA2siAUGMvMMAKAIARgRAIAIoAgRBA3FBA0cNAUGEvMMAIAA2AgAgAiACKAIEQX5xNgIEIAEgAEEBcjYCBCACIAA2AgAPCyABIAMQfwsCQAJAQaS8wwACfwJAAkACQAJAIAIoAgQiA0ECcUUEQCACQZC8wwAoAgBGDQIgAkGMvMMAKAIARg0DIAIgA0F4cSICEH8gASAAIAJqIgBBAXI2AgQgACABaiAANgIAIAFBjLzDACgCAEcNAUGEvMMAIAA2AgAPCyACIANBfnE2AgQgASAAQQFyNgIEIAAgAWogADYCAAsgAEGAAkkNBCABIAAQjAFBpLzDAEGkvMMAKAIAQQFrIgA2AgAgAA0GQey5wwAoAgAiAA0CQf8fDAMLQZC8wwAgATYCAEGIvMMAQYi8wwAoAgAgAGoiADYCACABIABBAXI2AgRBjLzDACgCACABRgRAQYS8wwBBADYCAEGMvMMAQQA2AgALIABBnLzDACgCACICTQ0FQZC8wwAoAgAiAEUNBUGIvMMAKAIAIgNBKUkNBEHkucMAIQEDQCAAIAEoAgAiBE8EQCAAIAQgASgCBGpJDQYLIAEoAgghAQwACwALQYy8wwAgATYCAEGEvMMAQYS8wwAoAgAgAGoiADYCACABIABBAXI2AgQgACABaiAANgIADwtBACEBA0AgAUEBaiEBIAAoAggiAA0AC0H/HyABIAFB/x9NGws2AgAPCwJAQfy7wwAoAgAiAkEBIABBA3Z0IgNxRQRAQfy7wwAgAiADcjYCACAAQfgBcUH0ucMAaiIAIQIMAQsgAEH4AXEiAEH0ucMAaiECIABB/LnDAGooAgAhAAsgAiABNgIIIAAgATYCDCABIAI2AgwgASAANgIIDwtBpLzDAEHsucMAKAIAIgAEf0EAIQEDQCABQQFqIQEgACgCCCIADQALQf8fIAEgAUH/H00bBUH/Hws2AgAgAiADTw0AQZy8wwBBfzYCAAsLuAUCCH8BfkErQYCAxAAgACgCCCIIQYCAgAFxIgkbIAlBFXZBASABGyAFaiEJAkAgCEGAgIAEcUUEQEEAIQIMAQsCQCADQRBPBEAgAiADEEUhBgwBCyADRQRADAELIANBA3EhCyADQQRPBEAgA0EMcSENA0AgBiACIAdqIgosAABBv39KaiAKQQFqLAAAQb9/SmogCkECaiwAAEG/f0pqIApBA2osAABBv39KaiEGIA0gB0EEaiIHRw0ACyALRQ0BCyACIAdqIQcDQCAGIAcsAABBv39KaiEGIAdBAWohByALQQFrIgsNAAsLIAYgCWohCQtBLSABGyELAkAgAC8BDCIBIAlLBEACQAJAIAhBgICACHFFBEAgASAJayEJQQAhBkEAIQECQAJAAkAgCEEddkEDcUEBaw4DAAEAAgsgCSEBDAELIAlB/v8DcUEBdiEBCyAIQf///wBxIQogACgCBCEIIAAoAgAhAANAIAZB//8DcSABQf//A3FPDQJBASEHIAZBAWohBiAAIAogCCgCEBEBAEUNAAsMBAsgACAAKQIIIg6nQYCAgP95cUGwgICAAnI2AghBASEHIAAoAgAiCCAAKAIEIgogCyACIAMQmAMNA0EAIQYgASAJa0H//wNxIQEDQCAGQf//A3EgAU8NAiAGQQFqIQYgCEEwIAooAhARAQBFDQALDAMLQQEhByAAIAggCyACIAMQmAMNAiAAIAQgBSAIKAIMEQQADQJBACEGIAkgAWtB//8DcSEBA0AgBkH//wNxIgIgAUkhByABIAJNDQMgBkEBaiEGIAAgCiAIKAIQEQEARQ0ACwwCCyAIIAQgBSAKKAIMEQQADQEgACAONwIIQQAPC0EBIQcgACgCACIBIAAoAgQiACALIAIgAxCYAw0AIAEgBCAFIAAoAgwRBAAhBwsgBwvRBAIGfgR/IAAgACgCOCACajYCOAJAAkAgACgCPCILRQRADAELQQQhCQJ+QQggC2siCiACIAIgCksbIgxBBEkEQEEAIQlCAAwBCyABNQAACyEDIAwgCUEBcksEQCABIAlqMwAAIAlBA3SthiADhCEDIAlBAnIhCQsgACAAKQMwIAkgDEkEfiABIAlqMQAAIAlBA3SthiADhAUgAwsgC0EDdK2GhCIDNwMwIAIgCk8EQCAAIAApAxggA4UiBCAAKQMIfCIGIAApAxAiBUINiSAFIAApAwB8IgWFIgd8IgggB0IRiYU3AxAgACAIQiCJNwMIIAAgBiAEQhCJhSIEQhWJIAQgBUIgiXwiBIU3AxggACADIASFNwMADAELIAIgC2ohCQwBCyACIAprIgJBB3EhCSACQXhxIgIgCksEQCAAKQMIIQQgACkDECEDIAApAxghBiAAKQMAIQUDQCAEIAYgASAKaikAACIHhSIGfCIEIAMgBXwiBSADQg2JhSIDfCIIIANCEYmFIQMgBCAGQhCJhSIEQhWJIAQgBUIgiXwiBYUhBiAIQiCJIQQgBSAHhSEFIApBCGoiCiACSQ0ACyAAIAM3AxAgACAGNwMYIAAgBDcDCCAAIAU3AwALQQQhAgJ+IAlBBEkEQEEAIQJCAAwBCyABIApqNQAACyEDIAkgAkEBcksEQCABIApqIAJqMwAAIAJBA3SthiADhCEDIAJBAnIhAgsgACACIAlJBH4gASACIApqajEAACACQQN0rYYgA4QFIAMLNwMwCyAAIAk2AjwLqwUCBn8BfgJAIAJFDQAgAkEHayIDQQAgAiADTxshByABQQNqQXxxIAFrIQhBACEDA0ACQAJAAkAgASADai0AACIFwCIGQQBOBEAgCCADa0EDcQ0BIAMgB08NAgNAIAEgA2oiBEEEaigCACAEKAIAckGAgYKEeHENAyADQQhqIgMgB0kNAAsMAgtCgICAgJAgIQkCQAJAAkACQAJAAkACQAJAAkAgBS0AhKpCQQJrDgMAAQIHCyADQQFqIgQgAkkNAkIAIQkMBgsgA0EBaiIEIAJJDQJCACEJDAULIANBAWoiBCACSQ0CQgAhCQwECyABIARqLAAAQb9/Sg0DDAQLIAEgBGosAAAhBAJAAkAgBUHgAWsiBQRAIAVBDUYEQAwCBQwDCwALIARBYHFBoH9GDQMMBAsgBEGff0oNAwwCCyAGQR9qQf8BcUEMTwRAIAZBfnFBbkcNAyAEQUBIDQIMAwsgBEFASA0BDAILIAEgBGosAAAhBAJAAkACQAJAIAVB8AFrDgUBAAAAAgALIAZBD2pB/wFxQQJLDQQgBEFASA0CDAQLIARB8ABqQf8BcUEwSQ0BDAMLIARBj39KDQILIAIgA0ECaiIETQRAQgAhCQwCCyABIARqLAAAQb9/SgRAQoCAgICQwAAhCQwCC0IAIQkgA0EDaiIEIAJPDQEgASAEaiwAAEFASA0CQoCAgICQ4AAhCQwBC0IAIQkgA0ECaiIEIAJPDQAgASAEaiwAAEG/f0wNAUKAgICAkMAAIQkLIAAgCSADrYQ3AgQgAEEBNgIADwsgBEEBaiEDDAILIANBAWohAwwBCyACIANNDQADQCABIANqLAAAQQBIDQEgAiADQQFqIgNHDQALDAILIAIgA0sNAAsLIAAgAjYCCCAAIAE2AgQgAEEANgIAC74PAg5/AX4jAEHgAGsiCiQAAkACQCABIANJBEACQAJAIAFBAUcEQCAKQSBqIQkgAiEOIAAhDEEAIQACQCABIgZFBEAgCUEANgI8IAkgDDYCOCAJIAM2AjQgCSACNgIwIAlBADoADiAJQYECOwEMIAkgAzYCCCAJQgA3AwAMAQtBASEBQQEhCyAGQQFHBEBBASEFQQEhAgNAAkAgBiAEIAdqIgBLBEAgBSAMai0AACIIIAAgDGotAAAiAE8EQCAAIAhHBEBBASEBQQAhBCACIgdBAWohAgwDC0EAIARBAWoiCCABIAhGIgAbIQQgCEEAIAAbIAJqIQIMAgsgAiAEakEBaiICIAdrIQFBACEEDAELIAAgBkG8psIAEN4CAAsgAiAEaiIFIAZJDQALQQEhBUEBIQJBACEEQQAhAANAAkACQCAGIAAgBGoiCEsEQCAFIAxqLQAAIgUgCCAMai0AACIISw0BIAUgCEcEQEEBIQtBACEEIAIiAEEBaiECDAMLQQAgBEEBaiIFIAUgC0YiCBshBCAFQQAgCBsgAmohAgwCCyAIIAZBvKbCABDeAgALIAIgBGpBAWoiAiAAayELQQAhBAsgAiAEaiIFIAZJDQALCwJAAkACQAJAAkAgByAAIAAgB0kiABsiCCAGTQRAIAEgCyAAGyICIAhqIgAgAkkgACAGS3INAQJ/IAwgAiAMaiAIEOMCBEAgBkEDcSECAkACQCAGQQFrQQNJBEBBACEFDAELIAZBfHEhAEEAIQUDQEIBIAUgDGoiAUEDajEAAIZCASABMQAAhiAShEIBIAFBAWoxAACGhEIBIAFBAmoxAACGhIQhEiAAIAVBBGoiBUcNAAsgAkUNAQsgBSAMaiEEA0BCASAEMQAAhiAShCESIARBAWohBCACQQFrIgINAAsLIAYgCGsiACAIIAAgCEsbQQFqIQJBfyEEIAghAEF/DAELIAZBAWshD0EBIQdBACEEQQEhAUEAIQsDQCAGIAEiACAEaiINSwRAIAYgBGsgAEF/c2oiBSAGTw0IIA8gBCALamsiASAGTw0HAkACQCAFIAxqLQAAIgUgASAMai0AACIBTwRAIAEgBUYNASAAQQFqIQFBACEEQQEhByAAIQsMAgsgDUEBaiIBIAtrIQdBACEEDAELQQAgBEEBaiIFIAUgB0YiARshBCAFQQAgARsgAGohAQsgAiAHRw0BCwtBASEHQQAhBEEBIQFBACEFA0AgBiABIgAgBGoiEEsEQCAGIARrIABBf3NqIg0gBk8NBSAPIAQgBWprIgEgBk8NBgJAAkAgDCANai0AACINIAEgDGotAAAiAU0EQCABIA1GDQEgAEEBaiEBQQAhBEEBIQcgACEFDAILIBBBAWoiASAFayEHQQAhBAwBC0EAIARBAWoiDSAHIA1GIgEbIQQgDUEAIAEbIABqIQELIAIgB0cNAQsLIAYgBSALIAUgC0sbayEAAkAgAkUEQEEAIQIMAQsgAkEDcSEFAkAgAkEESQRAQQAhAQwBCyACQXxxIQtBACEBA0BCASABIAxqIgdBA2oxAACGQgEgBzEAAIYgEoRCASAHQQFqMQAAhoRCASAHQQJqMQAAhoSEIRIgCyABQQRqIgFHDQALIAVFDQELIAEgDGohBANAQgEgBDEAAIYgEoQhEiAEQQFqIQQgBUEBayIFDQALC0EAIQQgBgshASAJIAY2AjwgCSAMNgI4IAkgAzYCNCAJIA42AjAgCSABNgIoIAkgBDYCJCAJIAM2AiAgCUEANgIcIAkgAjYCGCAJIAA2AhQgCSAINgIQIAkgEjcDCCAJQQE2AgAMBgtBACAIIAZB/KbCABCcAQALIAIgACAGQeymwgAQnAEACyANIAZBzKbCABDeAgALIAEgBkHcpsIAEN4CAAsgASAGQdymwgAQ3gIACyAFIAZBzKbCABDeAgALIAooAiBFBEACQCAKLQAuDQAgCi0ALCEHIAooAlQhCyAKKAJQIQ4gCigCJCECAkADQAJAIAJFDQAgAiALTwRAIAIgC0YNAQwLCyACIA5qLAAAQUBIDQoLIAIgC0cEQAJ/IAIgDmoiAywAACIIQQBOBEAgCEH/AXEMAQsgAy0AAUE/cSIAIAhBH3EiAUEGdHIgCEFfTQ0AGiADLQACQT9xIABBBnRyIgAgAUEMdHIgCEFwSQ0AGiABQRJ0QYCA8ABxIAMtAANBP3EgAEEGdHJyCyEAIAdBAXENAkEBIQcCf0EBIABBgAFJDQAaQQIgAEGAEEkNABpBA0EEIABBgIAESRsLIAJqIQIMAQsLIAdBAXFFDQELQQEhEQsgCiARNgIUDAMLIApBKGohDiAKKAJcIQMgCigCWCECIAooAlQhASAKKAJQIQAgCigCREF/Rg0BIApBFGogDiAAIAEgAiADQQAQbAwCCyAALQAAIQEgA0EHTQRAIANBAWshAwNAIAItAAAgAUYiBw0FIAJBAWohAiADIgBBAWshAyAADQALDAQLIApBCGogASACIAMQoQEgCigCCEEBRiEHDAMLIApBFGogDiAAIAEgAiADQQEQbAsgCigCFCEHDAELIAEgA0cNACAAIAIgARDjAkUhBwsgCkHgAGokACAHDwsgDiALIAIgC0GE0cAAEJEEAAuvDgEHfyMAQSBrIgUkACAAAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAEOKAIBAQEBAQEBAQMFAQEEAQEBAQEBAQEBAQEBAQEBAQEBAQEIAQEBAQcACyABQdwARg0FCyACQQFxRSABQf8FTXINB0EQQQAgAUGrnQRPGyICIAJBCHIiAyABQQt0IgIgA0ECdCgC7KJDQQt0SRsiAyADQQRyIgMgA0ECdCgC7KJDQQt0IAJLGyIDIANBAnIiAyADQQJ0KALsokNBC3QgAksbIgMgA0EBaiIDIANBAnQoAuyiQ0ELdCACSxsiAyADQQFqIgMgA0ECdCgC7KJDQQt0IAJLGyIDQQJ0KALsokNBC3QiBiACRiACIAZLaiADaiIGQQJ0IgJB7KLDAGohCCACKALsokNBFXYhAkH/BSEDAkAgBkEfTQRAIAgoAgRBFXYhAyAGRQ0BCyAIQQRrKAIAQf///wBxIQQLAkAgAyACQX9zakUNACABIARrIQQgA0EBayEGQQAhAwNAIAMgAkHBncIAai0AAGoiAyAESw0BIAYgAkEBaiICRw0ACwsgAkEBcUUNByAFQQA6AA4gBUEAOwEMIAUgAUEUdi0AwKNCOgAPIAUgAUEEdkEPcS0AwKNCOgATIAUgAUEIdkEPcS0AwKNCOgASIAUgAUEMdkEPcS0AwKNCOgARIAUgAUEQdkEPcS0AwKNCOgAQIAFBAXJnQQJ2IgIgBUEMaiIDaiIEQfsAOgAAIARBAWtB9QA6AAAgAyACQQJrIgJqQdwAOgAAIAAgBSkBDDcAACAFQf0AOgAVIAUgAUEPcS0AwKNCOgAUIAAgBS8BFDsACAwICyAAQgA3AQIgAEHc4AA7AQAMCgsgAEIANwECIABB3OgBOwEADAkLIABCADcBAiAAQdzkATsBAAwICyAAQgA3AQIgAEHc3AE7AQAMBwsgAEIANwECIABB3LgBOwEADAYLIAJBgAJxRQ0BIABCADcBAiAAQdzOADsBAAwFCyACQf///wdxQYCABE8NAwtBACECQQAhAwJAIAEiBEEgSQ0AIARB/wBJBEBBASECDAELAkACQCAEQYCABE8EQCAEQYCACEkNASAEQf7//wBxIgJBrp0LRyAEQeD//wBxQeDNCkcgAkGe8ApHcXEgBEHw1wtrQXFJcSAEQYDwC2tB3mxJcSAEQYCADGtBnnRJcSAEQdCmDGtBe0lxIARBgII4a0H65lRJcSAEQfCDOElxIQIMAwsgBEEIdkH/AXEhCQNAIAJBAmohCCADIAItAM2yQiIHaiEGIAkgAi0AzLJCIgJHBEAgAiAJSw0DIAYhAyAIIgJBzABHDQEMAwsCQAJAIAMgBksgBkGcAktyRQRAIAdFDQIgA0GYs8IAaiECDAELIAMgBkGcAkHYt8IAEJwBAAsDQCACLQAAIARB/wFxRwRAIAJBAWohAiAHQQFrIgcNAQwCCwtBACECDAQLIAYhAyAIIgJBzABHDQALDAELIARBCHZB/wFxIQkDQAJAIAJBAmohCCADIAItAKWsQiIHaiEGIAkgAi0ApKxCIgJHBEAgAiAJSw0BIAYhAyAIIgJB3ABHDQIMAQsCQAJAIAMgBksgBkHUAUtyRQRAIAdFDQIgA0GArcIAaiECDAELIAMgBkHUAUHYt8IAEJwBAAsDQCACLQAAIARB/wFxRwRAIAJBAWohAiAHQQFrIgcNAQwCCwtBACECDAQLIAYhAyAIIgJB3ABHDQELCyAEQf//A3EhBkEBIQJBACEEA0AgBEEBaiEDAkAgBCwA1K5CIgdBAE4EQCADIQQMAQsgA0H4A0cEQCAEQdWuwgBqLQAAIAdB/wBxQQh0ciEHIARBAmohBAwBC0Hot8IAELEEAAsgBiAHayIGQQBIDQIgAkEBcyECIARB+ANHDQALDAELQQEhAkEAIQcDQCAHQQFqIQMCQCAHLAC0tUIiBkEATgRAIAMhBwwBCyADQaQCRwRAIAdBtbXCAGotAAAgBkH/AHFBCHRyIQYgB0ECaiEHDAELQei3wgAQsQQACyAEIAZrIgRBAEgNASACQQFzIQIgB0GkAkcNAAsLIAJBAXENASAFQQA6ABggBUEAOwEWIAUgAUEUdi0AwKNCOgAZIAUgAUEEdkEPcS0AwKNCOgAdIAUgAUEIdkEPcS0AwKNCOgAcIAUgAUEMdkEPcS0AwKNCOgAbIAUgAUEQdkEPcS0AwKNCOgAaIAFBAXJnQQJ2IgIgBUEWaiIDaiIEQfsAOgAAIARBAWtB9QA6AAAgAyACQQJrIgJqQdwAOgAAIAAgBSkBFjcAACAFQf0AOgAfIAUgAUEPcS0AwKNCOgAeIAAgBS8BHjsACAtBCgwDCyAAIAE2AgBBgAEhAkGBAQwCCyAAQgA3AQIgAEHcxAA7AQALQQAhAkECCzoADSAAIAI6AAwgBUEgaiQAC9EEAQZ/AkACQCAAKAIIIgdBgICAwAFxRQ0AAkACQAJAAkAgB0GAgICAAXEEQCAALwEOIgQNAUEAIQIMAgsgAkEQTwRAIAEgAhBFIQQMBAsgAkUEQAwECyACQQNxIQUgAkEETwRAIAJBDHEhCANAIAQgASADaiIGLAAAQb9/SmogBkEBaiwAAEG/f0pqIAZBAmosAABBv39KaiAGQQNqLAAAQb9/SmohBCAIIANBBGoiA0cNAAsgBUUNBAsgASADaiEDA0AgBCADLAAAQb9/SmohBCADQQFqIQMgBUEBayIFDQALDAMLIAEgAmohCEEAIQIgASEDIAQhBQNAIAMiBiAIRg0CAn8gBkEBaiAGLAAAIgNBAE4NABogBkECaiADQWBJDQAaIAZBBEEDIANBb0sbagsiAyAGayACaiECIAVBAWsiBQ0ACwtBACEFCyAEIAVrIQQLIAQgAC8BDCIDTw0AIAMgBGshBkEAIQRBACEFAkACQAJAIAdBHXZBA3FBAWsOAgABAgsgBiEFDAELIAZB/v8DcUEBdiEFCyAHQf///wBxIQggACgCBCEHIAAoAgAhAANAIARB//8DcSAFQf//A3FJBEBBASEDIARBAWohBCAAIAggBygCEBEBAEUNAQwDCwtBASEDIAAgASACIAcoAgwRBAANAUEAIQQgBiAFa0H//wNxIQEDQCAEQf//A3EiAiABSSEDIAEgAk0NAiAEQQFqIQQgACAIIAcoAhARAQBFDQALDAELIAAoAgAgASACIAAoAgQoAgwRBAAhAwsgAwurBAEJfyMAQSBrIgQkACAEQRRqIAJBAUEBEOsBIAQoAhghBSAEKAIUQQFHBEAgBEEANgIQIAQgBCgCHDYCDCAEIAU2AggCQCACRQ0AIAEgAmohC0EAIQUDQAJ/IAEsAAAiAkEATgRAIAJB/wFxIQIgAUEBagwBCyABLQABQT9xIQMgAkEfcSEGIAJBX00EQCAGQQZ0IANyIQIgAUECagwBCyABLQACQT9xIANBBnRyIQMgAkFwSQRAIAMgBkEMdHIhAiABQQNqDAELIAZBEnRBgIDwAHEgAS0AA0E/cSADQQZ0cnIiAkGAgMQARg0CIAFBBGoLIQECQCACQS9GIgYgBXEEQEEBIQYMAQsgBEEIagJ/QQEgAkGAAUkiBw0AGkECIAJBgBBJDQAaQQNBBCACQYCABEkbCyIFEN0DIAQoAgwgBCgCEGohAwJAIAdFBEAgAkE/cUGAf3IhByACQQZ2IQggAkGAEEkEQCADIAc6AAEgAyAIQcABcjoAAAwCCyACQQx2IQogCEE/cUGAf3IhCCACQf//A00EQCADIAc6AAIgAyAIOgABIAMgCkHgAXI6AAAMAgsgAyAHOgADIAMgCDoAAiADIApBP3FBgH9yOgABIAMgAkESdkFwcjoAAAwBCyADIAI6AAALIAQgBSAJaiIJNgIQCyAGIQUgASALRw0ACwsgACAEKAIQNgIIIAAgBCkCCDcCACAEQSBqJAAPCyAFIAQoAhwQ+gMAC+AEAgd/AX4jAEEQayIDJAACQCAALwEMIgJFBEAgACgCACAAKAIEIAEQZCEBDAELIAMgASkCCDcDCCADIAEpAgA3AwACQAJ/IAApAggiCaciBkGAgIAIcUUEQCADKAIEDAELIAAoAgAgAygCACADKAIEIgEgACgCBCgCDBEEAA0BIAAgBkGAgID/eXFBsICAgAJyIgY2AgggA0IBNwMAIAIgAUH//wNxayIBQQAgASACTRshAkEACyEHAkAgAygCDCIIRQRADAELIAMoAgghAQNAAn8CQAJAAkACQCABLwEAQQFrDgIBAgALIAFBBGooAgAMAwsgAUECai8BACIFDQFBAQwCCyABQQhqKAIADAELIAVB9v8XaiAFQZz/H2pxIAVBmPg3aiAFQfCxH2pxc0ERdkEBagshBSABQQxqIQEgBCAFaiEEIAhBAWsiCA0ACwsCQCAEIAdqIgEgAkH//wNxSQRAIAIgAWshBEEAIQFBACECAkACQAJAIAZBHXZBA3FBAWsOAwABAAILIAQhAgwBCyAEQf7/A3FBAXYhAgsgBkH///8AcSEIIAAoAgQhBSAAKAIAIQcDQCABQf//A3EgAkH//wNxTw0CIAFBAWohASAHIAggBSgCEBEBAEUNAAsMAgsgACgCACAAKAIEIAMQZCEBIAAgCTcCCAwCCyAHIAUgAxBkDQBBACEGIAQgAmtB//8DcSECA0ACQCAGQf//A3EiBCACSSEBIAIgBE0NACAGQQFqIQYgByAIIAUoAhARAQBFDQELCyAAIAk3AggMAQtBASEBCyADQRBqJAAgAQuiBAEIfwJAAkAgAUGACkkEQCABQQV2IQUCQAJAIAAoAqABIgIEQCACQQFrIQMgAkECdCAAakEEayEGIAIgBWpBAnQgAGpBBGshBCACQSlJIQIDQCACRQ0CIAMgBWoiB0EoTw0DIAQgBigCADYCACAGQQRrIQYgBEEEayEEIANBAWsiA0F/Rw0ACwsgAUEfcSEEAkAgBUUNACAFQQJ0IgFFDQAgAEEAIAH8CwALIAAoAqABIgMgBWohASAERQRAIAAgATYCoAEgAA8LIAFBAWsiAkEnSw0DIAEhBiAAIAJBAnRqKAIAQSAgBGsiB3YiAkUNBCABQSdNBEAgACABQQJ0aiACNgIAIAFBAWohBgwFCyABQShBzKXCABDeAgALIANBKEHMpcIAEN4CAAsgB0EoQcylwgAQ3gIAC0HcpcIAQR1BzKXCABD9AwALIAJBKEHMpcIAEN4CAAsCQCAFQQFqIgkgAU8NAAJAIANBAXEEQCABIQIMAQsgACABQQFrIgJBAnRqIgggCCgCACAEdCAAIAFBAnRqQQhrKAIAIAd2cjYCAAsgA0ECRg0AIAJBAnQgAGpBDGshAwNAIANBCGoiASABKAIAIAR0IANBBGoiASgCACIIIAd2cjYCACABIAggBHQgAygCACAHdnI2AgAgA0EIayEDIAkgAkECayICSQ0ACwsgACAFQQJ0aiIBIAEoAgAgBHQ2AgAgACAGNgKgASAAC4MMAgR/AXwjAEHgAGsiBSQAIAUgATYCBAJAAkACQAJAAkACQCAFQQRqIgQQvgNFBEAgBBD0A0H/AXEiBEECRwRAIAAgBDYCBCAAQYCAgIB4NgIADAYLIAVBBGoiBBCrBA0BIAVBGGogBBD3AiAFKAIYBEAgBSsDICEIIAQQngRFBEAgACAIOQMIIABBioCAgHg2AgAMBwsgAEGIgICAeDYCACAAIAj8BjcDCAwGCyAFQSxqIAVBBGoQlwIgBSgCLEGAgICAeEcEQCAFIAUoAjQ2AkAgBSAFKQIsNwM4AkACQCADIAVBOGoiBCgCCEYEQCAEKAIEIAIgAxDjAkUNAQsgAEGMgICAeDYCACAAIAQpAgQ3AwggACAEKAIANgIEDAELIABBlYCAgHg2AgAgBBC9BAsMBgsgBUEEaiIEEJ0EDQIgBUEIaiAEEIkCIAUoAghBgICAgHhHBEAgBSAFKAIQNgJQIAUgBSkCCDcDSAJAAkAgAyAFQcgAaiIEKAIIRgRAIAQoAgQgAiADEOMCRQ0BCyAAQY6AgIB4NgIAIAAgBCkCBDcDCCAAIAQoAgA2AgQMAQsgAEGVgICAeDYCACAEEL0ECwwGCyAFQQRqIgYQrARFDQMgBRCUBCIENgJYAkAgBUHYAGogBhCOBEUEQCAEQYQISQ0BIAQQrgIMAQsgBEGECE8EQCAEEK4CCyABEOIERQ0ECyMAQUBqIgQkACAEIAE2AhAgBEEYaiAEQRBqEKgBIAQoAhghBgJAAkACQAJAAkACQCAELQAcIgdBAmsOAgIAAQsgAEGWgICAeDYCACAAIAY2AgQgAUGDCEsNAwwECyAEIAc6ADwgBCAGNgI4IARBADYCMCAEQRhqIARBMGoQggEgBCgCGEGVgICAeEYEQCAAIAQoAhw2AgQgAEGWgICAeDYCAAwCCyAAIAT9AAMY/QsDAAwBCyAEQQhqIARBEGoQugMgBCgCCEEBRgRAIAQgBCgCDCICNgIUIAQgAhDjBDYCKCAEQQA2AiQgBEEANgIsIARBADYCGCAEIARBFGo2AiAgBEEwaiAEQRhqEIMBAkAgBCgCMEGVgICAeEYEQCAAIAQoAjQ2AgQgAEGWgICAeDYCAAwBCyAAIAT9AAMw/QsDAAsgBCgCFCIAQYQISQ0BIAAQrgIMAQsgBCADNgIcIAQgAjYCGCAEQRBqIARBGGpBhMnAABBuIQIgAEGWgICAeDYCACAAIAI2AgQLIAFBhAhJDQELIAEQrgILIARBQGskAAwGCyAAQZKAgIB4NgIADAQLIAVBCGogARDzASAFKAIIRQRAIAAgBSkDEDcDCCAAQYiAgIB4NgIADAULIAVBGGogBSgCDBD0ASAFKAIYDQIgACAFKQMgNwMIIABBhICAgHg2AgAMBAsjAEEgayIEJAAgBCABNgIMAkAgBEEMaiIGEJ0EBEAjAEEgayICJAAgBigCABDjBCEDIAJBADYCDCACIAM2AgggAkEANgIEIAIgBjYCACACQRBqIAIQnQECQCACKAIQQZWAgIB4RgRAIAAgAigCFDYCBCAAQZaAgIB4NgIADAELIAAgAv0AAxD9CwMACyACQSBqJAAMAQsgBEEQaiAEQQxqEKgBIAQoAhAhBgJAAkACQCAELQAUIgdBAmsOAgEAAgsgAEGWgICAeDYCACAAIAY2AgQMAgsgBCADNgIUIAQgAjYCECAEQQxqIARBEGpBhMnAABBuIQIgAEGWgICAeDYCACAAIAI2AgQMAQsgBEEQaiAGIAdBAXEQnwEgBCgCEEGVgICAeEYEQCAAIAQoAhQ2AgQgAEGWgICAeDYCAAwBCyAAIAT9AAMQ/QsDAAsgAUGDCEsEQCABEK4CCyAEQSBqJAAMAwsgBSADNgJcIAUgAjYCWCAFQQRqIAVB2ABqQYTJwAAQbiECIABBloCAgHg2AgAgACACNgIEDAELQdDNwABBzwAQ9wEhASAAQZaAgIB4NgIAIAAgATYCBCAFKAIcIgBBhAhJDQEgABCuAgwBCyABQYQISQ0AIAEQrgILIAVB4ABqJAAL4AQBAX8jAEHgAGsiByQAIAcgBjYCFCAHIAU2AhAgB0EYaiADEIMCAkAgAAJ+AkACQAJAAkACQAJAIAcoAhhBAWsOBAMEAQIACyAAQQE6AAggAkEANgIAIABCCDcDAAwGCyAHIAcoAiQ2AlggByAHKQIcNwNQIAdBKzYCNCAHQQI2AiwgByAHQdAAaiIBNgIwIAcgB0EQajYCKCAAQQhqQeTSwQAgB0EoahB9IABBBzoAGCAAQQE7ARQgAEIHNwMAIAAgAy8BHDsBFiABEL0EDAULIAcgBygCJDYCWCAHIAcpAhw3A1AgB0ErNgI0IAdBAjYCLCAHIAdB0ABqIgE2AjAgByAHQRBqNgIoIABBCGpBz4vAACAHQShqEH0gAEEFOgAYIABBATsBFCAAQgc3AwAgACADLwEcOwEWIAEQvQQMBAsgByAHKAIkNgJYIAcgBykCHDcDUCAHQQhqIAIgBCABQTBqEMICIAcoAghBAXENASAAQQA6AAhCCAwCCyACIAQ3AwggAkEANgIAIAdBKGogAUEwaiAEIAMgBSAGQQFBABA+AkAgBykDKCIEQgJSBEAgACAHKAJANgIYIAAgB/0AAzD9CwMIDAELIABBADoACEIIIQQLIAAgBDcDAAwCCyAHIAcoAgw2AkwgB0ErNgI8IAdBATYCNCAHQQI2AiwgByAHQdAAajYCOCAHIAdBzABqNgIwIAcgB0EQajYCKCAAQQhqQaiKwAAgB0EoahB9IABBBToAGCAAQQE7ARQgACADLwEcOwEWQgcLNwMAIAdB0ABqEL0ECyAHQeAAaiQAC4oFAgN/AX4jAEEwayICJAACQAJAAkACQAJAAkACQAJAAkACQAJAAkBBFSABKAIAIgRBgICAgHhzIARBAE4bQQFrDggBAgMEBQYHCAALIAIgAf0AAwD9CwMYIAJBGGogAkEvakGgxsAAELgDIQEgAEEBNgIAIAAgATYCBAwKCyAAIAExAAQ3AwgMCAsgACABMwEENwMIDAcLIAAgATUCBDcDCAwGCyAAIAEpAwg3AwgMBQsgATAABCIFQgBTBEAgAkECOgAAIAIgBTcDCCACQaDGwAA2AhQgAiACQS9qNgIQIAJBBDYCJCACQQU2AhwgAiACQRBqNgIgIAIgAjYCGCAAQZaHwAAgAkEYahDYATYCBEEBIQMMBQsgACAFNwMIDAMLIAEyAQQiBUIAUwRAIAJBAjoAACACIAU3AwggAkGgxsAANgIUIAIgAkEvajYCECACQQQ2AiQgAkEFNgIcIAIgAkEQajYCICACIAI2AhggAEGWh8AAIAJBGGoQ2AE2AgRBASEDDAQLIAAgBTcDCAwCCyABKAIEIgNBAEgEQCACQQI6AAAgAiADrDcDCCACQaDGwAA2AhQgAiACQS9qNgIQIAJBBDYCJCACQQU2AhwgAiACQRBqNgIgIAIgAjYCGCAAQZaHwAAgAkEYahDYATYCBEEBIQMMAwsgACADrTcDCAwBCyABKQMIIgVCAFMEQCACQQI6AAAgAiAFNwMIIAJBoMbAADYCFCACIAJBL2o2AhAgAkEENgIkIAJBBTYCHCACIAJBEGo2AiAgAiACNgIYIABBlofAACACQRhqENgBNgIEQQEhAwwCCyAAIAU3AwgLQQAhAwsgACADNgIAIAEQhAILIAJBMGokAAvFEAEIfyMAQRBrIggkACAIQQRqIQUjAEEQayIDJAACQCAAKAIIIgYgACgCBEkEQCAFQQA6AAAgACAGQQFqNgIIIAUgACgCACAGai0AADoAAQwBCyADQQQ2AgQgBSAAIANBBGoQ/AILIANBEGokAAJ/IAgtAARBAUYEQCAIKAIIDAELAkACQAJAAkACQAJAAkACQAJAAkAgCC0ABSIFQe0ATQRAIAVB4QBNBEAgBUEiRg0CIAVBL0YNBCAFQdwARg0DDAsLIAVB4gBrDgUECgoKBQoLIAVB7gBrDggFCQkJBgkHCAkLIAIoAggiACACKAIARgRAIAIQrwILIAIoAgQgAGpBIjoAACACIABBAWo2AghBAAwJCyACKAIIIgAgAigCAEYEQCACEK8CCyACKAIEIABqQdwAOgAAIAIgAEEBajYCCEEADAgLIAIoAggiACACKAIARgRAIAIQrwILIAIoAgQgAGpBLzoAACACIABBAWo2AghBAAwHCyACKAIIIgAgAigCAEYEQCACEK8CCyACKAIEIABqQQg6AAAgAiAAQQFqNgIIQQAMBgsgAigCCCIAIAIoAgBGBEAgAhCvAgsgAigCBCAAakEMOgAAIAIgAEEBajYCCEEADAULIAIoAggiACACKAIARgRAIAIQrwILIAIoAgQgAGpBCjoAACACIABBAWo2AghBAAwECyACKAIIIgAgAigCAEYEQCACEK8CCyACKAIEIABqQQ06AAAgAiAAQQFqNgIIQQAMAwsgAigCCCIAIAIoAgBGBEAgAhCvAgsgAigCBCAAakEJOgAAIAIgAEEBajYCCEEADAILAn8gASEJIAIhAyMAQSBrIgQkAAJAAn8CQAJAIAAiBigCBCIFIAAoAggiAE8EQAJAIAUgAGtBA00EQCAGIAU2AgggBEEENgIUIARBDGogBiAEQRRqEP0CIAUhAQwBCyAGIABBBGoiATYCCCAGKAIAIABqIgAtAAFBAXQvAdD4QSAALQAAQQF0LwHQ/EFywUEIdCAALQACQQF0LgHQ/EFyIAAtAANBAXQuAdD4QXIiAEEATgRAIARBADsBDCAEIAA7AQ4MAQsgBEEMNgIUIARBDGogBiAEQRRqEP0CCyAELwEMQQFGDQICfwJAAkACQAJAAkACQAJAAkAgCUEAIAQvAQ4iAkGA+ANxQYC4A0YbRQRAIAJBgMgAakH//wNxQYD4A08NASACIQAMAgsgBEEUNgIUIAYgBEEUahCqAwwMCyAGKAIAIQoDQCAEQRRqIgcgBhDdAiAELQAUQQFGDQogBC0AFUHcAEcNBSAGIAFBAWo2AgggByAGEN0CIAQtABQNCiAELQAVQfUARw0EIAYgAUECaiIANgIIIAAgBUsNDQJAIAUgAGtBA00EQCAGIAU2AgggBEEENgIUIARBDGogBiAHEP0CIAUhAQwBCyAGIAFBBmoiATYCCCAAIApqIgAtAAFBAXQvAdD4QSAALQAAQQF0LwHQ/EFywUEIdCAALQACQQF0LgHQ/EFyIAAtAANBAXQuAdD4QXIiAEEATgRAIARBADsBDCAEIAA7AQ4MAQsgBEEMNgIUIARBDGogBiAEQRRqEP0CCyAELwEMDQsgBC8BDiIAQYBAa0H//wNxQf/3A0sNAiAJDQMgAygCACADKAIIIgdrQQNNBEAgAyAHQQRBAUEBEPYCIAMoAgghBwsgAyAHQQNqNgIIIAMoAgQgB2oiB0HtAToAACAHQQJqIAJBP3FBgAFyOgAAIAcgAkEGdkEvcUGAAXI6AAEgACICQYDIAGpB//8DcUGA+ANPDQALCyAAQf//A3FBgAFJDQQgAygCACADKAIIIgFrQQNNBEAgAyABQQRBAUEBEPYCIAMoAgghAQsgAygCBCABaiEFIABB//8DcUGAEE8NBUECIQIgAEEGdkFAcgwGCyAAQYDIAGpB//8DcSACQYDQAGpB//8DcUEKdHIiBUGAgARqIQIgAygCACADKAIIIgFrQQNNBEAgAyABQQRBAUEBEPYCIAMoAgghAQsgAyABQQRqNgIIIAMoAgQgAWoiASACQRJ2QfABcjoAACABQQNqIABBP3FBgAFyOgAAIAEgBUEGdkE/cUGAAXI6AAIgASACQQx2QT9xQYABcjoAAUEADAkLIARBFDYCFCAGIARBFGoQqgMMCAsgCUUEQCADKAIAIAMoAggiAWtBA00EQCADIAFBBEEBQQEQ9gIgAygCCCEBCyADIAFBA2o2AgggAygCBCABaiIAQe0BOgAAIABBAmogAkE/cUGAAXI6AAAgACACQQZ2QS9xQYABcjoAASAGQQAgAxBhDAgLIAYgAUECajYCCCAEQRc2AhQgBiAEQRRqEKoDDAcLIAlFBEAgAygCACADKAIIIgFrQQNNBEAgAyABQQRBAUEBEPYCIAMoAgghAQsgAyABQQNqNgIIIAMoAgQgAWoiAEHtAToAACAAQQJqIAJBP3FBgAFyOgAAIAAgAkEGdkEvcUGAAXI6AAFBAAwHCyAGIAFBAWo2AgggBEEXNgIUIAYgBEEUahCqAwwGCyADKAIIIgEgAygCAEYEQCADEK8CCyADKAIEIAFqIAA6AAAgAyABQQFqNgIIQQAMBQsgBSAAQQZ2QT9xQYABcjoAAUEDIQIgAEGA4ANxQQx2QWByCyEGIAUgBjoAACADIAEgAmo2AgggAiAFakEBayAAQT9xQYABcjoAAEEADAMLDAMLIAQoAhgMAQsgBCgCEAsgBEEgaiQADAELIAAgBSAFQbSJwgAQnAEACwwBCyAIQQw2AgQgACAIQQRqEKoDCyAIQRBqJAAL+wMBCH8jAEEQayIGJAACfwJAIANBAXFFBEAgAi0AACIFDQFBAAwCCyAAIAIgA0EBdiABKAIMEQQADAELIAEoAgwhCgNAIAJBAWohBAJAAkACQAJAIAXAQQBIBEAgBUH/AXEiCEGAAUYNASAIQcABRw0DIAYgATYCBCAGIAA2AgAgBkKggICABjcCCCADIAdBA3RqIgIoAgAgBiACKAIEEQEARQ0CQQEMBgsgACAEIAVB/wFxIgIgChEEAEUEQCACIARqIQIMBAtBAQwFCyAAIAJBA2oiBCACLwABIgIgChEEAEUEQCACIARqIQIMAwtBAQwECyAHQQFqIQcgBCECDAELQaCAgIAGIQsgBUEBcQRAIAIoAAEhCyACQQVqIQQLQQAhCAJ/IAVBAnFFBEBBACEJIAQMAQsgBC8AACEJIARBAmoLIQIgBUEEcQR/IAIvAAAhCCACQQJqBSACCyEEIAVBCHEEfyAELwAAIQcgBEECagUgBAshAiAFQRBxBEAgAyAJQQN0ai8BBCEJCyAGIAVBIHEEfyADIAhBA3RqLwEEBSAICzsBDiAGIAk7AQwgBiALNgIIIAYgATYCBCAGIAA2AgBBASADIAdBA3RqIgQoAgAgBiAEKAIEEQEADQIaIAdBAWohBwsgAi0AACIFDQALQQALIAZBEGokAAvdBAECfyMAQUBqIgIkAAJAAkACQAJAAkACQAJAAkBBAyAAKAIAIgNBgICAgHhzIANBAE4bQQFrDgYBAgMEBQYACyACIABBBGo2AhggAkEwNgIsIAIgAkEYajYCKCABKAIAIAEoAgRBwLbAACACQShqEGIhAAwGCyACIABBBGo2AhggAkEwNgIsIAIgAkEYajYCKCABKAIAIAEoAgRB9t7BACACQShqEGIhAAwFCyACIABBEGo2AiQgAkEoNgIgIAIgACgCCCIDNgIYIAIgAyAAKAIMajYCHCACQQA2AjAgAkKAgICAEDcCKCACQShqIgAgAkEYahBnIAIgAigCMDYCECACIAIpAig3AwggAkExNgI0IAJBKzYCLCACIAJBJGo2AjAgAiACQQhqIgM2AiggASgCACABKAIEQa2wwAAgABBiIQAgAxC9BAwECyACIAA2AiQgAiAAQQxqNgIIIAIgAEEYajYCGCACQTA2AjwgAkEwNgI0IAJBMDYCLCACIAJBGGo2AjggAiACQQhqNgIwIAIgAkEkajYCKCABKAIAIAEoAgRB0JDAACACQShqEGIhAAwDCyACIABBBGo2AhggAkEwNgIsIAIgAkEYajYCKCABKAIAIAEoAgRBqK7AACACQShqEGIhAAwCCyACIABBBGo2AhggAkEwNgIsIAIgAkEYajYCKCABKAIAIAEoAgRBnKzAACACQShqEGIhAAwBCyACIABBBGo2AhggAkEwNgIsIAIgAkEYajYCKCABKAIAIAEoAgRBzazAACACQShqEGIhAAsgAkFAayQAIAALlgQBB38jAEEQayIGJAACfwJAIAIoAgQiAwRAIAAgAigCACADIAEoAgwRBAANAQtBACACKAIMIgNFDQEaIAIoAggiBCADQQxsaiEHA0ACQAJAAn8CQAJAAkACQAJAIAQvAQBBAWsOAgECAAsgBCgCBCICQcEASQ0CIAFBDGooAgAhAwNAIABB+aXCAEHAACADEQQADQkgAkFAaiICQcAASw0ACwwFCyAELwECIQIgBkEAOgAMIAZBADYCCCACDQJBAQwDCyAAIAQoAgQgBCgCCCABQQxqKAIAEQQARQ0EDAYLIAINAgwDCyACQfb/F2ogAkGc/x9qcSACQZj4N2ogAkHwsR9qcXNBEXZBAWoLIgNBAWsiCCAGQQhqaiIFIAIgAkEKbiIJQQpsa0EwcjoAAAJAIAhFDQAgBUEBayAJQQpwQTByOgAAIANBAkYNACAFQQJrIAJB5ABuQQpwQTByOgAAIANBA0YNACAFQQNrIAJB6AduQQpwQTByOgAAIANBBEYNACAFQQRrIAJBkM4AbkEwcjoAACADQQVGDQAgBUEFa0EwOgAAIANBBkYNACAFQQZrQTA6AAAgA0EHRg0AIAVBB2tBMDoAAAsgACAGQQhqIAMgAUEMaigCABEEAEUNAQwDCyAAQfmlwgAgAiABQQxqKAIAEQQADQILIARBDGoiBCAHRw0AC0EADAELQQELIAZBEGokAAvOCAIEfwF8IwBBQGoiAyQAIAMgATYCBAJAAkAgAAJ/AkACQAJAAkAgA0EEaiICEL4DRQRAIAIQ9ANB/wFxIgJBAkcEQCAAIAI6AAQgAEGAgICAeDYCAAwHCyADQQRqIgIQqwQNASADQRhqIAIQ9wIgAygCGARAIAMrAyAhBiACEJ4ERQRAIAAgBjkDCCAAQYqAgIB4NgIADAgLIABBiICAgHg2AgAgACAG/AY3AwgMBwsgA0EsaiADQQRqEJcCIAMoAixBgICAgHhHBEAgACADKAI0NgIMIAAgAykCLDcCBCAAQYyAgIB4NgIADAcLIANBBGoiAhCdBA0CIANBCGogAhCJAiADKAIIQYCAgIB4RwRAIAAgAygCEDYCDCAAIAMpAgg3AgRBjoCAgHgMBgsgA0EEaiIEEKwERQ0EIAMQlAQiAjYCOAJAIANBOGogBBCOBEUEQCACQYQISQ0BIAIQrgIMAQsgAkGECE8EQCACEK4CCyABEOIERQ0FCyMAQTBrIgIkACACIAE2AgwgAkEUaiACQQxqEKgBIAIoAhQhBAJAAkACQAJAAkACQCACLQAYIgVBAmsOAgIAAQsgAEGVgICAeDYCACAAIAQ2AgQgAUGDCEsNAwwECyACIAU6ACAgAiAENgIcIAJBADYCFCAAIAJBFGoQggEMAQsgAiACQQxqELoDIAIoAgBBAUYEQCACIAIoAgQiBDYCECACIAQQ4wQ2AiQgAkEANgIgIAJBADYCKCACQQA2AhQgAiACQRBqNgIcIAAgAkEUahCDASACKAIQIgBBhAhJDQEgABCuAgwBCyACQQxqIAJBL2pB5MjAABBuIQQgAEGVgICAeDYCACAAIAQ2AgQLIAFBhAhJDQELIAEQrgILIAJBMGokAAwHCyAAQZKAgIB4NgIADAULIANBCGogARDzASADKAIIRQRAIAAgAykDEDcDCCAAQYiAgIB4NgIADAYLIANBGGogAygCDBD0ASADKAIYDQEgACADKQMgNwMIIABBhICAgHg2AgAMBQsjAEEQayICJAAgAiABNgIAAkAgAhCdBARAIwBBEGsiBCQAIAIoAgAQ4wQhBSAEQQA2AgwgBCAFNgIIIARBADYCBCAEIAI2AgAgACAEEJ0BIARBEGokAAwBCyACQQRqIAIQqAEgAigCBCEEAkACQAJAIAItAAgiBUECaw4CAQACCyAAQZWAgIB4NgIAIAAgBDYCBAwCCyACIAJBD2pB5MjAABBuIQQgAEGVgICAeDYCACAAIAQ2AgQMAQsgACAEIAVBAXEQnwELIAFBgwhLBEAgARCuAgsgAkEQaiQADAQLQdDNwABBzwAQ9wEhASAAQZWAgIB4NgIAIAAgATYCBCADKAIcIgBBhAhJDQMgABCuAgwDCyAAIANBBGogA0E/akHkyMAAEG42AgRBlYCAgHgLNgIACyABQYQISQ0AIAEQrgILIANBQGskAAvzAwIEfgh/IwBBEGsiCyQAIAsgAjYCDCALIAE2AgggAEEQaiIIIAtBCGoQcSEEIAAoAghFBEAgCyAAQQEgCBA9CyAAKAIEIgwgBKdxIQggBEIZiCIGQv8Ag0KBgoSIkKDAgAF+IQcgACgCACEJAkACQANAIAggCWopAAAiBSAHhSIEQn+FIARCgYKEiJCgwIABfYNCgIGChIiQoMCAf4MiBFBFBEADQCAJIAR6p0EDdiAIaiAMcUF0bGoiDUEIaygCACACRgRAIAEgDUEMaygCACACEOMCRQ0ECyAEQgF9IASDIgRQRQ0ACwsgBUKAgYKEiJCgwIB/gyEEAkACfyAORQRAQQAgBFANARogBHqnQQN2IAhqIAxxIQoLIAQgBUIBhoNCAFINAUEBCyEOIA9BCGoiDyAIaiAMcSEIDAELCyAJIApqLAAAIghBAE4EQCAJIAkpAwBCgIGChIiQoMCAf4N6p0EDdiIKai0AACEICyAJIApqIAanQf8AcSINOgAAIAkgCkEIayAMcWpBCGogDToAACAAIAAoAgggCEEBcWs2AgggACAAKAIMQQFqNgIMIAkgCkF0bGoiAEEEayADOgAAIABBCGsgAjYCACAAQQxrIAE2AgAMAQsgDUEEayIALQAAGiAAIAM6AAALIAtBEGokAAuDBAEJfyABKAIIIgdFBEAgAEEAEN0DDwsgACAHIAEoAgQiCiABKAIAIgFrIgJBAnYgAkEDcUEAR2oiAiACIAdLGxDdAwNAAkAgASAKRg0AAkACfwJAIAEsAAAiAkEASARAIAEtAAFBP3EhBCACQR9xIQMgAkFfSw0BIANBBnQgBHIhAiABQQJqDAILIAFBAWohASACQf8BcSECIAAoAgghCEEBIQVBASEEDAILIAEtAAJBP3EgBEEGdHIhBCACQXBJBEAgBCADQQx0ciECIAFBA2oMAQsgA0ESdEGAgPAAcSABLQADQT9xIARBBnRyciICQYCAxABGDQIgAUEEagshASAAKAIIIQhBASEEIAJBgAFJBEBBASEFDAELQQIhBEEAIQUgAkGAEEkNAEEDQQQgAkGAgARJGyEECyAAIAQQ3QMgACgCBCAAKAIIaiEDAkAgBUUEQCACQT9xQYB/ciEFIAJBBnYhBiACQYAQSQRAIAMgBToAASADIAZBwAFyOgAADAILIAJBDHYhCSAGQT9xQYB/ciEGIAJB//8DTQRAIAMgBToAAiADIAY6AAEgAyAJQeABcjoAAAwCCyADIAU6AAMgAyAGOgACIAMgCUE/cUGAf3I6AAEgAyACQRJ2QXByOgAADAELIAMgAjoAAAsgACAEIAhqNgIIIAdBAWsiBw0BCwsL1wMBCX8gACgCBCEIIAAoAgAhBQJAAkAgACgCFCACSwRAIAAoAhAgAkEMbGoiCSgCBCIGIAkoAgAiB0kgBiAAKAIMIgpLckUEQCAALQAYIQogCSgCCCIJIAFOBEAgBiAHayEGIAAoAgggB0EMbGohByADQQFqIQsgAkEBaiEMIAUgAUEDdGohAiADQccBSyENA0AgDSAFIAggASAGaiIDIAMgCEsbIAcgBiAKQQFxIAEQRkVyRQRAIAAgAyAMIAsgBBBoQf8BcSIDQQFHDQULAkAgASAITw0AIAJBBGooAgAiA0EBRgRAIAIoAgAtAABBLkcNAQwHCyADQQJHDQAgAigCAC8AAEGu3ABGDQYLIAJBCGohAiABQQFqIgEgCUwNAAsLIApBAXRBAnMPCyAHIAYgCkH8xMEAEJwBAAsgBEEBcyEDIAUgCEEDdGohAgNAAkACQCABRQRAIAIgBSIARw0BDAILIAEgAiAFa0EDdk8NASAFIAFBA3RqIQALIABBCGohBSAAKAIEIgRBAUYEQEEAIQFBACEDIAAoAgAtAABBLkYNBAwCC0EAIQFBACEDIARBAkcNASAAKAIALwAAQa7cAEcNAQwDCwsgA0EBcSEDCyADDwtBAQvbAwEDfyMAQRBrIgQkAAJAAkACQCABKAIIIgJBgICAEHFFBEAgAkGAgIAgcQ0BIAAgARCiAUUNAkEBIQIMAwsgACgCACECA0AgAyAEakEPaiACQQ9xLQDAo0I6AAAgA0EBayEDIAJBBHYiAg0AC0EBIQIgAUEBQdK2wwBBAiADIARqQRBqQQAgA2sQVUUNAQwCCyAAKAIAIQIDQCADIARqQQ9qIAJBD3EtANS2QzoAACADQQFrIQMgAkEEdiICDQALQQEhAiABQQFB0rbDAEECIAMgBGpBEGpBACADaxBVDQELIAEoAgBB0LbDAEECIAEoAgQoAgwRBAAEQEEBIQIMAQsgAEEEaiEAAkAgASgCCCICQYCAgBBxRQRAIAJBgICAIHENASAAIAEQogEhAgwCCyAAKAIAIQJBACEDA0AgAyAEakEPaiACQQ9xLQDAo0I6AAAgA0EBayEDIAJBBHYiAg0ACyABQQFB0rbDAEECIAMgBGpBEGpBACADaxBVIQIMAQsgACgCACECQQAhAwNAIAMgBGpBD2ogAkEPcS0A1LZDOgAAIANBAWshAyACQQR2IgINAAsgAUEBQdK2wwBBAiADIARqQRBqQQAgA2sQVSECCyAEQRBqJAAgAgvfAwEDfyMAQdAAayIFJAAgBSAENgIUIAUgAzYCEAJAA0AgASAHaiEGAn8gAiAHayIDQQdNBEBBACEEQQAgA0UNARoDQEEBIAQgBmotAABBI0YNAhogAyAEQQFqIgRHDQALIAMhBEEADAELIAVBCGpBIyAGIAMQoQEgBSgCDCEEIAUoAggLQQAhA0EBRgRAAkAgAiAEIAdqIgRNDQAgASAEaiIGLQAAQSNHDQAgAiAEayEDDAMLIAIgBEEBaiIHTw0BCwtBASEGIAIhBAsgBSABNgIYIAUgBDYCHCAFIAM2AiQgBSAGNgIgAkACQCAEQQdNBEBBgs3BACECIARFBEBBASEHDAMLIAEhAyAEIQYDQCADLQAAQT9GDQJBASEHIANBAWohAyAGQQFrIgYNAAsMAgsgBUE/IAEgBBChAUEBIQcgBSgCAEEBRg0AQYLNwQAhAgwBC0GDzcEAQQEgASAEakEBay0AACIBQT9HIAFBJkdxIgcbIQILIAUgBzYCLCAFIAI2AiggBUECNgJMIAVBAjYCRCAFQQI2AjwgBUECNgI0IAUgBUEgajYCSCAFIAVBEGo2AkAgBSAFQShqNgI4IAUgBUEYajYCMCAAQYCAwAAgBUEwahB9IAVB0ABqJAALxAMBB38jAEEgayIGJAAgBkEUaiACQQFBARDrASAGKAIYIQggBigCFEEBRwRAIAZBADYCECAGIAYoAhw2AgwgBiAINgIIIANB/wFxIQxBACEIA0AgASAIaiELAn8gAiAIayIJQQdNBEBBACEHQQAgCUUNARoDQEEBIAwgByALai0AAEYNAhogCSAHQQFqIgdHDQALIAkhB0EADAELIAYgAyALIAkQoQEgBigCBCEHIAYoAgALQQFGBEAgByAIaiIJQQFqIQgCQCACIAlNDQAgASAJai0AACAMRw0AIAZBCGogCSAKayILEN0DIAYoAhAhByAGIAkgCkcEfyALBEAgBigCDCAHaiABIApqIAv8CgAACyAGKAIQBSAHCyALajYCECAGQQhqIAUQ3QMgBQRAIAYoAgwgBigCEGogBCAF/AoAAAsgBiAGKAIQIAVqNgIQIAghCgwCCyACIAhPDQELCyAGQQhqIAIgCmsiAxDdAyAGKAIQIQcgAiAKRwRAIAMEQCAGKAIMIAdqIAEgCmogA/wKAAALIAYoAhAhBwsgACAGKQIINwIAIAAgAyAHajYCCCAGQSBqJAAPCyAIIAYoAhwQ+gMAC8wDAg1/AX4CfyADIAVBAWsiDSABKAIUIghqIgdLBEBBACABKAIIIgprIQ4gBSABKAIQIg9rIRAgASgCHCELIAEpAwAhFANAAkAgAQJ/AkAgFCACIAdqMQAAiEIBg1AEQCABIAUgCGoiCDYCFCAGDQMMAQsgCiALIAogCiALSRsgBhsiCSAFIAUgCUkbIQwgAiAIaiERIAkhBwJAAkACQANAIAcgDEYEQEEAIAsgBhshDCAKIQcDQCAHIAxNBEAgASAFIAhqIgI2AhQgBkUEQCABQQA2AhwLIAAgAjYCCCAAIAg2AgRBAQwMCyAHQQFrIgcgBU8NBSAHIAhqIgkgA08NAyAEIAdqLQAAIAIgCWotAABGDQALIAEgCCAPaiIINgIUIBAgBkUNBhoMBwsgByAIaiADTw0CIAcgEWohEiAEIAdqIAdBAWohBy0AACASLQAARg0ACyAIIA5qIAdqIQggBkUNAwwFCyAJIANB5NzBABDeAgALIAMgCCAJaiIAIAAgA0kbIANB9NzBABDeAgALIAcgBUHU3MEAEN4CAAtBAAsiBzYCHCAHIQsLIAggDWoiByADSQ0ACwsgASADNgIUQQALIQcgACAHNgIAC9MDAQd/IwBBEGsiAyQAAkACQAJAAn8CQAJAAn8CQCABLwEIIgRFBEAgASgCACICIAEoAgQiCEYNBiABIAJBAWoiBTYCACACLQAAIgTAQQBODQMgASACQQJqIgU2AgAgAi0AAUE/cSEGIARBH3EhByAEQd8BTQRAIAdBBnQgBnIhBAwECyABIAJBA2oiBTYCACACLQACQT9xIAZBBnRyIQYgBEHwAU8NASAGIAdBDHRyDAILIAFBADsBCCABKAIAIQUgASgCBCEIQQAMBAsgASACQQRqIgU2AgAgB0ESdEGAgPAAcSACLQADQT9xIAZBBnRycgsiBEH//wNLDQELQQAMAQsgASAEQf8HcUGAuANyOwEIIARBgID8B2pBCnZBgLB/ciEEQQELIQIgA0EEaiIGQQMgAiAIIAVrIgJBA24iBWogAiAFQQNsR2oiAiACQQNNG0EBakECQQIQ6wEgAygCCCECIAMoAgRBAUYNAiADKAIMIgUgBDsBACADQQE2AgwgAyAFNgIIIAMgAjYCBCAGIAEQhAEgACADKAIMNgIIIAAgAykCBDcCAAwBCyAAQQA2AgggAEKAgICAIDcCAAsgA0EQaiQADwsgAiADKAIMEPoDAAv9AwECfyMAQeAAayIDJAAgA0GBCDYCUAJAAkACQCAAIANB0ABqEJAERQRAIAAQ9ANB/wFxIgRBAkcEQCADQQA6ACAgAyAEOgAhDAILIANB0ABqIAAQ9wIgAykDUEIBUg0CIAMgAysDWDkDKCADQQM6ACAMAQsgA0EHOgAgCyADIAI2AkAgAyABNgI8IANBBDYCXCADQQU2AlQgAyADQTxqNgJYIAMgA0EgajYCUEG1h8AAIANB0ABqENgBIQAMAQsgA0EwaiAAEJcCAkAgAygCMEGAgICAeEcEQCADIAMoAjg2AgggAyADKQIwNwMAIANBBToAIAwBCyADQTxqIgQgABCJAiADKAI8QYCAgIB4RwRAIAMgAygCRDYCGCADIAMpAjw3AxAgA0EGOgAgIAMgAykCFDcCJCADIAI2AkAgAyABNgI8IANBBDYCXCADQQU2AlQgAyAENgJYIAMgA0EgajYCUEG1h8AAIANB0ABqENgBIQAgA0EQahC9BAwCCyADQT02AkwgAyAANgJIIANB6ozAACADQcgAahB9IANBEToAIAsgAyADKQIENwIkIAMgAjYCQCADIAE2AjwgA0EENgJcIANBBTYCVCADIANBPGo2AlggAyADQSBqNgJQQbWHwAAgA0HQAGoQ2AEhACADEL0ECyADQeAAaiQAIAALtgQBAX8jAEEQayICJAACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAALQAAQQFrDhEBAgMEBQYHCAkKCwwNDg8QEQALIAIgAC0AAToAACACQeYANgIMIAIgAjYCCCABKAIAIAEoAgRBprLAACACQQhqEGIMEQsgAiAAKQMINwMAIAJBLjYCDCACIAI2AgggASgCACABKAIEQZiywAAgAkEIahBiDBALIAIgACkDCDcDACACQecANgIMIAIgAjYCCCABKAIAIAEoAgRBmLLAACACQQhqEGIMDwsgAiAAKwMIOQMAIAJB6AA2AgwgAiACNgIIIAEoAgAgASgCBEHlscAAIAJBCGoQYgwOCyACIAAoAgQ2AgAgAkEsNgIMIAIgAjYCCCABKAIAIAEoAgRBiLLAACACQQhqEGIMDQsgAiAAKQIENwIAIAJB6QA2AgwgAiACNgIIIAEoAgAgASgCBEHyhcAAIAJBCGoQYgwMCyABQbWMwgBBChCIBAwLCyABQb+MwgBBChCIBAwKCyABQcmMwgBBDBCIBAwJCyABQdWMwgBBDhCIBAwICyABQeOMwgBBCBCIBAwHCyABQeuMwgBBAxCIBAwGCyABQe6MwgBBBBCIBAwFCyABQfKMwgBBDBCIBAwECyABQf6MwgBBDxCIBAwDCyABQY2NwgBBDRCIBAwCCyABQZqNwgBBDhCIBAwBCyABIAAoAgQgACgCCBCIBAsgAkEQaiQAC5AEAQJ/IAAgAWohAgJAAkAgACgCBCIDQQFxDQAgA0ECcUUNASAAKAIAIgMgAWohASAAIANrIgBBjLzDACgCAEYEQCACKAIEQQNxQQNHDQFBhLzDACABNgIAIAIgAigCBEF+cTYCBCAAIAFBAXI2AgQgAiABNgIADAILIAAgAxB/CwJAAkACQCACKAIEIgNBAnFFBEAgAkGQvMMAKAIARg0CIAJBjLzDACgCAEYNAyACIANBeHEiAhB/IAAgASACaiIBQQFyNgIEIAAgAWogATYCACAAQYy8wwAoAgBHDQFBhLzDACABNgIADwsgAiADQX5xNgIEIAAgAUEBcjYCBCAAIAFqIAE2AgALIAFBgAJPBEAgACABEIwBDwsCQEH8u8MAKAIAIgJBASABQQN2dCIDcUUEQEH8u8MAIAIgA3I2AgAgAUH4AXFB9LnDAGoiASECDAELIAFB+AFxIgFB9LnDAGohAiABQfy5wwBqKAIAIQELIAIgADYCCCABIAA2AgwgACACNgIMIAAgATYCCA8LQZC8wwAgADYCAEGIvMMAQYi8wwAoAgAgAWoiATYCACAAIAFBAXI2AgQgAEGMvMMAKAIARw0BQYS8wwBBADYCAEGMvMMAQQA2AgAPC0GMvMMAIAA2AgBBhLzDAEGEvMMAKAIAIAFqIgE2AgAgACABQQFyNgIEIAAgAWogATYCAAsL0gMCBn4BfyMAQdAAayIIJAAgCP0MAAAAAAAAAAAAAAAAAAAAAP0LAzggCCAAKQMIIgI3AzAgCCAAKQMAIgM3AyggCCACQvPK0cunjNmy9ACFNwMgIAggAkLt3pHzlszct+QAhTcDGCAIIANC4eSV89bs2bzsAIU3AxAgCCADQvXKzYPXrNu38wCFNwMIIAhBCGoiACABKAIAIAEoAgQQViAIQf8BOgBPIAAgCEHPAGpBARBWIAgpAwghAyAIKQMYIQIgCDUCQCEGIAgpAzghBCAIKQMgIAgpAxAhByAIQdAAaiQAIAQgBkI4hoQiBoUiBEIQiSAEIAd8IgSFIgVCFYkgBSACIAN8IgNCIIl8IgWFIgdCEIkgByAEIAJCDYkgA4UiAnwiA0IgiUL/AYV8IgSFIgdCFYkgByADIAJCEYmFIgIgBSAGhXwiA0IgiXwiBoUiBUIQiSAFIAMgAkINiYUiAiAEfCIDQiCJfCIEhSIFQhWJIAUgAyACQhGJhSICIAZ8IgNCIIl8IgaFIgVCEIkgBSACQg2JIAOFIgIgBHwiA0IgiXwiBIVCFYkgAkIRiSADhSICQg2JIAIgBnyFIgJCEYmFIAIgBHwiAkIgiYUgAoULzAMCBn4BfyMAQdAAayIJJAAgCf0MAAAAAAAAAAAAAAAAAAAAAP0LAzggCSAAKQMIIgM3AzAgCSAAKQMAIgQ3AyggCSADQvPK0cunjNmy9ACFNwMgIAkgA0Lt3pHzlszct+QAhTcDGCAJIARC4eSV89bs2bzsAIU3AxAgCSAEQvXKzYPXrNu38wCFNwMIIAlBCGoiACABIAIQViAJQf8BOgBPIAAgCUHPAGpBARBWIAkpAwghBCAJKQMYIQMgCTUCQCEHIAkpAzghBSAJKQMgIAkpAxAhCCAJQdAAaiQAIAUgB0I4hoQiB4UiBUIQiSAFIAh8IgWFIgZCFYkgBiADIAR8IgRCIIl8IgaFIghCEIkgCCAFIANCDYkgBIUiA3wiBEIgiUL/AYV8IgWFIghCFYkgCCAEIANCEYmFIgMgBiAHhXwiBEIgiXwiB4UiBkIQiSAGIAQgA0INiYUiAyAFfCIEQiCJfCIFhSIGQhWJIAYgBCADQhGJhSIDIAd8IgRCIIl8IgeFIgZCEIkgBiADQg2JIASFIgMgBXwiBEIgiXwiBYVCFYkgA0IRiSAEhSIDQg2JIAMgB3yFIgNCEYmFIAMgBXwiA0IgiYUgA4ULgwQCBX8DfiMAQfAAayIDJAAgAxCMBCADIAEtAD8iBK1CO4YgACkDICIIQgmGIgogBEEDdK2EIglCgP4Dg0IohoQgCUKAgPwHg0IYhiAJQoCAgPgPg0IIhoSEIAhCAYZCgICA+A+DIAhCD4hCgID8B4OEIAhCH4hCgP4DgyAKQjiIhISENwMgIAEgAS0APyIFaiIEQYABOgAAIAMgATYCKCAFQT9zIgUEQCAEQQFqQQAgBfwLAAsgBUEHTQRAIANBLGoiBCABQcAA/AoAACAAIARBARA7IAFBAEHAAPwLAAsgAUE4akEIIANBIGoiB0EIQfDFwAAQvwMgA0EsaiIEIAFBwAD8CgAAIAAgBEEBEDsgA0EoahC7BCMAQRBrIgYkACAGIABBIGoiATYCDCAGIAA2AgggBkEIahCNBCEFIARBADYCECAEIAE2AgwgBCAANgIIIAQgBzYCBCAEIAM2AgAgBCAFIAcgA2tBAnYiACAAIAVLGzYCFCAGQRBqJAAgAygCQCIAIAMoAjwiAUsEQCAAIAFrIQUgAUECdCIAIAMoAixqIQEgAygCNCAAaiEAA0AgASAAKAIAIgRB/4H8B3FBCHggBEEYeEH/gfwHcXI2AAAgAUEEaiEBIABBBGohACAFQQFrIgUNAAsLIAJBICADQSBBpLnAABC/AyADQfAAaiQAC7ADAQZ/IwBBQGoiBCQAIAQgATYCBCAEIAM2AgwgBCACNgIIIARBADYCLCAEQQE2AiggBEECNgIgIARBMCACayIBQQAgAUEwTRs7ATAgBCAEQQxqNgIkIAQgBEEEajYCHCAEQRBqQdrPwQAgBEEcaiIBEH0gBCgCFCEGIAEgBCgCGCIFQQNuIgEgBSABQQNsR2pBAnRBAUEBEOsBIAQoAiAhASAEKAIcQQFHBEAgBEEANgI8IAQgBCgCJDYCOCAEIAE2AjQgBQRAA0BB7rfAACAGQQJqIAVBA0kiCBstAABB7rfAACAGQQFqIAVBAUYbLQAAQQh0IAYtAABBEHRyciEJQRIhAUEAIQIDQEE9IQMgAiAFTQRAIAkgAXZBP3EtAJrPQSEDCyAEQTRqQQEQ3QMgBCgCOCAEKAI8aiADOgAAIAQgAiAHakEBajYCPCABQQZrIQEgAkEBaiICQQRHDQALIAIgB2ohByAGIAVBAyAIGyIBaiEGIAUgAWsiBQ0ACwsgACAEKAI8NgIIIAAgBCkCNDcCACAEQRBqEL0EIARBQGskAA8LIAEgBCgCJBD6AwALhAMBB38gASACaiEGIAEhBANAAkAgBSEHIAYgBCICRgRAIAYhBEEAIQhBACEHDAELAn8gAiwAACIFQQBOBEAgBUH/AXEhAyACQQFqDAELIAItAAFBP3EhAyAFQR9xIQQgBUFfTQRAIARBBnQgA3IhAyACQQJqDAELIAItAAJBP3EgA0EGdHIhAyAFQXBJBEAgAyAEQQx0ciEDIAJBA2oMAQsgBEESdEGAgPAAcSACLQADQT9xIANBBnRyciEDIAJBBGoLIgQgAmsgB2oiBSEIIAMQ6gENAQsLAkADQCAEIAYiA0YNASADQQFrIgYsAAAiAkEASAR/IAJBP3ECfyADQQJrIgYtAAAiCcAiAkFATgRAIAlBH3EMAQsgAkE/cQJ/IANBA2siBi0AACIJwCICQUBOBEAgCUEPcQwBCyACQT9xIANBBGsiBi0AAEEHcUEGdHILQQZ0cgtBBnRyBSACCxDqAQ0ACyAFIARrIANqIQgLIAAgCCAHazYCBCAAIAEgB2o2AgALmQMBDX8jAEEQayIGJAACQCABLQAlDQAgASgCBCEHAkAgASgCECIIIAEoAggiDEsNACAIIAEoAgwiAkkNACABQRRqIg0gAS0AGCIFakEBay0AACEKIAVBBUkhDgNAIAIgB2ohCwJAAkACfyAIIAJrIgRBB00EQEEAIQNBACAERQ0BGgNAQQEgCiADIAtqLQAARg0CGiAEIANBAWoiA0cNAAsgBCEDQQAMAQsgBkEIaiAKIAsgBBChASAGKAIMIQMgBigCCAtBAUYEQCABIAIgA2pBAWoiAjYCDCACIAVJIAIgDEtyDQIgDkUNASAHIAIgBWsiA2ogDSAFEOMCDQIgASgCHCEEIAEgAjYCHCAEIAdqIQkgAyAEayEDDAULIAEgCDYCDAwDC0EAIAVBBEH00MAAEJwBAAsgAiAITQ0ACwsgAUEBOgAlAkAgAS0AJEEBRgRAIAEoAiAhAiABKAIcIQEMAQsgASgCICICIAEoAhwiAUYNAQsgASAHaiEJIAIgAWshAwsgACADNgIEIAAgCTYCACAGQRBqJAALsAQBB38jAEEQayIHJABBASEIIAEgASgCFCIGQQFqIgU2AhQCQCAFIAEoAhAiCU8NAAJAAkAgASgCDCAFai0AAEEraw4DAQIAAgtBACEICyABIAZBAmoiBTYCFAsCQAJAIAUgCUkEQCABIAVBAWoiBjYCFCABKAIMIgsgBWotAABBMGtB/wFxIgVBCk8EQCAHQQ02AgQgASAHQQRqEI0DIQEgAEEBNgIAIAAgATYCBAwDCyAGIAlPDQEDQCAGIAtqLQAAQTBrQf8BcSIKQQpPDQIgASAGQQFqIgY2AhQgBUHMmbPmAEcgCkEHS3IgBUHLmbPmAEpxRQRAIAVBCmwgCmohBSAGIAlHDQEMAwsLIwBBEGsiBSQAIAACfwJAIANCACAIG1AEQCABKAIUIgQgASgCECIGTw0BIAEoAgwhCANAIAQgCGotAABBMGtB/wFxQQpPDQIgASAEQQFqIgQ2AhQgBCAGRw0ACwwBCyAFQQ42AgQgACABIAVBBGoQjQM2AgRBAQwBCyAARAAAAAAAAAAARAAAAAAAAACAIAIbOQMIQQALNgIAIAVBEGokAAwCCyAHQQU2AgQgASAHQQRqEI0DIQEgAEEBNgIAIAAgATYCBAwBCyAAIAEgAiADAn8gCEUEQCAEIAVrIgBBH3VBgICAgHhzIAAgACAESCAFQQBKcxsMAQsgBCAFaiIAQR91QYCAgIB4cyAAIAVBAEggACAESHMbCxDBAQsgB0EQaiQAC/QFAgR/AX4jAEEwayIDJAAgAyABNgIIAkAgA0EIaiIEEJ0EBEAjAEEwayICJAAgBCgCABDjBCEFIAJBADYCECACIAU2AgwgAkEANgIIIAIgBDYCBCACQSBqIAJBBGoQ/QECQAJ/AkACQAJAAn8CQAJAAkAgAigCICIEQYCAgIB4aw4CAgABCyACKAIkDAILIAIgAikCJDcCGCACIAQ2AhQgAkEgaiACQQRqEP0BIAIoAiAiBEGAgICAeGsOAgQCAwtBACACQS9qQcTGwAAQ0AILIQQgAEGAgICAeDYCACAAIAQ2AgQMBAsgAigCJAwCCyACKQIkIQYgACACKAIcNgIIIAAgAikCFDcCACAAIAY3AhAgACAENgIMDAILQQEgAkEvakHExsAAENACCyEEIABBgICAgHg2AgAgACAENgIEIAJBFGoQvQQLIAJBMGokAAwBCyADQSBqIANBCGoQqAEgAygCICECAkACQAJAIAMtACQiBEECaw4CAQACCyAAQYCAgIB4NgIAIAAgAjYCBAwCCyADQQhqIANBL2pBxMbAABBuIQIgAEGAgICAeDYCACAAIAI2AgQMAQsgAyAEOgAQIAMgAjYCDCADQSBqIANBDGoQ+AECQAJAAn8CQAJAAkACfwJAAkACQCADKAIgIgJBgICAgHhrDgICAAELIAMoAiQMAgsgAyADKQIkNwIYIAMgAjYCFCADQSBqIANBDGoQ+AEgAygCICICQYCAgIB4aw4CBAIDC0EAIANBL2pBxMbAABDQAgshAiAAQYCAgIB4NgIAIAAgAjYCBAwECyADKAIkDAILIAMpAiQhBiAAIAMoAhw2AgggACADKQIUNwIAIAAgBjcCECAAIAI2AgwgAygCDCIAQYMITQ0EDAMLQQEgA0EvakHExsAAENACCyECIABBgICAgHg2AgAgACACNgIEIANBFGoQvQQLIAMoAgwiAEGECEkNAQsgABCuAgsgAUGDCEsEQCABEK4CCyADQTBqJAALyAQCBn8BfiMAQRBrIgQkAAJAAkAgASgCFCIDIAEoAhAiBkkEQCABIANBAWoiBTYCFCADIAEoAgwiB2otAAAiA0EwRgRAAkAgBSAGSQRAIAUgB2otAABBMGtB/wFxQQpJDQELIAAgASACQgAQwAEMBAsgBEENNgIAIAEgBBDiAiEBIABCAzcDACAAIAE2AggMAwsgA0Exa0H/AXFBCU8EQCAEQQ02AgAgASAEEI0DIQEgAEIDNwMAIAAgATYCCAwDCyADQTBrrUL/AYMhCQJAIAUgBk8NAANAIAUgB2otAABBMGsiA0H/AXEiCEEKTw0BIAhBBUsgCUKZs+bMmbPmzBlSciAJQpmz5syZs+bMGVpxDQMgASAFQQFqIgU2AhQgCUIKfiADrUL/AYN8IQkgBSAGRw0ACwsgACABIAIgCRDAAQwCCyAEQQU2AgAgASAEEI0DIQEgAEIDNwMAIAAgATYCCAwBCyACIQVBACECAkACQAJAIAEoAhAiBiABKAIUIgNNDQAgA0EBaiEHIAYgA2shBiABKAIMIANqIQgDQCACIAhqLQAAIgNBMGtB/wFxQQpPBEAgA0EuRg0DIANBxQBHIANB5QBHcQ0CIAQgASAFIAkgAhB3DAQLIAEgAiAHajYCFCAGIAJBAWoiAkcNAAsgBiECCyAEIAEgBSAJIAIQwQEMAQsgBCABIAUgCSACEIUBCyAAAn4gBCgCAEEBRgRAIAAgBCgCBDYCCEIDDAELIAAgBCsDCDkDCEIACzcDAAsgBEEQaiQAC/gCAQV/IwBBEGsiBSQAIAVBADYCDCAFQoCAgIDAADcCBAJAAkAgAkUNAANAAkACQAJAAkAgASAEai0AAEEvRgRAIAMgBEsNASADBEAgASADaiwAAEG/f0wNAgsgBSgCBCAGRgRAIAVBBGoQ7wILIAUoAgggBkEDdGoiByAEIANrNgIEIAcgASADajYCACAFIAZBAWoiBjYCDCACIARNDQIDQCABIARqLQAAQS9HDQMgAiAEQQFqIgRHDQALIAIhAwwECyAEQQFqIQQMAgsgASACIAMgBEG80sAAEJEEAAsgBCEDCyACIARLDQELCyADRQRAQQAhAwwBCyACIANNBEAgAiADRg0BDAILIAEgA2osAABBv39MDQELIAUoAgQgBkYEQCAFQQRqEO8CCyAFKAIIIAZBA3RqIgQgAiADazYCBCAEIAEgA2o2AgAgACAGQQFqNgIIIAAgBSkCBDcCACAFQRBqJAAPCyABIAIgAyACQazSwAAQkQQAC+cCAQV/AkAgAUHN/3tBECAAIABBEE0bIgBrTw0AIABBECABQQtqQXhxIAFBC0kbIgRqQQxqEDEiAkUNACACQQhrIQECQCAAQQFrIgMgAnFFBEAgASEADAELIAJBBGsiBSgCACIGQXhxIAIgA2pBACAAa3FBCGsiAiAAQQAgAiABa0EQTRtqIgAgAWsiAmshAyAGQQNxBEAgACADIAAoAgRBAXFyQQJyNgIEIAAgA2oiAyADKAIEQQFyNgIEIAUgAiAFKAIAQQFxckECcjYCACABIAJqIgMgAygCBEEBcjYCBCABIAIQcAwBCyABKAIAIQEgACADNgIEIAAgASACajYCAAsCQCAAKAIEIgFBA3FFDQAgAUF4cSICIARBEGpNDQAgACAEIAFBAXFyQQJyNgIEIAAgBGoiASACIARrIgRBA3I2AgQgACACaiICIAIoAgRBAXI2AgQgASAEEHALIABBCGohAwsgAwv1AgEEfwJAAkACQAJAAkACQCAHIAhWBEAgByAIfSAIWA0DIAYgByAGfVQgByAGQgGGfSAIQgGGWnENAiAGIAhYDQYgByAGIAh9IgZ9IAZWDQYgAiADTw0BQQAgAyACQbC2wwAQnAEACyAAQQA2AgAPCyABIANqIQwgASEKAkACQANAIAMgCUYNASAJQQFqIQkgCkEBayIKIANqIgstAABBOUYNAAsgCyALLQAAQQFqOgAAIAlBAWsiBUUNASALQQFqQTAgBfwLAAwBCwJAIANFBEBBMSEJDAELIAFBMToAAEEwIQkgA0EBayIKRQ0AIAFBAWpBMCAK/AsACyAEQQFqwSIEIAXBTCACIANNcg0AIAwgCToAACADQQFqIQMLIAIgA0kNAgwDCyACIANPDQJBACADIAJBwLbDABCcAQALIABBADYCAA8LQQAgAyACQaC2wwAQnAEACyAAIAQ7AQggACADNgIEIAAgATYCAA8LIABBADYCAAvzAgEGfyMAQRBrIgUkAAJAAkACQAJAAkACQCACQQFxBEAgAkEBdiEDDAELIAEtAAAiA0UNASABIQQDQCAEQQFqIQQCQCADwEEASARAIANB/wFxQYABRgRAIAYgBC8AACIDaiEGIAMgBGpBAmohBAwCCyAEIANBA3FBCHgiCEEFdEGAgICABHEgCEEHdHJBHXZqIANBAXZBAnFqIANBAnZBAnFqIQQgBkUgB3IhBwwBCyAEIANB/wFxIgNqIQQgAyAGaiEGCyAELQAAIgMNAAtBACEDIAcgBkEQSXENAEEAIQcgBkEBdCIDQQBIDQQLIAMNAQtBASEEQQAhAwwBC0EBIQcgA0EBEPYDIgRFDQELIAVBADYCCCAFIAQ2AgQgBSADNgIAIAVBrJrCACABIAIQYkUNAUHUmsIAQdYAIAVBD2pBxJrCAEGsm8IAEMgCAAsgByADEPoDAAsgACAFKAIINgIIIAAgBSkCADcCACAFQRBqJAALkwMBBH8jAEFAaiICJAACQAJAAkBBDEEEEPYDIgMEQCACQTBqIAEQNiACIAIpAjQ3AxAgAiACKAI8NgIYIAIoAjBBAUYEQCAAIAIoAhg2AgwgACACKQMQNwIEIABBATYCACADQQwQxwIMBAsgAyACKAIYNgIIIAMgAikDEDcCACACQQE2AgwgAiADNgIIIAJBATYCBCABKAIIIgMgASgCBE8NAiACQTRqIQQDQCABKAIAIANBAnRqKAIAQfwARw0DIAEgA0EBajYCCCACQTBqIAEQNiACIAQpAgA3AyAgAiAEKAIINgIoIAIoAjANAiACKAIMIgMgAigCBEYEQCACQQRqEO0CCyACKAIIIANBDGxqIgUgAigCKDYCCCAFIAIpAyA3AgAgAiADQQFqNgIMIAEoAggiAyABKAIESQ0ACwwCC0EEQQwQxAQACyAAIAIoAig2AgwgACACKQMgNwIEIABBATYCACACQQRqEJADDAELIAAgAigCDDYCDCAAIAIpAgQ3AgQgAEEANgIACyACQUBrJAALggMBBH8gACgCDCECAkACQAJAIAFBgAJPBEAgACgCGCEDAkACQCAAIAJGBEAgAEEUQRAgACgCFCICG2ooAgAiAQ0BQQAhAgwCCyAAKAIIIgEgAjYCDCACIAE2AggMAQsgAEEUaiAAQRBqIAIbIQQDQCAEIQUgASICQRRqIAJBEGogAigCFCIBGyEEIAJBFEEQIAEbaigCACIBDQALIAVBADYCAAsgA0UNAgJAIAAoAhxBAnRB5LjDAGoiASgCACAARwRAIAMoAhAgAEYNASADIAI2AhQgAg0DDAQLIAEgAjYCACACRQ0EDAILIAMgAjYCECACDQEMAgsgACgCCCIAIAJHBEAgACACNgIMIAIgADYCCA8LQfy7wwBB/LvDACgCAEF+IAFBA3Z3cTYCAA8LIAIgAzYCGCAAKAIQIgEEQCACIAE2AhAgASACNgIYCyAAKAIUIgBFDQAgAiAANgIUIAAgAjYCGA8LDwtBgLzDAEGAvMMAKAIAQX4gACgCHHdxNgIAC9IEAQV/IwBBEGsiBSQAAkACQAJAIAEgAkYNAAJ/IAEsAAAiBkEATgRAIAZB/wFxIQQgAUEBagwBCyABLQABQT9xIQMgBkEfcSEEIAZBX00EQCAEQQZ0IANyIQQgAUECagwBCyABLQACQT9xIANBBnRyIQMgBkFwSQRAIAMgBEEMdHIhBCABQQNqDAELIARBEnRBgIDwAHEgAS0AA0E/cSADQQZ0cnIiBEGAgMQARg0BIAFBBGoLIQEgBUEEaiIGQQMgAiABayIDQQJ2IANBA3FBAEdqIgMgA0EDTRtBAWpBBEEEEOsBIAUoAgghAyAFKAIEQQFGDQIgBSgCDCIHIAQ2AgAgBUEBNgIMIAUgBzYCCCAFIAM2AgQCQCABIAJGDQADQAJ/IAEsAAAiBEEATgRAIARB/wFxIQQgAUEBagwBCyABLQABQT9xIQcgBEEfcSEDIARBX00EQCADQQZ0IAdyIQQgAUECagwBCyABLQACQT9xIAdBBnRyIQcgBEFwSQRAIAcgA0EMdHIhBCABQQNqDAELIANBEnRBgIDwAHEgAS0AA0E/cSAHQQZ0cnIiBEGAgMQARg0CIAFBBGoLIQEgBigCCCIDIAYoAgBGBEAgBiADIAIgAWsiB0ECdiAHQQNxQQBHakEBakEEQQQQ9gILIAYoAgQgA0ECdGogBDYCACAGIANBAWo2AgggASACRw0ACwsgACAFKAIMNgIIIAAgBSkCBDcCAAwBCyAAQQA2AgggAEKAgICAwAA3AgALIAVBEGokAA8LIAMgBSgCDBD6AwAL4AUCCX8BfiMAQRBrIggkAAJAAkACQAJAAkACQAJAA0AgASgCCCEGIwBBEGsiCSQAAkAgASgCCCIDIAEoAgQiBEYNAAJAIAMgBEkEQCABKAIAIgcgA2otAAAiBUEiRiAFQdwARnIgBUEgSXINAiABIANBAWoiBTYCCCAHQQFqIQdBACAEIAVrIgpB+P///wdxayEEA0AgBEUNAiADIAdqIARBCGohBCADQQhqIQMpAAAiDEKixIiRosSIkSKFQoGChIiQoMCAAX0gDEKgwICBgoSIkCB9hCAMQty48eLFi5eu3ACFQoGChIiQoMCAAX2EIAxCf4WDQoCBgoSIkKDAgH+DIgxQDQALIAEgDHqnQQN2IANqQQdrNgIIDAILIAMgBEHQgMIAEN4CAAsgASAKQXhxIAVqNgIIAkAgASgCCCIDIAEoAgQiBU8NACABKAIAIQcDQCADIAdqLQAAIgRBIkYgBEHcAEZyIARBIElyDQEgASADQQFqIgM2AgggAyAFRw0ACwsLIAlBEGokACABKAIIIgMgASgCBCIERg0CIAMgBE8NAyABKAIAIgUgA2oiCS0AACIHQdwARwRAIAdBIkYNAiABIANBAWo2AgggCEEQNgIEIAAgASAIQQRqEP4CDAgLIAMgBkkNBCACIAUgBmogCRDGAiABIANBAWo2AgggAUEBIAIQYSIDRQ0ACyAAQQI2AgAgACADNgIEDAYLIAIoAggEQCADIAZJDQQgAiAFIAZqIAkQxgIgASADQQFqNgIIIABBATYCACAAIAIpAgQ3AgQMBgsgAyAGSQ0EIABBADYCACAAIAMgBms2AgggASADQQFqNgIIIAAgBSAGajYCBAwFCyAIQQQ2AgQgACABIAhBBGoQ/gIMBAsgAyAEQeCAwgAQ3gIACyAGIAMgBEGQgcIAEJwBAAsgBiADIARB8IDCABCcAQALIAYgAyAEQYCBwgAQnAEACyAIQRBqJAALhAUCCH8BfiMAQdAAayICJAAgAkFAa0EAQQhBIBDrASACKAJEIQMgAigCQEEBRwRAIAJBADYCDCACIAIoAkg2AgggAiADNgIEIAJBMGpBBHIhByACQSBqQQRyIQgCQANAAkAgAkEgaiEEIwBBIGsiAyQAIANBCGogAUEMaiABQQhqEPEBIAMoAgwhBQJAAkACQAJAAkAgAygCCA4DAQACAAsgBEGWgICAeDYCACAEIAU2AgQMAwsgAyAFEJQDIAMoAgQhBSADKAIAIQYCQCABKAIARQ0AIAEoAgQiCUGECEkNACAJEK4CCyABIAU2AgQgAUEBNgIAIANBEGogBhBlIAMoAhQhBSADKAIQIgZBlYCAgHhHDQEgBEGWgICAeDYCACAEIAU2AgQMAgsgBEGVgICAeDYCAAwBCyAEIAMpAxg3AwggBCAFNgIEIAQgBjYCAAsgA0EgaiQAAkACQAJAAkAgAigCICIEQev///8Hag4CBAABCyACKAIkIQMMAQsgByAIKQIANwIAIAcgCCgCCDYCCCACIAQ2AjAgAkFAayABEM8DIAIoAkBBlYCAgHhHDQEgAigCRCEDIAJBMGoQhAILIABBlYCAgHg2AgAgACADNgIEIAJBBGoiABCOAyAAQQhBIBCQAgwDCyACIAL9AANA/QsDECACKAI0IQYgAikDOCEKIAIoAgwiBSACKAIERgRAIAJBBGoQ6gILIAIoAgggBUEFdGoiAyAKNwMIIAMgBjYCBCADIAQ2AgAgAyAC/QADEP0LAxAgAiAFQQFqNgIMDAELCyAAIAIoAgw2AgggACACKQIENwIACyABEK4DIAJB0ABqJAAPCyADIAIoAkgQ+gMAC44FAgV/BH4jAEEwayIDJAAgA0EQaiIEIAEoAggEf0GAgAIgASgCECICIAEoAgxrIgVBACACIAVPGyICIAJBgIACTxsFQQALQQhBIBDrASADKAIUIQIgAygCEEEBRwRAIANBADYCDCADIAMoAhg2AgggAyACNgIEIARBBHIhBQJAAkADQAJAIANBEGohBCMAQdAAayICJAAgAkEEaiABELQCAkACQCACKAIEQQFGBEAgAigCDCEGIAJBIGogAigCCBBlIAIoAiBBlYCAgHhHDQEgBCACKAIkNgIEIARBloCAgHg2AgAgBkGECEkNAiAGEK4CDAILIARBlYCAgHg2AgAMAQsgAiAC/QADIP0LAxAgAkEgaiAGEGUgAigCIEGVgICAeEYEQCAEIAIoAiQ2AgQgBEGWgICAeDYCACACQRBqEIQCDAELIAIgAikDKCIHNwNIIAIgAikDICIINwNAIAQgAikDECIJNwMAIAQgAikDGCIKNwMIIAQgCDcDECAEIAc3AxggAiAJNwMwIAIgCjcDOAsgAkHQAGokAAJAAkAgAygCECIGQev///8Hag4CAgABCyAAIAMoAhQ2AgQgAEGVgICAeDYCACADQQRqIgAQjgMgAEEIQSAQkAIgASgCAEUNBCABKAIEIgFBgwhLDQMMBAsgAygCDCIEIAMoAgRGBEAgA0EEahDqAgsgAygCCCAEQQV0aiICIAUpAgA3AgQgAiAGNgIAIAIgBf0AAgj9CwIMIAIgBSgCGDYCHCADIARBAWo2AgwMAQsLIAAgAygCDDYCCCAAIAMpAgQ3AgAgASgCAEUNASABKAIEIgFBhAhJDQELIAEQrgILIANBMGokAA8LIAIgAygCGBD6AwAL1wIBBn8gASgCBCEFIAEoAgAhAiABLwEIIQEDQAJAAkACQAJAIAFB//8DcQ0AIAIgBUYNAyACLAAAIgFBAE4EQCACQQFqIQIgAUH/AXEhAQwBCyACLQABQT9xIQMgAUEfcSEEIAFBX00EQCAEQQZ0IANyIQEgAkECaiECDAELIAItAAJBP3EgA0EGdHIhAwJ/IAFBcEkEQCADIARBDHRyIQEgAkEDagwBCyAEQRJ0QYCA8ABxIAItAANBP3EgA0EGdHJyIQEgAkEEagshAiABQf//A0sNAQtBACEEDAELIAFB/wdxQYC4f3IhBCABQYCA/AdqQQp2QYCwf3IhAQsgACgCCCIDIAAoAgBGBEAgACADIAUgAmsiBkEDbiIHQQJBASAEG2ogBiAHQQNsR2pBAkECEPYCCyAAKAIEIANBAXRqIAE7AQAgACADQQFqNgIIIAQhAQwBCwsL0QMBC38jAEEQayIHJAAgASABKAIUIgVBAWoiCDYCFAJAAkACQCAIIAEoAhAiCU8NACAIIAlrIQogASgCDEEBaiELIAUgCWtBAWohDAJAA0AgBSALai0AACINQTBrIg5B/wFxIg9BCk8EQCAGRQRAIAdBDTYCBCABIAdBBGoQ4gIhASAAQQE2AgAgACABNgIEDAYLIAQgBmohBSANQSByQeUARw0EIAAgASACIAMgBRB3DAULIA9BBUsgA0KZs+bMmbPmzBlSciADQpiz5syZs+bMGVZxRQRAIAEgBUECajYCFCAFQQFqIQUgA0IKfiAOrUL/AYN8IQMgDCAGQQFrIgZGDQIMAQsLIAQgBmohBQJAAkACQCABKAIUIgQgASgCECIGTw0AIAEoAgwhCANAIAQgCGotAAAiCUEwa0H/AXFBCU0EQCABIARBAWoiBDYCFCAEIAZHDQEMAgsLIAlBIHJB5QBGDQELIAAgASACIAMgBRDBAQwBCyAAIAEgAiADIAUQdwsMAwsgCCAJRg0AIAQgCmohBQwBCyAHQQU2AgQgASAHQQRqEOICIQEgAEEBNgIAIAAgATYCBAwBCyAAIAEgAiADIAUQwQELIAdBEGokAAveAgEHfyAAKAIAIgRBjAJqIgggACgCCCIAQQxsaiEFAkAgAEEBaiIGIAQvAZIDIgdLBEAgBSABKAIINgIIIAUgASkCADcCAAwBCyAHIABrIglBDGwiCgRAIAggBkEMbGogBSAK/AoAAAsgBSABKAIINgIIIAUgASkCADcCACAJQRhsIgFFDQAgBCAGQRhsaiAEIABBGGxqIAH8CgAACyAHQQFqIQUgBCAAQRhsaiIBIAIpAxA3AxAgASAC/QADAP0LAwAgBEGYA2ohAQJAIAdBAmoiAiAAQQJqIghNDQAgByAAa0ECdCIJRQ0AIAEgCEECdGogASAGQQJ0aiAJ/AoAAAsgASAGQQJ0aiADNgIAIAQgBTsBkgMgAiAGSwRAIAdBAWohAiAAQQJ0IARqQZwDaiEBA0AgASgCACIDIABBAWoiADsBkAMgAyAENgKIAiABQQRqIQEgACACRw0ACwsL8AIBAX8CQCACBEAgAS0AAEEwTQ0BIAVBAjsBAAJAAkACQAJAIAPBIgZBAEoEQCAFIAE2AgQgAiADQf//A3EiA0sNAiAFQQA7AQwgBSACNgIIIAUgAyACazYCECAEDQFBAiEBDAQLIAUgAjYCICAFIAE2AhwgBUECOwEYIAVBADsBDCAFQQI2AgggBUHIpMIANgIEIAVBACAGayIDNgIQQQMhASACIARPDQMgBCACayICIANNDQMgAiAGaiEEDAILIAVBATYCICAFQY+pwgA2AhwgBUECOwEYDAELIAVBAjsBGCAFQQE2AhQgBUGPqcIANgIQIAVBAjsBDCAFIAM2AgggBSACIANrIgI2AiAgBSABIANqNgIcIAIgBE8EQEEDIQEMAgsgBCACayEECyAFIAQ2AiggBUEAOwEkQQQhAQsgACABNgIEIAAgBTYCAA8LQZCpwgBBIUG0qcIAEP0DAAtBxKnCAEEfQeSpwgAQ/QMAC+UCAQd/AkACQAJAAkAgACgCAA4DAAECAwsgACgCBCABRiECDAILQQEhAgJAAkAgAUEKaw4EAQMDAQALIAFBqMAAa0ECTw0CC0EAIQIMAQsCQCAAKAIMIgIEQCAAKAIIIgQgAkEMbGohBgNAIAQoAgQhBQJAAkACQAJAAkACQCAELQAAQQFrDgICAQALIAEgBUYNAgwECyAELQABIQdBACECQa4bIQMDQCACIANBAXYiCCACaiICIAJBAnQoAsTXQEELdiABSxshAiADIAhrIgNBAUsNAAsgAiACQQJ0KALE10BBC3YgAU1qQQFrIgJBrhtPDQJBASEDIAJBAnQoAsTXQEEBIAV0cUH/D3FBAEcgB3NBAXFFDQMMBgsgASAFSQ0CIAEgBCgCCEsNAgtBASEDDAQLQX9BrhtBtNfAABDeAgALIARBDGoiBCAGRw0ACwtBACEDCyADIAAtABBzIQILIAJBAXEL/wYCB38CfiMAQTBrIgIkACABKALoASEFIAEoAuQBIQYgASgCwAEiBARAIAEoArwBIQMDQCADKQMAIAl8IQkgA0EIaiEDIARBAWsiBA0ACwsgASkD8AEhCiACIAk3AxAgAiAFNgIEIAIgBjYCACACIAo3AwggAkEkaiIBQYABQQFBARDrASACKAIoIQMCQCACKAIkQQFHBEAgAkEANgIgIAIgAigCLDYCHCACIAM2AhggAiACQRhqIgg2AiQjAEEQayIDJAAgAigCDCEGIAIpAxAhCSACKAIEIQQgASgCACIFQb/RwABBARCgBCADIAYgBEEARyAJQgBSanIEf0EBBSAFQbzRwABBARCgBEEACzoACCADIAE2AgQCQCAEBEAgA0EEakHU0cAAQQMgAhDiASIBDQELIAlQRQRAIAMgAkEQajYCDCADQQxqIQcjAEEQayIFJAAgA0EEaiIBKAIAIQQgAS0ABEEBRwRAIAQoAgBBwNHAAEEBEKAECyABQQI6AAQgBSAEQbXUwQBBChCRAwJ/IAUtAABBBEcEQCAFIAUpAwA3AwggBUEIahCpAwwBCyAEKAIAQcHRwABBARCgBAJ/IAcoAgAhByMAQTBrIgEkACABIAc2AgwgBCgCAEG90cAAQQEQoAQgASAENgIYIAFBBDoAECABIARBBGo2AhwgAUEqNgIkIAEgAUEMajYCIAJAAkAgAUEQakGc4MEAQeqMwAAgAUEgahBiBEAgASkDECIJQv8Bg0IEUQ0CIAEgCTcDKCABQShqEKkDIQQMAQsgBCgCAEG90cAAQQEQoARBACEEIAEtABBBBEYNACABQRBqEOACCyABQTBqJAAgBAwBC0GU0cAAQRhBrNHAABCHAwALCyEBIAVBEGokACABDQELIAYEQCADQQRqQfvLwQBBByACQQhqEOIBIgENAQtBACEBIAMtAAhFDQAgAygCBCgCAEG80cAAQQEQoAQLIANBEGokACABIgMEQCAIEL0EDAILIAIoAhwhAyACKAIYIgFBgICAgHhGDQEgAigCICEEIABBAToAKCAAQQA2AiQgACAENgIgIAAgAzYCHCAAIAE2AhggAEIANwMQIABBADYCCCAAQQY2AgAgAkEwaiQADwsgAyACKAIsEPoDAAsgAiADNgIkQfrVwQBBHSACQSRqQZDdwQBBmNbBABDIAgALvgIBBH8jAEEgayIDJAACfwJAIAIEQCADQRRqIAEQ1QIgAygCFEGAgICAeEcNAQsgA0EANgIQIANCgICAgBA3AwhBAAwBCyADIAMpAhQ3AwggAyADKAIcIgQ2AhAgBEUEQEEAIQRBAAwBCyADKAIMIARqQQFrLQAAQS9GCyEFIAJBAk8EQCABQRRqIQEgAkEMbEEMayECA0AgBUUEQCADQQhqQQEQ3QMgAygCDCADKAIQakEvOgAAIAMgBEEBajYCEAsgAUEEaygCACEGIANBCGogASgCACIFEN0DIAMoAhAhBCADIAUEfyAFBEAgAygCDCAEaiAGIAX8CgAACyADKAIQBSAECyAFaiIENgIQIAFBDGohAUEAIQUgAkEMayICDQALCyAAIAMoAhA2AgggACADKQMINwIAIANBIGokAAv3AgEBfyMAQUBqIgMkAAJAAkACQAJAAkACQCACLQAAQQJrDgQBAgMEAAtBlNLBAEH/AEHU0sEAEIYDAAsgAyACKAIcNgIYIAMgAikCFDcDECADIAL9AAIE/QsDACADQRhBECABQf8BcSIBGzYCICADQabVwQBBltXBACABGzYCHCADQSRqIgEgAxCnASADQSs2AjwgA0ECNgI0IAMgATYCOCADIANBHGo2AjAgAEEIakHbjMAAIANBMGoQfSABEL0EIABBAjoAGCAAIAMvARg7ARYgAEEBOwEUIABCBzcDACADEPADDAMLIABBADoAGCAAQQE7ARQgAEIHNwMAIAAgAigCDDYCECAAIAIpAgQ3AgggACACLwECOwEWDAILIAAgAikDGDcDECAAIAIoAiA2AhggACAC/QADCP0LAwAMAQsgAEIHNwMAIAAgAikDCDcDCCAAIAIoAhA2AhAgACACLQABOgAYIAAgAigBAjYCFAsgA0FAayQAC8MCAQR/IABCADcCECAAAn9BACABQQh2IgNFDQAaQR8gAUGAgIAITw0AGiABQSYgA2ciA2t2QQFxIANBAXRyQT5zCyICNgIcIAJBAnRB5LjDAGohBEEBIAJ0IgNBgLzDACgCAHFFBEAgBCAANgIAIAAgBDYCGCAAIAA2AgwgACAANgIIQYC8wwBBgLzDACgCACADcjYCAA8LAkACQCABIAQoAgAiAygCBEF4cUYEQCADIQIMAQsgAUEZIAJBAXZrQQAgAkEfRxt0IQUDQCADIAVBHXZBBHFqIgQoAhAiAkUNAiAFQQF0IQUgAiEDIAIoAgRBeHEgAUcNAAsLIAIoAggiASAANgIMIAIgADYCCCAAQQA2AhggACACNgIMIAAgATYCCA8LIARBEGogADYCACAAIAM2AhggACAANgIMIAAgADYCCAvkAgEBfyMAQSBrIgIkAAJ/AkACQAJAAkACQCAAKAIAQQFrDgQBAgMEAAsgAiAAQQRqNgIcIAJBMDYCBCACIAJBHGo2AgAgASgCACABKAIEQZyNwAAgAhBiDAQLIAIgAEEIajYCGCACIABBBGo2AhwgAkEBNgIUIAJBmN7BADYCECACQTE2AgwgAkEwNgIEIAIgAkEcajYCCCACIAJBGGo2AgAgASgCACABKAIEQeyNwAAgAhBiDAMLIAIgAEEIajYCGCACIABBBGo2AhwgAkExNgIMIAJBMDYCBCACIAJBHGo2AgggAiACQRhqNgIAIAEoAgAgASgCBEGpqsAAIAIQYgwCCyACIABBBGo2AhwgAkEBNgIMIAJBnN7BADYCCCACQTE2AgQgAiACQRxqNgIAIAEoAgAgASgCBEHFj8AAIAIQYgwBCyABKAIAQaDewQBBOyABKAIEKAIMEQQACyACQSBqJAALxgMBCH8jAEEgayICJAACQAJAIAEoAggiAyABKAIMIghGDQAgAUEQaiEHAkADQAJAIAEgA0EIaiIENgIIIAIgAygCACADQQRqKAIAELADIgU2AhAgAiAHIAJBEGoiCRCaBCIGNgIUAkAgAkEUahCuBARAIAkgBxCOBEUNAQsCQCABKAIARQ0AIAEoAgQiBEGECEkNACAEEK4CCyABIAY2AgRBASEEIAFBATYCACACQQhqIAMoAgAgA0EEaigCABCZBCACQRhqIQMgAigCCCEBAn8CQAJAAkACQCACKAIMQQRrDgQCAwABAwsgASgAAEHz6IWjB3MgAUEEai8AAEH15gFzcg0CQQAMAwsgASgAAEHoyoWjBnMgAUEDaigAAEHkysmbB3NyDQFBAQwCCyABKAAAQeLekcsHRw0AQQIMAQtBAwshASADQQA6AAAgAyABOgABIAItABhFDQEgACACKAIcNgIEDAMLIAZBhAhPBEAgBhCuAgsgBUGECE8EQCAFEK4CCyAEIgMgCEcNAQwDCwsgACACLQAZOgABQQAhBAsgACAEOgAAIAVBhAhJDQEgBRCuAgwBCyAAQYAIOwEACyACQSBqJAAL2gMBCH8jAEEgayICJAACQAJAIAEoAggiAyABKAIMIghGDQAgAUEQaiEHAkADQAJAIAEgA0EIaiIENgIIIAIgAygCACADQQRqKAIAELADIgU2AhAgAiAHIAJBEGoiCRCaBCIGNgIUAkAgAkEUahCuBARAIAkgBxCOBEUNAQsCQCABKAIARQ0AIAEoAgQiBEGECEkNACAEEK4CCyABIAY2AgRBASEEIAFBATYCACACQQhqIAMoAgAgA0EEaigCABCZBCACQRhqIQMgAigCCCEBAn8CQAJAAkACQCACKAIMQQNrDgcAAwMDAQMCAwsgAS8AAEHrygFzIAFBAmotAABB+QBzcg0CQQAMAwsgASgAAEH2ysmbB3MgAUEDaigAAEHz0r3zBnNyDQFBAQwCCyABKQAAQuPklYvGrpmywQCFIAFBCGoxAABC9ACFhFBFDQBBAgwBC0EDCyEBIANBADoAACADIAE6AAEgAi0AGEUNASAAIAIoAhw2AgQMAwsgBkGECE8EQCAGEK4CCyAFQYQITwRAIAUQrgILIAQiAyAIRw0BDAMLCyAAIAItABk6AAFBACEECyAAIAQ6AAAgBUGECEkNASAFEK4CDAELIABBgAg7AQALIAJBIGokAAuvBAEIfyMAQSBrIgIkAAJAAkAgASgCCCIDIAEoAgwiCEYNACABQRBqIQcCQANAAkAgASADQQhqIgQ2AgggAiADKAIAIANBBGooAgAQsAMiBjYCECACIAcgAkEQaiIJEJoEIgU2AhQCQCACQRRqEK4EBEAgCSAHEI4ERQ0BCwJAIAEoAgBFDQAgASgCBCIEQYQISQ0AIAQQrgILIAEgBTYCBEEBIQQgAUEBNgIAIAJBCGogAygCACADQQRqKAIAEJkEIAJBGGohAyACKAIIIQECfwJAAkACQAJAAkACQCACKAIMIgVBBWsOBAEFBQQACyAFQRFrDgQBBAQCBAsgASgAAEHwwtHDBnMgAUEEai0AAEHzAHNyDQNBAAwECyABKQAAQuPetYOnrtm58wCFIAFBEGoxAABC5ACFhCABKQAIQuneuevUjJ207wCFhFBFDQJBAQwDCyABKQAAQuXchZPGrdmh8gCFIAFBEGo1AABC6NLZqwaFhCABKQAIQu/mzfu0rpC54wCFhFBFDQFBAgwCCyABKQAAQvDYhaPn7Ju57QBSDQBBAwwBC0EECyEBIANBADoAACADIAE6AAEgAi0AGEUNASAAIAIoAhw2AgQMAwsgBUGECE8EQCAFEK4CCyAGQYQITwRAIAYQrgILIAQiAyAIRw0BDAMLCyAAIAItABk6AAFBACEECyAAIAQ6AAAgBkGECEkNASAGEK4CDAELIABBgAo7AQALIAJBIGokAAv2AwEIfyMAQSBrIgIkAAJAAkAgASgCCCIDIAEoAgwiCEYNACABQRBqIQcCQANAAkAgASADQQhqIgQ2AgggAiADKAIAIANBBGooAgAQsAMiBjYCECACIAcgAkEQaiIJEJoEIgU2AhQCQCACQRRqEK4EBEAgCSAHEI4ERQ0BCwJAIAEoAgBFDQAgASgCBCIEQYQISQ0AIAQQrgILIAEgBTYCBEEBIQQgAUEBNgIAIAJBCGogAygCACADQQRqKAIAEJkEIAJBGGohAyACKAIIIQECfwJAAkACQAJAAkAgAigCDEEDaw4FAQQEAwAECyABKAAAQfPKybMHcyABQQNqIgUoAABB9tKNqwZzcg0BQQAMBAsgAS8AAEHrygFzIAFBAmotAABB+QBzcg0CQQEMAwsgASgAAEH2ysmbB3MgBSgAAEHz0r3zBnNyDQFBAgwCCyABKAAAQfDescsGcyABQQRqLwAAQePyAXNyDQBBAwwBC0EECyEBIANBADoAACADIAE6AAEgAi0AGEUNASAAIAIoAhw2AgQMAwsgBUGECE8EQCAFEK4CCyAGQYQITwRAIAYQrgILIAQiAyAIRw0BDAMLCyAAIAItABk6AAFBACEECyAAIAQ6AAAgBkGECEkNASAGEK4CDAELIABBgAo7AQALIAJBIGokAAvgBAEIfyMAQSBrIgMkAAJAAkAgASgCCCICIAEoAgwiCEYNACABQRBqIQYCQANAAkAgASACQQhqIgQ2AgggAyACKAIAIAJBBGooAgAQsAMiBzYCECADIAYgA0EQaiIJEJoEIgU2AhQCQCADQRRqEK4EBEAgCSAGEI4ERQ0BCwJAIAEoAgBFDQAgASgCBCIEQYQISQ0AIAQQrgILIAEgBTYCBEEBIQQgAUEBNgIAIANBCGogAigCACACQQRqKAIAEJkEIANBGGohBSADKAIIIQECQAJAAkACQAJAAkACQAJAIAMoAgxBA2sOCQEGBgMABgYEAgYLQQMhAiABKAAAQfPKybMHcyABQQNqIgYoAABB9tKNqwZzcg0EQQAhAgwGCyABLwAAQevKAXMgAUECai0AAEH5AHNyDQRBASECDAULIAEpAABC8srNo/fN3LLLAIUgAUEDaikAAEL03smrtqnZvPMAhYRQRQ0DQQIhAgwEC0EEIQIgASgAAEHw3rHLBnMgAUEEai8AAEHj8gFzcg0CDAMLIAEpAABC7N6929aO3KfuAIUgAUEIajMAAELs8gGFhFBFDQFBBSECDAILIAEoAABB9srJmwdzIAYoAABB89K98wZzckUNAQtBBiECCyAFQQA6AAAgBSACOgABIAMtABhFDQEgACADKAIcNgIEDAMLIAVBhAhPBEAgBRCuAgsgB0GECE8EQCAHEK4CCyAEIgIgCEcNAQwDCwsgACADLQAZOgABQQAhBAsgACAEOgAAIAdBhAhJDQEgBxCuAgwBCyAAQYAOOwEACyADQSBqJAALiwQBCH8jAEEgayICJAACQAJAIAEoAggiAyABKAIMIghGDQAgAUEQaiEHAkADQAJAIAEgA0EIaiIENgIIIAIgAygCACADQQRqKAIAELADIgY2AhAgAiAHIAJBEGoiCRCaBCIFNgIUAkAgAkEUahCuBARAIAkgBxCOBEUNAQsCQCABKAIARQ0AIAEoAgQiBEGECEkNACAEEK4CCyABIAU2AgRBASEEIAFBATYCACACQQhqIAMoAgAgA0EEaigCABCZBCACQRhqIQMgAigCCCEBAn8CQAJAAkACQCACKAIMQQlrDgQCAAMBAwsgASkAAELyys2rx43dudUAhSABQQhqMwAAQvLYAYWEUEUNAkEADAMLIAEpAABC8uq5o5et27LUAIUgAUEIajUAAELv1pXzBoWEUEUNAUEBDAILQQIgASkAAELjwo3D1qzTt+QAhSABQQhqIgUxAABC5QCFhFANARogASkAAEL15pWTl+jZsu4AhSAFMQAAQvQAhYRQRQ0AQQMMAQtBBAshASADQQA6AAAgAyABOgABIAItABhFDQEgACACKAIcNgIEDAMLIAVBhAhPBEAgBRCuAgsgBkGECE8EQCAGEK4CCyAEIgMgCEcNAQwDCwsgACACLQAZOgABQQAhBAsgACAEOgAAIAZBhAhJDQEgBhCuAgwBCyAAQYAKOwEACyACQSBqJAALwAUBCH8jAEEgayICJAACQAJAIAEoAggiAyABKAIMIghGDQAgAUEQaiEHAkADQAJAIAEgA0EIaiIFNgIIIAIgAygCACADQQRqKAIAELADIgY2AhAgAiAHIAJBEGoiCRCaBCIENgIUAkAgAkEUahCuBARAIAkgBxCOBEUNAQsCQCABKAIARQ0AIAEoAgQiBUGECEkNACAFEK4CCyABIAQ2AgRBASEFIAFBATYCACACQQhqIAMoAgAgA0EEaigCABCZBCACQRhqIQMgAigCCCEBAn8CQAJAAkACQAJAAkACQAJAIAIoAgxBCWsOCQQHAAYBBwcHAgcLIAEpAABC7cLhi8SO3bLtAIUgAUEDaiIEKQAAQsHo0avWjZy68wCFhFBFDQRBAAwHCyABKQAAQuLCzaumqNix6wCFIAFBBWoiBCkAAELhxq375szZpvMAhYRQRQ0BQQEMBgsgASkAAELywtGrxqnatukAhSABQRBqMQAAQvMAhYQgASkACEL0hNWj9qyZus0AhYRQRQ0EQQIMBQsgASkAAELpyLGrxqratuUAhSAEKQAAQunalfvWjt2m8wCFhFBFDQNBAwwECyABKQAAQuLYvZu27dS0+gCFIAFBCGoxAABC5QCFhFBFDQJBBAwDCyABKQAAQuPeuZvWzpy55QCFIAQpAABC4+rJk9fM27H5AIWEUEUNAUEFDAILIAEpAABC89K5u8atmaj1AIUgAUEIajUAAEL0moXDB4WEUEUNAEEGDAELQQcLIQEgA0EAOgAAIAMgAToAASACLQAYRQ0BIAAgAigCHDYCBAwDCyAEQYQITwRAIAQQrgILIAZBhAhPBEAgBhCuAgsgBSIDIAhHDQEMAwsLIAAgAi0AGToAAUEAIQULIAAgBToAACAGQYQISQ0BIAYQrgIMAQsgAEGAEDsBAAsgAkEgaiQAC+EDAQh/IwBBIGsiAiQAAkACQCABKAIIIgMgASgCDCIIRg0AIAFBEGohBwJAA0ACQCABIANBCGoiBDYCCCACIAMoAgAgA0EEaigCABCwAyIFNgIQIAIgByACQRBqIgkQmgQiBjYCFAJAIAJBFGoQrgQEQCAJIAcQjgRFDQELAkAgASgCAEUNACABKAIEIgRBhAhJDQAgBBCuAgsgASAGNgIEQQEhBCABQQE2AgAgAkEIaiADKAIAIANBBGooAgAQmQQgAkEYaiEDIAIoAgghAQJ/AkACQAJAAkACQCACKAIMQQRrDgUABAMBAgQLIAEoAABB69K5owZHDQNBAAwECyABKAAAQe3KzZsHcyABQQNqKAAAQfPCnasGc3INAkEBDAMLIAEpAABC8sqNq5bN3bLkAFINAUECDAILIAEoAABB8+iFowdzIAFBBGovAABB9eYBc3INAEEDDAELQQQLIQEgA0EAOgAAIAMgAToAASACLQAYRQ0BIAAgAigCHDYCBAwDCyAGQYQITwRAIAYQrgILIAVBhAhPBEAgBRCuAgsgBCIDIAhHDQEMAwsLIAAgAi0AGToAAUEAIQQLIAAgBDoAACAFQYQISQ0BIAUQrgIMAQsgAEGACjsBAAsgAkEgaiQAC6wCAQZ/IAAoAgAoAgAiACgCBCIGRQRAQQAPCyAAKAIIIgMoAgQhBSADKAIAIQdBACEDIAAoAgAiBCEAIAYhCANAAn8CQCAAQRxqKAIAIAVHDQAgAEEYaigCACAHIAUQ4wINACAAQRBqKAIAIAJHDQAgAEEMaigCACABIAIQ4wINACAAIANFDQEaIAMgACADKQMAIAApAwBWGwwBCyADCyEDIABBIGohACAIQQFrIggNAAsgA0UEQEEAIQMDQAJ/AkAgBEEcaigCACAFRw0AIARBGGooAgAgByAFEOMCDQAgBEEMaigCACAEQRBqKAIAIAEgAhDlA0UNACAEIANFDQEaIAMgBCADKQMAIAQpAwBWGwwBCyADCyEDIARBIGohBCAGQQFrIgYNAAsLIAMLogICBH8DfiMAQSBrIgMkAEEUIQIgACkDACIHIAdCP4ciBoUgBn0iBkLoB1oEQANAIANBDGogAmoiAEEEayAGIgggBkKQzgCAIgZCkM4Afn2nIgRB//8DcUHkAG4iBUEBdC8Ax6dCOwAAIABBAmsgBCAFQeQAbGtB//8DcUEBdC8Ax6dCOwAAIAJBBGshAiAIQv+s4gRWDQALCyAGQglWBEAgAkECayICIANBDGpqIAanIgAgAEH//wNxQeQAbiIAQeQAbGtB//8DcUEBdC8Ax6dCOwAAIACtIQYLIAdQRSAGUHFFBEAgAkEBayICIANBDGpqIAanQQF0LQDIp0I6AAALIAEgB0IAWUEBQQAgA0EMaiACakEUIAJrEFUgA0EgaiQAC5MCAQV/IwBBIGsiAyQAIANBCGogASACELwCIANBFGoCfyADKAIQIgEEfyABQQFrIQIgAygCDCIELQAAIQVBASEBAkADQCACQQFqQQJJDQEgASACIARqLQAAIgZBL0dyIAJBAWshAiAGQS9GIQFBAXENAAsgBEHp0sAAIAVBL0cgAkEAR3IiBBshASACQQFqQQIgBBsMAgtB59LAAEHo0sAAIAVBL0cbBUHn0sAACyEBQQELIgJBAUEBEOsBIAMoAhghBCADKAIUQQFHBEAgAygCHCEFIAIEQCAFIAEgAvwKAAALIAAgAjYCCCAAIAU2AgQgACAENgIAIANBCGoQvQQgA0EgaiQADwsgBCADKAIcEPoDAAuYAgEHfyMAQRBrIgMkAEEKIQIgACgCACIEIARBH3UiAHMgAGsiAEHoB08EQANAIANBBmogAmoiBUEEayAAIgYgAEGQzgBuIgBBkM4AbGsiB0H//wNxQeQAbiIIQQF0LwDHp0I7AAAgBUECayAHIAhB5ABsa0H//wNxQQF0LwDHp0I7AAAgAkEEayECIAZB/6ziBEsNAAsLIABBCUsEQCACQQJrIgIgA0EGamogACAAQf//A3FB5ABuIgBB5ABsa0H//wNxQQF0LwDHp0I7AAALQQAgBCAAG0UEQCACQQFrIgIgA0EGamogAEEBdC0AyKdCOgAACyABIARBf3NBH3ZBAUEAIANBBmogAmpBCiACaxBVIANBEGokAAuqAgEBfyMAQUBqIgUkAAJAIARBCU0EQCAFQQxqQdTRwABBAyABIAIQSyAFKAIMIgFBBUcEQCAAIAX9AAIQ/QsCBCAAIAE2AgAMAgsgBARAIARBDGwhASADQQRqIQRBACECA0AgBSACNgIIIAVBATYCPCAFIAVBCGo2AjggBUEsakHkssAAIAVBOGoQfSAFIAUoAjQiAzYCKCAFIAUpAiw3AyAgBUEMaiAFKAIkIAMgBCgCACAEQQRqKAIAEEsgBSgCDCIDQQVHBEAgACAF/QACEP0LAgQgACADNgIAIAVBIGoQvQQMBAsgBEEMaiEEIAJBAWohAiAFQSBqEL0EIAFBDGsiAQ0ACwsgAEEFNgIADAELIABBAzYCACAAIARBAWo2AgQLIAVBQGskAAvBAgIFfwN+IwBBQGoiAiQAAkACQAJAIAEpAwBCAVINACABKAIwIgRByABsIQUgASgCLCIGIQMDQCAFRQ0CIAMpAwBCAVINASAFQcgAayEFIAMpAzAhByADKQMoIQggAykDCCADQcgAaiEDIAcgCHxRDQALCyAAQQU6AAAMAQsgAiABKQMIIgg3AwACQCAERQRAQgAhBwwBCyAGQTBqIQNCACEHA0AgAykDACAHfCEHIANByABqIQMgBEEBayIEDQALCyACIAc3AwggByAIUgRAIAJBLjYCPCACQS42AjQgAiACNgI4IAIgAkEIajYCMCACQSRqQbupwAAgAkEwahB9IAIgAigCLDYBICACIAIpAiQ3ARggAEGEEDYCACAAIAIpARY3AQYgACACKQEcNwEMDAELIABBBjoAAAsgAkFAayQAC5QCAQF/IwBBIGsiBCQAAkACQAJAIAAgAk0EQCABIAJLDQEgACABTQ0CIAQgADYCCCAEIAE2AgwgBCAEQQxqrUKAgICAEIQ3AxggBCAEQQhqrUKAgICAEIQ3AxBB5oPAACAEQRBqIAMQhgMACyAEIAA2AgggBCACNgIMIAQgBEEMaq1CgICAgBCENwMYIAQgBEEIaq1CgICAgBCENwMQQYKFwAAgBEEQaiADEIYDAAsgBCABNgIIIAQgAjYCDCAEIARBDGqtQoCAgIAQhDcDGAwBCyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgBCENwMYCyAEIARBCGqtQoCAgIAQhDcDEEG7hcAAIARBEGogAxCGAwALzwMBBX8jAEEgayICJAAgAkEQaiIEIAEoAgAEf0GAgAQgASgCCCIDIAEoAgRrIgVBACADIAVPGyIDIANBgIAETxsFQQALQQhBEBDrASACKAIUIQMgAigCEEEBRwRAIAJBADYCDCACIAIoAhg2AgggAiADNgIEIARBBHIhBQJAA0ACQCACQRBqIQQjAEEgayIDJAACQAJAIAEoAgBFDQAgA0EIaiABEOgCIAMoAghBAXFFDQAgAygCDCEGIAEgASgCDEEBajYCDCADQRBqIAYQZSADKAIQQZWAgIB4RgRAIAQgAygCFDYCBCAEQZaAgIB4NgIADAILIAQgA/0AAxD9CwMADAELIARBlYCAgHg2AgALIANBIGokAAJAAkAgAigCECIGQev///8Hag4CAgABCyAAIAIoAhQ2AgQgAEGVgICAeDYCACACQQRqEI8DDAMLIAIoAgwiAyACKAIERgRAIAJBBGoQ6wILIAIoAgggA0EEdGoiBCAFKQIANwIEIAQgBjYCACAEIAUoAgg2AgwgAiADQQFqNgIMDAELCyAAIAIoAgw2AgwgACACKQIENwIEIABBlICAgHg2AgALIAJBIGokAA8LIAMgAigCGBD6AwALlgICBH8DfiMAQSBrIgMkAEEUIQIgACkDACIHIQYgB0LoB1oEQANAIANBDGogAmoiAEEEayAGIgggBkKQzgCAIgZCkM4Afn2nIgRB//8DcUHkAG4iBUEBdC8Ax6dCOwAAIABBAmsgBCAFQeQAbGtB//8DcUEBdC8Ax6dCOwAAIAJBBGshAiAIQv+s4gRWDQALCyAGQglWBEAgAkECayICIANBDGpqIAanIgAgAEH//wNxQeQAbiIAQeQAbGtB//8DcUEBdC8Ax6dCOwAAIACtIQYLIAdQRSAGUHFFBEAgAkEBayICIANBDGpqIAanQQF0LQDIp0I6AAALIAFBAUEBQQAgA0EMaiACakEUIAJrEFUgA0EgaiQAC/IDAQR/IwBBMGsiAyQAIAMgAjoAECADIAE2AgwgA0EgaiICQQBBCEEQEOsBIAMoAiQhASADKAIgQQFHBEAgA0EANgIcIAMgAygCKDYCGCADIAE2AhQgAkEEciEFAkACQANAAkAgA0EgaiEBIwBBIGsiAiQAIAJBCGogA0EMaiIEQQRqIAQQ8QEgAigCDCEEAkACQAJAAkAgAigCCA4DAgABAAsgAUGWgICAeDYCACABIAQ2AgQMAgsgAUGVgICAeDYCAAwBCyACQRBqIAQQZSACKAIUIQQgAigCECIGQZWAgIB4RwRAIAEgAikDGDcDCCABIAQ2AgQgASAGNgIADAELIAFBloCAgHg2AgAgASAENgIECyACQSBqJAACQAJAIAMoAiAiBEHr////B2oOAgIAAQsgACADKAIkNgIEIABBlYCAgHg2AgAgA0EUahCPAyADKAIMIgBBgwhLDQMMBAsgAygCHCIBIAMoAhRGBEAgA0EUahDrAgsgAygCGCABQQR0aiICIAUpAgA3AgQgAiAENgIAIAIgBSgCCDYCDCADIAFBAWo2AhwMAQsLIAAgAygCHDYCDCAAIAMpAhQ3AgQgAEGUgICAeDYCACADKAIMIgBBhAhJDQELIAAQrgILIANBMGokAA8LIAEgAygCKBD6AwALlgICA34HfyMAQRBrIggkACABKAIsIQYgASgCMCILBEAgBkEQaiEBIAshBwNAIAEoAgAgCmohCiABQcgAaiEBIAdBAWsiBw0ACwsgAigCXCEHIAYgC0HIAGwiC2ohDCAGIQEDQAJAIAkgC0YEQEJ/IQMMAQsgASkDMCEDIAEoAgBFBEAgAyAGIAlqQShqKQMAfCEDDAELIAlByABqIQkgASkDKCEEIAEpAwggAUHIAGohASADIAR8IgNRDQELCyAIIAetQgAgAikDSEIAEI4CIABBADYCGCAAIAw2AhQgACAGNgIQIAAgByAKSzoACCAAQn9CfyADIAgpAwB8IgQgAyAEVhsgCCkDCEIAUhs3AwAgCEEQaiQAC5kCAQV/AkACQAJAIAIgAkEDakF8cSIERgRAIANBCGshCEEAIQQMAQsgAyAEIAJrIgQgAyAESRshBCADBEAgAUH/AXEhBkEBIQcDQCACIAVqLQAAIAZGDQQgBCAFQQFqIgVHDQALCyAEIANBCGsiCEsNAQsgAUH/AXFBgYKECGwhBQNAQYCChAggAiAEaiIHKAIAIAVzIgZrIAZyQYCChAggB0EEaigCACAFcyIGayAGcnFBgIGChHhxQYCBgoR4Rw0BIARBCGoiBCAITQ0ACwsgAyAERwRAIAFB/wFxIQVBASEHA0AgBSACIARqLQAARgRAIAQhBQwDCyADIARBAWoiBEcNAAsLQQAhBwsgACAFNgIEIAAgBzYCAAuJAgEHfyMAQRBrIgMkAEEKIQIgACgCACIEIQAgBEHoB08EQANAIANBBmogAmoiBUEEayAAIgYgAEGQzgBuIgBBkM4AbGsiB0H//wNxQeQAbiIIQQF0LwDHp0I7AAAgBUECayAHIAhB5ABsa0H//wNxQQF0LwDHp0I7AAAgAkEEayECIAZB/6ziBEsNAAsLIABBCUsEQCACQQJrIgIgA0EGamogACAAQf//A3FB5ABuIgBB5ABsa0H//wNxQQF0LwDHp0I7AAALQQAgBCAAG0UEQCACQQFrIgIgA0EGamogAEEBdC0AyKdCOgAACyABQQFBAUEAIANBBmogAmpBCiACaxBVIANBEGokAAuNAgEGfyAAKAIIIgQhAgJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiBiAAKAIAIARrSwR/IAAgBCAGQQFBARD2AiAAKAIIBSACCyAAKAIEaiECAkAgAUGAAU8EQCABQT9xQYB/ciEFIAFBBnYhAyABQYAQSQRAIAIgBToAASACIANBwAFyOgAADAILIAFBDHYhByADQT9xQYB/ciEDIAFB//8DTQRAIAIgBToAAiACIAM6AAEgAiAHQeABcjoAAAwCCyACIAU6AAMgAiADOgACIAIgB0E/cUGAf3I6AAEgAiABQRJ2QXByOgAADAELIAIgAToAAAsgACAEIAZqNgIIQQALiQIBBn8gACgCCCIEIQICf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgYgACgCACAEa0sEfyAAIAQgBhDsASAAKAIIBSACCyAAKAIEaiECAkAgAUGAAU8EQCABQT9xQYB/ciEFIAFBBnYhAyABQYAQSQRAIAIgBToAASACIANBwAFyOgAADAILIAFBDHYhByADQT9xQYB/ciEDIAFB//8DTQRAIAIgBToAAiACIAM6AAEgAiAHQeABcjoAAAwCCyACIAU6AAMgAiADOgACIAIgB0E/cUGAf3I6AAEgAiABQRJ2QXByOgAADAELIAIgAToAAAsgACAEIAZqNgIIQQALpAIBAX8jAEHgAGsiByQAIAcgBjYCFCAHIAU2AhAgB0EIaiACIAQgAUEwahDCAgJAIAcoAghBAUYEQCAHIAcoAgw2AjggB0EHQQ0gAy0AGCIBGzYCTCAHQfvMwQBB7szBACABGzYCSCAHQSs2AiQgByADQQhqNgIgIAdBAjYCHCAHIAdByABqIgI2AhggB0E8aiIBQeaMwAAgB0EYahB9IAdBKzYCXCAHQQE2AlQgB0ECNgJMIAcgATYCWCAHIAdBOGo2AlAgByAHQRBqNgJIIAdBIGpBqIrAACACEH0gARC9BCAHQQU6ADAgB0IHNwMYIAcgAygCFDYCLCAAIAf9AAMo/QsDECAAIAf9AAMY/QsDAAwBCyAAQgg3AwALIAdB4ABqJAALiQIBBn8gACgCCCIEIQICf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgYgACgCACAEa0sEfyAAIAQgBhD8ASAAKAIIBSACCyAAKAIEaiECAkAgAUGAAU8EQCABQT9xQYB/ciEFIAFBBnYhAyABQYAQSQRAIAIgBToAASACIANBwAFyOgAADAILIAFBDHYhByADQT9xQYB/ciEDIAFB//8DTQRAIAIgBToAAiACIAM6AAEgAiAHQeABcjoAAAwCCyACIAU6AAMgAiADOgACIAIgB0E/cUGAf3I6AAEgAiABQRJ2QXByOgAADAELIAIgAToAAAsgACAEIAZqNgIIQQALmQIBBH8jAEEgayICJAAgAkEtNgIcIAIgAUEYajYCGCACQQxqIgVBybXAACACQRhqEH0gASgCCCIDBEAgAigCFCEEIAVBARDdAyACKAIQIAIoAhRqQSA6AAAgAiAEQQFqNgIUIAEoAgQhBCAFIAMQ3QMgAwRAIAIoAhAgAigCFGogBCAD/AoAAAsgAiACKAIUIANqNgIUCyABKAIUIgMEQCACQQxqIgRBAhDdAyACKAIQIAIoAhRqQbrAADsAACACIAIoAhRBAmo2AhQgASgCECEBIAQgAxDdAyADBEAgAigCECACKAIUaiABIAP8CgAACyACIAIoAhQgA2o2AhQLIAAgAigCFDYCCCAAIAIpAgw3AgAgAkEgaiQAC6QEAgZ/AW8jAEEgayICJAAgAhCUBCIHNgIUIwBBEGsiAyQAIAEoAgAlASACQRRqKAIAJQEQGSEIEKoBIgQgCCYBIAQhBSADQQhqENQDQQEhBCACQQhqIgYCfyADKAIIQQFGBEAgAygCDAwBC0EAIQQgBQs2AgQgBiAENgIAIANBEGokACACKAIMIQMCQAJAAkAgAigCCEEBRgRAIABBAzoABCAAIAM2AgAMAQsgAiADNgIcAkAgAkEcahCtBARAIAIgAzYCGCMAQRBrIgQkACACQRhqKAIAJQEgASgCACUBEBAhCBCqASIBIAgmASABIQUgBEEIahDUA0EBIQEgAgJ/IAQoAghBAUYEQCAEKAIMDAELQQAhASAFCzYCBCACIAE2AgAgBEEQaiQAIAIoAgQhAQJAIAIoAgBBAUYEQCAAQQM6AAQgACABNgIADAELIAIgATYCHEEAIQUjAEEQayIEJAACQCACQRxqIgYQrARFDQAgBigCACUBEBshCBCqASIFIAgmASAEIAUiBjYCDCAEQQxqEK0EIQUgBkGECEkNACAGEK4CCyAEQRBqJAAgBQRAIABBADoABCAAIAE2AgAgA0GECE8EQCADEK4CCyAHQYQISQ0GDAULIABBAjoABCABQYQISQ0AIAEQrgILIANBhAhJDQIMAQsgAEECOgAEIANBgwhNDQELIAMQrgILIAdBgwhNDQELIAcQrgILIAJBIGokAAuqAgEEfyMAQSBrIgIkACAAKAIAIQMCQAJAAkACQAJAIAAoAgQiAA4DBAIBAAtBASEEIAFBrIzCAEEHEIgEDQIgAEEDdCEFQQAhAANAIAIgAzYCHCAABEAgAUGzjMIAQQIQiAQNBAsgAkHlADYCECACIAJBHGo2AgwgASgCACABKAIEQd6ywAAgAkEMahBiDQMgA0EIaiEDIABBAWshACAFQQhrIgUNAAtBACEEDAILIAJBAjYCGCACQQI2AhAgAiADNgIMIAIgA0EIajYCFCABKAIAIAEoAgRB+rHAACACQQxqEGIhBAwBCyACQQI2AhAgAiADNgIMIAEoAgAgASgCBEHessAAIAJBDGoQYiEECyACQSBqJAAgBA8LQYuMwgBBDkGcjMIAEP0DAAuBBAEJfyMAQRBrIgYkAAJAQeS3wwAoAgANAEHkt8MAQX82AgBB9LfDACgCACICQfC3wwAoAgAiAEYEQCACIgBB6LfDACgCACIBRgRA0G9BgAEgACAAQYABTRsiAPwPASIEQX9GDQICQEH4t8MAKAIAIgFFBEBB+LfDACAENgIADAELIAEgAmogBEcNAwsgBkEIaiEHIwBBEGsiBSQAQei3wwAoAgBB8LfDACgCACIBayAATwR/QYGAgIB4BSAFQQhqIQhBACEEIwBBEGsiAyQAAn9BACAAIAFqIgEgAEkNABogA0EEakHot8MAIAFBBEEEEK4BIAMoAgRBAUYEQCADKAIMIQQgAygCCAwBCyADKAIIIQBB6LfDACABNgIAQey3wwAgADYCAEGBgICAeAshACAIIAQ2AgQgCCAANgIAIANBEGokACAFKAIMIQAgBSgCCAshASAHIAA2AgQgByABNgIAIAVBEGokACAGKAIIQYGAgIB4Rw0CQei3wwAoAgAhAUHwt8MAKAIAIQALIAAgAU8NAUHst8MAKAIAIABBAnRqIAJBAWo2AgBB8LfDACAAQQFqIgA2AgALIAAgAk0NAEH0t8MAQey3wwAoAgAgAkECdGooAgA2AgBB5LfDAEHkt8MAKAIAQQFqNgIAQfi3wwAoAgAgBkEQaiQAIAJqDwsAC5kCAQd/IwBBEGsiAiQAAkACQAJAIAAoAiRBgICAgHhGDQAgACgCLCIDRQ0AIAAoAighACACQQRqIgRBCkEBQQEQ6wEgAigCCCEFIAIoAgRBAUYNASACKAIMIgZB3tTBAC8AADsACCAGQdbUwQApAAA3AAAgBCADQQFBARDrASACKAIIIQQgAigCBEEBRg0CIAIoAgwhByADBEAgByAAIAP8CgAACyABKAIIIgggASgCAEYEQCABEPECCyABKAIEIAhBGGxqIgAgAzYCFCAAIAc2AhAgACAENgIMIABBCjYCCCAAIAY2AgQgACAFNgIAIAEgCEEBajYCCAsgAkEQaiQADwsgBSACKAIMEPoDAAsgBCACKAIMEPoDAAv6AQEDfyMAQRBrIgIkACAAKAIAIQACfyABLQALQRhxRQRAIAEoAgAgACABKAIEKAIQEQEADAELIAJBADYCDCABIAJBDGoCfyAAQYABTwRAIABBP3FBgH9yIQMgAEEGdiEBIABBgBBJBEAgAiADOgANIAIgAUHAAXI6AAxBAgwCCyAAQQx2IQQgAUE/cUGAf3IhASAAQf//A00EQCACIAM6AA4gAiABOgANIAIgBEHgAXI6AAxBAwwCCyACIAM6AA8gAiABOgAOIAIgBEE/cUGAf3I6AA0gAiAAQRJ2QXByOgAMQQQMAQsgAiAAOgAMQQELEFoLIAJBEGokAAu/AgIFfwJ+IAAgATcDCCAAQgE3AwAgACgCMCIFBEAgACgCLCIEIAI3AwggBEIBNwMAIAEgAlYEQCAAQShqIQYgBUHIAGwhBwNAIAFCfyACIAN8IgkgAiAJVhsiCiABIApUGyEJIAYoAgAgBUYEQCMAQRBrIgQkACAEQQhqIAYgBigCAEEBQQhByAAQ3AEgBCgCCCIIQYGAgIB4RwRAIAggBCgCDBD6AwALIARBEGokAAsgACgCLCAHaiIEQgE3AwAgBEFAayACNwMAIARBOGogAjcDACAEQTBqQgA3AwAgBEEoaiACNwMAIARBIGpBADYCACAEQRhqQgA3AwAgBEEQakEANgIAIARBCGogCTcDACAAIAVBAWoiBTYCMCAHQcgAaiEHIAkhAiABIApWDQALCw8LQQBBAEGY2cEAEN4CAAv7AQIFfwF+IwBBEGsiBSQAQQEhB0EEIQYCQAJAIAStIAKtfiIKQiCIpw0AIAqnIgJBgICAgHggA2tLDQBBACEGIAVBDGohCAJAIARFDQAgASgCACIJRQ0AIAUgAzYCDCAEIAlsIQYgASgCBCEEIAVBCGohCAsgCCAGNgIAAkACQAJ/AkAgBSgCDARAIAUoAggiAUUEQCACDQIgAwwDCyAEIAEgAyACEEgMAgsgAg0AIAMhBAwCCyACIAMQ9gMLIgQNACAAIAM2AgQMAQsgACAENgIEQQAhBwtBCCEGDAELQQAhAgsgACAGaiACNgIAIAAgBzYCACAFQRBqJAAL3AEBBn8gAiABIAJqayEJA0ACQCACIAQiB0YEQCACIQcMAQsCfyABIAdqIgQsAAAiBUEATgRAIAVB/wFxIQUgBEEBagwBCyAELQABQT9xIQYgBUEfcSEIIAVBX00EQCAIQQZ0IAZyIQUgBEECagwBCyAELQACQT9xIAZBBnRyIQYgBUFwSQRAIAYgCEEMdHIhBSAEQQNqDAELIAhBEnRBgIDwAHEgBC0AA0E/cSAGQQZ0cnIhBSAEQQRqCyAJaiEEIAMgBUYNAQsLIAAgAiAHazYCBCAAIAEgB2o2AgALmgIBB38jAEEQayICJAACQAJAQRhBBBD2AyIDBEAgAkEEaiIEQQxBAUEBEOsBIAIoAgghBSACKAIEQQFGDQEgAigCDCIGQfzNwQAoAAA2AAggBkH0zcEAKQAANwAAIARBCkEBQQEQ6wEgAigCCCEHIAIoAgRBAUYNAiACKAIMIghBiM7BAC8AADsACCAIQYDOwQApAAA3AAAgA0EKNgIUIAMgCDYCECADIAc2AgwgA0EMNgIIIAMgBjYCBCADIAU2AgAgAkEBNgIMIAIgAzYCCCACQQE2AgQgASAEEKsBIAAgAigCDDYCCCAAIAIpAgQ3AgAgAkEQaiQADwtBBEEYEMQEAAsgBSACKAIMEPoDAAsgByACKAIMEPoDAAv3AQECfyABLwEAIQIgAUEAOwEAAkACQAJAAn8gAgRAIAEvAQIMAQsgASgCBCICIAEoAghGDQEgASACQQJqNgIEIAIvAQALIgJBgPADcUGAsANHBEAgAEEAOwEAIAAgAjYCBA8LIAJB/7cDSw0CIAEoAgQiAyABKAIIRg0BIAEgA0ECajYCBCADLwEAIgNBgEBrQf//A3FBgPgDSQRAIAEgAzsBAiABQQE7AQAMAwsgAEEAOwEAIAAgA0H/B3EgAkH/B3FBCnRyQYCABGo2AgQPCyAAQQI7AQAPCyAAIAI7AQIgAEEBOwEADwsgACACOwECIABBATsBAAuKBgIKfwJ+IwBBMGsiAiQAIAEpApQCIQwgASkDoAIhDSACIAEpAqwCNwIQIAIgDTcCCCACIAw3AgAgAkEkaiIBQYABQQFBARDrASACKAIoIQQCQCACKAIkQQFHBEAgAkEANgIgIAIgAigCLDYCHCACIAQ2AhggAiACQRhqIgs2AiQjAEEQayIEJAAgAigCFCEIIAIoAgwhAyACKAIEIQYgASgCACIFQb/RwABBARCgBCAEIAggA0EARyAGQQBHanIEf0EBBSAFQbzRwABBARCgBEEACzoADCAEIAE2AggCQCAGBEAgBEEIakHU0cAAQQMgAhDiASIBDQELIAMEQCACQQhqIQMjAEEQayIBJAAgBEEIaiIFKAIAIQYgBS0ABEEBRwRAIAYoAgBBwNHAAEEBEKAECyAFQQI6AAQgASAGQb/UwQBBDBCRAwJ/IAEtAABBBEcEQCABIAEpAwA3AwggAUEIahCpAwwBCyAGKAIAQcHRwABBARCgBCADKAIAIQcgAygCBCEFIwBBEGsiAyQAIAYoAgAiCUG+0cAAQQEQoAQCfwJAIAUEQCAFQQxsIQogB0EIaiEFQQEhBwNAIAdFBEAgCUHA0cAAQQEQoAQLIAMgBiAFQQRrKAIAIAUoAgAQkQMgAy0AAEEERw0CIAVBDGohBUEAIQcgCkEMayIKDQALCyAJQcLRwABBARCgBEEADAELIAMgAykDADcDCCADQQhqEKkDCyADQRBqJAALIAFBEGokACIBDQELIAgEQCAEQQhqQfvLwQBBByACQRBqEOIBIgENAQtBACEBIAQtAAxFDQAgBCgCCCgCAEG80cAAQQEQoAQLIARBEGokACABBEAgCxC9BAwCCyACKAIcIQEgAigCGCIEQYCAgIB4Rg0BIAAgAigCIDYCGCAAIAE2AhQgACAENgIQIABBAjoAICAAQQA2AhwgAEEANgIAIABCADcDCCACQTBqJAAPCyAEIAIoAiwQ+gMACyACIAE2AiRB+tXBAEEdIAJBJGpBkN3BAEGY1sEAEMgCAAuxAgEBfyMAQTBrIgIkAAJAAkACQAJAAkACQCABLQAAQQJrDgQBAgMEAAtBlNLBAEH/AEHs18EAEIYDAAsgAiABKAIcNgIYIAIgASkCFDcDECACIAH9AAIE/QsDACACQRxqIgEgAhCnASACQSs2AiwgAiABNgIoIABBCGpBtIzAACACQShqEH0gARC9BCAAIAIvARg7AQQgAEGEhAQ2AgAgAhDwAwwDCyAAQYSABDYCACAAIAEoAgw2AhAgACABKQIENwIIIAAgAS8BAjsBBAwCCyAAQQM6AAAgACABKQIYNwIEIAAgASgCIDYCDCAAIAH9AAMI/QsDEAwBCyAAQQQ6AAAgACABKQMINwMIIAAgASgCEDYCECAAIAEoAQI2AQIgACABLQABOgABCyACQTBqJAALvAMCBX8BfiMAQUBqIgIkAAJAIAEoAgBBg4CAgHhGBH9BAAUgAiABKAIINgIIIAIgASkCACIHNwMAIAJCgICAgBA3AiAgAkEANgIoIAJB9MnAADYCMCACQqCAgIAGNwI0QQEgB6ciASABQQBOG0ECdCIBQejQwABqKAIAIAFB3NDAAGooAgAgAiACQSBqNgIsIAJBLGohAyMAQRBrIgEkAAJ/AkACQAJAQQEgAigCACIGQYCAgIB4cyAGQQBOG0EBaw4CAQIACyABIAJBBGo2AgQgAUEyNgIMIAEgAUEEajYCCCADKAIAIAMoAgRBqY/AACABQQhqEGIMAgsgASACNgIEIAFBMDYCDCABIAFBBGo2AgggAygCACADKAIEQZKLwAAgAUEIahBiDAELIAMoAgBB297BAEEbIAMoAgQoAgwRBAALIAFBEGokAA0BIAIgAigCKCIBNgIYIAIgAikCIDcDECACKAIUIAEQ7QEhAyACQRBqEL0EIAIoAgBBAE4EQCACEL0EC0EBCyEBIAAgAzYCBCAAIAE2AgAgAkFAayQADwtBnMrAAEE3IAJBP2pBjMrAAEHUysAAEMgCAAvzAQEGfyAAKAIIIQYgAAJ/QQEgAUGAAUkiAw0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIHEN0DIAAoAgQgACgCCGohAgJAIANFBEAgAUE/cUGAf3IhAyABQQZ2IQQgAUGAEEkEQCACIAM6AAEgAiAEQcABcjoAAAwCCyABQQx2IQUgBEE/cUGAf3IhBCABQf//A00EQCACIAM6AAIgAiAEOgABIAIgBUHgAXI6AAAMAgsgAiADOgADIAIgBDoAAiACIAVBP3FBgH9yOgABIAIgAUESdkFwcjoAAAwBCyACIAE6AAALIAAgBiAHajYCCEEAC5oCAQJ/IwBBMGsiAyQAIANBCGpBASABKAIcIAEoAhhBgICAgHhGIgQbQQAgASgCICAEGxBRIAMgAygCDCIENgIUIAMgAygCCCIBNgIQAkAgAwJ/AkACQAJAIARBCkcEQCAEQQRHDQEgASgAAEHu3rmrBkYNAiACRSABKAAAQfLKhaMGR3INAQwDCyACDQAgASkAAEL35KWj16zLt+4AhSABQQhqMwAAQuzyAYWEUA0BCyAAQYCAgIB4NgIADAMLIAINAEGmy8EAIQJBCQwBC0Gvy8EAIQJBBgs2AhwgAyACNgIYIANBAjYCLCADQQI2AiQgAyADQRhqNgIoIAMgA0EQajYCICAAQaqxwAAgA0EgahB9CyADQTBqJAALiQEBAX8jAEFAaiIFJAAgBSABNgIEIAUgADYCACAFIAM2AgwgBSACNgIIIAVB1LfDACgCADYCFCAFQci3wwAoAgA2AhAgBSAFQQhqrUKAgICAsBGENwMwIAUgBa1CgICAgLARhDcDKCAFIAVBEGqtQoCAgIDQEYQ3AyBB24jAACAFQSBqIAQQhgMAC+oBAQF/IwBBIGsiAyQAAkAgAC0AP0UEQCADQQhqIAEgAhC8AgwBCyADQRRqIAEgAhBbAkAgAygCHCIBBH8gAygCGCABakEBay0AAEEvRgVBAAsNACAALQA+QQFxDQAgA0EUakEBEN0DIAMoAhggAygCHGpBLzoAACADIAFBAWo2AhwLIAMgAygCHDYCECADIAMpAhQ3AwgLIANBFGoiASADKAIMIAMoAhAQeiAAQTBqIAMoAhggAygCHEEAEDohAiAALQA9IQAgA0EIahC9BCABQQRBCBCQAiADQSBqJABBAUEDIAAbQQAgAhsLgwMBB38jAEEQayIBJAAgAEEwahC9AyAAQeABahC9BCAAQewBahC9BCAAQfgBahC9BCAAQbgBakEIQQgQkAIgAEHIAWohBiAAKALUASEDIwBBEGsiBCQAIARBCGoiAiADNgIEIAJBADYCAAJAIAQoAgwiByAEKAIIIgJGBEAgAf0MAAAAAAAAAAAAAAAAAAAAAP0LAgAMAQsgASAGKAIIIAJqIgUgBigCACIDQQAgAyAFTRtrIgU2AgAgByACayICIAMgBWsiB00EQCABQgA3AgggASACIAVqNgIEDAELIAFBADYCCCABIAM2AgQgASACIAdrNgIMCyAEQRBqJAAgBhC5BAJAAkACQAJAAkACQAJAAkAgACgCAEEBaw4HAQIDBAUGAAcLIABBCGoQiAMMBgsgAEEYahC9BAwFCyAAQQRqEL0EDAQLIABBBGoQvQQMAwsgAEEEahC9BCAAQRBqQQhBIBCQAgwCCyAAQQRqEL0EDAELIABBGGoQvQQLIAFBEGokAAu/AQIEfwF+IwBBEGsiBSQAAkACQAJAIAGtQgx+IgZCIIinDQAgBqciAkEHaiIDIAJJDQAgAUEIaiIEIANBeHEiA2oiAiAESSACQfj///8HS3INACACBH8gAkEIEPYDBUEICyIEDQFBCCACEMQEAAsQ7QMgACAFKQMANwIEIABBADYCAAwBCyAAQQA2AgwgACABQQFrIgI2AgQgACADIARqNgIAIAAgAiABQQN2QQdsIAJBCEkbNgIICyAFQRBqJAALpwMBBX8jAEHQAGsiASQAIAEgACkCEDcDGCABIAD9AAIA/QsDCCABAn8gAUEIaiIAKAIAQYCAgIB4RwRAQZjLwQAhAkEODAELIAAoAgRBAnQiAygCyOBBIQIgAygCtOBBCzYCBCABIAI2AgAgASgCBCEEIAEoAgAhBSABQQA2AjggAUKAgICAEDcCMCABQfTJwAA2AkAgAUKggICABjcCRCABIAFBMGo2AjwgAUE8aiEDIwBBIGsiAiQAAn8gACgCAEGAgICAeEcEQCACIAA2AgggAiAAQQxqNgIMIAJBMDYCHCACQTA2AhQgAiACQQxqNgIYIAIgAkEIajYCECADKAIAIAMoAgRB5ozAACACQRBqEGIMAQsgAEEEaiADEI0BCyACQSBqJABFBEAgASABKAI4IgI2AiggASABKQIwNwMgIAUgBCABKAIkIAIQ7QEgAUEgahC9BAJAIAEoAghBgICAgHhGBEAgAEEEchDRAwwBCyABQQhqEL0EIAFBFGoQvQQLIAFB0ABqJAAPC0GcysAAQTcgAUHPAGpBjMrAAEHUysAAEMgCAAv7AQEGfyMAQTBrIgMkACACIAEoAgAiBi8BkgMgASgCCCIBQX9zaiIEOwGSAyADIAZBjAJqIgcgAUEMbGoiBSkCADcDCCADIAUoAgg2AhAgAyAGIAFBGGxqIgUpAwA3AxggAyAF/QADCP0LAyAgBEEMSQRAIAFBAWohBSAEQQxsIggEQCACQYwCaiAHIAVBDGxqIAj8CgAACyAEQRhsIgQEQCACIAYgBUEYbGogBPwKAAALIAYgATsBkgMgACADKQMINwIAIAAgAygCEDYCCCAAIAMpAxg3AxAgACAD/QADIP0LAxggA0EwaiQADwtBACAEQQtBiITCABCcAQAL4QEBAn8jAEEQayIDJAAgACgCACEAAn8CQCABKAIIIgJBgICAEHFFBEAgAkGAgIAgcQ0BIAAgARCiAQwCCyAAKAIAIQJBACEAA0AgACADakEPaiACQQ9xLQDAo0I6AAAgAEEBayEAIAJBBHYiAg0ACyABQQFB0rbDAEECIAAgA2pBEGpBACAAaxBVDAELIAAoAgAhAkEAIQADQCAAIANqQQ9qIAJBD3EtANS2QzoAACAAQQFrIQAgAkEEdiICDQALIAFBAUHStsMAQQIgACADakEQakEAIABrEFULIANBEGokAAvdAQEEfyMAQRBrIgUkACAAQUBrIQYCQEHAACAALQA/IgNrIgQgAk0EQCADBEAgBSAANgIMIAQEQCAAIANqIAEgBPwKAAALIAAgACkDYEIBfDcDYCAGIABBARA7IAIgBGshAiAFQQxqELsEIAEgBGohAQsgAkEGdiIDBEAgACAAKQNgIAOtfDcDYCAGIAEgAxA7CyAAIAJBP3EiAzoAPyADRQ0BIAAgASACQcD///8HcWogA/wKAAAMAQsgAgRAIAAgA2ogASAC/AoAAAsgACACIANqOgA/CyAFQRBqJAAL3AEBBH8jAEEgayIDJAAgAgRAIAFBCGohBCACIQYDQCAEKAIAIAVqIQUgBEEMaiEEIAZBAWsiBg0ACwsgA0EUaiAFQQJBAhDrASADKAIYIQYgAygCFEEBRwRAIANBADYCECADIAMoAhw2AgwgAyAGNgIIIAIEQCACQQxsIQUgAUEEaiEEA0AgA0EIaiAEKAIAIgEgASAEQQRqKAIAQQF0ahCeAiAEQQxqIQQgBUEMayIFDQALCyAAIAMoAhA2AgggACADKQIINwIAIANBIGokAA8LIAYgAygCHBD6AwAL9wECAn8CfiMAQRBrIgQkAAJAAkACQAJAAkACQAJAIAEoAhQiBSABKAIQSQRAIAEoAgwgBWotAAAiBUEuRg0BIAVBxQBGIAVB5QBGcg0CCyACRQ0CQgEhBgwFCyAEIAEgAiADQQAQhQEgBCgCAA0CDAMLIAQgASACIANBABB3IAQoAgBFDQIgACAEKAIENgIIIABCAzcDAAwEC0IAIAN9IgdCAFMEQEICIQYgByEDDAMLIAO6vUKAgICAgICAgIB/hCEDDAILIAAgBCgCBDYCCCAAQgM3AwAMAgsgBCkDCCEDCyAAIAM3AwggACAGNwMACyAEQRBqJAAL3AECAnwCfyMAQRBrIggkACADuiEFIAACfwJAAkACQCAEIARBH3UiB3MgB2siB0G1Ak8EQANAIAVEAAAAAAAAAABhDQQgBEEATg0DIAVEoMjrhfPM4X+jIQUgBEG0AmoiBCAEQR91IgdzIAdrIgdBtAJLDQALCyAHQQN0KwOo5UEhBiAEQQBODQAgBSAGoyEFDAILIAUgBqIiBZlEAAAAAAAA8H9iDQELIAhBDjYCBCAAIAEgCEEEahCNAzYCBEEBDAELIAAgBSAFmiACGzkDCEEACzYCACAIQRBqJAAL6wECAX4CfyMAQRBrIgMkACAAKAIAIQACfwJAIAEoAggiBEGAgIAQcUUEQCAEQYCAgCBxDQEgACABEJ4BDAILIAApAwAhAkEAIQADQCAAIANqQQ9qIAKnQQ9xLQDAo0I6AAAgAEEBayEAIAJCBIgiAkIAUg0ACyABQQFB0rbDAEECIAAgA2pBEGpBACAAaxBVDAELIAApAwAhAkEAIQADQCAAIANqQQ9qIAKnQQ9xLQDUtkM6AAAgAEEBayEAIAJCBIgiAkIAUg0ACyABQQFB0rbDAEECIAAgA2pBEGpBACAAaxBVCyADQRBqJAAL6wEBBH8jAEEgayIDJAAgA0EUaiACQQF0QQFBARDrASADKAIYIQQgAygCFEEBRwRAIANBADYCECADIAMoAhw2AgwgAyAENgIIIAIEQEEAIQQDQCABLQAAIQUgA0EIaiIGQQEQ3QMgAygCDCADKAIQaiAFQQR2LQDn0UA6AAAgAyAEQQFqNgIQIAZBARDdAyADKAIMIAMoAhBqIAVBD3EtAOfRQDoAACADIARBAmoiBDYCECABQQFqIQEgAkEBayICDQALCyAAIAMoAhA2AgggACADKQIINwIAIANBIGokAA8LIAQgAygCHBD6AwAL0wEBBX8jAEEQayIGJAAgBkEMaiEIAkAgBEUNACABKAIAIgVFDQAgBiADNgIMIAQgBWwhByABKAIEIQkgBkEIaiEICyAIIAc2AgACQCAGKAIMIgcEQCAGKAIIIQUCQCACRQRAIAUEQCAJIAUQxwILDAELIAIgBGwhCAJ/AkAgBEUEQCAFRQ0BIAkgBRDHAgwBCyAJIAUgByAIEEgMAQsgBwsiA0UNAgsgASADNgIEIAEgAjYCAAtBgYCAgHghBwsgACAINgIEIAAgBzYCACAGQRBqJAAL3gEBBH8jAEEQayICJAACfyAALwEAIgBB6AdPBEAgAiAAIABBkM4AbiIEQZDOAGxrIgNB//8DcUHkAG4iBUEBdC8Ax6dCOwAMIAIgAyAFQeQAbGtB//8DcUEBdC8Ax6dCOwAOQQEMAQsgACEEQQUgAEEKSQ0AGiACIAAgAEHkAG4iBEHkAGxrQf//A3FBAXQvAMenQjsADkEDCyEDQQAgACAEG0UEQCADQQFrIgMgAkELamogBEEBdC0AyKdCOgAACyABQQFBAUEAIAJBC2ogA2pBBSADaxBVIAJBEGokAAvaAQEEfyMAQRBrIgIkACACQQRqIAFBAUEBEOsBIAIoAgghAyACKAIEQQFHBEAgAigCDCEEAkAgAUUEQCACQQA2AgwgAiAENgIIIAIgAzYCBAwBCyABBEAgBCAAIAH8CgAACyACIAE2AgwgAiAENgIIIAIgAzYCBCAEIQMgASEAA0AgA0EgQQAgAy0AACIFQcEAa0H/AXFBGkkbIAVyOgAAIANBAWohAyAAQQFrIgANAAsLQaPUwQBBEiAEIAEQWCACQQRqEL0EIAJBEGokAA8LIAMgAigCDBD6AwAL0wEBAn8jAEEQayIDJAAgA0EANgIMIAAgASADQQxqAn8gAkGAAU8EQCACQT9xQYB/ciEBIAJBBnYhACACQYAQSQRAIAMgAToADSADIABBwAFyOgAMQQIMAgsgAkEMdiEEIABBP3FBgH9yIQAgAkH//wNNBEAgAyABOgAOIAMgADoADSADIARB4AFyOgAMQQMMAgsgAyABOgAPIAMgADoADiADIARBP3FBgH9yOgANIAMgAkESdkFwcjoADEEEDAELIAMgAjoADEEBCxDlAyADQRBqJAALyAEBBH8CQCAAIAFGDQADQAJ/IAAsAAAiAkEATgRAIAJB/wFxIQIgAEEBagwBCyAALQABQT9xIQMgAkEfcSEFIAJBX00EQCAFQQZ0IANyIQIgAEECagwBCyAALQACQT9xIANBBnRyIQMgAkFwSQRAIAMgBUEMdHIhAiAAQQNqDAELIAVBEnRBgIDwAHEgAC0AA0E/cSADQQZ0cnIiAkGAgMQARg0CIABBBGoLIQBBAUECIAJBgIAESRsgBGohBCAAIAFHDQALCyAEC9EBAQN/IwBBEGsiAiQAIAJBADYCDCAAIAJBDGoCfyABQYABTwRAIAFBP3FBgH9yIQMgAUEGdiEAIAFBgBBJBEAgAiADOgANIAIgAEHAAXI6AAxBAgwCCyABQQx2IQQgAEE/cUGAf3IhACABQf//A00EQCACIAM6AA4gAiAAOgANIAIgBEHgAXI6AAxBAwwCCyACIAM6AA8gAiAAOgAOIAIgBEE/cUGAf3I6AA0gAiABQRJ2QXByOgAMQQQMAQsgAiABOgAMQQELEM4CIAJBEGokAAvdAQEEfyMAQRBrIgQkACABKAIAIQUDQEEAIQEDQCABIANGBEAgAwRAIAUgAiADEKAECyAAQQQ6AAAgBEEQaiQADwsgASACaiABQQFqIQEtAAAiBi0AhONBIgdFDQALIAFBAUcEQCAFIAIgAUEBaxCgBAsgAyABayEDIAEgAmohAiAHQfUARgRAIARB3OrBgQM2AAggBCAGQQ9xLQCE5UE6AA0gBCAGQQR2LQCE5UE6AAwgBSAEQQhqQQYQoAQFIAQgBzoADyAEQdwAOgAOIAUgBEEOakECEKAECwwACwALxwUCCn8BfiMAQRBrIgYkAAJAAkACQAJAIAEoAiAiAkUEQCABKAIAIAFBADYCAEEBRw0DIAEoAgwhBCABKAIIIQIgASgCBCIBBEAgAiEDDAMLIARFDQEDQCACKAKYAyECIARBAWsiBA0ACwwBCyABIAJBAWs2AiACQCABKAIAIgRBAUcNACABKAIEDQAgASgCCCECIAEoAgwiAwRAA0AgAigCmAMhAiADQQFrIgMNAAsLIAFCADcCCCABIAI2AgQgAUEBNgIACyABQQRqQQAgBBsiCARAIAZBBGohCiMAQTBrIgUkACAFQQhqIQcgCCgCBCEDAkACQAJAIAgoAggiCSAIKAIAIgIvAZIDSQRAIAIhAQwBCwNAIAIoAogCIgFFDQIgAi8BkAMhCSACQcgDQZgDIAMbEMcCIANBAWohAyAJIAEiAi8BkgNPDQALCwJ/IANFBEAgASEEIAlBAWoMAQsgASAJQQJ0akGcA2ohAiADIQsDQCACKAIAIgRBmANqIQIgC0EBayILDQALQQALIQIgByAJNgIUIAcgAzYCECAHIAE2AgwgByACNgIIIAdBADYCBCAHIAQ2AgAMAQsgAkHIA0GYAyADGxDHAiAHQQA2AgALAkAgBSgCCARAIAogBSkCFDcCACAKIAUoAhw2AgggBSAFKAIQIgE2AiggBSAFKQIIIgw3AyAgCCABNgIIIAggDDcCACAFQTBqJAAMAQtB8ITCABCxBAALIAAgBigCDDYCCCAAIAYpAgQ3AgAMBAtBsILCABCxBAALQQAhBCACIQELIAYgBDYCDCAGIAM2AgggBiABNgIEIAZBBGoiASgCBCEDIAEoAgAiASgCiAIiAgRAA0AgAUHIA0GYAyADGxDHAiADQQFqIQMgAiIBKAKIAiICDQALCyABQcgDQZgDIAMbEMcCCyAAQQA2AgALIAZBEGokAAu6BQEFfyMAQTBrIgMkAAJAAkAgASgCFCICIAEoAhxGDQAgASACQSBqNgIUIAIoAgAiBEGVgICAeEYNACABIAEoAiBBAWo2AiAgAyACKQIENwMIIAMgAigCDDYCECADIAL9AAIQ/QsDICABKAIAQZWAgIB4RwRAIAEQhAILIAEgA/0AAyD9CwMAIAMgBDYCICADIAMpAwg3AiQgAyADKAIQNgIsIANBGGohBSMAQUBqIgIkAAJAAkACQAJAAkACQAJAAkACQEEVIANBIGoiASgCACIEQYCAgIB4cyAEQQBOG0EBaw4PAQAAAgAAAAAAAAADBAUGAAsgAiAB/QADAP0LAyggAkEoaiACQT9qQeS4wAAQuAMhASAFQQE6AAAgBSABNgIEDAcLIAEtAARBAEchBAwFCyABKQMIQgBSIQQMBAsgAiABKQIENwMIIAIgASgCDCIENgIQQQEhASAEQQRGBEAgAigCDCgAAEH0yuGjB0chAQsgBUEAOgAAIAUgAToAASACQQhqEL0EDAQLQQEhBCABKAIIQQRHDQIgASgCBCgAAEH0yuGjB0chBAwCCyACIAEoAgw2AiAgAiABKQIENwMYQQEhBAJAIAJBGGoiBigCCEEERw0AIAYoAgQiAS0AAEH0AEcNACABLQABQeUARw0AIAEtAAJB+ABHDQAgAS0AA0H0AEchBAsgBUEAOgAAIAUgBDoAASAGEL0EDAILQQEhBCABKAIIQQRHDQAgASgCBCIGLQAAQfQARw0AIAYtAAFB5QBHDQAgBi0AAkH4AEcNACAGLQADQfQARyEECyAFQQA6AAAgBSAEOgABIAEQhAILIAJBQGskACAAAn8gAy0AGEEBRgRAIAAgAygCHDYCBEEBDAELIAAgAy0AGToAAUEACzoAAAwBCyAAQYAEOwEACyADQTBqJAALxAUBBX8jAEEwayIDJAACQAJAIAEoAhQiAiABKAIcRg0AIAEgAkEgajYCFCACKAIAIgVBlYCAgHhGDQAgASABKAIgQQFqNgIgIAMgAikCBDcDCCADIAIoAgw2AhAgAyAC/QACEP0LAyAgASgCAEGVgICAeEcEQCABEIQCCyABIAP9AAMg/QsDACADIAU2AiAgAyADKQMINwIkIAMgAygCEDYCLCADQRhqIQUjAEFAaiICJAACQAJAAkACQAJAAkACQAJAAkBBFSADQSBqIgEoAgAiBEGAgICAeHMgBEEAThtBAWsODwEAAAIAAAAAAAAAAwQFBgALIAIgAf0AAwD9CwMoIAJBKGogAkE/akHUuMAAELgDIQEgBUEBOgAAIAUgATYCBAwHCyABLQAEQQBHIQQMBQsgASkDCEIAUiEEDAQLIAIgASkCBDcDCCACIAEoAgwiBDYCEEEBIQEgBEEDRgRAIAIoAgwiAS8AAEHsygFzIAFBAmotAABB7gBzckEARyEBCyAFQQA6AAAgBSABOgABIAJBCGoQvQQMBAtBASEEIAEoAghBA0cNAiABKAIEIgQvAABB7MoBcyAEQQJqLQAAQe4Ac3JBAEchBAwCCyACIAEoAgw2AiAgAiABKQIENwMYQQEhAQJAIAJBGGoiBCgCCEEDRw0AIAQoAgQiBi0AAEHsAEcNACAGLQABQeUARw0AIAYtAAJB7gBHIQELIAVBADoAACAFIAE6AAEgBBC9BAwCC0EBIQQgASgCCEEDRw0AIAEoAgQiBi0AAEHsAEcNACAGLQABQeUARw0AIAYtAAJB7gBHIQQLIAVBADoAACAFIAQ6AAEgARCEAgsgAkFAayQAIAACfyADLQAYQQFGBEAgACADKAIcNgIEQQEMAQsgACADLQAZOgABQQALOgAADAELIABBgAQ7AQALIANBMGokAAvgAQICfwF+IwBBIGsiCCQAIAEgASgCHEEBaiIJNgIcAkAgAygCWCAJSwRAIANBMGogCSADQeAAahBSIQogAEEAOgAAIAFCfyACIAp8IgogAiAKVhs3AwgMAQsgCCABLQAgQQJ0IgMoAtzgQTYCBCAIIAMoAujgQTYCACAIQSs2AhwgCCAFNgIYIAhBATYCFCAIIAFBHGo2AhAgCEECNgIMIAggCDYCCCAAQQhqQf2JwAAgCEEIahB9IAAgBzsBBCAAIAY7AQIgACAEOgABIABBBToAAAsgBRC9BCAIQSBqJAALxwEBBX8CfwJAIAJFDQAgASACQRhsaiEJA0ACQCAEIAEoAghGBEAgASgCBCEFIAQhAiADIQYDQCACRQ0CIAYtAAAhByAFLQAAIQggBkEBaiEGIAJBAWshAiAFQQFqIQUgCEEgQQAgCEHBAGtB/wFxQRpJG3JB/wFxIAdBIEEAIAdBwQBrQf8BcUEaSRtyQf8BcUYNAAsLIAkgAUEYaiIBRw0BDAILCyABKAIUIQUgASgCEAwBC0EACyECIAAgBTYCBCAAIAI2AgALqQEBBH8DQCACIgYEQCABIAJqIgRBAWsiAiwAACIDQQBIBEAgA0E/cQJ/IARBAmsiAi0AACIDwCIFQUBOBEAgA0EfcQwBCyAFQT9xAn8gBEEDayICLQAAIgPAIgVBQE4EQCADQQ9xDAELIAVBP3EgBEEEayICLQAAQQdxQQZ0cgtBBnRyC0EGdHIhAwsgAiABayECIANBL0YNAQsLIAAgBjYCBCAAIAE2AgAL5wEBAn8jAEEQayIDJAACQAJAAkAgASgCwAEiBARAIAEtAMQBRQ0CIARBAUYNAQwCCyAAQQI2AgAgACACKAIINgIMIAAgAikCADcCBAwCCyABKAK8ASkDACABKQOAAVYNACAAQQA2AiAgAEIANwMYIABBADYCECAAQQM2AgAgACACKAIINgIMIAAgAikCADcCBAwBCyADQQA2AgwgA0KAgICAgAE3AgQgA0EEaiAEEPsBIABBBDYCACAAIAMoAgw2AhggACADKQIENwIQIAAgAikCADcCBCAAIAIoAgg2AgwLIANBEGokAAvDAQEHfyMAQRBrIgIkACABKAIEIQQgAkEEaiABKAIIIgZBBEEMEOsBIAIoAgghAyACKAIEQQFHBEAgAigCDCEHAkAgA0UNACAGQQxsIQUgByEBIAMhCANAIAVFDQEgAkEEaiAEENUCIAEgAigCDDYCCCABIAIpAgQ3AgAgAUEMaiEBIAVBDGshBSAEQQxqIQQgCEEBayIIDQALCyAAIAY2AgggACAHNgIEIAAgAzYCACACQRBqJAAPCyADIAIoAgwQ+gMAC7ABAQd/IAEoAgAiBS8BkgMiCUEMbCEBQX8hAyAFQYwCaiEEIAIoAgghBiACKAIEIQVBASEIAkADQCABRQRAIAkhAwwCCyAEKAIIIQcgBCgCBCECIAFBDGshASADQQFqIQMgBEEMaiEEIAUgAiAGIAcgBiAHSRsQ4wIiAiAGIAdrIAIbIgJBAEogAkEASGtB/wFxIgJBAUYNAAsgAg0AQQAhCAsgACADNgIEIAAgCDYCAAuCCAEEfyMAQUBqIgMkACAAKAIAIQAgA0EANgI4IANCgICAgBA3AjAgA0HAgcIANgIcIANCoICAgAY3AiAgAyADQTBqNgIYAn8gA0EYaiECAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgACgCAEEBaw4YAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYAAsgAiAAKAIEIAAoAggQiAQMGAsCfyMAQSBrIgQkAAJAAkACQAJAAkACQCAAQQRqIgUtAABBAWsOAwECAwALIAQgBSgCBDYCAEEUQQEQ9gMiBUUNBCAFQdmWwgAoAAA2ABAgBUHRlsIAKQAANwAIIAVByZbCACkAADcAACAEQRQ2AgwgBCAFNgIIIARBFDYCBCAEIAStQoCAgICwDoQ3AxggBCAEQQRqrUKAgICAwA6ENwMQIAIoAgAgAigCBEHPtcAAIARBEGoQYiECIAQoAgQiBUUNAyAEKAIIIAUQxwIMAwsgBCAFLQABQQJ0IgUoAoyXQjYCCCAEIAUoArSYQjYCBCAEIARBBGqtQoCAgIDQDoQ3AxAgAigCACACKAIEQeqMwAAgBEEQahBiIQIMAgsgBSgCBCIFKAIAIAUoAgQgAhDIBCECDAELIAUoAgQiBSgCACACIAUoAgQoAhARAQAhAgsgBEEgaiQAIAIMAQtBAUEUEPoDAAsMFwsgAkGAhcIAQRgQiAQMFgsgAkGYhcIAQRsQiAQMFQsgAkGzhcIAQRoQiAQMFAsgAkHNhcIAQRkQiAQMEwsgAkHmhcIAQQwQiAQMEgsgAkHyhcIAQRMQiAQMEQsgAkGFhsIAQRMQiAQMEAsgAkGYhsIAQQ4QiAQMDwsgAkGmhsIAQQ4QiAQMDgsgAkG0hsIAQQwQiAQMDQsgAkHAhsIAQQ4QiAQMDAsgAkHOhsIAQQ4QiAQMCwsgAkHchsIAQRMQiAQMCgsgAkHvhsIAQRoQiAQMCQsgAkGJh8IAQT4QiAQMCAsgAkHHh8IAQRQQiAQMBwsgAkHbh8IAQTQQiAQMBgsgAkGPiMIAQSwQiAQMBQsgAkG7iMIAQSQQiAQMBAsgAkHfiMIAQQ4QiAQMAwsgAkHtiMIAQRMQiAQMAgsgAkGAicIAQRwQiAQMAQsgAkGcicIAQRgQiAQLBEBB6IHCAEE3IANBP2pB2IHCAEGggsIAEMgCAAsgAyADKAI4NgIQIAMgAykCMDcDCCADQQE2AiwgAyAAQRBqNgIoIANBATYCJCADIABBDGo2AiAgA0HgADYCHCADIANBCGoiADYCGCABKAIAIAEoAgRBlrbAACADQRhqEGIgAEEBQQEQkAIgA0FAayQAC+gBAgJ/AX4jAEEwayICJAAgASgCAEGAgICAeEYEQCABKAIMIQMgAkEANgIsIAJCgICAgBA3AiQgAkEkakHsjsIAIAMoAgAiAygCACADKAIEEGIaIAIgAigCLCIDNgIgIAIgAikCJCIENwMYIAEgAzYCCCABIAQ3AgALIAEoAgghAyABQQA2AgggASkCACEEIAFCgICAgBA3AgAgAiADNgIQIAIgBDcDCEEMQQQQ9gMiAUUEQEEEQQwQxAQACyABIAIoAhA2AgggASACKQMINwIAIABB/JbCADYCBCAAIAE2AgAgAkEwaiQAC8MBAQR/IwBBEGsiBSQAIAVBBGogAkEBQQEQ6wEgBSgCCCEGAkAgBSgCBEEBRwRAIAUoAgwhByACBEAgByABIAL8CgAACyAFQQRqIARBAUEBEOsBIAUoAgghASAFKAIEQQFGDQEgBSgCDCEIIAQEQCAIIAMgBPwKAAALIAAgBDYCFCAAIAg2AhAgACABNgIMIAAgAjYCCCAAIAc2AgQgACAGNgIAIAVBEGokAA8LIAYgBSgCDBD6AwALIAEgBSgCDBD6AwALugEBA38gASACQQF0aiEEA0AgASIDQQJqIQFBfCECIAMvAQAhAwJAAkADQCACRQ0BIAJB0cnBAGohBSACQQFqIQIgAyAFLQAARw0ACyAAKAIIIgIgACgCAEYEQCAAEOwCCyAAKAIEIAJBAXRqQdwAOwEAIAAgAkEBaiICNgIIDAELIAAoAgghAgsgACgCACACRgRAIAAQ7AILIAAoAgQgAkEBdGogAzsBACAAIAJBAWo2AgggASAERw0ACwunAQEDfyMAQRBrIgIkAAJAAkAgAUEBcQRAIAJBBGogAUEBdiIBQQFBARDrASACKAIIIQQgAigCBEEBRg0CIAIoAgwhAyABBEAgAyAAIAH8CgAACyACIAE2AgwgAiADNgIIIAIgBDYCBAwBCyACQQRqIAAgARB9IAIoAgwhASACKAIIIQMLIAMgARD/AyACQQRqEL0EIAJBEGokAA8LIAQgAigCDBD6AwAL6gEBAX8jAEEQayIEJAAgBEEIaiABKAIEIAEoAggQUQJAAkACQAJAAkAgBCgCDARAIAEoAhRFDQIgAkUNAyADKAIoDQEgAEG1y8EAQRJBx8vBAEESENYBDAULIABBvszBAEESQdDMwQBBHhDWAQwECyADKQMYUA0CIAMoAixFBEAgAEHpy8EAQRJBx8vBAEESENYBDAQLIABBgYCAgHg2AgAMAwsgAEGKzMEAQRRBnszBAEEgENYBDAILIABB+8vBAEEHQYLMwQBBCBDWAQwBCyAAQdnLwQBBEEHHy8EAQRIQ1gELIARBEGokAAukEQIXfwR+IwBBIGsiCyQAAkACfwJAQQBB9ODBACgCABEGACIOBEAgDigCAA0DIA5BfzYCACALQQhqIQwgACgCACEPIAAoAgQhECMAQRBrIhQkACAOQQRqIgAoAgQiAiAPIBAgDxsiA3EhASADrSIaQhmIQoGChIiQoMCAAX4hGyAAKAIAIQMCQAJAA0ACQCABIANqKQAAIhkgG4UiGEJ/hSAYQoGChIiQoMCAAX2DQoCBgoSIkKDAgH+DIhhQRQRAA0AgDyADIBh6p0EDdiABaiACcUF0bGoiCkEMaygCAEYEQCAKQQhrKAIAIBBGDQMLIBhCAX0gGIMiGFBFDQALCyAZIBlCAYaDQoCBgoSIkKDAgH+DUEUNAiABIAlBCGoiCWogAnEhAQwBCwsgDCAANgIEIAwgCjYCAEEAIQAMAQsgACgCCEUEQCAUQQhqIRUjAEFAaiIFJAACfwJAIAAoAgwiCkEBaiICIApPBEACQCAAKAIEIgYgBkEBaiIBQQN2IgNBB2wgBkEISRsiEUEBdiACSQRAIAVBMGoCfyARQQFqIgEgAiABIAJLGyIBQQ9PBEAgAUH/////AUsNBUF/IAFBA3RBB25BAWtndkEBagwBC0EEIAFBCHFBCGogAUEESRsLELoBIAUoAjghDSAFKAI0IgggBSgCMCIGRQ0EGiAFKAI8IQEgCEEJaiICBEAgBkH/ASAC/AsACyAFIAE2AiwgBSANNgIoIAUgCDYCJCAFIAY2AiAgBUEINgIcIAoEQCAAKAIAIgIpAwBCf4VCgIGChIiQoMCAf4MhGCAKIQkgAiEBA0AgGFAEQANAIARBCGohBCABQQhqIgEpAwBCgIGChIiQoMCAf4MiGEKAgYKEiJCgwIB/UQ0ACyAYQoCBgoSIkKDAgH+FIRgLIAYgCCACIBh6p0EDdiAEaiIRQXRsaiIDQQxrKAIAIgcgA0EIaygCACAHGyIScSIDaikAAEKAgYKEiJCgwIB/gyIZUARAQQghBwNAIAMgB2ohAyAHQQhqIQcgBiADIAhxIgNqKQAAQoCBgoSIkKDAgH+DIhlQDQALCyAYQgF9IBiDIRggBiAZeqdBA3YgA2ogCHEiA2osAABBAE4EQCAGKQMAQoCBgoSIkKDAgH+DeqdBA3YhAwsgAyAGaiASQRl2Igc6AAAgBiADQQhrIAhxakEIaiAHOgAAIAYgA0F0bGpBDGsiAyACIBFBdGxqQQxrIgcoAAg2AAggAyAHKQAANwAAIAlBAWsiCQ0ACwsgBUEgaiEBIAUgCjYCLCAFIA0gCms2AihBACEEA0AgACAEaiICKAIAIQMgAiABIARqIgIoAgA2AgAgAiADNgIAIARBBGoiBEEQRw0ACyAFKAIkIgFFDQEgASABQQxsQRNqQXhxIgJqQQlqIgFFDQEgBSgCICACayABEMcCDAELIAEEQCADIAFBB3FBAEdqIQMgACgCACICIQQDQCAEIAQpAwAiGEJ/hUIHiEKBgoSIkKDAgAGDIBhC//79+/fv37//AIR8NwMAIARBCGohBCADQQFrIgMNAAsCQCABQQhPBEAgASACaiACKQAANwAADAELIAFFDQAgAkEIaiACIAH8CgAACyACIQFBACEDA0AgAyIJQQFqIQMCQCACIAlqIhItAABBgAFHDQAgAiADQXRsaiEWIAIgCUF0bGoiBEEIayENIARBDGshFwJAA0AgFygCACIEIA0oAgAgBBsiEyAGcSIIIQQgAiAIaikAAEKAgYKEiJCgwIB/gyIYUARAQQghBwNAIAQgB2ohBCAHQQhqIQcgAiAEIAZxIgRqKQAAQoCBgoSIkKDAgH+DIhhQDQALCyACIBh6p0EDdiAEaiAGcSIEaiwAAEEATgRAIAIpAwBCgIGChIiQoMCAf4N6p0EDdiEECyAEIAhrIAkgCGtzIAZxQQhPBEAgAiAEaiIHLQAAIAcgE0EZdiIHOgAAIAIgBEEIayAGcWpBCGogBzoAACACIARBdGxqIQdB/wFGDQJBdCEEA0AgASAEaiIIKAAAIRMgCCAEIAdqIggoAAA2AAAgCCATNgAAIARBBGoiBA0ACwwBCwsgEiATQRl2IgQ6AAAgAiAJQQhrIAZxakEIaiAEOgAADAELIBJB/wE6AAAgAiAJQQhrIAZxakEIakH/AToAACAHQQxrIgQgFigACDYACCAEIBYpAAA3AAALIAFBDGshASAGIAlHDQALCyAAIBEgCms2AggLQYGAgIB4DAILEO0DIAUoAgQhDSAFKAIADAELEO0DIAUoAgwhDSAFKAIICyEBIBUgDTYCBCAVIAE2AgAgBUFAayQACyAMIBA2AgwgDCAPNgIIIAwgGjcDAAsgDCAANgIQIBRBEGokACALKAIYIgJFDQEgCykDCCEYIAspAxAhGSALIA8gEBCABDYCECALIBk3AgggAigCACIBIAIoAgQiCiAYpyIJcSIAaikAAEKAgYKEiJCgwIB/gyIYUARAQQghAwNAIAAgA2ohACADQQhqIQMgASAAIApxIgBqKQAAQoCBgoSIkKDAgH+DIhhQDQALCyABIBh6p0EDdiAAaiAKcSIAaiwAACIDQQBOBEAgASABKQMAQoCBgoSIkKDAgH+DeqdBA3YiAGotAAAhAwsgACABaiAJQRl2Igk6AAAgASAAQQhrIApxakEIaiAJOgAAIAIgAigCCCADQQFxazYCCCACIAIoAgxBAWo2AgwgASAAQXRsaiIAQQxrIgEgDCkCADcCACABIAwoAgg2AgggAAwCCyMAQRBrIgAkACAAIABBD2qtQoCAgIDgDoQ3AwBBx4rAACAAQejhwQAQhgMACyALKAIIC0EEaygCABCmBCAOIA4oAgBBAWo2AgAgC0EgaiQADwsjAEEQayIAJAAgACAAQQ9qrUKAgICAgBKENwMAQeqMwAAgAEH44MEAEIYDAAuiAQEGfyABKAIAIgUvAZIDIglBDGwhBkF/IQEgBUGMAmohBUEBIQgCQANAIAZFBEAgCSEBDAILIAUoAgghBCAFKAIEIQcgBkEMayEGIAFBAWohASAFQQxqIQUgAiAHIAMgBCADIARJGxDjAiIHIAMgBGsgBxsiBEEASiAEQQBIa0H/AXEiBEEBRg0ACyAEDQBBACEICyAAIAE2AgQgACAINgIAC60BAQN/IwBBEGsiBiQAAkAgBUUNACACIANqIgIgA0kNACAGQQRqIAEgAiABKAIAQQF0IgMgAiADSxsiAkEIQQRBASAFQYEISRsgBUEBRhsiCCACIAhLGyICIAQgBRCuASAGKAIEQQFGBEAgBigCDCEIIAYoAgghBwwBCyAGKAIIIQMgASACNgIAIAEgAzYCBEGBgICAeCEHCyAAIAg2AgQgACAHNgIAIAZBEGokAAu3AQEBfyMAQTBrIgQkACAEIAI2AgQgBCABNgIAIAQgAzkDCCAAAn8gA0QAAAAAAAAAAGZFIANE////////P0NlRXJFIAMgA51hcUUEQCAEQQc2AiwgBEECNgIkIAQgBEEIajYCKCAEIAQ2AiAgBEEUaiIBQbKDwAAgBEEgahB9IABBlMXAAEEQIAQoAhggBCgCHBDtATYCBCABEL0EQQEMAQsgACAD/Ac3AwhBAAs2AgAgBEEwaiQAC5UCAQJ/IwBBIGsiBSQAQeC4wwBB4LjDACgCACIGQQFqNgIAAkACQAJAAkACf0EAIAZBAEgNABpBAUGwuMMALQAADQAaQbC4wwBBAToAAEGsuMMAQay4wwAoAgBBAWo2AgBBAgtB/wFxDgMDAQABC0HUuMMAKAIAIgZBAEgNAkHUuMMAIAZBAWo2AgBB2LjDACgCAEUNASAFQQhqIAAgASgCFBEAACAFIAQ6AB0gBSADOgAcIAUgAjYCGCAFIAUpAwg3AhBB2LjDACgCACAFQRBqQdy4wwAoAgAoAhQRAAAMAQsgBSAAIAEoAhgRAAAMAQtB1LjDAEHUuMMAKAIAQQFrNgIAQbC4wwBBADoAACADRQ0AAAsAC8wBAgN/AX4jAEEQayIHJAAgB0EEakEDQQFBARDrASAHKAIIIQggBygCBEEBRgRAIAggBygCDBD6AwALIAcoAgwiCUGZz8EALQAAOgACIAlBl8/BAC8AADsAACAAIAI2AkwgAEEDNgIwIAAgCTYCLCAAIAg2AiggACADKQIANwI0IAAgAygCCDYCPCAAIAQpAgA3AkAgACAEKAIINgJIIAAgBf0AAwD9CwMQIAEpA0AhCiAAIAY6AFAgAEIBNwMAIAAgCjcDICAHQRBqJAALnwEBB38jAEEQayIEJAAgACgCFCIDIAAoAhAiBSADIAVLGyEGIAAoAgwhBwJ/AkADQEEAIAJFDQIaIAMgBkYNASAAIANBAWoiBTYCFCACQQFrIQIgAyAHaiEIIAEtAAAgBSEDIAFBAWohASAILQAARg0ACyAEQQk2AgQgACAEQQRqEI0DDAELIARBBTYCBCAAIARBBGoQjQMLIARBEGokAAuFBAEIfyMAQSBrIgQkACAEQRhqIQgjAEEQayIHJAAgB0EIaiEFIwBBIGsiAyQAIAMgATYCACADQQRqIAMQlwICQCADKAIEQYCAgIB4RwRAIAMgAykCBDcDECADIAMoAgwiCTYCGCADKAIUIQYgBQJ/AkACQCAJQQdGBEAgBigAAEHuytG7B3MgBkEDaiIKKAAAQffeydsGc3JFDQIgBigAAEHz6IXjBnMgCigAAEHs2JWjBnNyRQ0BCyAFIAYgCUHQwsAAEIwCNgIEQQEMAgsgBUEBOgABQQAMAQsgBUEAOgABQQALOgAAIANBEGoQvQQMAQsgAyADQR9qQbTJwAAQbiEGIAVBAToAACAFIAY2AgQLIAFBhAhPBEAgARCuAgsgA0EgaiQAAkAgBy0ACEEBRgRAIAcoAgwhASAIQQI6AAAgCCABNgIEIAJBhAhJDQEgAhCuAgwBCyAHLQAJIQEgCCACNgIEIAggAToAAAsgB0EQaiQAIAQoAhwhASAAAn8CQAJAIAACfwJAAkACQCAELQAYDgMCAQABCyAAIAE2AgRBAQwFCyAEQQhqIAEQpwMgBCgCCEEBcUUNAiAEKAIMDAELIARBEGogARCnAyAEKAIQQQFxRQ0CIAQoAhQLNgIEQQEMAgsgAEEBOgABQQAMAQsgAEEAOgABQQALOgAAIARBIGokAAu5AQEFfyMAQRBrIgQkACAAKAIAIQUgAC0ABEEBRwRAIAUoAgBBwNHAAEEBEKAECyAAQQI6AAQgBUEEaiIAIQYgBCAFIAEgAhCRAwJ/IAQtAABBBEcEQCAEIAQpAwA3AwggBEEIahCpAwwBCyAFKAIAQcHRwABBARCgBCADKAIAIQcgAygCBCEIIAQgBSAHIAgQkQNBACAELQAAQQRGDQAaIAQgBCkDADcDCCAEQQhqEKkDCyAEQRBqJAALrQEBA39BbyECIAFB//8DcSEDAkACQANAIAIEQCACQfvKwQBqIQQgAkEBaiECIAMgBC0AAEcNAQwCCwsgAUH//wNxEOoBDQAgACgCCCECDAELIAAoAggiAiAAKAIARgRAIAAQ7AILIAAoAgQgAkEBdGpB3AA7AQAgACACQQFqIgI2AggLIAAoAgAgAkYEQCAAEOwCCyAAKAIEIAJBAXRqIAE7AQAgACACQQFqNgIIC6cBAQZ/IwBBEGsiAyQAAkACQCABKAIMIgcgASgCBCIEayIFQQF2IgYgACgCACAAKAIIIgJrSwRAIAAgAiAGQQJBAhD2AiAAKAIIIQIMAQsgBCAHRg0BCyAFBEAgACgCBCACQQF0aiAEIAX8CgAACyAAKAIIIQILIAAgAiAGajYCCCADIAEoAgA2AgwgAyABKAIINgIIIANBCGpBAkECEJACIANBEGokAAuwBQIGfwF+IwBBIGsiBSQAAkACQAJAAkACQAJAAkBBFSABKAIAIgJBgICAgHhzIAJBAE4bQQxrDgQBAgMEAAsgBSAB/QADAP0LAwggBUEIaiAFQR9qQcS4wAAQuAMhASAAQYCAgIB4NgIAIAAgATYCBAwFCyAAIAEoAgw2AgggACABKQIENwIADAQLIAAgASgCBCABKAIIEJgCDAILIwBBQGoiAiQAIAJBLGogAUEEaiIBKAIEIAEoAggiAxBXAkACQCAAAn4gAigCLEUEQCABKQIAIQggA60MAQsgASkCBCEIIAEoAgAiAUGAgICAeEcNASACKQIwCz4CCCAAIAg3AgAMAQsgAiAIPgIMIAJBBjoACCACIAg3AhwgAiABNgIYIAIgCEIgiD4CECACQcS4wAA2AiggAiACQT9qNgIkIAJBBDYCOCACQQU2AjAgAiACQSRqNgI0IAIgAkEIajYCLEGWh8AAIAJBLGoQ2AEhASAAQYCAgIB4NgIAIAAgATYCBCACQRhqEL0ECyACQUBrJAAMAgsgASgCBCEDIAEoAgghBCMAQUBqIgIkACACQQRqIAMgBBBXAkACQAJAIAIoAgRBAUYEQCACIAQ2AhggAiADNgIUIAJBBjoAECACQcS4wAA2AiggAiACQT9qNgIkIAJBBDYCOCACQQU2AjAgAiACQSRqNgI0IAIgAkEQajYCLEGWh8AAIAJBLGoQ2AEhAyAAQYCAgIB4NgIAIAAgAzYCBAwBCyACKAIIIQcgAkEsaiACKAIMIgNBAUEBEOsBIAIoAjAhBCACKAIsQQFGDQEgAigCNCEGIAMEQCAGIAcgA/wKAAALIAAgAzYCCCAAIAY2AgQgACAENgIACyACQUBrJAAMAQsgBCACKAI0EPoDAAsLIAEQhAILIAVBIGokAAu0BgIGfwF+IwBBEGsiBSQAIAUgATYCAAJAIAUQnQQEQCMAQRBrIgIkACAFKAIAEOMEIQMgAkEANgIMIAIgAzYCCCACQQA2AgQgAiAFNgIAIwBBIGsiAyQAIANBFGogAigCAAR/QdWqBSACKAIIIgQgAigCBGsiBkEAIAQgBk8bIgQgBEHVqgVPGwVBAAtBBEEMEOsBIAMoAhghBAJAIAMoAhRBAUcEQCADQQA2AhAgAyADKAIcNgIMIAMgBDYCCAJAA0ACQCADQRRqIAIQ/QECQAJAIAMoAhQiBkGAgICAeGsOAgIAAQsgACADKAIYNgIEIABBgICAgHg2AgAgA0EIaiIAEKsDIAAQwgQMAwsgAykCGCEIIAMoAhAiBCADKAIIRgRAIANBCGoQ7QILIAMoAgwgBEEMbGoiByAINwIEIAcgBjYCACADIARBAWo2AhAMAQsLIAAgAygCEDYCCCAAIAMpAgg3AgALIANBIGokAAwBCyAEIAMoAhwQ+gMACyACQRBqJAAMAQsgBUEEaiAFEKgBIAUoAgQhAwJAAkACQCAFLQAIIgRBAmsOAgEAAgsgAEGAgICAeDYCACAAIAM2AgQMAgsgBSAFQQ9qQbTIwAAQbiECIABBgICAgHg2AgAgACACNgIEDAELIwBBIGsiAiQAIAIgBEEBcToABCACIAM2AgAgAkEUakEAQQRBDBDrASACKAIYIQMCQCACKAIUQQFHBEAgAkEANgIQIAIgAigCHDYCDCACIAM2AggCQAJAA0ACQCACQRRqIAIQ+AECQAJAIAIoAhQiBEGAgICAeGsOAgIAAQsgACACKAIYNgIEIABBgICAgHg2AgAgAkEIaiIAEKsDIAAQwgQgAigCACIAQYMISw0DDAQLIAIpAhghCCACKAIQIgMgAigCCEYEQCACQQhqEO0CCyACKAIMIANBDGxqIgYgCDcCBCAGIAQ2AgAgAiADQQFqNgIQDAELCyAAIAIoAhA2AgggACACKQIINwIAIAIoAgAiAEGECEkNAQsgABCuAgsgAkEgaiQADAELIAMgAigCHBD6AwALCyABQYMISwRAIAEQrgILIAVBEGokAAuvAQMDfwF+AXsjAEEQayIEJAACQCACKAIwIgZFBEAMAQsgAigCLEEwaiEFA0AgBSkDACAHfCEHIAVByABqIQUgBkEBayIGDQALCyAC/QADACEIIARBBGogAkEcahDVAiABQRhqEPcDIAEgCP0LAwAgASAHNwMQIAEgBCkCBDcCGCABIAQoAgw2AiAgAEIGNwMAIAAgA/0AAxD9CwMYIAAgA/0AAwD9CwMIIARBEGokAAvEAQMBfgF/AXwjAEEgayIDJAACQAJAAkACQCABKAIAQQFrDgIBAgALAn8gASsDCCIEvUL///////////8Ag0L/////////9/8AVgRAQgMhAkEADAELIANBADoACCADQQhqELECQgIhAkECCyEBIAAgBDkDECAAIAI3AwggACABOgAADAILIABCADcDCCAAQQI6AAAgACABKQMINwMQDAELIABBAjoAACAAIAEpAwgiAjcDECAAIAJCP4g3AwgLIANBIGokAAuRAQIBfwF+IABBiAFqEL0DIABBkAJqEL0EIABBnAJqIgEQqwMgARDCBCAAQagCahC9BAJAAkACQAJAAkBBAyAAKQMoIgKnQQJrIAJCAVgbDgQEAQIDAAsgAEEwahDQAwwDCyAAQUBrEL0EDAILIABBMGoQsgMMAQsgAEHwAGoQvQQgAEEoahCyAwsgAEEYahD3AwuXAQECf0EBIQICQAJAAkAgAEH/LEwEQCAAQQlrIgFBF0tBASABdEGfgIAEcUVyDQEMAwsCQCAAQd7AAEwEQCAAQajAAGsiAUEHS0EBIAF0QYMBcUVyDQEMBAsgAEHfwABGIABBgOAARnIgAEH//QNGcg0DDAILIABBgC1HDQEMAgsgAEGgAUYNAQsgAEGAQGpBC0khAgsgAguHAQIBfgF/IAACfwJAAkACQCADrSABrX4iBEIgiKcNACAEpyIDQYCAgIB4IAJrSw0AIAMNASAAIAI2AgggAEEANgIEQQAMAwsgAEEANgIEDAELIAMgAhD2AyIFRQRAIAAgAzYCCCAAIAI2AgQMAQsgACAFNgIIIAAgATYCBEEADAELQQELNgIAC4ACAQZ/IwBBEGsiAyQAIAIgASACaiIESwRAQQBBABD6AwALIANBBGohBSAAKAIAIgIhBiAAKAIEIQhBASEHQQQhAQJAQQggBCACQQF0IgIgAiAESRsiAiACQQhNGyIEIgJB/////wdLBEBBACECDAELAkACQAJ/IAYEQCAIIAZBASACEEgMAQsgAkUEQEEBIQEMAgsgAkEBEPYDCyIBDQAgBUEBNgIEDAELIAUgATYCBEEAIQcLQQghAQsgASAFaiACNgIAIAUgBzYCACADKAIEQQFGBEAgAygCCCADKAIMEPoDAAsgAygCCCEBIAAgBDYCACAAIAE2AgQgA0EQaiQAC5ACAgR/AW8jAEEgayIEJAAgAiADEBQhCBCqASICIAgmASAEIAIiBjYCDCAEQQxqIgUoAgAlAUGsxcAAQQsQFSAEQe3DwABBBBCABCICNgIYIAQgACABEIAEIgM2AhwgBEEQaiEBIwBBEGsiACQAIAUoAgAlASAEQRhqKAIAJQEgBEEcaigCACUBEBohByAAQQhqENQDQQEhBQJAIAAoAghBAUYEQCABIAAoAgw2AgQMAQtBACEFIAEgB0EARzoAAQsgASAFOgAAIABBEGokAAJAIAQtABBFDQAgBCgCFCIAQYQISQ0AIAAQrgILIANBhAhPBEAgAxCuAgsgAkGECE8EQCACEK4CCyAEQSBqJAAgBguVAQEDfyMAQSBrIgIkACACQRRqIgMgACgCACUBECsgAigCFCEAIAIgAigCGCIENgIcIAIgADYCGCACIAQ2AhQgAiADELICIAIgAigCBCIANgIQIAIgAigCADYCDCACIAA2AgggAkHwADYCGCACIAJBCGoiADYCFCABKAIAIAEoAgRBtrTAACADEGIgABC9BCACQSBqJAALogEBA38jAEEgayICJAAgAiABKAIUIAEoAhhBg8/BAEEPEM8BAkACQCACKAIAIgMEQCACKAIEIgQNAQsgAkEtNgIUIAIgAUEcajYCECAAQcm1wAAgAkEQahB9DAELIAIgBDYCDCACIAM2AgggAkECNgIcIAJBLTYCFCACIAFBHGo2AhAgAiACQQhqNgIYIABBt7bAACACQRBqEH0LIAJBIGokAAuJAQEFfyMAQRBrIgMkAAJAAkAgAkEHTQRAIAINAQwCCyADQQhqQS4gASACEKEBIAMoAghBAUYhBAwBCyACQQFrIQYgASEFA0AgBS0AAEEuRiIEDQEgBUEBaiEFIAYiB0EBayEGIAcNAAsLIAAgBCAALQAEcjoABCAAKAIAIAEgAhCIBCADQRBqJAAL8wECBH8BbyMAQRBrIgQkAAJAIAEtAAAEQEECIQMMAQsjAEEQayIDJAAgAigCACUBEAQhBxCqASICIAcmASACIQUgA0EIahDUA0EBIQIgBEEIaiIGAn8gAygCCEEBRgRAIAMoAgwMAQtBACECIAULNgIEIAYgAjYCACADQRBqJABBASEDIAQoAgwhAiAEKAIIQQFGBEAgAUEBOgAADAELAn8gAiUBEAVFBEAgAiUBEAYhBxCqASIBIAcmAUEADAELIAFBAToAAEECCyEDIAJBhAhPBEAgAhCuAgsgASECCyAAIAI2AgQgACADNgIAIARBEGokAAuuAQEBfyMAQRBrIgIkAAJ/IAApAwBC////////////AINCgICAgICAgPj/AFoEQCACQQc2AgwgAiAANgIIIAEoAgAgASgCBEHqjMAAIAJBCGoQYgwBCyACQQA6AAQgAiABNgIAIAJBBzYCDCACIAA2AggCQCACQayNwgBB6ozAACACQQhqEGINACACLQAERQRAIAFBqI3CAEECEIgEDQELQQAMAQtBAQsgAkEQaiQAC54BAwR/AX4BbyMAQSBrIgIkACACIAE2AgwgAkEQaiIDIAJBDGoiBRD4AgJAAkAgAikDEEIBUg0AIAIpAxgiBhAuIQcQqgEiBCAHJgEgAiAENgIQIAUgAxCPBCAEQYQITwRAIAQQrgILRQ0AIABBADYCACAAIAY3AwggAUGECEkNASABEK4CDAELIABBATYCACAAIAE2AgQLIAJBIGokAAuSAQIEfwF+IwBBIGsiAiQAIAIgATYCDCACQRBqIgMgAkEMaiIFEPgCAkACQCACKQMQQgFSDQAgAiACKQMYIgYQigQiBDYCECAFIAMQjwQgBEGECE8EQCAEEK4CC0UNACAAQQA2AgAgACAGNwMIIAFBhAhJDQEgARCuAgwBCyAAQQE2AgAgACABNgIECyACQSBqJAALhwEBA38jAEEQayIDJAACQAJAIAJBAXEEQCADQQRqIAJBAXYiAkEBQQEQ6wEgAygCCCEEIAMoAgRBAUYNAiADKAIMIQUgAgRAIAUgASAC/AoAAAsgACACNgIIIAAgBTYCBCAAIAQ2AgAMAQsgACABIAIQfQsgA0EQaiQADwsgBCADKAIMEPoDAAuNAQEEfyMAQRBrIgIkAAJ/QQEgASgCACIDQScgASgCBCIFKAIQIgERAQANABogAiAAKAIAQYECEFkCQCACLQANIgBBgQFPBEAgAyACKAIAIAERAQBFDQFBAQwCCyADIAIgAi0ADCIEaiAAIARrIAUoAgwRBABFDQBBAQwBCyADQScgAREBAAsgAkEQaiQAC3oBA38jAEEQayICJAAgAkEEaiABQQFBARDrASACKAIIIQQgAigCBEEBRwRAIAIoAgwhAyABBEAgAyAAIAH8CgAACyACIAE2AgwgAiADNgIIIAIgBDYCBCADIAEQ/wMgAkEEahC9BCACQRBqJAAPCyAEIAIoAgwQ+gMAC6kBAQF/IwBBIGsiAiQAIAJBCGogAUEEaiABEPEBIAIoAgwhAQJAAkACQAJAIAIoAggOAwIAAQALIABBgYCAgHg2AgAgACABNgIEDAILIABBgICAgHg2AgAMAQsgAkEUaiABEJQCIAIoAhQiAUGAgICAeEcEQCAAIAIpAhg3AgQgACABNgIADAELIAIoAhghASAAQYGAgIB4NgIAIAAgATYCBAsgAkEgaiQAC/cBAQN/IwBBIGsiAiQAIAIgATYCACACQQRqIAIQlwICQCACKAIEQYCAgIB4RwRAIAIgAikCBDcDECACIAIoAgwiAzYCGCACKAIUIQQgAAJ/AkACQAJAAkAgA0EEaw4FAAICAgECCyAEKAAAQfTK4aMHRg0CDAELIAQpAABC8sqNq5bN3bLkAFINACAAQQE6AAFBAAwCCyAAIAQgA0HkycAAEIwCNgIEQQEMAQsgAEEAOgABQQALOgAAIAJBEGoQvQQMAQsgAiACQR9qQYTIwAAQbiEDIABBAToAACAAIAM2AgQLIAFBhAhPBEAgARCuAgsgAkEgaiQAC7cBAQN/IwBB0AJrIgAkACAAQfAAaiICQQA6AD8gAEIANwPQASAAQZDNwAD9AAMA/QsDwAEgAEGAzcAA/QADAP0LA7ABIABBCGoiASACQegA/AoAACAAQeQBaiABQegA/AoAACAAQQA2AnAgAkEEciAAQeABakHsAPwKAABB+ABBCBD2AyIBRQRAQQhB+AAQxAQACyABQoGAgIAQNwMAIAFBCGoiASACQfAA/AoAACAAQdACaiQAIAELiwEBAn8CQAJAIAAoAgAgACgCCCICayABSQRAIAAgAiABQQhBIBD2AiAAKAIIIQIMAQsgAUUNAQsgACgCBCACQQV0aiEDA0AgA0EANgIAIANBGGpBADoAACADQRBqQQA2AgAgA0EIakIANwMAIANBIGohAyACQQFqIQIgAUEBayIBDQALIAAgAjYCCAsLhgEBAX8jAEEQayIDJAAgAiABIAJqIgFLBEBBAEEAEPoDAAsgA0EEaiAAKAIAIgIgACgCBEEIIAEgAkEBdCICIAEgAksbIgEgAUEITRsiARCLAiADKAIEQQFGBEAgAygCCCADKAIMEPoDAAsgAygCCCECIAAgATYCACAAIAI2AgQgA0EQaiQAC5wBAQJ/IwBBIGsiAiQAAkACQCABKAIARQ0AIAJBCGogARDoAiACKAIIQQFxRQ0AIAIoAgwhAyABIAEoAgxBAWo2AgwgAkEUaiADEJQCIAIoAhRBgICAgHhGBEAgACACKAIYNgIEIABBgYCAgHg2AgAMAgsgACACKAIcNgIIIAAgAikCFDcCAAwBCyAAQYCAgIB4NgIACyACQSBqJAAL7AECA38BfiMAQSBrIgIkACACIAE2AgwCQCACQQxqIgQQqwRFBEAjAEEgayIDJAAgA0EIaiAEENIDIAACfwJAIAMpAwhCAVEEQCADKQMQIgVCAFkNAQsgACAEIANBH2pBoMbAABBuNgIEQQEMAQsgACAFNwMIQQALNgIAIANBIGokACABQYQISQ0BIAEQrgIMAQsgAkEQaiABEPQBIAIoAhBFBEAgACACKQMYNwMIIABBADYCAAwBC0GfzsAAQcgAEPcBIQEgAEEBNgIAIAAgATYCBCACKAIUIgBBhAhJDQAgABCuAgsgAkEgaiQAC4sBAQN/IwBBEGsiBSQAIAEoAgAhBgJ/IAQpAwBCAVEEQCAFIAYgBCkDCBCZAiAFKAIAIQYgBSgCBAwBCyAFQQhqIAYQ+QMgBSgCCCEGIAUoAgwLIQRBASEHIAZBAXFFBEAgAUEEaiACIAMQsAMgBBCoBEEAIQcLIAAgBDYCBCAAIAc2AgAgBUEQaiQAC5cBAQN/IwBBEGsiAyQAIAEoAgAhBAJ/IAIvAQBBAUYEQCADIAIvAQK4EN8ENgIEIANBADYCACADKAIAIQIgAygCBAwBCyADQQhqIAQQ+QMgAygCCCECIAMoAgwLIQRBASEFIAJBAXFFBEAgAUEEakHFvsAAQQYQsAMgBBCoBEEAIQULIAAgBDYCBCAAIAU2AgAgA0EQaiQAC5YFAQl/IwBBEGsiBCQAIARBBGohCCMAQRBrIgMkAAJAAkACQCABKAIAIgYoAhQiAiAGKAIQIglJBEAgBigCDCEKA0AgAiAKai0AACIFQQlrIgdBF0tBASAHdEGTgIAEcUVyDQIgBiACQQFqIgI2AhQgAiAJRw0ACwsgA0EDNgIEDAELIAVB/QBGBEBBACEHIAhBADoAAQwCCwJAIAEtAARFBEAgBUEsRw0BQQEhByAGIAJBAWoiAjYCFCACIAlJBEADQAJAAkACQAJAIAIgCmotAAAiBUEMTQRAIAVBCWtBAk8NAQwECwJAIAVBIGsOAwQBAgALIAVBDUYNAyAFQf0ARg0CCyADQRE2AgQMBwsgCEEBOgABQQAhBwwHCyADQRU2AgQMBQsgBiACQQFqIgI2AhQgAiAJRw0ACwsgA0EFNgIEIAggBiADQQRqEOICNgIEDAMLQQAhByABQQA6AAQgBUEiRwRAIANBETYCBAwCCyAIQQE6AAEMAgsgA0EINgIECyAIIAYgA0EEahDiAjYCBEEBIQcLIAggBzoAACADQRBqJAACQCAELQAEQQFGBEAgACAEKAIINgIEIABBgYCAgHg2AgAMAQsgBC0ABUUEQCAAQYCAgIB4NgIADAELIARBBGohAyABKAIAIQEjAEEQayICJAAgAUEANgIIIAEgASgCFEEBajYCFCACQQRqIAFBDGogARCBASACKAIIIQECQCACKAIEQQJGBEAgA0GAgICAeDYCACADIAE2AgQMAQsgAyABIAIoAgwQmAILIAJBEGokACAEKAIEQYCAgIB4RwRAIAAgBCgCDDYCCCAAIAQpAgQ3AgAMAQsgACAEKAIINgIEIABBgYCAgHg2AgALIARBEGokAAuLBAEKfyMAQSBrIgMkACADQQhqIQcjAEEQayIEJAACQAJAIAEoAgAiBSgCFCICIAUoAhAiCEkEQCAFKAIMIQoDQCACIApqLQAAIgZBCWsiCUEXS0EBIAl0QZOAgARxRXINAiAFIAJBAWoiAjYCFCACIAhHDQALCyAEQQI2AgQgByAFIARBBGoQ4gI2AgRBASEGDAELIAZB3QBGBEBBACEGIAdBADoAAQwBCwJAAkAgAS0ABEUEQCAGQSxHDQFBASEGIAUgAkEBaiICNgIUIAIgCEkEQANAIAIgCmotAAAiCUEJayILQRdLQQEgC3RBk4CABHFFcg0EIAUgAkEBaiICNgIUIAIgCEcNAAsLIARBBTYCBCAHIAUgBEEEahDiAjYCBAwDCyAHQQE6AAFBACEGIAFBADoABAwCCyAEQQc2AgQgByAFIARBBGoQ4gI2AgRBASEGDAELIAlB3QBGBEAgBEEVNgIEIAcgBSAEQQRqEOICNgIEDAELIAdBAToAAUEAIQYLIAcgBjoAACAEQRBqJAACQCADLQAIQQFGBEAgACADKAIMNgIEIABBBzoAAAwBCyADLQAJRQRAIABBBjoAAAwBCyADQQhqIAEoAgAQOCADLQAIQQZHBEAgACADKQMYNwMQIAAgA/0AAwj9CwMADAELIAAgAygCDDYCBCAAQQc6AAALIANBIGokAAuCAQECfwJAIAEvARwiAkHIAWtB//8DcUHkAEkEQAwBC0EEIQMCQAJAAkAgAkHzA00EQCACQZMDRg0CIAJBmANGDQEgAkGtA0cNA0ECIQMMBAsgAkH0A2siAkEESyACQQFGcg0CC0EBIQMMAQtBAyEDCyAAQQRqIAEQ7wELIAAgAzYCAAt0AQF/AkACQAJAAkACQEEVIAAoAgAiAUGAgICAeHMgAUEAThsOFQEBAQEBAQEBAQEBAQMBAwEBBAEEAgALIAAQjgMgAEEIQSAQkAILDwsgAEEEahCPAw8LIABBBGoQvQQPCyAAKAIEEIQCIAAoAgRBEBDHAguAAQEBfyMAQTBrIgMkACADIAE2AhAgAyAANgIMIANBAzYCLCADQQI2AiQgAyADQQxqNgIgIAMgAjYCKCADQRRqIgBB5ozAACADQSBqEH1BlMXAAEEQIAMoAhggAygCHBDtASAAEL0EIAIoAggiAEGECE8EQCAAEK4CCyADQTBqJAALjAEBAn8jAEEwayIFJAAgAUEANgIAIAVBB0ENIAItABgiBhs2AhwgBUH7zMEAQe7MwQAgBhs2AhggBUErNgIsIAUgAkEIajYCKCAFQQI2AiQgBSAFQRhqNgIgIAVBDGoiBkHmjMAAIAVBIGoQfSAAIAEgAyAEQQMgBiACLwEUIAIvARYQzgEgBUEwaiQAC4EBAQR/IwBBEGsiBCQAIAEoAhwhAiABKAIUIQMgAUEQahCbAiACIANGBH9BAAUgBCABKAIgIgU2AgwgBSACIANrQQV2aiAEQQxqQbDNwAAQ0AIhA0EBCyECIAEoAgBBlYCAgHhHBEAgARCEAgsgACADNgIEIAAgAjYCACAEQRBqJAAL4gEBBX8CQAJAIAEoAgwiBiABKAIEIgNrIgRBGG4iBSAAKAIAIAAoAggiAmtLBEAgACACIAVBBEEYEPYCIAAoAgghAgwBCyADIAZGDQELIAQEQCAAKAIEIAJBGGxqIAMgBPwKAAALIAAoAgghAgsgASADNgIMIAAgAiAFajYCCCMAQRBrIgAkACABKAIMIgQgASgCBCICa0EYbiEDIAIgBEcEQANAIAIQ8AMgAkEYaiECIANBAWsiAw0ACwsgACABKAIANgIMIAAgASgCCDYCCCAAQQhqQQRBGBCQAiAAQRBqJAALpAECAX8BbyMAQRBrIgIkAAJAIAEoAgAlARARBEAgAkEEaiABEK0CIAAgAigCDDYCCCAAIAIpAgQ3AgAMAQsgASgCACUBEBIEQCABKAIAJQEQDSEDEKoBIgEgAyYBIAIgATYCACACQQRqIAIQrQIgACACKAIMNgIIIAAgAikCBDcCACABQYQISQ0BIAEQrgIMAQsgAEGAgICAeDYCAAsgAkEQaiQAC4YUAxh/AX4BeyMAQTBrIg4kACAOQQRqIQkjAEEgayIFJAACQAJAIAEoAgAiBgRAIAUgASgCBCIHNgIcIAUgBjYCGCAFQRBqIAVBGGogAhDTASAFKAIUIQogBSgCEEEBRgRAA0AgB0UNAyAGIApBAnRqKAKYAyEGIAUgB0EBayIHNgIcIAUgBjYCGCAFQQhqIAVBGGogAhDTASAFKAIMIQogBSgCCEEBcQ0ACwsgCSABNgIQIAkgCjYCDCAJIAc2AgggCSAGNgIEIAlBgICAgHg2AgAgAkEBQQEQkAIMAgsgCUEANgIQIAkgATYCDCAJIAIoAgg2AgggCSACKQIANwIADAELIAkgCjYCGCAJQQA2AhQgCSAGNgIQIAkgATYCDCAJIAIoAgg2AgggCSACKQIANwIACyAFQSBqJAACQCAOKAIEQYCAgIB4RgRAIA4oAgggDigCEEEYbGoiASkDACEcIAEgAykDADcDACAAIBw3AwAgAf0AAwghHSABIAP9AAMI/QsDCCAAIB39CwMIDAELIA5BIGohE0EAIQcjAEEQayIRJAACfyAOQQRqIgkoAhAEQCARQQRqIRIgCUEMaiEYIwBBkAFrIgQkACAEQQhqIQsgAyEFIwBB0ABrIggkAAJAIAlBEGoiDCgCACIPLwGSA0ELTwRAIAhBQGshAiAIQcQAaiEHQQQhAwJAIAwoAggiAUEFSQ0AIAhByABqIAhBzABqIQogASEDAn8CQAJAIAFBBWsOAgMBAAtBBiEDIAFBB2sMAQtBBSEDQQALIQEhAiAKIQcLIAggAzYCFCAIIA82AgwgCCAMKAIENgIQEOkDIgNBADsBkgMgA0EANgKIAiAIQRhqIgYgCEEMaiIKIAMQvAEgBkEANgI0IAYgAzYCMCAGIAopAgA3AyggAigCACIDQYwCaiABQQxsaiECIAcoAgAhBgJAIAEgAy8BkgMiB08EQCACIAkoAgg2AgggAiAJKQIANwIADAELIAcgAWsiCkEMbCIMBEAgAkEMaiACIAz8CgAACyACIAkoAgg2AgggAiAJKQIANwIAIApBGGwiAkUNACADIAFBGGxqIgpBGGogCiAC/AoAAAsgAyABQRhsaiICIAUpAxA3AxAgAiAF/QADAP0LAwAgAyAHQQFqOwGSAyALIAhBGGpBOPwKAAAgCyABNgJAIAsgBjYCPCALIAM2AjgMAQsgDCgCACIBQYwCaiIKIAwoAggiAkEMbGohAwJAIAJBAWoiByABLwGSAyIGSwRAIAMgCSgCCDYCCCADIAkpAgA3AgAMAQsgBiACayIPQQxsIhAEQCAKIAdBDGxqIAMgEPwKAAALIAMgCSgCCDYCCCADIAkpAgA3AgAgD0EYbCIDRQ0AIAEgB0EYbGogASACQRhsaiAD/AoAAAsgASACQRhsaiIDIAUpAxA3AxAgCCACNgIIIAggATYCACAIIAwoAgQ2AgQgAyAF/QADAP0LAwAgASAGQQFqOwGSAyALQYCAgIB4NgIAIAsgCCgCCDYCQCALIAgpAgA3AzgLIAhB0ABqJAACQCAEKAIIQYCAgIB4RwRAIAQoAjQhAyAEKAIwIQUgBEHgAGogC0Eo/AoAACAEKAJIIRkgBCgCQCEaIAQoAkQhGyAEKAI4IQIgBCgCPCEBAkACQCAFKAKIAiIHBEAgBEHwAGohFgNAIAQgBzYCVCAEIAUvAZADNgJcIAQgA0EBajYCWCAEQQhqIQwgBEHgAGohDyACIQMjAEHgAGsiCCQAAkACQCABIARB1ABqIgYoAgQiC0EBa0YEQCAGKAIAIhAvAZIDQQtJDQEgCEFAayEHIAhBxABqIQVBBCECAkAgBigCCCIBQQVJDQAgCEHIAGogCEHMAGohCiABIQICfwJAAkAgAUEFaw4CAwEAC0EGIQIgAUEHawwBC0EFIQJBAAshASEHIAohBQsgCCACNgIUIAggCzYCECAIIBA2AgwgCEEYaiEGIwBBMGsiECQAIAhBDGoiAigCACIXLwGSAyEUEOoDIgpBADsBkgMgCkEANgKIAiAQQQhqIAIgChC8ASAKLwGSAyILQQFqIQ0CQAJAIAtBDEkEQCAUIAIoAggiFWsgDUcNASAKQZgDaiEUIA1BAnQiDQRAIBQgFyAVQQJ0akGcA2ogDfwKAAALIAIoAgQhDUEAIQIDQAJAIBQgAkECdGooAgAiFSACOwGQAyAVIAo2AogCIAIgC08NACACIAIgC0lqIgIgC00NAQsLIAYgDTYCLCAGIBc2AiggBiAQQQhqQSj8CgAAIAYgDTYCNCAGIAo2AjAgEEEwaiQADAILQQAgDUEMQZiEwgAQnAEAC0HQg8IAQShB+IPCABD9AwALIAggATYCXCAIIAUoAgA2AlggCCAHKAIANgJUIAhB1ABqIA8gFiADEIYBIAwgBkE4/AoAAAwCC0GohMIAQTVB4ITCABD9AwALIAYgDyAWIAMQhgEgDEGAgICAeDYCAAsgCEHgAGokACAEKAIIQYCAgIB4Rg0CIAQoAjQhAyAEKAIwIQUgDyAMQSj8CgAAIAQoAjghAiAEKAI8IQEgBSgCiAIiBw0ACwsgBEEIaiIGIARB4ABqQSj8CgAAIAQgATYCPCAEIAI2AjggBCADNgI0IAQgBTYCMCAYKAIAIgUoAgAiB0UNASAFKAIEIQoQ6gMiAyAHNgKYAyADQQA7AZIDIANBADYCiAICQCAKQQFqIgoEQCAHQQA7AZADIAcgAzYCiAIgBCAKNgIEIAQgAzYCAAwBC0HAg8IAELEEAAsgBCgCACEDIAUgBCgCBCIHNgIEIAUgAzYCACAEIAc2AowBIAQgAzYCiAEgBEEYaiEFAkACQCABIARBiAFqIgMoAgRBAWtGBEAgAygCACIBLwGSAyIDQQtPDQEgASADQQFqIgc7AZIDIAEgA0EMbGoiCiAGKAIINgKUAiAKIAYpAgA3AowCIAEgA0EYbGoiAyAFKQMANwMAIAMgBf0AAwj9CwMIIAEgB0ECdGogAjYCmAMgAiAHOwGQAyACIAE2AogCDAILQfCCwgBBMEGgg8IAEP0DAAtB0ILCAEEgQbCDwgAQ/QMACwsgEiAZNgIIIBIgGzYCBCASIBo2AgAMAgtBwILCABCxBAALIBIgBCgCSDYCCCASIAQpA0A3AgALIARBkAFqJAAgCSgCDCECIBEoAgwhByARKAIEIQEgESgCCAwBCyAJKAIMIQIQ6QMiAUEANgKIAiACQQA2AgQgAiABNgIAIAFBATsBkgMgASAJKQIANwKMAiABIAkoAgg2ApQCIAEgAykDADcDACABIAP9AAMI/QsDCEEACyEDIBMgAjYCDCATIAc2AgggEyADNgIEIBMgATYCACACIAIoAghBAWo2AgggEUEQaiQAIABBBjoAAAsgDkEwaiQAC3EAAn8gA0EASARAQQEhAUEAIQNBBAwBCwJ/AkACfyABBEAgAiABQQEgAxBIDAELIANFBEBBASEBDAILIANBARD2AwsiAQ0AIABBATYCBEEBDAELIAAgATYCBEEACyEBQQgLIABqIAM2AgAgACABNgIAC1wBAX8jAEEgayIDJAAgAyABNgIEIAMgADYCACADQQI2AgwgAyACNgIIIANBBjYCHCADQQI2AhQgAyADQQhqNgIYIAMgAzYCEEHVhsAAIANBEGoQ2AEgA0EgaiQAC4cBAQJ/IwBBEGsiAiQAIABBCGohAwJ/IAAtAAxFBEAgAkEINgIMIAIgAzYCCCACQQI2AgQgAiAANgIAIAEoAgAgASgCBEGgi8AAIAIQYgwBCyACQQg2AgwgAiADNgIIIAJBAjYCBCACIAA2AgAgASgCACABKAIEQYOMwAAgAhBiCyACQRBqJAALbgEGfiAAIANC/////w+DIgUgAUL/////D4MiBn4iByAGIANCIIgiBn4iCCAFIAFCIIgiCX58IgVCIIZ8Igo3AwAgACAHIApWrSAGIAl+IAUgCFStQiCGIAVCIIiEfHwgASAEfiACIAN+fHw3AwgLbgECfyMAQSBrIgUkACAFQQA7ARwgBSADNgIUIAUgAyAEajYCGCAFQQhqIAVBFGoQbSABIAUoAhAiASACak8EQCAAIAJBAXRqIAUoAgwgAUEBdBDjAkUhBgsgBUEIakECQQIQkAIgBUEgaiQAIAYLbAEEfyMAQRBrIgMkACADQQxqIQQCQCACRQ0AIAAoAgAiBUUNACADIAE2AgwgAiAFbCEGIAAoAgQhAiADQQhqIQQLIAQgBjYCAAJAIAMoAgxFDQAgAygCCCIARQ0AIAIgABDHAgsgA0EQaiQAC9sBAQR/IwBBMGsiASQAAn8gACgCACICRQRAQQAhAEEADAELIAEgAjYCJCABQQA2AiAgASACNgIUIAFBADYCECABIAAoAgQiAjYCKCABIAI2AhggACgCCCEAQQELIQIgASAANgIsIAEgAjYCHCABIAI2AgwjAEEQayIAJAAgAEEEaiABQQxqIgMQywEgACgCBCICBEADQCACIAAoAgwiBEEMbGpBjAJqQQFBARCQAiACIARBGGxqELECIABBBGogAxDLASAAKAIEIgINAAsLIABBEGokACABQTBqJAALkQECAn8BfiMAQSBrIgIkACABKAIAQYCAgIB4RgRAIAEoAgwhAyACQQA2AhwgAkKAgICAEDcCFCACQRRqQeyOwgAgAygCACIDKAIAIAMoAgQQYhogAiACKAIcIgM2AhAgAiACKQIUIgQ3AwggASADNgIIIAEgBDcCAAsgAEH8lsIANgIEIAAgATYCACACQSBqJAALjA4CDH8DfiMAQUBqIgYkACABKAIUIQIgBiABQRBqNgI4IAYgAUEUajYCNCAGIAI2AjAgBiAGQT9qNgIsIAZBCGohCSAGQSxqIQwjAEHwAGsiAiQAAkACQAJAIAEoAgQiAyABKAIMRwRAIAEgA0EEajYCBCADKAIAIQogAiAMKAIMIg0oAgA2AjAgAiAKNgI0IAJBOGohByMAQSBrIgMkACACQTRqKAIAEKYEIQQjAEHwAGsiASQAIAEgBDYCEAJAAkACQCABQRBqIgUQrARFBEAgBSABQe8AakGUycAAEG4hBSADQYCAgIB4NgIIIAMgBTYCACAEQYQISQ0BIAQQrgIMAQsgAUEUaiIFIARB2LzAAEEDENcDIAFBgICAgHg2AiggAUGAgICAeDYCNCABQUBrIAUQjwECQAJAAn8gAS0AQEUEQEEAIQUDQAJAAkACQAJAAkACQAJAAkACQCABLQBBQQFrDgQCAwAEAQsgAUEIaiABQRRqEIQDDAcLIAEoAihBgICAgHhGDQUgAUEDNgJUIAFBy7zAADYCUCABQQI2AkQgASABQdAAajYCQEHIssAAIAFBQGsQ2AEMCQsgASgCNEGAgICAeEYNAyABQQc2AlQgAUGYusAANgJQIAFBAjYCRCABIAFB0ABqNgJAQciywAAgAUFAaxDYAQwICyAOUA0BIAFBCTYCVCABQc68wAA2AlAgAUECNgJEIAEgAUHQAGo2AkBByLLAACABQUBrENgBDAcLAkAgASgCKEGAgICAeEYiCEUEQCABIAEoAjA2AlggASABKQIoNwNQIAEoAjRBgICAgHhGIgQEQCABQQc2AmAgAUGYusAANgJcIAFBAjYCaCABIAFB3ABqNgJkQbSywAAgAUHkAGoQ2AEhBSADQYCAgIB4NgIIIAMgBTYCAAwCCyABIAEoAjw2AkggASABKQI0NwNAIAVFBEAgAUEJNgJgIAFBzrzAADYCXCABQQI2AmggASABQdwAajYCZEG0ssAAIAFB5ABqENgBIQUgA0GAgICAeDYCCCADIAU2AgAgAUFAaxC9BAwCCyADIAEoAjA2AhAgAyABKQIoNwIIIAMgASkCNDcCFCADIAEoAjw2AhwgAyAQNwMADAoLIAFBAzYCaCABQcu8wAA2AmQgAUECNgJEIAEgAUHkAGo2AkBBtLLAACABQUBrENgBIQQgA0GAgICAeDYCCCADIAQ2AgBBASEEDAgLIAFB0ABqEL0EDAcLIAEoAhQgAUEANgIUBEAgAUFAayABKAIYEP4BIAEoAkAEQCABKAJEDAcLIAEpA0ghEEEBIQVCASEODAMLDAkLIAEoAhQgAUEANgIUBEAgAUFAayABKAIYEJQCIAEoAkQiBCABKAJAIghBgICAgHhGDQUaIAEoAkghCyABQTRqEPcDIAEgCzYCPCABIAQ2AjggASAINgI0DAILDAgLIAEoAhQgAUEANgIURQ0HIAFBQGsgASgCGBCUAiABKAJEIgQgASgCQCIIQYCAgIB4Rg0DGiABKAJIIQsgAUEoahD3AyABIAs2AjAgASAENgIsIAEgCDYCKAsgAUFAayABQRRqEI8BIAEtAEBFDQALCyABKAJECyEEIANBgICAgHg2AgggAyAENgIAQQEhBEEBIQgLAkAgBEUNACABKAI0QYCAgIB4Rg0AIAFBNGoQvQQLIAggASgCKEGAgICAeEdxRQ0AIAFBKGoQvQQLIAFBFGoQrwMLIAFB8ABqJAAMAQtB8M7AAEExEMAEAAsCQCADKAIIQYCAgIB4RgRAIAdBAToAGCAHIAMoAgA2AhQgB0EdNgIQIAdBkczAADYCDCAHQYCAgIB4NgIIDAELIAcgA/0AAxD9CwMQIAcgA/0AAwD9CwMACyADQSBqJAACQCACKAJAIgdBgICAgHhGBEAgAiAC/QACRP0LAxggAkEBNgJsIAIgAkEwajYCaCACQdwAaiIDQfaywAAgAkHoAGoQfSACKAJgIAIoAmQgAkEYahCFAiEBIAMQvQQMAQsgAiAC/QACRP0LAxggAiACKAJUNgIoIAIpAzgiDkKAgICAcIMhDyAOpyEBCyAKQYQITwRAIAoQrgILIAdBgICAgHhHDQECQCAMKAIEIgMoAgBFDQAgAygCBCIEQYQISQ0AIAQQrgILIAMgATYCBCADQQE2AgAMAgsgCUGBgICAeDYCCAwCCyACIAIoAig2AhAgAiAC/QADGP0LAwAgDyABrYQhDwsgCSAHNgIIIAkgDzcDACAJIAL9AAMA/QsCDCAJIAIoAhA2AhwgDSANKAIAQQFqNgIACyACQfAAaiQAAkAgBigCEEGBgICAeEcEQCAAIAb9AAMY/QsDECAAIAb9AAMI/QsDAAwBCyAAQYCAgIB4NgIICyAGQUBrJAALgwEBAn8jAEEgayICJAAgAiABNgIMIAJBEGogAkEMahCXAgJAIAIoAhBBgICAgHhHBEAgACACKAIYNgIIIAAgAikCEDcCAAwBCyACQQxqIAJBH2pBxLjAABBuIQMgAEGAgICAeDYCACAAIAM2AgQLIAFBhAhPBEAgARCuAgsgAkEgaiQAC3YBBH8jAEEQayIBJAAgACgCDCICIAAoAgQiA0cEQCACIANrQQJ2IQIDQCADKAIAIgRBhAhPBEAgBBCuAgsgA0EEaiEDIAJBAWsiAg0ACwsgASAAKAIANgIMIAEgACgCCDYCCCABQQhqQQRBBBCQAiABQRBqJAALZQECfyMAQRBrIgIkACAALQAAIQNBACEAA0AgACACakEPaiADQQ9xQdS2wwBqLQAAOgAAIABBAWshACADQQR2IgMNAAsgAUEBQdK2wwBBAiAAIAJqQRBqQQAgAGsQVSACQRBqJAALggEBAn8jAEEgayICJAAgAkEUaiABKAIAJQEQJQJAIAIoAhQiAUUEQEGAgICAeCEBDAELIAIgAigCGCIDNgIcIAIgATYCGCACIAM2AhQgAkEIaiACQRRqELICIAIoAgghAyAAIAIoAgwiATYCCCAAIAM2AgQLIAAgATYCACACQSBqJAALawEDfyMAQRBrIgMkACADQQRqIAJBAUEBEOsBIAMoAgghBCADKAIEQQFHBEAgAygCDCEFIAIEQCAFIAEgAvwKAAALIAAgAjYCCCAAIAU2AgQgACAENgIAIANBEGokAA8LIAQgAygCDBD6AwALeAEBfyMAQRBrIgMkACADIAI3AwAgAAJ/IAEtAAJFBEAgAkKAgICAgICAEFoEQCADQS42AgwgAyADNgIIQQEhAUGAq8AAIANBCGoQ2AEMAgtBACEBIAK6EN8EDAELQQAhASACEIoECzYCBCAAIAE2AgAgA0EQaiQAC4UBAQF/IwBBEGsiAiQAIAIgATYCAAJAIAIQvgNFBEAgAkEEaiABEJQCIAIoAgRBgICAgHhGBEAgACACKAIINgIEIABBgYCAgHg2AgAMAgsgACACKAIMNgIIIAAgAikCBDcCAAwBCyAAQYCAgIB4NgIAIAFBhAhJDQAgARCuAgsgAkEQaiQAC3ABA38jAEEQayICJAAgACgCDCIDIAAoAgQiAUcEQCADIAFrQQV2IQMDQCABEIQCIAFBEGoQhAIgAUEgaiEBIANBAWsiAw0ACwsgAiAAKAIANgIMIAIgACgCCDYCCCACQQhqQQhBIBCQAiACQRBqJAALgQQBCX8jAEEgayIDJAAjAEEQayIEJAAgBEEANgIMIAQgAjYCCCAEIAE2AgQjAEFAaiIBJAAgAUGAAToAJCABQQA2AhQgAUKAgICAEDcCDCABIARBBGoiAigCCDYCICABIAIpAgA3AhggA0EIaiICIAFBDGoiBRA4AkAgAi0AAEEGRg0AIAEgAikDEDcDOCABIAL9AAMA/QsDKCMAQRBrIggkAAJAIAUoAhQiBiAFKAIQIglPDQAgBSgCDCEKA0AgBiAKai0AAEEJayILQRdLQQEgC3RBk4CABHFFckUEQCAFIAZBAWoiBjYCFCAGIAlHDQEMAgsLIAhBFjYCBCAFIAhBBGoQ4gIhBwsgCEEQaiQAIAdFDQAgAkEGOgAAIAIgBzYCBCABQShqELECCyABQQxqQQFBARCQAiABQUBrJAAgBEEQaiQAAkAgAy0ACCIBQQVGBEAgACADKAIUNgIMIAAgAykCDDcCBCAAQQE2AgAMAQsgAEEANgIAIAFBBkYEQCADQQhqQQRyEIUDDAELAkACQAJAAkAgA0EIaiIALQAADgUDAwMBAgALIABBBGoQkQIMAgsgAEEEahC9BAwBCyAAQQRqIgIiACgCCCIBBEAgACgCBCEAA0AgABCxAiAAQRhqIQAgAUEBayIBDQALCyACQQhBGBCQAgsLIANBIGokAAsDAAALbQEDfwJAAkAgAiABayIEQQF2IgUgACgCACAAKAIIIgNrSwRAIAAgAyAFQQJBAhD2AiAAKAIIIQMMAQsgASACRg0BCyAEBEAgACgCBCADQQF0aiABIAT8CgAACyAAKAIIIQMLIAAgAyAFajYCCAtoAQJ/IwBBIGsiAiQAIAJBFGoiAyAAKAIAJQEQCiACQQhqIAIoAhQgAigCGBCZBCACIAIoAgggAigCDBD/AiADIAIoAgAgAigCBBD8AyACKAIYIAIoAhwgARDIBCADEL0EIAJBIGokAAtoAQJ/IwBBEGsiAiQAIAIgATYCCCAAAn8gAkEIahD0A0H/AXEiA0ECRwRAIAAgAzoAAUEADAELIAAgAkEIaiACQQ9qQeTHwAAQbjYCBEEBCzoAACABQYQITwRAIAEQrgILIAJBEGokAAtqAQN/IwBBEGsiAyQAIAEoAgQhAiABKAIMIQQgARCoAiACIARGBH9BAAUgAyABKAIQIgE2AgwgASAEIAJrQQR2aiADQQxqQcDNwAAQ0AIhAkEBCyEBIAAgAjYCBCAAIAE2AgAgA0EQaiQAC+REAh5/An4jAEEgayISJAAgASgCECEDIBIgAUEQajYCGCASIAM2AhQgEiASQR9qNgIQIBJBBGohGyASQRBqIR8jAEHQAWsiAiQAAkACQAJAAkAgASIcKAIEIgQgASgCDEcEQCACQeAAaiEeA0AgHCAEQQhqNgIEIAQoAgAhEAJAAkACQCAEKAIEIg5BAkciDEUEQCAQLwAAQarUAEcNAUGBgICAeCEEQgAhIQwCCyAODQBBACEEQgEhIQwBCyACQRBqIBAgDkEqEK8BIAIoAhAhBgJAAkAgDiACKAIUIgpGIgsNACAKRQRAIAJBgICAgHg2AiQMAgsgBiAKaiEFIAYhAQNAAn8gASwAACIHQQBOBEAgB0H/AXEhCCABQQFqDAELIAEtAAFBP3EhAyAHQR9xIQkgB0FfTQRAIAlBBnQgA3IhCCABQQJqDAELIAEtAAJBP3EgA0EGdHIhAyAHQXBJBEAgAyAJQQx0ciEIIAFBA2oMAQsgCUESdEGAgPAAcSABLQADQT9xIANBBnRyciEIIAFBBGoLIQFBZCEEA0AgBARAIARBmMvBAGogBEEEaiEEKAIAIAhHDQEMAwsLIAEgBUcNAAsgAkHYAGogCkEBQQEQ6wEgAigCXCEBIAIoAlhBAUcEQCACKAJgIQMgCgRAIAMgBiAK/AoAAAsgAiAKNgIwIAIgAzYCLCACIAE2AiggAkGBgICAeDYCJAwCCwwHCyACQQhqIBAgDkE/EK8BAkAgAigCDCINIA5PDQAgAigCCCEDIA0EQCADIA1qIQkgAyEBA0ACfyABLAAAIghBAE4EQCAIQf8BcSEIIAFBAWoMAQsgAS0AAUE/cSEFIAhBH3EhByAIQV9NBEAgB0EGdCAFciEIIAFBAmoMAQsgAS0AAkE/cSAFQQZ0ciEFIAhBcEkEQCAFIAdBDHRyIQggAUEDagwBCyAHQRJ0QYCA8ABxIAEtAANBP3EgBUEGdHJyIQggAUEEagshAUFkIQQDQCAEBEAgBEGYy8EAaiAEQQRqIQQoAgAgCEcNAQwECwsgASAJRw0ACwsgECAOIBBqEMgBIQYgAkHYAGogDUEBQQEQ6wEgAigCXCEBIAIoAlhBAUcEQCACKAJgIQUgDQRAIAUgAyAN/AoAAAsgAiAGNgIwIAIgDTYCLCACIAU2AiggAiABNgIkDAILDAcLAkAgCw0AIAJBLjYCWCAGIAogAkHYAGpBARDlA0UgCkEBRnINACAGIApqIQEgBkEBaiEEA0ACQCABIARGDQACfyAELAAAIgVBAE4EQCAFQf8BcSEDIARBAWoMAQsgBC0AAUE/cSEDIAVBH3EhBiAFQV9NBEAgBkEGdCADciEDIARBAmoMAQsgBC0AAkE/cSADQQZ0ciEDIAVBcEkEQCADIAZBDHRyIQMgBEEDagwBCyAGQRJ0QYCA8ABxIAQtAANBP3EgA0EGdHJyIgNBgIDEAEYNASAEQQRqCyEEIANBKkYNAQwCCwsgAkGDgICAeDYCJAwBCyACQS42AlgCQCAQIA4gAkHYAGpBARDlA0UgDkEBRnINACAOIBBqIQEgEEEBaiEEA0ACQCABIARGDQACfyAELAAAIgVBAE4EQCAFQf8BcSEDIARBAWoMAQsgBC0AAUE/cSEDIAVBH3EhBiAFQV9NBEAgBkEGdCADciEDIARBAmoMAQsgBC0AAkE/cSADQQZ0ciEDIAVBcEkEQCADIAZBDHRyIQMgBEEDagwBCyAGQRJ0QYCA8ABxIAQtAANBP3EgA0EGdHJyIgNBgIDEAEYNASAEQQRqCyEEIANBKkYNAQwCCwsgAkGEgICAeDYCJAwBCyACQYWAgIB4NgIkCyACQQA7AWAgAiAQNgJYIAIgDiAQajYCXCACQTRqIAJB2ABqEG1BkMXBACEdIAIoAjghCwJAIAIoAjwiEUUNACARQQF0IQQgCyEDA0AgBEUEQEGWxcEAIR0MAgsgBEECayEEIAMvAQAgA0ECaiEDQSpGDQALCyACQdgAaiARQQF0QQJBAhDrASACKAJcIQECQAJAAkAgAigCWEEBRwRAIAJBADYCVCACIAIoAmA2AlAgAiABNgJMAkAgEUUEQCACIAIoAlQiATYCSCACIAIpAkwiIDcDQCACIAE2ApABIAIgIDcDiAEMAQsgHUEGaiEPIBFBAWshCkEAIQZBACEEQQAhGEEAIQNBACETA0AgCyAGQQF0ai8BACEUAkACfwJAAn8CQAJAAkACQAJAAkACQAJAAkAgBEEBcQRAQXIhBANAIARFDQIgBEGqxcEAaiEBIARBAWohBCAUIAEtAABHDQALIAIoAlQiASACKAJMRgRAIAJBzABqEOwCCyACKAJQIAFBAXRqQdwAOwEAIAIgAUEBaiIENgJUDAILAkACQCAUQdsAaw4CAQUACyAUQSpGDQMgFEE/Rg0FIAZBAWoMCgsgAkEANgJ4IAJCgICAgMAANwJwIAJBADYChAEgAkKAgICAwAA3AnwgESAGQQFqIglLBEAgBkECaiEDQQAhGUEAIRUgCSEBQQAhCEEAIRZBACEEQQAhGgNAAkACQCALIAFBAXRqLwEAIgdBIUYgB0HeAEZyRSABIAlHckUEQEEBIRogAyEBDAELAkACQAJAAkACQCAIQX9zIAdB3QBHciAEckEBcQRAIAdB3ABHIARyQQFxRQ0BIAdB2wBHIARyQQFxDQRB6H0hBANAIARFDQUgBEHMycEAaiEIIARByMnBAGohBSAEQRRqIQQgCyARIAEgBSgCACAIKAIAIg0QjwJFDQALIBkNBSAEQcTJwQBqLQAAIQggAkEAOwG4ASAEQcDJwQBqKAIAIQcgAiAEQbzJwQBqKAIAIgU2ArABIAIgBSAHajYCtAEgBEHFycEAai0AACACQYgBaiACQbABahBtDQIgAigCeCIHIAIoAnBGBEAgAkHwAGoQ7QILIAIoAnQgB0EMbGoiBSACKAKQATYCCCAFIAIpAogBNwIAIAIgB0EBajYCeAwDCyABQQFqIQMMDgtBASEEIAFBAWohAUEBIQgMBAsgAigChAEiByACKAJ8RgRAIAJB/ABqEO0CCyACKAKAASAHQQxsaiIFIAIoApABNgIIIAUgAikCiAE3AgAgAiAHQQFqNgKEAQsgASANaiEBIAggFnIhFkEBIQhBACEZQQAhBAwCCwJAAkAgFUUEQCALIBEgAUEBaiIFQcjJwQBBAhCPAg0BIAsgESAFQcrJwQBBARCPAg0CIAJBADYCzAEgAkKAgICAIDcCxAEgAiAHOwGwASACQcQBaiACQbABakEBENcBIAIgAigCzAE2ArgBIAIgAikCxAE3A7ABIAIoAngiByACKAJwRgRAIAJB8ABqEO0CCyACKAJ0IAdBDGxqIgEgAigCuAE2AgggASACKQOwATcCAEEBIQggAiAHQQFqNgJ4QQAhFUEAIQQgBSIBIBFJDQYMBQsCQCAXQf//A3EiBSAHTwRAIAUgB0cNASACQQA2AswBIAJCgICAgCA3AsQBIAIgFzsBsAEgAkHEAWogAkGwAWpBARDXASACIAIoAswBNgK4ASACIAIpAsQBNwOwASACKAJ4IgcgAigCcEYEQCACQfAAahDtAgsgAigCdCAHQQxsaiIFIAIoArgBNgIIIAUgAikDsAE3AgAgAiAHQQFqNgJ4DAELIAJBADYCzAEgAkKAgICAIDcCxAEgAiAXOwGwASACQcQBaiIFIAJBsAFqQQEQ1wEgAigCzAEiCCACKALEAUYEQCAFEOwCCyACKALIASAIQQF0akEtOwEAIAIgCEEBajYCzAEgAiAHOwGwASACQcQBaiACQbABakEBENcBIAIgAigCzAE2ArgBIAIgAikCxAE3A7ABIAIoAngiByACKAJwRgRAIAJB8ABqEO0CCyACKAJ0IAdBDGxqIgUgAigCuAE2AgggBSACKQOwATcCACACIAdBAWo2AngLQQEhCCABQQFqIQFBACEZQQAhBEEAIRUMAwsgAkEANgLMASACQoCAgIAgNwLEASACQS07AbIBIAIgBzsBsAEgAkHEAWogAkGwAWpBAhDXASACIAIoAswBNgK4ASACIAIpAsQBNwOwASACKAJ4IgcgAigCcEYEQCACQfAAahDtAgsgAigCdCAHQQxsaiIFIAIoArgBNgIIIAUgAikDsAE3AgBBASEIIAIgB0EBajYCeCABQQJqIQFBACEEQQAhFQwCCyABQQJqIQFBASEZQQAhBEEBIQggByEXQQEhFQwBCyACQQA7AbgBIAJBzcnBADYCtAEgAkHLycEANgKwASACQdgAaiACQbABahBtIAJBgAI7AWggAiARIAZrNgJkDAoLIAEgEUkNAQsLIAYiAyABTw0GCyAeQgA3AgAgHkEAOwEIIAJCgICAgCA3A1gMBgsgAigCVCEECyACKAJMIARGBEAgAkHMAGoQ7AILIAIoAlAgBEEBdGogFDsBACACIARBAWo2AlQgBkEBagwJCyADQQFxRQRAIAJBADsBYCACIA82AlwgAiAdNgJYIAJBzABqIAJB2ABqEIQBQQEhEwtBASEDIAZBAWoMCAsgBiAKRyIERQRAIAJBADsBYCACQc7SwAA2AlwgAkHM0sAANgJYIAJBzABqIAJB2ABqEIQBCyAGQQFqIQZBACEDDAgLQQAhAyACQQA7AWAgAkGQxcEANgJcIAJBjMXBADYCWEEBIRMgAkHMAGogAkHYAGoQhAEgBkEBagwGCyACKAKEASEFIAIoAngiAUUEQCAFDQIgAkEAOwG4ASACQc3JwQA2ArQBIAJBy8nBADYCsAEgAkHYAGogAkGwAWoQbSACQYACOwFoIAIgESAGazYCZAwBCyAaIAUgAUEBR3JyDQECQAJAAkAgAigCdCIBKAIIIgVBAWsOAgABBAsCQCABKAIEIgQvAQAiAUEKaw4EBAICBAALIAFBqMAAa0ECSQ0DDAELIAEoAgQiBC8BAEHcAEcNAgJAIAQvAQIiAUEKaw4EAwEBAwALIAFBqMAAa0ECSQ0CCyACQQA2ArgBIAJCgICAgCA3ArABIAJBsAFqIAQgBUEBdGpBAmsvAQAQ4wEgAkEAOwFoIAIgAyAGazYCZCACIAIoArgBNgJgIAIgAikCsAE3A1gLIAIoAoQBIgMEQCACKAKAASEEA0AgBEECQQIQkAIgBEEMaiEEIANBAWsiAw0ACwsgAkH8AGpBBEEMEJACIAIoAngiA0UNASACKAJ0IQQDQCAEQQJBAhCQAiAEQQxqIQQgA0EBayIDDQALDAELAkACQEECQQIQ9gMiAQRAIAFB2wA7AQAgAkEBNgKgASACIAE2ApwBIAJBATYCmAEgGg0BDAILDBMLIAJBmAFqEOwCIAIoApwBQd4AOwECIAJBAjYCoAELIAJBxAFqIAIoAnQgAigCeBC/ASACIAIoAsQBNgK4ASACIAIoAsgBIgE2ArABIAIgATYCtAEgAiABIAIoAswBQQF0ajYCvAEgAkGYAWoiASACQbABahDkASACKAKgASIFIAIoApgBRgRAIAEQ7AILIAIoApwBIAVBAXRqQd0AOwEAIAIgBUEBajYCoAECQAJAQQJBAhD2AyIBBEAgAUHbADsBACACQQE2AqwBIAIgATYCqAEgAkEBNgKkASAaRQRAIAJBpAFqEOwCIAIoAqgBQd4AOwECIAJBAjYCrAELIAJBxAFqIAIoAoABIAIoAoQBEL8BIAIgAigCxAE2ArgBIAIgAigCyAEiATYCsAEgAiABNgK0ASACIAEgAigCzAFBAXRqNgK8ASACQaQBaiIBIAJBsAFqEOQBIAIoAqwBIgUgAigCpAFGBEAgARDsAgsgAigCqAEgBUEBdGpB3QA7AQAgAiAFQQFqNgKsASACKAJ4RQ0BIAIoAoQBBEBBAkECEPYDIgFFDRUgAUEoOwEAIAJBATYCzAEgAiABNgLIASACQQE2AsQBIAIoAqABIQEgAigCnAEhBSACIAIoApgBNgK4ASACIAU2ArABIAIgBSABQQF0ajYCvAEgAiAFNgK0ASACQcQBaiIBIAJBsAFqEOQBIAIoAswBIgUgAigCxAFGBEAgARDsAgsgAigCyAEgBUEBdGpB/AA7AQAgAiAFQQFqNgLMASACKAKsASEBIAIoAqgBIQUgAiACKAKkATYCuAEgAiAFNgKwASACIAU2ArQBIAIgBSABQQF0ajYCvAEgAkHEAWoiASACQbABahDkASACKALMASIFIAIoAsQBRgRAIAEQ7AILIAJBAToAaSACKALIASAFQQF0akEpOwEAIAIgBUEBajYCYCACIAIpAsQBNwNYIAIgAyAGazYCZCACIBZBAXE6AGgMAwsgAiACKAKgATYCYCACIAIpApgBNwNYIAIgAyAGazYCZCACQQE6AGkgAiAWQQFxOgBoIAJBpAFqQQJBAhCQAgwCCwwTCyACIAIoAqwBNgJgIAIgAikCpAE3A1ggAiADIAZrNgJkIAJBAToAaSACIBZBAXE6AGggAkGYAWpBAkECEJACCyACKAKEASIDBEAgAigCgAEhBANAIARBAkECEJACIARBDGohBCADQQFrIgMNAAsLIAJB/ABqQQRBDBCQAiACKAJ4IgNFDQAgAigCdCEEA0AgBEECQQIQkAIgBEEMaiEEIANBAWsiAw0ACwsgAkHwAGpBBEEMEJACIAIoAmQNASACQdgAakECQQIQkAIgCQshBiACQcwAaiAUEOMBQQAhBEEAIQMMAgsgAkHMAGogAigCXCIBIAEgAigCYEEBdGoQngIgAi0AaCACLQBpIAIoAmQhASACQdgAakECQQIQkAIgE3IhEyAYciEYQQAhAyABIAZqCyEGQQAhBAsgBiARSQ0ACyACIAIoAlQiATYCSCACIAIpAkwiIDcDQCACIAE2ApABIAIgIDcDiAEgE0EBcQ0CCyACKAKMASELIAJB2ABqIAIoApABIglBAkECEOsBIAIoAlwhASACKAJYQQFHBEBBACEDIAJBADYCzAEgAiACKAJgNgLIASACIAE2AsQBIAlFDQNBACEEA0AgCQJ/AkACQAJAIAsgBEEBdGovAQAiBUEKaw4EAgEBAgALIAVB3ABGIAVBqMAAa0ECSXINAQsgBEEBaiIBIAlPDQAgCyABQQF0ai8BAEHbAEcNACAEQQJqIgEgCU8NACALIAFBAXRqLwEAIgZBL0YgBkHcAEZyDQAgBEEDaiIBIAlPDQAgCyABQQF0ai8BAEHdAEcNACACKALEASADRgRAIAJBxAFqEOwCCyACKALIASADQQF0aiAFOwEAIAIgA0EBaiIBNgLMASACKALEASABRgRAIAJBxAFqEOwCCyACKALIASABQQF0aiAGOwEAIAIgA0ECaiIDNgLMASAEQQRqDAELAkAgBCAJQQFGcg0AIAsvAQBB2wBHDQAgCy8BAiIBQS9GIAFB3ABGciAJQQJGcg0AIAsvAQRB3QBHDQAgAigCxAEgA0YEQCACQcQBahDsAgsgAigCyAEgA0EBdGogATsBACACIANBAWoiAzYCzAFBAwwBCyACKALEASADRgRAIAJBxAFqEOwCCyACKALIASADQQF0aiAFOwEAIAIgA0EBaiIDNgLMASAEQQFqCyIESw0ACwwDCyABIAIoAmAQ+gMACwwICyACQdgAaiACKAKQAUEgakECQQIQ6wEgAigCXCEBAkACQCACKAJYQQFHBEAgAiACKAJgIgM2ApwBIAIgATYCmAEgA0HeADsBACACQQE2AqABIA5BAUYEQCAQLQAAQS5GDQMMAgsgDA0BIBAvAABBrtwARw0BDAILDAkLIAIoAowBIQECQCACKAKQASIFBEAgAS8BACIDQS5GIANB2wBGcg0BC0EAIQQgASEDAkADQCAEQQJHBEAgBEHkysEAai0AACEGQQAhCCAEIAVJBEAgAy8BACEICyAEQQFqIQQgA0ECaiEDIAhB//8DcSAGRg0BDAILCyAFQQNJDQAgAS8BBCIDQS5GIANB2wBGcg0BC0EAIQQgASEDA0AgBEEERwRAIARB5srBAGotAABBACEIIAQgBUkEQCADLwEAIQgLIARBAWohBCADQQJqIQMgCEH//wNxRg0BDAMLCyAFQQVJDQEgAS8BCCIBQdsARg0AIAFBLkcNAQsgAkEAOwFgIAJB6MnBADYCXCACQdHJwQA2AlggAkGYAWogAkHYAGoQhAELIBhBAXEhASACQZgBaiIGIAIoAowBIgMgAyACKAKQAUEBdGoQngIgAigCoAEiAyACKAKYAUYEQCAGEOwCCyACKAKcASADQQF0akEkOwEAIAIgA0EBaiIGNgKgASACKAKcASIDIAZBAXRqIQkCQCABRQRAIwBBIGsiByQAIAdBFGogCSADa0EBdkEEQQQQ6wEgBygCGCEGIAcoAhRBAUYEQCAGIAcoAhwQ+gMACyAHQQA2AhAgByAHKAIcNgIMIAcgBjYCCCAJIANrQQF2Ig0gB0EIaiILKAIAIAsoAggiDGtLBEAgCyAMIA1BBEEEEPYCIAsoAgghDAsgAkGkAWohBSALIAMgCUcEfyAMIA1qIAsoAgQgDEECdGohDANAIAwgAy8BADYCACADQQJqIQMgDEEEaiEMIA1BAWsiDQ0ACwUgDAs2AgggBSAHKAIQNgIIIAUgBykCCDcCACAHQSBqJAAMAQsgAiAJNgJgIAIgAzYCXCACQQA7AVggAkGkAWohCyMAQSBrIgokACAKQRBqIg0gAkHYAGoiCRCxAQJAAkACQCAKLwEQQQJHBEAgCSgCBCEGIAkoAgghAyAKKQMQISAgDUEDAn9BACAJLwEAQQFHDQAaQQEgCS8BAkGA8ANxQYCwA0cNABogAyAGRgsgAyAGayIDQQF2QQFxIANBAnZqaiIDIANBA00bQQFqQQRBBBDrASAKKAIUIQUgCigCEEEBRg0CIAooAhgiBiAgpyIDQRB2ICBCIIinIANBAXEbNgIAIApBATYCDCAKIAY2AgggCiAFNgIEIAogCSgCCDYCGCAKIAkpAgA3AxAjAEEQayIIJAAgCEEIaiANELEBIAgvAQhBAkcEQCAKQQRqIQcDQCAIKQMIIiCnIgNBEHYgIEIgiKcgA0EBcRshBiAHKAIIIgkgBygCAEYEQCANKAIEIQUgDSgCCCEDIAcgCQJ/QQAgDS8BAEEBRw0AGkEBIA0vAQJBgPADcUGAsANHDQAaIAMgBUYLIAMgBWsiA0EBdkEBcSADQQJ2ampBAWpBBEEEEPYCCyAHKAIEIAlBAnRqIAY2AgAgByAJQQFqNgIIIAhBCGogDRCxASAILwEIQQJHDQALCyAIQRBqJAAgCyAKKAIMNgIIIAsgCikCBDcCAAwBCyALQQA2AgggC0KAgICAwAA3AgALIApBIGokAAwBCyAFIAooAhgQ+gMACwsgAiABOgC8ASACQQA2ArgBIAIgAigCrAEiBjYCtAEgAiACKAKoATYCsAEgAkHYAGogAkGwAWoQfiACKAJkIQkgAigCYCEFIAIoAlwhAwJAAkACQAJAAkACfyACKAJYBEAgBSEGIAkMAQsgAiAJNgLMASACIAU2AsgBIAIgAzYCxAEgAigCuAEgBk8NASACQdgAakENQQFBARDrASACKAJcIQMgAigCWEEBRg0EIAIoAmAiBkGV08AAKQAANwAFIAZBkNPAACkAADcAACACQcQBahCQA0ENCyEBIAJBpAFqQQRBBBCQAgwBCyACQaQBakEEQQQQkAIgA0GAgICAeEcNASAJIQYgBSEDCyACQdgAaiAOQQFBARDrASACKAJcIQggAigCWEEBRgRAIAggAigCYBD6AwALIAIoAmAhBCAOBEAgBCAQIA78CgAACyACIAE2AiAgAiADrSAGrUIghoQ3AxggAkGYAWpBAkECEJACDAQLQSBBBBD2AyIBRQ0BIAEgBTYCBCABIAM2AgAgASAC/QACJP0LAhAgASAJrUKAgICAEEIAIBhBAXEbhDcCCCACQZgBakECQQIQkAIgAkGIAWpBAkECEJACIAJBNGpBAkECEJACIAGtIAI1AhhCIIaEISFBgoCAgHghBAwECyADIAIoAmAQ+gMAC0EEQSAQxAQACyACQdgAaiADQQJBAhDrASACKAJcIQEgAigCWEEBRg0GIAJBADYCuAEgAiACKAJgNgK0ASACIAE2ArABIAIoAswBIgYEQEEAIQhBACEDQQAhBANAAkACQAJAAkAgAigCyAEiCSAEQQF0ai8BACIBQdwARw0AIAYgBEEBaiIFTQ0AIAkgBUEBdGovAQAiBUEvRw0BC0EBIQYgAyACKAKwAUYNAQwCC0ECIQYgBSEBIAMgAigCsAFHDQELIAJBsAFqEOwCCyACKAK0ASAIaiABOwEAIAIgA0EBaiIDNgK4ASAIQQJqIQggBCAGaiIEIAIoAswBIgZJDQALCyACIAIoArgBNgJgIAIgAikCsAE3A1ggAkHEAWpBAkECEJACIAJBsAFqIQggAigCXCEBIAIoAmAhA0EAIQYjAEEQayIPJAACQAJAIANFBEAgD0IBNwIIIA8gAzYCBAwBCyADQQEQ9gMiDQRAIA9BADYCDCAPIA02AgggDyADNgIEIAEgA0EBdGohCwNAIAFBAmohAwJ/AkACfyABLwEAIgxBgPADcUGAsANGBEACQCADIAtGIAxB/7cDS3INACADLwEAIgNBgEBrQf//A3FBgPgDSQ0AIANB/wdxIAxB/wdxQQp0ckGAgARqIQwgAUEEagwCCyAIQYCAgIB4NgIAIA8oAgQiAUUNByAPKAIIIAEQxwIMBwtBASEEIAxBgAFJBEAgAyEBQQEMAwsgDEGAEEkNASADCyEBQQAhBEEDQQQgDEGAgARJGwwBC0EAIQQgAyEBQQILIgkgDygCBCAGa0sEfyAPQQRqIAYgCRD8ASAPKAIIIQ0gDygCDAUgBgsgDWohCgJAIARFBEAgDEE/cUGAf3IhByAMQQZ2IQMgDEGAEEkEQCAKIAc6AAEgCiADQcABcjoAAAwCCyAMQQx2IQUgA0E/cUGAf3IhAyAMQf//A00EQCAKIAc6AAIgCiADOgABIAogBUHgAXI6AAAMAgsgCiAHOgADIAogAzoAAiAKIAVBP3FBgH9yOgABIAogDEESdkFwcjoAAAwBCyAKIAw6AAALIA8gBiAJaiIGNgIMIAEgC0cNAAsMAQtBASADEPoDAAsgCCAPKAIMNgIIIAggDykCBDcCAAsgD0EQaiQAIAIoArABIQQgAikCtAEhICACQdgAakECQQIQkAIgIEIgiKchAyAgpyEOQYGAgIB4IQgLIAJBiAFqQQJBAhCQAiACQTRqQQJBAhCQAiACQSRqEIEDIAhBgYCAgHhHBEAgAikCHCEgIB8oAgQiASgCAEGCgICAeE4EQCABEL0EIAFBDGoQvQQLIAEgIDcCECABIAM2AgwgASAONgIIIAEgBDYCBCABIAg2AgBBg4CAgHghBAwBCyAEQYOAgIB4Rg0BIA6tIAOtQiCGhCEhIARBhICAgHhGDQELIBsgITcCBCAbIAQ2AgAMAwsgHCgCBCIEIBwoAgxHDQALCyAbQYSAgIB4NgIACyACQdABaiQADAILIAEgAigCYBD6AwALQQJBAhDEBAALAkAgEigCBEGEgICAeEcEQCAAIBIoAgw2AgggACASKQIENwIADAELIABBg4CAgHg2AgALIBJBIGokAAt7AQZ/IwBBEGsiAyQAIAEoAgghBCABKAIAIQYgAigCBCEHIAIoAgghCCADQQhqIAcgCBCDBEEBIQIgAygCDCEFIAMoAghBAXFFBEAgASgCBCAEIAUQiQQgASAEQQFqNgIIQQAhAgsgACAFNgIEIAAgAjYCACADQRBqJAALbgECfyAAKAIIIgIEQCAAKAIEIQADQAJAAkACQCAAKAIAIgFBH3UgAUH/////B2txDgMBAgIACyAAQQRqKAIAIgEQkAMgAUEQahCBAyABQSAQxwIMAQsgABC9BAsgAEEMaiEAIAJBAWsiAg0ACwsLAwAAC5VgBBZ/An4BfAF9IwBBIGsiCiQAIAEoAgAQpgQhASMAQfAAayIHJAAgByABNgIUAkACQAJAIAdBFGoiBBCsBEUEQCAEIAdB7wBqQfTIwAAQbiEEIApBAjYCACAKIAQ2AgQgAUGECEkNASABEK4CDAELIAdBGGoiBCABQcy+wABBAxDXAyAHQYCAgIB4NgIsIAdBAjYCOCAHQcgAaiAEEI4BAkACQCAHLQBIRQRAA0ACQAJAAkACQAJAAkACQAJAAkAgBy0ASUEBaw4EAgMABAELIAdBCGogB0EYahCEAwwHCyAURQ0FIAdBBjYCaCAHQcW+wAA2AmQgB0ECNgJMIAcgB0HkAGo2AkhByLLAACAHQcgAahDYASEBIApBAjYCACAKIAE2AgRBASEEDAkLIAcoAixBgICAgHhGDQMgB0EHNgJoIAdBor7AADYCZCAHQQI2AkwgByAHQeQAajYCSEHIssAAIAdByABqENgBIQEgCkECNgIAIAogATYCBEEBIQQMCAsgBygCOEECRg0BIAdBBDYCaCAHQam+wAA2AmQgB0ECNgJMIAcgB0HkAGo2AkhByLLAACAHQcgAahDYASEBIApBAjYCACAKIAE2AgRBASEEDAcLQQEhBCAURQRAIAdBBjYCaCAHQcW+wAA2AmQgB0ECNgJMIAcgB0HkAGo2AkhBtLLAACAHQcgAahDYASEBIApBAjYCACAKIAE2AgQMBwsgBygCLCIBQYCAgIB4RiEEIAFBgICAgHhGBEAgB0EHNgJgIAdBor7AADYCXCAHQQI2AmggByAHQdwAajYCZEG0ssAAIAdB5ABqENgBIQEgCkECNgIAIAogATYCBAwHCyAHIAcoAjQ2AlAgByAHKQIsNwNIIAcoAjgiAUECRgRAIAdBBDYCYCAHQam+wAA2AlwgB0ECNgJoIAcgB0HcAGo2AmRBtLLAACAHQeQAahDYASEBIApBAjYCACAKIAE2AgQgB0HIAGoiARC1AyABELoEDAcLIAogBykCLDcCECAKIAcoAjQ2AhggCiAXOwEcIAogBykDQDcDCCAKIAcoAjw2AgQgCiABNgIADAcLIAcoAhggB0EANgIYBEAgB0HIAGohASAHKAIcIQwjAEFAaiILJAAgC0EjNgIsIAtB6L/AADYCKCALQQQ2AiQgC0H0vMAANgIgIAtBCGohBCALQSBqIQYjAEHwAGsiAiQAIAIgDDYCDAJAAkACQAJAAkACQCACQQxqIgMQvgNFBEAgAxD0A0H/AXEiA0ECRwRAIAIgBv0AAgD9CwMwIAJBADoAYCACIAM6AGEgAkHgAGogAkEwakGUucAAEOECIQMgBEGVgICAeDYCCCAEIAM2AgAMBgsgAkEMaiIDEKsEDQEgAkEgaiADEPcCIAIoAiAEQCACKwMoIRogAxCeBEUEQCACIAb9AAIA/QsDMCACQQM6AGAgAiAaOQNoIAJB4ABqIAJBMGpBlLnAABDhAiEDIARBlYCAgHg2AgggBCADNgIADAcLIAIgBv0AAgD9CwMwIAJBAjoAYCACIBr8BjcDaCACQeAAaiACQTBqQZS5wAAQ4QIhAyAEQZWAgIB4NgIIIAQgAzYCAAwGCyACQRBqIAJBDGoQlwIgAigCEEGAgICAeEcEQCACIAIoAhg2AkggAiACKQIQNwNAIAIgBv0AAgD9CwNgIwBBEGsiAyQAIAJBQGsiBSkCBCEYIANBBToAACADIBg3AgQgAyACQeAAakGUucAAEOECIQYgBEGVgICAeDYCCCAEIAY2AgAgBRC9BCADQRBqJAAMBgsgAkEMaiIDEJ0EDQIgAkEwaiADEIkCIAIoAjBBgICAgHhHBEAgAiACKAI4NgJYIAIgAikCMDcDUCACIAb9AAIA/QsDYCMAQRBrIgMkACACQdAAaiIFKQIEIRggA0EGOgAAIAMgGDcCBCADIAJB4ABqQZS5wAAQ4QIhBiAEQZWAgIB4NgIIIAQgBjYCACAFEL0EIANBEGokAAwGCyACQQxqIgUQrARFDQMgAhCUBCIDNgJgAkAgAkHgAGogBRCOBEUEQCADQYQISQ0BIAMQrgIMAQsgA0GECE8EQCADEK4CCyAMEOIERQ0ECyMAQTBrIgUkACAFIAw2AhAgBUEYaiAFQRBqEKgBIAUoAhghAwJAAkACQAJAAkACQCAFLQAcIghBAmsOAgIAAQsgBEGVgICAeDYCCCAEIAM2AgAgDEGDCEsNAwwECyAFIAg6ACQgBSADNgIgIAVBADYCGCAFQRhqIQgjAEHgAGsiAyQAIANBQGtBAEEIQSAQ6wEgAygCRCEJAkACQAJAAkAgAygCQEEBRwRAIANBADYCDCADIAMoAkg2AgggAyAJNgIEIANB0ABqIRUgA0EgakEEciERIANBEGpBBHIhEiAGKAIEIQ8gBigCACEQQQIhDQJAA0ACQCADQRBqIQkjAEEgayIGJAAgBkEIaiAIQQxqIAhBCGoQ8QEgBigCDCEOAkACQAJAAkACQCAGKAIIDgMBAAIACyAJQZeAgIB4NgIAIAkgDjYCBAwDCyAGIA4QlAMgBigCBCEOIAYoAgAhEwJAIAgoAgBFDQAgCCgCBCIWQYQISQ0AIBYQrgILIAggDjYCBCAIQQE2AgAgBkEQaiATIBAgDxBeIAYoAhQhDiAGKAIQIhNBloCAgHhHDQEgCUGXgICAeDYCACAJIA42AgQMAgsgCUGWgICAeDYCAAwBCyAJIAYpAxg3AwggCSAONgIEIAkgEzYCAAsgBkEgaiQAAkACQCADKAIQIgZB6////wdqDgMABAIBCyANQQJHDQUgCCgCACAIQQA2AgBFBEBB8M7AAEExEMAEAAsgA0FAayAIKAIEEPkBIAMtAEAEQCAEQZWAgIB4NgIIIAQgAygCRDYCAAwICyADLQBBIQ0MAgsgESASKQIANwIAIBEgEigCCDYCCCADIAY2AiAgA0EwaiAIEM8DIAMoAjBBlYCAgHhGDQUgFSAD/QADMP0LAwAgAyAD/QADIP0LA0AgAygCDCIGIAMoAgRGBEAgA0EEahDqAgsgAygCCCAGQQV0aiIJIAP9AANA/QsDACAJIAP9AANQ/QsDECADIAZBAWo2AgwMAQsLIARBlYCAgHg2AgggBCADKAIUNgIADAQLIA1BAkcEQCAEIA06AAAgAyADKQIENwBHIAQgAykAQDcAASADIAMoAgw2AE8gBCADKQBINwAJIAQgAykATzcAEAwFCyADIA82AjQgAyAQNgIwIANBAjYCRCADIANBMGo2AkBBtLLAACADQUBrENgBIQYgBEGVgICAeDYCCCAEIAY2AgAgA0EEahCVBAwECyAJIAMoAkgQ+gMACyADIA82AjQgAyAQNgIwIANBAjYCRCADIANBMGo2AkBByLLAACADQUBrENgBIQYgBEGVgICAeDYCCCAEIAY2AgAMAQsgBEGVgICAeDYCCCAEIAMoAjQ2AgAgA0EgahCEAgsgA0EEaiIEEI4DIARBCEEgEJACCyAIEK4DIANB4ABqJAAMAQsgBUEIaiAFQRBqELoDIAUoAghBAUYEQCAFIAUoAgwiAzYCFCAFIAMQ4wQ2AiggBUEANgIkIAVBADYCLCAFQQA2AhggBSAFQRRqNgIgIwBB4ABrIgMkACADQUBrIAVBGGoiCCgCCAR/QYCAAiAIKAIQIgkgCCgCDGsiDUEAIAkgDU8bIgkgCUGAgAJPGwVBAAtBCEEgEOsBIAMoAkQhCQJAAkACQAJAAkAgAygCQEEBRwRAIANBADYCDCADIAMoAkg2AgggAyAJNgIEIANB0ABqIQ4gA0EgakEEciERIANBEGpBBHIhEiAGKAIEIQ8gBigCACEQQQIhCQJAA0ACQCADQRBqIQ0jAEEgayIGJAAgBkEEaiAIELQCAkAgBigCBEEBRgRAIAYoAgwhFSAGKAIIIRMCQCAIKAIARQ0AIAgoAgQiFkGECEkNACAWEK4CCyAIIBU2AgQgCEEBNgIAIAZBEGogEyAQIA8QXiAGKAIQQZaAgIB4RgRAIA0gBigCFDYCBCANQZeAgIB4NgIADAILIA0gBv0AAxD9CwMADAELIA1BloCAgHg2AgALIAZBIGokAAJAAkAgAygCECIGQev///8Hag4DAAQCAQsgCUECRw0FIAgoAgAgCEEANgIARQRAQaHPwABBLEHQz8AAEIcDAAsgA0FAayAIKAIEEPkBIAMtAEAEQCAEQZWAgIB4NgIIIAQgAygCRDYCAAwICyADLQBBIQkMAgsgESASKQIANwIAIBEgEigCCDYCCCADIAY2AiAgCCgCACAIQQA2AgBFBEBBoc/AAEEsQdDPwAAQhwMACyADQTBqIAgoAgQQZSADKAIwQZWAgIB4Rg0FIA4gA/0AAzD9CwMAIAMgA/0AAyD9CwNAIAMoAgwiBiADKAIERgRAIANBBGoQ6gILIAMoAgggBkEFdGoiDSAD/QADQP0LAwAgDSAD/QADUP0LAxAgAyAGQQFqNgIMDAELCyAEQZWAgIB4NgIIIAQgAygCFDYCAAwECwJAIAlBAkcEQCAEIAk6AAAgAyADKQIENwBHIAQgAykAQDcAASADIAMoAgw2AE8gBCADKQBINwAJIAQgAykATzcAEAwBCyADIA82AjQgAyAQNgIwIANBAjYCRCADIANBMGo2AkBBtLLAACADQUBrENgBIQYgBEGVgICAeDYCCCAEIAY2AgAgA0EEahCVBAsgCCgCAEUNBSAIKAIEIgRBhAhJDQUMBAsgCSADKAJIEPoDAAsgAyAPNgI0IAMgEDYCMCADQQI2AkQgAyADQTBqNgJAQciywAAgA0FAaxDYASEGIARBlYCAgHg2AgggBCAGNgIADAELIARBlYCAgHg2AgggBCADKAI0NgIAIANBIGoQhAILIANBBGoiBBCOAyAEQQhBIBCQAiAIKAIARQ0BIAgoAgQiBEGDCE0NAQsgBBCuAgsgA0HgAGokACAFKAIUIgRBhAhJDQEgBBCuAgwBCyAFIAb9AAIA/QsDGCAFQRBqIAVBGGpBlLnAABBuIQMgBEGVgICAeDYCCCAEIAM2AgALIAxBhAhJDQELIAwQrgILIAVBMGokAAwGCyACIAb9AAIA/QsDMCACQQc6AGAgAkHgAGogAkEwakGUucAAEOECIQMgBEGVgICAeDYCCCAEIAM2AgAMBAsgAkEQaiAMEPMBIAIoAhBFBEAgAikDGCEYIAIgBv0AAgD9CwMwIAJBAjoAYCACIBg3A2ggAkHgAGogAkEwakGUucAAEOECIQMgBEGVgICAeDYCCCAEIAM2AgAMBQsgAkEgaiACKAIUEPQBIAIoAiANAiACKQMoIRggAiAG/QACAP0LAzAgAkEBOgBgIAIgGDcDaCACQeAAaiACQTBqQZS5wAAQ4QIhAyAEQZWAgIB4NgIIIAQgAzYCAAwECyMAQSBrIgUkACAFIAw2AgwCQCAFQQxqIgMQnQQEQCMAQRBrIggkACADKAIAEOMEIQkgCEEANgIMIAggCTYCCCAIQQA2AgQgCCADNgIAIwBBQGoiAyQAIwBBEGsiCSQAAkACQCAIKAIARQ0AIAkgCBDoAiAJKAIAQQFxRQ0AIAkoAgQhDSAIIAgoAgxBAWo2AgwgCUEIaiANEPkBIAMCfyAJLQAIQQFGBEAgAyAJKAIMNgIEQQEMAQsgAyAJLQAJOgABQQALOgAADAELIANBgAQ7AQALIAlBEGokAAJAAkACfyADLQAAQQFGBEAgAygCBAwBCyADLQABIglBAkcEQCADIAj9AAIA/QsDMCADQSBqIANBMGoQnQEgAygCIEGVgICAeEcNAiAEQZWAgIB4NgIIIAQgAygCJDYCAAwDCyADIAYpAgA3AjAgA0ECNgIMIAMgA0EwajYCCEG0ssAAIANBCGoQ2AELIQYgBEGVgICAeDYCCCAEIAY2AgAMAQsgBCAJOgAAIAQgAykDKCIYNwAQIAMgAykDIDcADyAEIAMpAAg3AAEgAyAYNwAXIAQgAykAEDcACQsgA0FAayQAIAhBEGokAAwBCyAFQRBqIAVBDGoQqAEgBSgCECEIAkACQAJAIAUtABQiCUECaw4CAQACCyAEQZWAgIB4NgIIIAQgCDYCAAwCCyAFIAb9AAIA/QsDECAFQQxqIAVBEGpBlLnAABBuIQMgBEGVgICAeDYCCCAEIAM2AgAMAQsjAEFAaiIDJAAgAyAJQQFxOgAEIAMgCDYCACMAQRBrIggkACAIIANBBGogAxDxASAIKAIEIQ0gA0EIaiIJAn8CQAJAAkACQCAIKAIADgMCAAEACyAJIA02AgRBAQwDCyAJQQI6AAEMAQsgCEEIaiANEPkBIAgtAAhFBEAgCSAILQAJOgABDAELIAkgCCgCDDYCBEEBDAELQQALOgAAIAhBEGokAAJAAkACfyADLQAIQQFGBEAgAygCDAwBCyADLQAJIghBAkcEQCADQShqIAMoAgAgAy0ABBCfASADKAIoQZWAgIB4Rw0CIARBlYCAgHg2AgggBCADKAIsNgIADAMLIAMgBikCADcCOCADQQI2AhQgAyADQThqNgIQQbSywAAgA0EQahDYAQshBiAEQZWAgIB4NgIIIAQgBjYCACADKAIAIgRBhAhJDQEgBBCuAgwBCyAEIAg6AAAgBCADKQMwIhg3ABAgAyADKQMoNwAXIAQgAykAEDcAASADIBg3AB8gBCADKQAYNwAJCyADQUBrJAALIAxBgwhLBEAgDBCuAgsgBUEgaiQADAMLIAIgBv0AAgD9CwNgIAJBDGogAkHgAGpBlLnAABBuIQMgBEGVgICAeDYCCCAEIAM2AgAMAQtB0M3AAEHPABD3ASEDIARBlYCAgHg2AgggBCADNgIAIAIoAiQiBEGECEkNASAEEK4CDAELIAxBhAhJDQAgDBCuAgsgAkHwAGokACALKAIIIQQCQCALKAIQIgJBlYCAgHhGBEAgAUECNgIAIAEgBDYCBAwBCyALIAsoAhw2AjwgCyALKQIUNwI0IAsgAjYCMCAEQQFxBEBCACEYQQAhBUIAIRkjAEFAaiIEJAACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAQRUgC0EwaiIDKAIAIgJBgICAgHhzIAJBAE4bQQFrDhUBAgMEBQYHCAkKCwwNDg8QERITFBUACyADLQAEIQIgBEEAOgAoIAQgAjoAKSAEQShqIARBP2pB9LjAABDhAiECIAFBAjYCACABIAI2AgQMFQsgAzEABCEYIARBAToAKCAEIBg3AzAgBEEoaiAEQT9qQfS4wAAQ4QIhAiABQQI2AgAgASACNgIEDBQLIAMzAQQhGCAEQQE6ACggBCAYNwMwIARBKGogBEE/akH0uMAAEOECIQIgAUECNgIAIAEgAjYCBAwTCyADNQIEIRggBEEBOgAoIAQgGDcDMCAEQShqIARBP2pB9LjAABDhAiECIAFBAjYCACABIAI2AgQMEgsgAykDCCEYIARBAToAKCAEIBg3AzAgBEEoaiAEQT9qQfS4wAAQ4QIhAiABQQI2AgAgASACNgIEDBELIAMwAAQhGCAEQQI6ACggBCAYNwMwIARBKGogBEE/akH0uMAAEOECIQIgAUECNgIAIAEgAjYCBAwQCyADMgEEIRggBEECOgAoIAQgGDcDMCAEQShqIARBP2pB9LjAABDhAiECIAFBAjYCACABIAI2AgQMDwsgAzQCBCEYIARBAjoAKCAEIBg3AzAgBEEoaiAEQT9qQfS4wAAQ4QIhAiABQQI2AgAgASACNgIEDA4LIAMpAwghGCAEQQI6ACggBCAYNwMwIARBKGogBEE/akH0uMAAEOECIQIgAUECNgIAIAEgAjYCBAwNCyADKgIEIRsgBEEDOgAoIAQgG7s5AzAgBEEoaiAEQT9qQfS4wAAQ4QIhAiABQQI2AgAgASACNgIEDAwLIAMrAwghGiAEQQM6ACggBCAaOQMwIARBKGogBEE/akH0uMAAEOECIQIgAUECNgIAIAEgAjYCBAwLCyADKAIEIQMjAEEgayICJAAgAkEANgIEIAICfyADQYABTwRAIANBP3FBgH9yIQUgA0EGdiEGIANBgBBJBEAgAiAFOgAFIAIgBkHAAXI6AARBAgwCCyADQQx2IQggBkE/cUGAf3IhBiADQf//A00EQCACIAU6AAYgAiAGOgAFIAIgCEHgAXI6AARBAwwCCyACIAU6AAcgAiAGOgAGIAIgCEE/cUGAf3I6AAUgAiADQRJ2QXByOgAEQQQMAQsgAiADOgAEQQELNgIQIAJBBToACCACIAJBBGo2AgwgAkEIaiACQR9qQfS4wAAQ4QIhAyABQQI2AgAgASADNgIEIAJBIGokAAwKCyAEIAMoAgw2AhAgBCADKQIENwMIIwBBIGsiAiQAIARBCGoiAykCBCEYIAJBBToACCACIBg3AgwgAkEIaiACQR9qQfS4wAAQ4QIhBSABQQI2AgAgASAFNgIEIAMQvQQgAkEgaiQADAkLIAMpAgQhGCAEQQU6ACggBCAYNwIsIARBKGogBEE/akH0uMAAEOECIQIgAUECNgIAIAEgAjYCBAwICyAEIAMoAgw2AiAgBCADKQIENwMYIwBBIGsiAiQAIARBGGoiAykCBCEYIAJBBjoACCACIBg3AgwgAkEIaiACQR9qQfS4wAAQ4QIhBSABQQI2AgAgASAFNgIEIAMQvQQgAkEgaiQADAcLIAMpAgQhGCAEQQY6ACggBCAYNwIsIARBKGogBEE/akH0uMAAEOECIQIgAUECNgIAIAEgAjYCBAwGCyAEQQg6ACggBEEoaiAEQT9qQfS4wAAQ4QIhAiABQQI2AgAgASACNgIEDAULIAQgAygCBCID/QADAP0LAygjAEEgayICJAAgAkEIOgAIIAJBCGogAkEfakH0uMAAEOECIQUgAUECNgIAIAEgBTYCBCAEQShqEIQCIAJBIGokACADQRAQxwIMBAsgBEEHOgAoIARBKGogBEE/akH0uMAAEOECIQIgAUECNgIAIAEgAjYCBAwDCyAEIAMoAgQiA/0AAwD9CwMoIwBBIGsiAiQAIAJBCToACCACQQhqIAJBH2pB9LjAABDhAiEFIAFBAjYCACABIAU2AgQgBEEoahCEAiACQSBqJAAgA0EQEMcCDAILIwBBQGoiAiQAIAJBADYCHCACIANBBGoiAygCADYCFCACIAMoAgQiBTYCECACIAU2AgwgAiAFIAMoAghBBHRqNgIYIAJBMGohBSMAQSBrIgMkAAJAAkAgAkEMaiIGKAIEIgggBigCDEYNACAGIAhBEGo2AgQgCCgCACIMQZWAgIB4Rg0AIAYgBigCEEEBajYCECADIAgoAgw2AhwgAyAIKQIENwIUIAMgDDYCECADIANBEGoQYCAFAn4gAygCAEEBRgRAIAUgAygCBDYCCEICDAELIAUgAykDCDcDCEIBCzcDAAwBCyAFQgA3AwALIANBIGokAAJAAkACfyACKQMwIhhCAlEEQCACKAI4DAELIBinQQFxDQFBAEGUx8AAQZzHwAAQ0AILIQMgAUECNgIAIAEgAzYCBCACQQxqEKgCDAELIAIpAzghGCABQQE2AgAgASAYNwMIIAIgGDcDKCACIAEpAwA3AyAgAiACQQxqEKECIAIoAgBBAUcNACACKAIEIQMgAUECNgIAIAEgAzYCBCACQSBqEO4DCyACQUBrJAAMAQsjAEGAAWsiAiQAIAJBADYCOCACQZWAgIB4NgIYIAIgAygCADYCMCACIAMoAgQiBjYCLCACIAY2AiggAiAGIAMoAghBBXRqNgI0IAJB0ABqIAJBGGoQzQECQAJ/AkACQAJAIAItAFANAANAAkACQAJAIAItAFEOAwEABQALIAJBCGogAkEYahDRAgwBCyAZpw0EIwBBEGsiAyQAIAJBGGoiBSgCACEGIAVBlYCAgHg2AgAgBkGVgICAeEYEQEGhz8AAQSxB4M/AABCHAwALIAMgBjYCACADIAUoAgw2AgwgAyAFKQIENwIEIAJB0ABqIAMQYCADQRBqJAAgAigCUA0CIAIpA1ghGEEBIQVCASEZCyACQdAAaiACQRhqEM0BIAItAFBFDQALCyACKAJUDAILIAVFBEAgAkEDNgJ8IAJBi73AADYCeCACQQI2AlQgAiACQfgAajYCUEG0ssAAIAJB0ABqENgBDAILIAFBATYCACABIBg3AwggAiAYNwNIIAIgASkDADcDQCACQdAAaiIDIAJBGGpBKPwKAAAgAkEQaiADEIcCIAIoAhBBAUcNAiACKAIUIQMgAUECNgIAIAEgAzYCBCACQUBrEO4DDAILIAJBAzYCfCACQYu9wAA2AnggAkECNgJUIAIgAkH4AGo2AlBByLLAACACQdAAahDYAQshAyABQQI2AgAgASADNgIEIAJBGGoQ5wMLIAJBgAFqJAALIARBQGskAAwBCyMAQUBqIgQkAAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkBBFSALQTBqIgMoAgAiAkGAgICAeHMgAkEAThtBAWsOFQECAwQFBgcICQoLDA0ODxAREhMUFQALIAMtAAQhAiAEQQA6ACggBCACOgApIARBKGogBEE/akGEucAAEOECIQIgAUECNgIAIAEgAjYCBAwVCyADMQAEIRggBEEBOgAoIAQgGDcDMCAEQShqIARBP2pBhLnAABDhAiECIAFBAjYCACABIAI2AgQMFAsgAzMBBCEYIARBAToAKCAEIBg3AzAgBEEoaiAEQT9qQYS5wAAQ4QIhAiABQQI2AgAgASACNgIEDBMLIAM1AgQhGCAEQQE6ACggBCAYNwMwIARBKGogBEE/akGEucAAEOECIQIgAUECNgIAIAEgAjYCBAwSCyADKQMIIRggBEEBOgAoIAQgGDcDMCAEQShqIARBP2pBhLnAABDhAiECIAFBAjYCACABIAI2AgQMEQsgAzAABCEYIARBAjoAKCAEIBg3AzAgBEEoaiAEQT9qQYS5wAAQ4QIhAiABQQI2AgAgASACNgIEDBALIAMyAQQhGCAEQQI6ACggBCAYNwMwIARBKGogBEE/akGEucAAEOECIQIgAUECNgIAIAEgAjYCBAwPCyADNAIEIRggBEECOgAoIAQgGDcDMCAEQShqIARBP2pBhLnAABDhAiECIAFBAjYCACABIAI2AgQMDgsgAykDCCEYIARBAjoAKCAEIBg3AzAgBEEoaiAEQT9qQYS5wAAQ4QIhAiABQQI2AgAgASACNgIEDA0LIAMqAgQhGyAEQQM6ACggBCAbuzkDMCAEQShqIARBP2pBhLnAABDhAiECIAFBAjYCACABIAI2AgQMDAsgAysDCCEaIARBAzoAKCAEIBo5AzAgBEEoaiAEQT9qQYS5wAAQ4QIhAiABQQI2AgAgASACNgIEDAsLIAMoAgQhAyMAQSBrIgIkACACQQA2AgQgAgJ/IANBgAFPBEAgA0E/cUGAf3IhBSADQQZ2IQYgA0GAEEkEQCACIAU6AAUgAiAGQcABcjoABEECDAILIANBDHYhCCAGQT9xQYB/ciEGIANB//8DTQRAIAIgBToABiACIAY6AAUgAiAIQeABcjoABEEDDAILIAIgBToAByACIAY6AAYgAiAIQT9xQYB/cjoABSACIANBEnZBcHI6AARBBAwBCyACIAM6AARBAQs2AhAgAkEFOgAIIAIgAkEEajYCDCACQQhqIAJBH2pBhLnAABDhAiEDIAFBAjYCACABIAM2AgQgAkEgaiQADAoLIAQgAygCDDYCECAEIAMpAgQ3AwgjAEEgayICJAAgBEEIaiIDKQIEIRggAkEFOgAIIAIgGDcCDCACQQhqIAJBH2pBhLnAABDhAiEFIAFBAjYCACABIAU2AgQgAxC9BCACQSBqJAAMCQsgAykCBCEYIARBBToAKCAEIBg3AiwgBEEoaiAEQT9qQYS5wAAQ4QIhAiABQQI2AgAgASACNgIEDAgLIAQgAygCDDYCICAEIAMpAgQ3AxgjAEEgayICJAAgBEEYaiIDKQIEIRggAkEGOgAIIAIgGDcCDCACQQhqIAJBH2pBhLnAABDhAiEFIAFBAjYCACABIAU2AgQgAxC9BCACQSBqJAAMBwsgAykCBCEYIARBBjoAKCAEIBg3AiwgBEEoaiAEQT9qQYS5wAAQ4QIhAiABQQI2AgAgASACNgIEDAYLIARBCDoAKCAEQShqIARBP2pBhLnAABDhAiECIAFBAjYCACABIAI2AgQMBQsgBCADKAIEIgP9AAMA/QsDKCMAQSBrIgIkACACQQg6AAggAkEIaiACQR9qQYS5wAAQ4QIhBSABQQI2AgAgASAFNgIEIARBKGoQhAIgAkEgaiQAIANBEBDHAgwECyAEQQc6ACggBEEoaiAEQT9qQYS5wAAQ4QIhAiABQQI2AgAgASACNgIEDAMLIAQgAygCBCID/QADAP0LAygjAEEgayICJAAgAkEJOgAIIAJBCGogAkEfakGEucAAEOECIQUgAUECNgIAIAEgBTYCBCAEQShqEIQCIAJBIGokACADQRAQxwIMAgsjAEFAaiICJAAgAkEANgIcIAIgA0EEaiIDKAIANgIUIAIgAygCBCIFNgIQIAIgBTYCDCACIAUgAygCCEEEdGo2AhggAkE0aiEFIwBBIGsiAyQAAkACQCACQQxqIgYoAgQiCCAGKAIMRg0AIAYgCEEQajYCBCAIKAIAIgxBlYCAgHhGDQAgBiAGKAIQQQFqNgIQIAMgCCgCDDYCHCADIAgpAgQ3AhQgAyAMNgIQIANBBGogA0EQahDlASADKAIEQYCAgIB4RgRAIAUgAygCCDYCBCAFQYGAgIB4NgIADAILIAUgAygCDDYCCCAFIAMpAgQ3AgAMAQsgBUGAgICAeDYCAAsgA0EgaiQAAkACQAJAIAIoAjQiA0GBgICAeEYEQCABIAIoAjg2AgQMAQsgA0GAgICAeEcNASABQQBB3MfAAEGcx8AAENACNgIECyABQQI2AgAgAkEMahCoAgwBCyACKQI4IRggASADNgIEIAFBADYCACABIBg3AwggAiAYNwMoIAIgASkDADcDICACIAJBDGoQoQIgAigCAEEBRw0AIAIoAgQhAyABQQI2AgAgASADNgIEIAJBIGoQ7gMLIAJBQGskAAwBCyMAQZABayICJAAgAkEANgI4IAJBlYCAgHg2AhggAiADKAIANgIwIAIgAygCBCIFNgIsIAIgBTYCKCACIAUgAygCCEEFdGo2AjQgAkGAgICAeDYCfCACQdAAaiACQRhqEMwBAkACfwJAIAItAFANAAJAAkADQAJAAkACQAJAIAItAFEOAwEAAwALIAJBCGogAkEYahDRAgwBCyACKAJ8QYCAgIB4Rw0DIwBBEGsiAyQAIAJBGGoiBSgCACEGIAVBlYCAgHg2AgAgBkGVgICAeEYEQEGhz8AAQSxB4M/AABCHAwALIAMgBjYCACADIAUoAgw2AgwgAyAFKQIENwIEIAJB0ABqIAMQ5QEgA0EQaiQAIAIoAlQiAyACKAJQIgVBgICAgHhGDQYaIAIoAlghBiACQfwAahD3AyACIAY2AoQBIAIgAzYCgAEgAiAFNgJ8CyACQdAAaiACQRhqEMwBIAItAFBFDQEMBAsLIAIoAnwiA0GAgICAeEYNASABIAIpAoABNwMIIAEgAzYCBCABQQA2AgAgAiAB/QADAP0LA0AgAkHQAGoiAyACQRhqQSj8CgAAIAJBEGogAxCHAiACKAIQQQFHDQQgAigCFCEDIAFBAjYCACABIAM2AgQgAkFAaxDuAwwECyACQQQ2AowBIAJB/bzAADYCiAEgAkECNgJUIAIgAkGIAWo2AlBByLLAACACQdAAahDYAQwCCyACQQQ2AowBIAJB/bzAADYCiAEgAkECNgJUIAIgAkGIAWo2AlBBtLLAACACQdAAahDYAQwBCyACKAJUCyEDIAFBAjYCACABIAM2AgQgAigCfEGAgICAeEcEQCACQfwAahC9BAsgAkEYahDnAwsgAkGQAWokAAsgBEFAayQACyALQUBrJAAgBygCTCEBIAcoAkgiBEECRgRAIApBAjYCACAKIAE2AgRBASEEDAcLIAcpA1AhGCAHKAI4QQJHBEAgB0E4ahDuAwsgByAYNwNAIAcgATYCPCAHIAQ2AjgMAwsMCAsgBygCGCAHQQA2AhgEQCAHQcgAaiEEIAcoAhwhCCMAQRBrIgMkACADIAg2AgACQCADEJ0EBEAjAEEQayICJAAgAygCABDjBCEBIAJBADYCDCACIAE2AgggAkEANgIEIAIgAzYCACMAQTBrIgEkACABQRhqIAIoAgAEf0Gq1QIgAigCCCIFIAIoAgRrIgZBACAFIAZPGyIFIAVBqtUCTxsFQQALQQRBGBDrASABKAIcIQUCQCABKAIYQQFHBEAgAUEANgIUIAEgASgCIDYCECABIAU2AgwgAUEcaiELAkADQAJAIAFBGGohBiMAQSBrIgUkAAJAAkAgAigCAEUNACAFIAIQ6AIgBSgCAEEBcUUNACAFKAIEIQwgAiACKAIMQQFqNgIMIAVBCGogDBB4IAUoAghBgICAgHhGBEAgBiAFKAIMNgIEIAZBgYCAgHg2AgAMAgsgBiAFKQIYNwIQIAYgBf0AAgj9CwIADAELIAZBgICAgHg2AgALIAVBIGokAAJAAkAgASgCGCIMQYCAgIB4aw4CAgABCyAEIAEoAhw2AgQgBEGAgICAeDYCACABQQxqIgQQtQMgBBC6BAwDCyABKAIUIgUgASgCDEYEQCABQQxqEPECCyABKAIQIAVBGGxqIgYgDDYCACAGIAv9AAIA/QsCBCAGIAsoAhA2AhQgASAFQQFqNgIUDAELCyAEIAEoAhQ2AgggBCABKQIMNwIACyABQTBqJAAMAQsgBSABKAIgEPoDAAsgAkEQaiQADAELIANBBGogAxCoASADKAIEIQICQAJAAkAgAy0ACCIFQQJrDgIBAAILIARBgICAgHg2AgAgBCACNgIEDAILIAMgA0EPakGUyMAAEG4hASAEQYCAgIB4NgIAIAQgATYCBAwBCyMAQTBrIgEkACABIAVBAXE6AAggASACNgIEIAFBGGpBAEEEQRgQ6wEgASgCHCECAkAgASgCGEEBRwRAIAFBADYCFCABIAEoAiA2AhAgASACNgIMIAFBHGohBgJAAkADQAJAIAFBGGohAiMAQSBrIgUkACAFIAFBBGoiC0EEaiALEPEBIAUoAgQhCwJAAkACQAJAIAUoAgAOAwIAAQALIAJBgYCAgHg2AgAgAiALNgIEDAILIAJBgICAgHg2AgAMAQsgBUEIaiALEHggBSgCDCELIAUoAggiDEGAgICAeEcEQCACIAX9AAIQ/QsCCCACIAs2AgQgAiAMNgIADAELIAJBgYCAgHg2AgAgAiALNgIECyAFQSBqJAACQAJAIAEoAhgiC0GAgICAeGsOAgIAAQsgBCABKAIcNgIEIARBgICAgHg2AgAgAUEMaiIEELUDIAQQugQgASgCBCIEQYMISw0DDAQLIAEoAhQiAiABKAIMRgRAIAFBDGoQ8QILIAEoAhAgAkEYbGoiBSALNgIAIAUgBv0AAgD9CwIEIAUgBigCEDYCFCABIAJBAWo2AhQMAQsLIAQgASgCFDYCCCAEIAEpAgw3AgAgASgCBCIEQYQISQ0BCyAEEK4CCyABQTBqJAAMAQsgAiABKAIgEPoDAAsLIAhBgwhLBEAgCBCuAgsgA0EQaiQAIAcoAkwhASAHKAJIIgRBgICAgHhGBEAgCkECNgIAIAogATYCBEEBIQQMBgsgBygCUCECIAcoAixBgICAgHhHBEAgB0EsaiIDELUDIAMQugQLIAcgAjYCNCAHIAE2AjAgByAENgIsDAILDAcLIAcoAhggB0EANgIYRQ0GIAdByABqIAcoAhwQpgMgBy8BSARAIAcoAkwhASAKQQI2AgAgCiABNgIEQQEhBAwECyAHLwFKIRdBASEUCyAHQcgAaiAHQRhqEI4BIActAEhFDQALCyAHKAJMIQEgCkECNgIAIAogATYCBEEBIQQLIAcoAjhBAkcEQCAHQThqEO4DCyAEIAcoAixBgICAgHhHcUUNACAHQSxqIgEQtQMgARC6BAsgB0EYahCvAwsgB0HwAGokAAwBC0HwzsAAQTEQwAQACwJAIAooAgBBAkYEQCAAQQE6ABAgACAKKAIENgIMIABBHzYCCCAAQYfLwAA2AgQgAEECNgIADAELIAAgCv0AAxD9CwMQIAAgCv0AAwD9CwMACyAKQSBqJAAL5g4CCn8CfiMAQSBrIgMkACABKAIAEKYEIQIjAEHgAGsiASQAIAEgAjYCFAJAAkACQCABQRRqIgQQrARFBEAgBCABQd8AakHUycAAEG4hBCADQYCAgIB4NgIIIAMgBDYCACACQYQISQ0BIAIQrgIMAQsgAUEYaiIEIAJBoMLAAEEEENcDIAFBgICAgHg2AiwgAUE4aiAEEJUBAkACQAJAIAEtADhFBEBBAiEGQQIhBANAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AOUEBaw4FAgMEAAUBCyABQQhqIAFBGGoQhAMMCAsgBkECRwRAIAFBBDYCWCABQYzCwAA2AlQgAUECNgI8IAEgAUHUAGo2AjhByLLAACABQThqENgBIQIgA0GAgICAeDYCCCADIAI2AgBBASECDAwLIAFBGGoiAigCACACQQA2AgBFBEBB8M7AAEExEMAEAAsgAUE4aiEFIAIoAgQhByMAQSBrIgIkACACIAc2AhQCQAJAAkAgAkEUaiIGKAIAJQEQJEUEQCACQQhqIAYQugMgAigCCEEBcUUNASACIAIoAgwiBjYCGCAGEOMEQQFGBEAgAiACQRhqKAIAQQAQ+wMQlAMgAigCBCEIIAIoAgAhCyAGQYQITwRAIAYQrgILIAUgCyAIEOEBDAMLIAYQ4wRB6M7AAEGcx8AAENACIQggBUEBOgAAIAUgCDYCBCAGQYQISQ0CIAYQrgIMAgsgBSAHQYAIEOEBDAILIAJBFGogAkEfakGkycAAEG4hBiAFQQE6AAAgBSAGNgIECyAHQYQISQ0AIAcQrgILIAJBIGokACABLQA4DQogAS0AOSEGDAcLIAEoAixBgICAgHhGDQUgAUEHNgJYIAFBkMLAADYCVCABQQI2AjwgASABQdQAajYCOEHIssAAIAFBOGoQ2AEhAiADQYCAgIB4NgIIIAMgAjYCAEEBIQIMCgsgDFANAyABQQg2AlggAUGXwsAANgJUIAFBAjYCPCABIAFB1ABqNgI4QciywAAgAUE4ahDYASECIANBgICAgHg2AgggAyACNgIAQQEhAgwJCyAEQQJGDQEgAUEGNgJYIAFBxb7AADYCVCABQQI2AjwgASABQdQAajYCOEHIssAAIAFBOGoQ2AEhAiADQYCAgIB4NgIIIAMgAjYCAEEBIQIMCAsgBkECRwRAIAEoAiwiBUGAgICAeEYhAiAFQYCAgIB4RgRAIAFBBzYCUCABQZDCwAA2AkwgAUECNgJYIAEgAUHMAGo2AlRBtLLAACABQdQAahDYASEEIANBgICAgHg2AgggAyAENgIADAkLIAEgASgCNDYCQCABIAEpAiw3AzggCQRAIAMgASgCNDYCECADIAEpAiw3AgggAyAGOgAYIAMgDTcDACADQQAgCiAEQQJGIgIbOwEWIANBACAEIAIbOwEUDAoLIAFBCDYCUCABQZfCwAA2AkwgAUECNgJYIAEgAUHMAGo2AlRBtLLAACABQdQAahDYASEEIANBgICAgHg2AgggAyAENgIAIAFBOGoQvQQMCAsgAUEENgJYIAFBjMLAADYCVCABQQI2AjwgASABQdQAajYCOEG0ssAAIAFBOGoQ2AEhAiADQYCAgIB4NgIIIAMgAjYCAEEBIQIMBwsgASgCGCABQQA2AhgEQCABQThqIQUgASgCHCEEIwBBEGsiAiQAIAIgBDYCBAJAIAJBBGoQvgNFBEAgAkEIaiAEEKYDQQEhBAJAIAIvAQhBAUYEQCAFIAIoAgw2AgQMAQsgBSACLwEKOwEEIAVBATsBAkEAIQQLIAUgBDsBAAwBCyAFQQA2AgAgBEGECEkNACAEEK4CCyACQRBqJAAgAS8BOARAIAEoAjwhAiADQYCAgIB4NgIIIAMgAjYCAEEBIQIMCAsgAS8BPCEKIAEvATohBAwDCwwJCyABKAIYIAFBADYCGARAIAFBOGogASgCHBD+ASABKAI4BEAgASgCPCECIANBgICAgHg2AgggAyACNgIAQQEhAgwHCyABKQNAIQ1BASEJQgEhDAwCCwwICyABKAIYIAFBADYCGARAIAFBOGogASgCHBCUAiABKAI8IQIgASgCOCIFQYCAgIB4RgRAIANBgICAgHg2AgggAyACNgIAQQEhAgwGCyABKAJAIQcgAUEsahD3AyABIAc2AjQgASACNgIwIAEgBTYCLAwBCwwHCyABQThqIAFBGGoQlQEgAS0AOEUNAAsLIAEoAjwhAiADQYCAgIB4NgIIIAMgAjYCAEEBIQIMAQsgASgCPCECIANBgICAgHg2AgggAyACNgIAQQEhAgsgAkUNACABKAIsQYCAgIB4Rg0AIAFBLGoQvQQLIAFBGGoQrwMLIAFB4ABqJAAMAQtB8M7AAEExEMAEAAsCQCADKAIIQYCAgIB4RgRAIABBAToAGCAAIAMoAgA2AhQgAEElNgIQIABB7MvAADYCDCAAQYCAgIB4NgIIDAELIAAgA/0AAxD9CwMQIAAgA/0AAwD9CwMACyADQSBqJAALaAEDfyMAQRBrIgEkACAAKAIMIgIgACgCBCIDRwRAIAIgA2tBBHYhAgNAIAMQhAIgA0EQaiEDIAJBAWsiAg0ACwsgASAAKAIANgIMIAEgACgCCDYCCCABQQhqQQhBEBCQAiABQRBqJAALaQEDfyMAQRBrIgEkACAAKAIMIgIgACgCBCIDRwRAIAIgA2tBBnYhAgNAIAMQ5QIgA0FAayEDIAJBAWsiAg0ACwsgASAAKAIANgIMIAEgACgCCDYCCCABQQhqQQRBwAAQkAIgAUEQaiQAC4ICAwN/AXsBfiMAQSBrIgIkAAJAAkAgAUUEQCACQQhqIQMjAEEgayIBJAACQAJAIAAEQCAAQQhrIgQoAgBBAUcNASAA/QACBCEFIAApAhQhBiAEQQA2AgAgASAGNwMYIAEgBf0LAwgCQCAEQX9GDQAgAEEEayIAIAAoAgBBAWsiADYCACAADQAgBEEkEMcCCyADIAEpAxg3AhAgAyAB/QADCP0LAgAgAUEgaiQADAILEL8EAAtBhLjAAEE/EMAEAAsgAxDvAwwBCyAARQ0BIABBCGsiACAAKAIAQQFrIgE2AgAgAiAANgIIIAENACACQQhqEKUDCyACQSBqJAAPCxC/BAAL6AEBA38jAEHAAmsiAiQAAkACQCABRQRAIAJBCGohBCMAQcACayIBJAACQAJAIAAEQCAAQQhrIgMoAgBBAUcNASABIABBwAL8CgAAIANBADYCAAJAIANBf0YNACAAQQRrIgAgACgCAEEBayIANgIAIAANACADQcgCEMcCCyAEIAFBCGpBuAL8CgAAIAFBwAJqJAAMAgsQvwQAC0GEuMAAQT8QwAQACyAEEOkBDAELIABFDQEgAEEIayIAIAAoAgBBAWsiATYCACACIAA2AgggAQ0AIAJBCGoQpAMLIAJBwAJqJAAPCxC/BAAL6AEBA38jAEGQAmsiAiQAAkACQCABRQRAIAJBCGohBCMAQZACayIBJAACQAJAIAAEQCAAQQhrIgMoAgBBAUcNASABIABBkAL8CgAAIANBADYCAAJAIANBf0YNACAAQQRrIgAgACgCAEEBayIANgIAIAANACADQZgCEMcCCyAEIAFBCGpBiAL8CgAAIAFBkAJqJAAMAgsQvwQAC0GEuMAAQT8QwAQACyAEELkBDAELIABFDQEgAEEIayIAIAAoAgBBAWsiATYCACACIAA2AgggAQ0AIAJBCGoQowMLIAJBkAJqJAAPCxC/BAAL4wEBB38jAEEQayICJAAgAkEEaiABKAIAEOQEIgdBAUEBEOsBIAIoAgghBSACKAIEQQFGBEAgBSACKAIMEPoDAAsgAigCDCEGIAEoAgAQ5AQhBCMAQRBrIgMkACABKAIAIggQ5AQhASADIAQ2AgwgAyABNgIIIAEgBEcEQCMAQRBrIgAkACAAIANBDGo2AgwgACADQQhqNgIIIABBCGpB0KPCACAAQQxqQdCjwgBBxOLBABC3AQALIAYgBCAIJQEQDyADQRBqJAAgACAHNgIIIAAgBjYCBCAAIAU2AgAgAkEQaiQAC4MBAQF/AkAgAEGECE8EQCAA0G8mAUHkt8MAKAIADQFB5LfDAEF/NgIAIABB+LfDACgCACIBSQ0BIAAgAWsiAEHwt8MAKAIATw0BQey3wwAoAgAgAEECdGpB9LfDACgCADYCAEH0t8MAIAA2AgBB5LfDAEHkt8MAKAIAQQFqNgIACw8LAAtnAQN/IwBBEGsiASQAIAFBBGogACgCACICIAAoAgRBCCACQQF0IgIgAkEITRsiAhCLAiABKAIEQQFGBEAgASgCCCABKAIMEPoDAAsgASgCCCEDIAAgAjYCACAAIAM2AgQgAUEQaiQACw0AIAAgAUEEQQQQ6QQLaAECfwJAAkACQAJAIAAtAAAOBQEBAQIDAAsgAEEEahCRAgsPCyAAQQRqQQFBARCQAg8LIABBBGogACgCDCIBBEAgACgCCCEAA0AgABCxAiAAQRhqIQAgAUEBayIBDQALC0EIQRgQkAILDQAgACABQQFBARDpBAsNACAAIAFBDEEEEOkEC2IBAn8jAEEQayICJAACQCABKAIIRQ0AIAJBCGogAUEIahDoAiACKAIIQQFHDQAgAiACKAIMEJQDIAAgAikDADcCBCABIAEoAhRBAWo2AhRBASEDCyAAIAM2AgAgAkEQaiQACwsAIAAgAUEIEOoECwsAIAAgAUEEEOoEC28BBX8jAEEQayIFJAAgASgCACEHIAQoAgQhCCAEKAIIIQkgBUEIaiAIIAkQgwRBASEEIAUoAgwhBiAFKAIIQQFxRQRAIAFBBGogAiADELADIAYQqARBACEECyAAIAY2AgQgACAENgIAIAVBEGokAAteAQF/AkACQCAALQA/QQFGBEAgAC0APkEBcUUNAQsgAkEBayEDIAJFDQEgAyECCyAAQTBqIAEgAkEAEDohAUEBQQMgAC0APRtBACABGw8LQQAgA0EAQaTXwAAQnAEAC5MBAQF/AkACQAJAAkACQAJAIAAoAgAiAC0AFEEBaw4DAQIBAAsgAEEIaigCAEH/////B08NAyAAKAIMDQILDwsgAEEDOgAUDwsgACAAKAIAQQFqIgE2AgAgAUUNASAAQQE6ABQACyMAQRBrIgAkACAAIABBD2qtQoCAgICQEoQ3AwBB6ozAACAAQfTiwQAQhgMACwAL3gEBA38jAEHwAGsiAiQAAkACQCABRQRAIAJBCGohBCMAQfAAayIBJAACQCAABEAgAEEIayIDKAIAQQFHDQEgASAAQfAA/AoAACADQQA2AgACQCADQX9GDQAgAEEEayIAIAAoAgBBAWsiADYCACAADQAgA0H4ABDHAgsgBCABQQhqQegA/AoAACABQfAAaiQADAMLEL8EAAtBhLjAAEE/EMAEAAsgAEUNASAAQQhrIgAgACgCAEEBayIBNgIAIAIgADYCCCABDQAgAkEIahC5AwsgAkHwAGokAA8LEL8EAAu9BAEHfyMAQSBrIgMkACADIAI2AgQgAyABNgIAIAMgADYCGCADIANBH2oiADYCFCADIAA2AhAgAyADQQRqNgIMIAMgAzYCCCMAQSBrIgIkACACQRRqIANBCGoiACgCEBC2AiACKAIUIQYgAkEIaiAAKAIAKAIAIAAoAgQoAgAQ/wJBACEAAn8gAigCCCEIIAIoAgwhB0EAIAYoAggiAUUNABogAUEGdCEBIAYoAgQhBANAAn8gBEE8ai0AAEUEQCAEIAggBxC4AUH/AXEgBXIMAQtBACAFQf8BcUUNABogBSAEIAggBxC4AUH/AXFBf3NxCyEFIARBQGshBCABQUBqIgENAAsgBQtB/wFxIglFBEAjAEEgayIBJAACfwJAIAYoAggiAEUNACAAQQZ0IQUgBigCBEEwaiEEA0ACQCAEQQxqLQAARQRAIAFBCGogCCAHELwCIAFBFGogASgCDCIGIAEoAhAiABCYASABKAIcIABGBEAgASgCGCAGIAAQ4wJFDQILIAFBFGoiABC9BCAAIAEoAgwgASgCEBB6IAQgASgCGCABKAIcQQEQOiEGIAFBCGoQvQQgAEEEQQgQkAJBASAGDQQaCyAEQUBrIQQgBUFAaiIFDQEMAgsLIAFBFGoQvQQgAUEIahC9BEEBDAELQQALIQAgAUEgaiQACyACIAk6AAEgAiAAOgAAIAItAAAgAi0AARCYBCAHBEAgCCAHEMcCCyACQRRqEJsDIAJBIGokAEH/AXEgA0EgaiQAC18BAX8jAEEQayIDJAAgA0EEaiABIAIQWwJAIAMoAgwiAUECSQ0AIAMoAgggAWpBAWstAABBL0cNACADIAFBAWs2AgwLIAAgAygCDDYCCCAAIAMpAgQ3AgAgA0EQaiQACwMAAAtxAQJ/IwBBEGsiBSQAIAEoAgAaIAVBCGoiBkGCCEGDCCAELQAAGzYCBCAGQQA2AgBBASEEIAUoAgwhBiAFKAIIQQFxRQRAIAFBBGogAiADELADIAYQqARBACEECyAAIAY2AgQgACAENgIAIAVBEGokAAtgAQJ/IwBBEGsiBSQAIAVBCGogASgCACAEKQMAEJkCQQEhBCAFKAIMIQYgBSgCCEEBcUUEQCABQQRqIAIgAxCwAyAGEKgEQQAhBAsgACAGNgIEIAAgBDYCACAFQRBqJAALZAECfyMAQRBrIgQkACABKAIAIQUgBEEIaiACIAMQgwRBASECIAQoAgwhAyAEKAIIQQFxRQRAIAFBBGpB9LzAAEEEELADIAMQqARBACECCyAAIAM2AgQgACACNgIAIARBEGokAAtuAQJ/IwBBEGsiBSQAIAEoAgAaIAVBCGoiBiAEKAIAuBDfBDYCBCAGQQA2AgBBASEEIAUoAgwhBiAFKAIIQQFxRQRAIAFBBGogAiADELADIAYQqARBACEECyAAIAY2AgQgACAENgIAIAVBEGokAAteAgJ/AX4gAUEANgIAQQEhBCABIAEoAhBBAWoiBTYCECADKAJYIAVLBEAgAUJ/IANBMGogBSADQeAAahBSIAJ8IgYgAiAGVhs3AwhBACEECyAAIAU2AgQgACAENgIACwMAAAsDAAALAwAAC14BAn8CQAJAIAIgAWsiAyAAKAIAIAAoAggiBGtLBEAgACAEIANBAUEBEPYCIAAoAgghBAwBCyABIAJGDQELIANFDQAgACgCBCAEaiABIAP8CgAACyAAIAMgBGo2AggLXQECfwJAIABBBGsoAgAiAkF4cSIDQQRBCCACQQNxIgIbIAFqTwRAIAJBACADIAFBJ2pLGw0BIAAQVA8LQdyPwgBBLkGMkMIAEP0DAAtBnJDCAEEuQcyQwgAQ/QMAC1wBAX8jAEEgayIFJAAgBSABNgIEIAUgADYCACAFIAM2AgwgBSACNgIIIAUgBUEIaq1CgICAgLARhDcDGCAFIAWtQoCAgIDQEYQ3AxBB5ozAACAFQRBqIAQQhgMAC/QDAQp/IwBBEGsiCyQAIAEoAgAhCCMAQUBqIgUkACAFIAQoAgQiBjYCICAFIAYgBCgCCCIHQQxsIgRqIg02AiQgBUEYaiIJQQE2AgAgCSAFQSBqIgkoAgQgCSgCAGtBDG42AgQgBSgCGBogBSgCHBogBUE0aiAIEPIDIAtBCGoiDgJ/AkAgBSgCNEUEQCAFKAI4IQQMAQsgBSAFKAI8NgIwIAUgBSkCNDcDKAJAIAUgBwR/A0AgBSAGNgI0IwBBEGsiCCQAIAVBKGoiBygCCCEJIAcoAgAaIAhBCGogBUE0aigCACIKKAIEIAooAggQgwRBASEKIAgoAgwhDCAIKAIIQQFxRQRAIAcoAgQgCSAMEIkEIAcgCUEBajYCCEEAIQoLIAVBEGoiByAMNgIEIAcgCjYCACAIQRBqJAAgBSgCEEEBRg0CIAZBDGohBiAEQQxrIgQNAAsgDQUgBgs2AiAgBUEIaiAFQShqEIsEIAUoAgwhBCAFKAIIDAILIAUoAhQhBCAFIAZBDGo2AiAgBSgCLCIGQYQISQ0AIAYQrgILQQELNgIAIA4gBDYCBCAFQUBrJABBASEEIAsoAgwhBSALKAIIQQFxRQRAIAFBBGogAiADELADIAUQqARBACEECyAAIAU2AgQgACAENgIAIAtBEGokAAuDFgEQfyMAQRBrIgwkACABKAIAIQMjAEHgAGsiBSQAIAVB2ABqIAMQmwQgBSgCXCEDIAxBCGoiDwJ/AkAgBSgCWCIERQ0AIAUgAzYCVCAFIAQ2AlAgBUHIAGogBUHQAGpBl77AAEECIAJBzABqEMECAkAgBSgCSEEBcQRAIAUoAkwhAwwBCyAFQUBrIAVB0ABqQZm+wABBBiACQShqELcCIAUoAkBBAXEEQCAFKAJEIQMMAQsgBUE4aiAFQdAAakGfvsAAQQMgAkE0ahC3AiAFKAI4QQFxBEAgBSgCPCEDDAELIwBBEGsiByQAIAVB0ABqIhAoAgAhAyMAQTBrIgYkACACQUBrIggoAgQhBCAIKAIIIQggBkEkaiADEPIDIAdBCGoiEQJ/AkACQCAGKAIkRQRAIAYoAighBAwBCyAGIAYoAiw2AiAgBiAGKQIkNwMYIAhBGGwhCQNAIAlFDQIgCUEYayEJIAYgBDYCJCAEQRhqIQQjAEFAaiIDJAAgBkEkaigCACEIIAZBGGoiCigCCCEOIAooAgAhDRCTBCESIANBMGoiC0EANgIIIAsgEjYCBCALIA02AgBBASELAn8CQAJAIAMoAjBFBEAgAygCNCEIDAELIAMgAygCODYCKCADIAMpAjA3AyAgA0EYaiADQSBqIAgQowICfyADKAIYQQFxBEAgAygCHAwBCyADQRBqIANBIGogCEEMahCjAiADKAIQQQFxRQ0CIAMoAhQLIQggAygCJCINQYQISQ0AIA0QrgILQQEMAQsgAyADKAIoNgI4IAMgAykDIDcDMCADQQhqIANBMGoQiwQgAygCDCEIIAMoAggLQQFxRQRAIAooAgQgDiAIEIkEIAogDkEBajYCCEEAIQsLIAZBEGoiCiAINgIEIAogCzYCACADQUBrJAAgBigCEEEBRw0ACyAGKAIUIQQgBigCHCIDQYQISQ0AIAMQrgILQQEMAQsgBkEIaiAGQRhqEIsEIAYoAgwhBCAGKAIICzYCACARIAQ2AgQgBkEwaiQAQQEhAyAHKAIMIQQgBygCCEEBcUUEQCAQQQRqQaK+wABBBxCwAyAEEKgEQQAhAwsgBUEwaiIGIAQ2AgQgBiADNgIAIAdBEGokACAFKAIwQQFxBEAgBSgCNCEDDAELIwBBEGsiBiQAIAVB0ABqIggoAgAhBCMAQeAAayIDJAAgBkEIaiIJAn8CQAJAAkACfwJAAn8CQAJAAkACQCACQRBqIgcoAgBBAWsOAgABAgsgA0HYAGogBBCbBCADKAJcIQQgAygCWCIKRQ0IIAMgBDYCVCADIAo2AlAgA0EoaiADQdAAakH9vMAAQQQQwAIgAygCKEEBcUUNAiADKAIsDAMLIANB2ABqIAQQmwQgAygCXCEEIAMoAlgiCkUNByADIAQ2AlQgAyAKNgJQIANByABqIANB0ABqQYG9wABBBRDAAiADKAJIQQFxRQ0DIAMoAkwMBAsgA0HYAGogBBCbBCADKAJcIQQgAygCWCIHRQ0GIAMgBDYCVCADIAc2AlAgA0EQaiADQdAAakH4vMAAQQUQwAIgAygCEEEBRgRAIAMoAhQhBCADKAJUIgdBhAhJDQcgBxCuAgwHCyADKAJQGiADQQhqIAMoAlQQnAQgAygCDCEEIAMoAggMBwsgA0EgaiADQdAAakH9vMAAQQQgB0EEahC3AiADKAIgQQFxRQ0DIAMoAiQLIQQgAygCVCIHQYQISQ0EIAcQrgIMBAsgA0FAayADQdAAakGGvcAAQQUgB0EEahDBAiADKAJAQQFxBEAgAygCRAwBCyADQThqIANB0ABqQYu9wABBAyAHQQhqEL8CIAMoAjhBAXFFDQIgAygCPAshBCADKAJUIgdBhAhJDQIgBxCuAgwCCyADKAJQGiADQRhqIAMoAlQQnAQgAygCHCEEIAMoAhgMAgsgAygCUBogA0EwaiADKAJUEJwEIAMoAjQhBCADKAIwDAELQQELNgIAIAkgBDYCBCADQeAAaiQAQQEhAyAGKAIMIQQgBigCCEEBcUUEQCAIQQRqQam+wABBBBCwAyAEEKgEQQAhAwsgBUEoaiIHIAQ2AgQgByADNgIAIAZBEGokACAFKAIoQQFxBEAgBSgCLCEDDAELIwBBEGsiBiQAIAVB0ABqIgcoAgAhBCMAQdAAayIDJAAgBkEIaiIIAn8CQAJAAkACfwJAAkACQAJAIAIoAgBBAWsOAgIAAQsgA0HIAGogBBCbBCADKAJMIQQgAygCSCIJRQ0GIAMgBDYCRCADIAk2AkAgA0E4aiADQUBrQZm9wABBBxDAAiADKAI4QQFxRQ0CIAMoAjwMAwsgA0HIAGogBBCbBCADKAJMIQQgAygCSCIJRQ0FIAMgBDYCRCADIAk2AkAgA0EQaiADQUBrQf28wABBBBDAAiADKAIQQQFGBEAgAygCFCEEIAMoAkQiCUGECEkNBiAJEK4CDAYLIAMoAkAaIANBCGogAygCRBCcBCADKAIMIQQgAygCCAwGCyADQcgAaiAEEJsEIAMoAkwhBCADKAJIIglFDQQgAyAENgJEIAMgCTYCQCADQSBqIANBQGtBkr3AAEEHEMACIAMoAiBBAUcNAiADKAIkIQQgAygCRCIJQYQISQ0EIAkQrgIMBAsgA0EwaiADQUBrQaC9wABBBiACQQhqEL8CIAMoAjBBAXFFDQIgAygCNAshBCADKAJEIglBhAhJDQIgCRCuAgwCCyADKAJAGiADQRhqIAMoAkQQnAQgAygCHCEEIAMoAhgMAgsgAygCQBogA0EoaiADKAJEEJwEIAMoAiwhBCADKAIoDAELQQELNgIAIAggBDYCBCADQdAAaiQAQQEhAyAGKAIMIQQgBigCCEEBcUUEQCAHQQRqQa2+wABBBBCwAyAEEKgEQQAhAwsgBUEgaiIHIAQ2AgQgByADNgIAIAZBEGokACAFKAIgQQFxBEAgBSgCJCEDDAELIwBBEGsiBiQAIAVB0ABqIgcoAgAaIwBBQGoiAyQAIAZBCGoiCAJ/AkACQAJAAkACQAJAAkAgAkHQAGotAABBAWsOBgECAwQFBgALIANBCGpBrb3AAEEQEJUDIAMoAgwhBCADKAIIDAYLIANBEGpBvb3AAEEYEJUDIAMoAhQhBCADKAIQDAULIANBGGpB1b3AAEEYEJUDIAMoAhwhBCADKAIYDAQLIANBIGpB7b3AAEEHEJUDIAMoAiQhBCADKAIgDAMLIANBKGpB9L3AAEEIEJUDIAMoAiwhBCADKAIoDAILIANBMGpB/L3AAEEMEJUDIAMoAjQhBCADKAIwDAELIANBOGpBiL7AAEEIEJUDIAMoAjwhBCADKAI4CzYCACAIIAQ2AgQgA0FAayQAQQEhAyAGKAIMIQQgBigCCEEBcUUEQCAHQQRqQbG+wABBBxCwAyAEEKgEQQAhAwsgBUEYaiIHIAQ2AgQgByADNgIAIAZBEGokACAFKAIYQQFxBEAgBSgCHCEDDAELIAVBEGogBUHQAGpBuL7AAEENIAJBIGoQvwIgBSgCEEEBcQRAIAUoAhQhAwwBCyAFKAJQGiAFQQhqIAUoAlQQnAQgBSgCDCEDIAUoAggMAgsgBSgCVCICQYQISQ0AIAIQrgILQQELNgIAIA8gAzYCBCAFQeAAaiQAQQEhAiAMKAIMIQMgDCgCCEEBcUUEQCABQQRqQZPAwABBBxCwAyADEKgEQQAhAgsgACADNgIEIAAgAjYCACAMQRBqJAALrwMBA38jAEEQayIEJAAgASgCABojAEHQAGsiAyQAIARBCGoiBQJ/AkACQAJAAkACQAJAAkACQAJAIAItAABBAWsOCAECAwQFBgcIAAsgA0EIakHvvsAAQQ4QlQMgAygCDCECIAMoAggMCAsgA0EQakH9vsAAQQ8QlQMgAygCFCECIAMoAhAMBwsgA0EYakGMv8AAQQ0QlQMgAygCHCECIAMoAhgMBgsgA0EgakGZv8AAQQ0QlQMgAygCJCECIAMoAiAMBQsgA0EoakGmv8AAQQ4QlQMgAygCLCECIAMoAigMBAsgA0EwakG0v8AAQQ0QlQMgAygCNCECIAMoAjAMAwsgA0E4akHBv8AAQQ8QlQMgAygCPCECIAMoAjgMAgsgA0FAa0HQv8AAQQsQlQMgAygCRCECIAMoAkAMAQsgA0HIAGpB27/AAEENEJUDIAMoAkwhAiADKAJICzYCACAFIAI2AgQgA0HQAGokAEEBIQIgBCgCDCEDIAQoAghBAXFFBEAgAUEEakHtw8AAQQQQsAMgAxCoBEEAIQILIAAgAzYCBCAAIAI2AgAgBEEQaiQAC+kBAQV/IAAoAgwiAiAAKAIAIgNGBEAgACgCACECIAAQ8gICQCAAKAIIIgUgAiAAKAIMIgRrTQ0AIAIgBWsiAyAEIANrIgRLIAAoAgAiBiACayAET3FFBEAgBiADayECIANBAnQiAwRAIAAoAgQiBCACQQJ0aiAEIAVBAnRqIAP8CgAACyAAIAI2AggMAQsgBEECdCIDRQ0AIAAoAgQiBSACQQJ0aiAFIAP8CgAACyAAKAIAIQMgACgCDCECCyAAIAJBAWo2AgwgACgCBCAAKAIIIAJqIgAgA0EAIAAgA08ba0ECdGogATYCAAtNAAJAAkACQAJAAkACQCAALQAADgUBAgMEBQALIABBCGoQvQQLDwsgAEEEahCRAg8LIABBBGoQ8AMPCyAAQQRqEL0EDwsgAEEYahC9BAtXAgF/AX4jAEEQayIDJAAgA0EIaiAAKAIIIAEgAhDKASADLQAIIgFBBEcEQCADKQMIIQQgAC0AAEEERwRAIAAQ4AILIAAgBDcCAAsgA0EQaiQAIAFBBEcLVwECfwJAAkAgAQRAIAFBCGsiAiACKAIAQQFqIgM2AgAgA0UNASABKAIADQIgACACNgIIIAAgATYCBCABQX82AgAgACABQQhqNgIADwsQvwQLAAsQwQQAC1gBAX8jAEEgayIDJAAgAyACNgIMIAMgATYCCCADIAA2AgQgA0EENgIcIANBATYCFCADIANBCGo2AhggAyADQQRqNgIQQfeGwAAgA0EQahDYASADQSBqJAALaQECfyMAQRBrIgIkACABKAIAIQMgAUGVgICAeDYCACADQZWAgIB4RgRAQaHPwABBLEHgz8AAEIcDAAsgAiADNgIAIAIgASgCDDYCDCACIAEpAgQ3AgQgAhCEAiAAQQA2AgAgAkEQaiQAC7EBAQF/IwBBIGsiAyQAIAMgAjYCBCADIAE2AgAgAyAANgIYIAMgA0EfaiIANgIUIAMgADYCECADIANBBGo2AgwgAyADNgIIIwBBIGsiACQAIABBFGogA0EIaiIBKAIQEM8CIAAoAhQgAEEIaiABKAIAKAIAIAEoAgQoAgAQ/wIgACgCCCICIAAoAgwiARC+ASABBEAgAiABEMcCCyAAQRRqEKEDIABBIGokACADQSBqJAALWQEBfwJAAkAgACgCACAAKAIIIgNrIAJJBEAgACADIAJBAUEBEPYCIAAoAgghAwwBCyACRQ0BCyACRQ0AIAAoAgQgA2ogASAC/AoAAAsgACACIANqNgIIQQALVQEBfwJAAkAgACgCACAAKAIIIgNrIAJJBEAgACADIAIQ7AEgACgCCCEDDAELIAJFDQELIAJFDQAgACgCBCADaiABIAL8CgAACyAAIAIgA2o2AghBAAtbAQJ/AkACQCABKAIIIgJFBEBBASEBDAELIAEoAgQhAyACQQEQ9gMiAUUNASACRQ0AIAEgAyAC/AoAAAsgACACNgIIIAAgATYCBCAAIAI2AgAPC0EBIAIQ+gMAC0oBAn8gACgCGCICBEAgACgCFCEBA0AgARDwAyABQRhqIQEgAkEBayICDQALCyAAQRBqQQRBGBCQAiAAKAIARQRAIABBBGoQvQQLC00BAX4CQCADQcAAcUUEQCADRQ0BIAJBACADa62GIAEgA60iBIiEIQEgAiAEiCECDAELIAIgA62IIQFCACECCyAAIAE3AwAgACACNwMIC00BAX4CQCADQcAAcUUEQCADRQ0BIAIgA60iBIYgAUEAIANrrYiEIQIgASAEhiEBDAELIAEgA62GIQJCACEBCyAAIAE3AwAgACACNwMICxUAIAAgAUGJrMAAQRBB3YvCABDrBAsVACAAIAFB2q/AAEEVQe2LwgAQ6wQLVQEBfwJAAkAgACgCACAAKAIIIgNrIAJJBEAgACADIAIQ/AEgACgCCCEDDAELIAJFDQELIAJFDQAgACgCBCADaiABIAL8CgAACyAAIAIgA2o2AghBAAtWAQJ/IAIoAiQiBCABKAKYAkYEQCACKAIgIAEoApQCIAQQ4wJFIQMLIABBBGogAkEcahDVAiAAIAM6AAEgAEEBOgACIABBADoAACAAIAL9AAMA/QsDEAtTAQJ/IwBBEGsiAiQAAkAgASgCCCIDIAEoAgRJBEAgAEEAOgAAIAAgASgCACADai0AADoAAQwBCyACQQQ2AgQgACABIAJBBGoQ/AILIAJBEGokAAtPAQF/IwBBIGsiAyQAIAMgATYCDCADIAA2AgggAyADQQhqrUKAgICAEIQ3AxggAyADQQxqrUKAgICAEIQ3AxBBjoTAACADQRBqIAIQhgMAC4QCAgR/AX4jAEEQayIDJAAgAyABNgIMIwBBQGoiAiQAIAIgA0EMaiIFENIDIAMCfwJAIAIpAwBCAVEEQCACKQMIIgZCAFkNAQtBASEEIAUgAkE/akGQxsAAEG4MAQsgBqcgBkKAgICAEFQNABpBASEEIAJBAToAECACIAY3AxggAkGQxsAANgIoIAIgAkE/ajYCJCACQQQ2AjggAkEFNgIwIAIgAkEkajYCNCACIAJBEGo2AixBlofAACACQSxqENgBCzYCBCADIAQ2AgAgAkFAayQAIAMoAgQhAiADKAIAIQQgAUGECE8EQCABEK4CCyAAIAQ2AgAgACACNgIEIANBEGokAAtOAQJ/IAAtAABBA0YEQCAAKAIEIgAoAgQiAigCACIBBEAgACgCACABEQIACyACKAIEIgEEQCACKAIIGiAAKAIAIAEQxwILIABBDBDHAgsLTgEBfyMAQSBrIgMkACADIAI2AgwgAyABNgIIIANBBDYCHCADQQU2AhQgAyAANgIQIAMgA0EIajYCGEG1h8AAIANBEGoQ2AEgA0EgaiQAC0YBAn8jAEEQayICJAAgAkEIaiAAQQxqIAAoAhRBAWoiAyAAKAIQIgAgACADSxsQRCABIAIoAgggAigCDBCMAyACQRBqJAALQwEDfwJAIAJFDQADQCAALQAAIgQgAS0AACIFRgRAIABBAWohACABQQFqIQEgAkEBayICDQEMAgsLIAQgBWshAwsgAws2AQF/IABBKGoQvQQgAEE0ahC9BCAAQUBrIgEQtQMgARC6BCAAKAIQQQFGBEAgAEEUahC9BAsLOwEBfyAAEL0EIABBDGoiARCrAyABEMIEIABBGGoQvQQgAEEkahC9BCAAQTBqIgAQpAIgAEEEQQwQkAILUwACQAJAAkACQAJAIAAoAgBBAmsOBgIBAQMEAAELIAAoAggQ5gIgACgCCEEUEMcCCw8LIABBBGpBBEEMEJACDwsgAEEEahCQAw8LIABBBGoQkAMLRAECfyMAQRBrIgEkACABIABBCGsiADYCDCABQQxqIgIQuQIgACAAKAIAQQFrIgA2AgAgAEUEQCACEPoCCyABQRBqJAALTgIBfwFvIAEoAgQiAiABKAIITwR/QQAFIAEgAkEBajYCBCABKAIAKAIAJQEgAhACIQMQqgEiASADJgFBAQshAiAAIAE2AgQgACACNgIACzgBAX8gACgCCCIBBEAgACgCBEEUaiEAA0AgAEEMaxC9BCAAEL0EIABBIGohACABQQFrIgENAAsLCwsAIABBIEEIEOwECwsAIABBEEEIEOwECwsAIABBAkECEOwECwsAIABBDEEEEOwECwwAIABBwABBBBDsBAsLACAAQQhBBBDsBAsLACAAQRRBBBDsBAsLACAAQRhBBBDsBAsLACAAQQRBBBDsBAs6AQF/AkAgAWlBAUcNACABQQAgAEGAgICAeCABa00bIgJFDQAgAARAIAAgAhD2AyIBRQ0BCyABDwsACz4BAX8gACACEN0DIAAoAgghAyAAIAIEfyACBEAgACgCBCADaiABIAL8CgAACyAAKAIIBSADCyACajYCCEEACyUAIAAoAgBBAEgEf0EEBSAAEL0EIABBDGoQvQRBGAsgAGoQvQQLQgEBfyMAQRBrIgUkACAFQQhqIAAgASACIAMgBBDcASAFKAIIIgBBgYCAgHhHBEAgACAFKAIMEPoDAAsgBUEQaiQACzsBAX8jAEEQayICJAAgAiABKAIAJQEQHCAAIAIoAgAEfiAAIAIrAwg5AwhCAQVCAAs3AwAgAkEQaiQACzsBAX8jAEEQayICJAAgAiABKAIAJQEQKiAAIAIoAgAEfiAAIAIpAwg3AwhCAQVCAAs3AwAgAkEQaiQAC8JsAyh/E34BfCABKAIIIgJBgICAAXEhDCAAKwMAIT0CQAJAIAJBgICAgAFxRQRAAn8gASERIAxBAEchGSMAQYABayIHJAAgPb0iNEL/////////B4MiK0KAgICAgICACIQgNEIBhkL+////////D4MgNEI0iKdB/w9xIgIbIipCAYMhL0ECIQACQAJAAkACQAJAICtQIgFBAkEDIAEbQQQgNEKAgICAgICA+P8AgyIrUBsgK0KAgICAgICA+P8AURtBAWsOBAABAgMEC0EDIQAMAwtBBCEADAILIAJBswhrIQsgL1AhAEIBISwMAQtCgICAgICAgCAgKkIBhiAqQoCAgICAgIAIUSIBGyEqQgJCASABGyEsIC9QIQBBy3dBzHcgARsgAmohCwsgByALOwF4IAcgLDcDcCAHQgE3A2ggByAqNwNgIAcgADoAegJAAn8CQAJAAkACQCAAQf8BcUEBTQRAIAdBIGohECAHQQ9qIQYjAEHQAGsiDiQAAkACQAJAAkACQAJAAkACQAJAAkAgB0HgAGoiACkDACIuUEUEQCAAKQMIIitQDQEgACkDECIqUA0CICogKiAufCIvVg0DICsgLlYNBCAvQoCAgICAgICAIFoNBSAOIAAvARgiADsBQCAOIC4gK30iKzcDOCAOICsgL3kiMIYiLCAwiCIqNwNIICogK1INCSAOIAA7AUAgDiAuNwM4IA4gLiAwhiIrIDCIIio3A0ggKiAuUg0JQaB/IAAgMKdrIgBrwUHQAGxBsKcFakHOEG0iAUHQAEsNByAOQSBqIAFBBHQiASkD8KNDIipCACAvIDCGQgAQjgIgDkEQaiAqQgAgLEIAEI4CIA4gKkIAICtCABCOAkIBQQAgACABLwH4o0NqayIArSIqhiIxQgF9ITIgDikDEEI/hyE6IA4pAwBCP4ghOyAOKQMIITwgAS8B+qNDIQwgAEE/cSEBIA4pAxghNSAOKQMoIjYgDikDIEI/iCItfCIwQgF8IjMgKoinIgJBkM4ATwRAIAJBwIQ9SQ0HIAJBgMLXL08EQEEIQQkgAkGAlOvcA0kiABshCkGAwtcvQYCU69wDIAAbIQsMCgtBBkEHIAJBgK3iBEkiABshCkHAhD1BgK3iBCAAGyELDAkLIAJB5ABPBEBBAkEDIAJB6AdJIgAbIQpB5ABB6AcgABshCwwJC0EKQQEgAkEJSyIKGyELDAgLQYCuwwBBHEGwr8MAEP0DAAtBwK/DAEEdQeCvwwAQ/QMAC0Hwr8MAQRxBjLDDABD9AwALQeSxwwBBNkGcssMAEP0DAAtBnLHDAEE3QdSxwwAQ/QMAC0GssMMAQS1B3LDDABD9AwALQQRBBSACQaCNBkkiABshCkGQzgBBoI0GIAAbIQsMAQsgAUHRAEHwrsMAEN4CAAsgMiAzgyEsIDsgPHwhNyABrSEuIAogDGtBAWohDCA6IDV9IDN8QgF8IjggMoMhKwJAAkACQAJAAkACQAJAAkACQAJAA0AgAiALbiEBIAVBEUYNAyAFIAZqIgAgAUEwaiIPOgAAIDggAiABIAtsayICrSAuhiI5ICx8IipWDQIgBSAKRgRAIAVBAWohBUIBISoDQCArIS8gKiEwIAVBEU8NBiAFIAZqICxCCn4iLCAuiKdBMGoiCzoAACAFQQFqIQUgKkIKfiEqICtCCn4iKyAsIDKDIixYDQALICsgLH0iLSAxVCECICogMyA3fX4iLiAqfCE1ICwgLiAqfSIyWg0IIC0gMVoNAgwICyAFQQFqIQUgC0EKSSALQQpuIQtFDQALQeywwwAQsgQACyAFIAZqQQFrIQAgMSAyfSEtQgAgLH0hNiAvQgp+IDF9IS4DQCAsIDF8IiogMlQgMiA2fCAsIC18WnJFBEBBACECDAcLIAAgC0EBayILOgAAIC4gNnwiLyAxVCECICogMloNByA2IDF9ITYgKiEsIC8gMVoNAAsMBgsgOCAqfSIvIAutIC6GIjFUIQsgMyA3fSIrQgF8ITMgLyAxVCAqICtCAX0iMlpyDQIgMCA3fSAsIDl8fSEuIDAgOnwgNX0gLCAxfCIrIDl8fUICfCEwICsgO3wgPHwgLX0gNn0gOXwhLUIAISwDQCAqIDF8IisgMlQgLCAufCAtWnJFBEBBACELDAQLIAAgD0EBayIPOgAAICwgMHwiLyAxVCELICsgMloNBCAtIDF8IS0gLCAxfSEsICshKiAvIDFaDQALDAMLQRFBEUH8sMMAEN4CAAsgBUERQYyxwwAQ3gIACyAqISsLAkAgKyAzWiALcg0AIDMgKyAxfCIqWCAzICt9ICogM31UcQ0AIBBBADYCAAwECyArIDhCBH1YICtCAlpxRQRAIBBBADYCAAwECyAQIAw7AQggECAFQQFqNgIEDAILICwhKgsCQCAqIDVaIAJyDQAgNSAqIDF8IixYIDUgKn0gLCA1fVRxDQAgEEEANgIADAILICogKyAwQlh+fFggKiAwQhR+WnFFBEAgEEEANgIADAILIBAgDDsBCCAQIAU2AgQLIBAgBjYCAAsgDkHQAGokAAwBCyMAQRBrIgAkACAAIA5BOGo2AgwgACAOQcgAajYCCCAAQQhqQeCjwgAgAEEMakHgo8IAQYSlwgAQtwEAC0G/pMIAQQEgNEIAUyIAGyEiQb+kwgBBwKTCACAAGyEjIDRCP4inISQgBygCIEUNASAHIAcoAig2AlggByAHKQIgNwNQDAILIABBAmsiAkH/AXFFDQJBASEAQb+kwgBBwKTCACA0QgBTIgEbQb+kwgBBASABGyAZGyELIDRCP4inIBlyIQwgAkH/AXFBAkcNAyAHQQI7ASAgB0EBNgIoIAdBx6TCADYCJCAHQSBqDAQLIAdB0ABqIRwgB0EPaiESQQAhBSMAQaAKayIBJAACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgB0HgAGoiACkDACIqUEUEQCAAKQMIIixQDQEgACkDECIvUA0CICogL3wiKyAvVA0DICogLFQNBCAALAAaIRogAC4BGCECIAEgKj4CACABICpCIIgiKj4CBCABQQFBAiAqUBs2AqABIAFBCGpBAEGYAfwLACABICw+AqQBIAEgLEIgiCIqPgKoASABQQFBAiAqUBs2AsQCIAFBrAFqQQBBmAH8CwAgASAvPgLIAiABIC9CIIgiKj4CzAIgAUEBQQIgKlAbNgLoAyABQdACakEAQZgB/AsAIAFB8ANqQQBBnAH8CwAgAUEBNgLsAyABQQE2AowFIAKsICtCAX15fULCmsHoBH5CgKHNoLQCfEIgiKciAMEhFQJAIAJBAE4EQCABIAIQXRogAUGkAWogAhBdGiABQcgCaiACEF0aDAELIAFB7ANqQQAgAmvBEF0aCwJAIBVBAEgEQCABQQAgFWtB//8DcSIAED8gAUGkAWogABA/IAFByAJqIAAQPwwBCyABQewDaiAAQf//AXEQPwsgAUH8CGogAUGkAfwKAAAgASgC6AMiCSABKAKcCiIAIAAgCUkbIgJBKEsNEQJAIAJFBEBBACECDAELAkAgAkEBRwRAIAJBAXEgAkE+cSEQIAFB/AhqIQAgAUHIAmohAwNAIAAgAygCACIKIAAoAgBqIgggBUEBcWoiBTYCACAAQQRqIgwgA0EEaigCACIGIAwoAgBqIgsgCCAKSSAFIAhJcmoiDDYCACAGIAtLIAsgDEtyIQUgA0EIaiEDIABBCGohACAQIA1BAmoiDUcNAAtFDQELIA1BAnQiDCABQfwIamoiACAFIAFByAJqIAxqKAIAIgwgACgCAGoiBmoiADYCACAGIAxJIAAgBklyIQULIAVFDQAgAkEoRg0KIAFB/AhqIAJBAnRqQQE2AgAgAkEBaiECCyABIAI2ApwKIAIgASgCjAUiGCACIBhLGyIAQSlPDRQgAEECdCEAIAFB+AhqIQwCQAJ/A0BBACAARQ0BGiAAIAxqIQIgAEEEayIAIAFB7ANqaigCACIGIAIoAgAiAkYNAAsgAiAGSSACIAZLawsgGk4EQCABKAKgASIFQSlPDQcCQCAFRQRAQQAhBQwBCyAFQQJ0IgxBBGsiAkECdkEBaiIAQQNxIQYCQAJAIAJBDEkEQEIAISogASEADAELIABB/P///wdxIQNCACEqIAEhAANAIAAgADUCAEIKfiAqfCIqPgIAIABBBGoiAiACNQIAQgp+ICpCIIh8Iio+AgAgAEEIaiICIAI1AgBCCn4gKkIgiHwiKj4CACAAQQxqIgIgAjUCAEIKfiAqQiCIfCIqPgIAICpCIIghKiAAQRBqIQAgA0EEayIDDQALIAZFDQELIAZBAnQhAwNAIAAgADUCAEIKfiAqfCIqPgIAIABBBGohACAqQiCIISogA0EEayIDDQALCyAqUA0AIAVBKEYNDCABIAxqICo+AgAgBUEBaiEFCyABIAU2AqABIAEoAsQCIgJBKU8NEyABAn9BACACRQ0AGiACQQJ0IgZBBGsiDEECdkEBaiIAQQNxIQUCQAJAIAxBDEkEQEIAISogAUGkAWohAAwBCyAAQfz///8HcSEDQgAhKiABQaQBaiEAA0AgACAANQIAQgp+ICp8Iio+AgAgAEEEaiIMIAw1AgBCCn4gKkIgiHwiKj4CACAAQQhqIgwgDDUCAEIKfiAqQiCIfCIqPgIAIABBDGoiDCAMNQIAQgp+ICpCIIh8Iio+AgAgKkIgiCEqIABBEGohACADQQRrIgMNAAsgBUUNAQsgBUECdCEDA0AgACAANQIAQgp+ICp8Iio+AgAgAEEEaiEAICpCIIghKiADQQRrIgMNAAsLIAIgKlANABogAkEoRg0MIAFBpAFqIAZqICo+AgAgAkEBags2AsQCIAEgCQR/IAlBAnQiDEEEayICQQJ2QQFqIgBBA3EhBgJAAkAgAkEMSQRAQgAhKiABQcgCaiEADAELIABB/P///wdxIQNCACEqIAFByAJqIQADQCAAIAA1AgBCCn4gKnwiKj4CACAAQQRqIgIgAjUCAEIKfiAqQiCIfCIqPgIAIABBCGoiAiACNQIAQgp+ICpCIIh8Iio+AgAgAEEMaiICIAI1AgBCCn4gKkIgiHwiKj4CACAqQiCIISogAEEQaiEAIANBBGsiAw0ACyAGRQ0BCyAGQQJ0IQMDQCAAIAA1AgBCCn4gKnwiKj4CACAAQQRqIQAgKkIgiCEqIANBBGsiAw0ACwsgKlAEQCABIAk2AugDDAMLIAlBKEYNDCABQcgCaiAMaiAqPgIAIAlBAWoFQQALNgLoAwwBCyAVQQFqIRULIAFBkAVqIgAgAUHsA2oiAkGkAfwKAAAgAEEBEF0hHiABQbQGaiIAIAJBpAH8CgAAIABBAhBdIR8gAUHYB2oiACACQaQB/AoAAAJAAkACQCAAQQMQXSIlKAKgASIdIAEoAqABIgUgBSAdSRsiAkEoTQRAIAFB6ANqISYgAUH4CGohJyABQYwFaiEoIAFBsAZqISkgAUHUB2ohGyAeKAKgASEgIB8oAqABISFBACEQA0AgECEMIAJBAnQhAAJ/AkADQCAARQ0BIAAgG2ohBiAAQQRrIgAgAWooAgAiCiAGKAIAIgZGDQALQQAgBiAKSw0BGgsgAgRAQQEhBUEAIQ0CQCACQQFHBEAgAkEBcSACQT5xIQ4gASIAQdgHaiEDA0AgACAAKAIAIhAgAygCAEF/c2oiCSAFQQFxaiIKNgIAIABBBGoiBiAGKAIAIgUgA0EEaigCAEF/c2oiCCAJIBBJIAkgCktyaiIGNgIAIAYgCEkgBSAIS3IhBSADQQhqIQMgAEEIaiEAIA4gDUECaiINRw0AC0UNAQsgASANQQJ0IgpqIgAgBSAAKAIAIgYgCiAlaigCAEF/c2oiCmoiADYCACAAIApJIAYgCktyIQULIAVFDRELIAEgAjYCoAEgAiEFQQgLIQ8gISAFIAUgIUkbIgJBKU8NFiACQQJ0IQACQAJAA0AgAEUNASAAIClqIQYgAEEEayIAIAFqKAIAIgogBigCACIGRg0ACyAGIApNDQAgBSECDAELIAIEQEEBIQVBACENAkAgAkEBRwRAIAJBAXEgAkE+cSEOIAEiAEG0BmohAwNAIAAgACgCACIQIAMoAgBBf3NqIgkgBUEBcWoiCjYCACAAQQRqIgYgBigCACIFIANBBGooAgBBf3NqIgggCSAQSSAJIApLcmoiBjYCACAGIAhJIAUgCEtyIQUgA0EIaiEDIABBCGohACAOIA1BAmoiDUcNAAtFDQELIAEgDUECdCIKaiIAIAUgACgCACIGIAogH2ooAgBBf3NqIgpqIgA2AgAgACAKSSAGIApLciEFCyAFRQ0RCyABIAI2AqABIA9BBHIhDwsgICACIAIgIEkbIgZBKU8NECAGQQJ0IQACQAJAA0AgAEUNASAAIChqIQUgAEEEayIAIAFqKAIAIgogBSgCACIFRg0ACyAFIApNDQAgAiEGDAELIAYEQEEBIQVBACENAkAgBkEBRwRAIAZBAXEgBkE+cSEOIAEiAEGQBWohAwNAIAAgACgCACIQIAMoAgBBf3NqIgkgBUEBcWoiCjYCACAAQQRqIgIgAigCACIFIANBBGooAgBBf3NqIgggCSAQSSAJIApLcmoiAjYCACACIAhJIAUgCEtyIQUgA0EIaiEDIABBCGohACAOIA1BAmoiDUcNAAtFDQELIAEgDUECdCIKaiIAIAUgACgCACICIAogHmooAgBBf3NqIgpqIgA2AgAgACAKSSACIApLciEFCyAFRQ0RCyABIAY2AqABIA9BAmohDwsgGCAGIAYgGEkbIgJBKU8NFiACQQJ0IQACQAJAA0AgAEUNASAAQQRrIgAgAWooAgAiCiAAIAFB7ANqaigCACIFRg0ACyAFIApNDQAgBiECDAELIAIEQEEBIQVBACENAkAgAkEBRwRAIAJBAXEgAkE+cSEOIAEiAEHsA2ohAwNAIAAgACgCACIQIAMoAgBBf3NqIgkgBUEBcWoiCjYCACAAQQRqIgYgBigCACIFIANBBGooAgBBf3NqIgggCSAQSSAJIApLcmoiBjYCACAGIAhJIAUgCEtyIQUgA0EIaiEDIABBCGohACAOIA1BAmoiDUcNAAtFDQELIAEgDUECdCIKaiIAIAUgACgCACIGIAFB7ANqIApqKAIAQX9zaiIKaiIANgIAIAAgCkkgBiAKS3IhBQsgBUUNEQsgASACNgKgASAPQQFqIQ8LIAxBEUYNCyAMIBJqIA9BMGo6AAAgASgCxAIiCiACIAIgCkkbIgBBKU8NGSAMQQFqIRAgAEECdCEAAn8DQEEAIABFDQEaIABBBGsiACABaigCACIFIAAgAUGkAWpqKAIAIgZGDQALIAUgBksgBSAGSWsLIAFB/AhqIAFBpAH8CgAAIAEoAugDIg8gASgCnAoiACAAIA9JGyIGQShLDRACQCAGRQRAQQAhBgwBC0EAIQVBACENAkAgBkEBRwRAIAZBAXEgBkE+cSEJIAFB/AhqIQAgAUHIAmohAwNAIAAgAygCACIIIAAoAgBqIhYgBUEBcWoiCzYCACAAQQRqIgUgA0EEaigCACIOIAUoAgBqIhcgCyAWSSAIIBZLcmoiBTYCACAFIBdJIA4gF0tyIQUgA0EIaiEDIABBCGohACAJIA1BAmoiDUcNAAtFDQELIA1BAnQiDSABQfwIamoiACAFIAFByAJqIA1qKAIAIg0gACgCAGoiDmoiADYCACAAIA5JIA0gDktyIQULIAVFDQAgBkEoRg0PIAFB/AhqIAZBAnRqQQE2AgAgBkEBaiEGCyABIAY2ApwKIAYgGCAGIBhLGyIAQSlPDRkgAEECdCEAAn8DQEEAIABFDQEaIAAgJ2ohBSAAICZqIABBBGshACgCACINIAUoAgAiBkYNAAsgBiANSSAGIA1LawshACAaSA0CIAAgGkgNA0EAIQ0gAQJ/QQAgAkUNABogAkECdCIGQQRrIgxBAnZBAWoiAEEDcSEFAkACQCAMQQxJBEBCACEqIAEhAAwBCyAAQfz///8HcSEDQgAhKiABIQADQCAAIAA1AgBCCn4gKnwiKj4CACAAQQRqIgwgDDUCAEIKfiAqQiCIfCIqPgIAIABBCGoiDCAMNQIAQgp+ICpCIIh8Iio+AgAgAEEMaiIMIAw1AgBCCn4gKkIgiHwiKj4CACAqQiCIISogAEEQaiEAIANBBGsiAw0ACyAFRQ0BCyAFQQJ0IQMDQCAAIAA1AgBCCn4gKnwiKj4CACAAQQRqIQAgKkIgiCEqIANBBGsiAw0ACwsgAiAqUA0AGiACQShGDQ8gASAGaiAqPgIAIAJBAWoLIgU2AqABAkAgCkUNACAKQQJ0IgxBBGsiAkECdkEBaiIAQQNxIQYCQAJAIAJBDEkEQEIAISogAUGkAWohAAwBCyAAQfz///8HcSEDQgAhKiABQaQBaiEAA0AgACAANQIAQgp+ICp8Iio+AgAgAEEEaiICIAI1AgBCCn4gKkIgiHwiKj4CACAAQQhqIgIgAjUCAEIKfiAqQiCIfCIqPgIAIABBDGoiAiACNQIAQgp+ICpCIIh8Iio+AgAgKkIgiCEqIABBEGohACADQQRrIgMNAAsgBkUNAQsgBkECdCEDA0AgACAANQIAQgp+ICp8Iio+AgAgAEEEaiEAICpCIIghKiADQQRrIgMNAAsLICpQBEAgCiENDAELIApBKEYNDyABQaQBaiAMaiAqPgIAIApBAWohDQsgASANNgLEAgJAIA9FBEBBACEPDAELIA9BAnQiDEEEayICQQJ2QQFqIgBBA3EhBgJAAkAgAkEMSQRAQgAhKiABQcgCaiEADAELIABB/P///wdxIQNCACEqIAFByAJqIQADQCAAIAA1AgBCCn4gKnwiKj4CACAAQQRqIgIgAjUCAEIKfiAqQiCIfCIqPgIAIABBCGoiAiACNQIAQgp+ICpCIIh8Iio+AgAgAEEMaiICIAI1AgBCCn4gKkIgiHwiKj4CACAqQiCIISogAEEQaiEAIANBBGsiAw0ACyAGRQ0BCyAGQQJ0IQMDQCAAIAA1AgBCCn4gKnwiKj4CACAAQQRqIQAgKkIgiCEqIANBBGsiAw0ACwsgKlANACAPQShGDQ8gAUHIAmogDGogKj4CACAPQQFqIQ8LIAEgDzYC6AMgHSAFIAUgHUkbIgJBKUkNAAsLDBQLIAAgGk4NASABQQEQXRogGCABKAKgASIAIAAgGEkbIgBBKU8NFiAAQQJ0IQAgAUEEayENIAFB6ANqIQoDQCAARQ0BIAAgCmohBSAAIA1qIABBBGshACgCACIGIAUoAgAiAkYNAAsgAiAGSw0BCyAQIBJqQX8hAyAMIQACQANAIABBf0YNASADQQFqIQMgACASaiAAQQFrIQAtAABBOUYNAAsgACASaiICQQFqIgAgAC0AAEEBajoAACADRQ0BIAJBAmpBMCAD/AsADAELIBJBMToAACAMBEAgEkEBakEwIAz8CwALIBBBEU8NCEEwOgAAIBVBAWohFSAMQQJqIRALIBBBEUsNCCAcIBU7AQggHCAQNgIEIBwgEjYCACABQaAKaiQADAwLQYCuwwBBHEHMs8MAEP0DAAtBwK/DAEEdQdyzwwAQ/QMAC0Hwr8MAQRxB7LPDABD9AwALQeSxwwBBNkHMtMMAEP0DAAtBnLHDAEE3Qby0wwAQ/QMAC0EAIAVBKEHMpcIAEJwBAAtBEUERQYy0wwAQ3gIACyAQQRFBnLTDABDeAgALQQAgEEERQay0wwAQnAEAC0EoQShBzKXCABDeAgALQa+lwgBBGkHMpcIAEP0DAAtBACAGQShBzKXCABCcAQALCyAjICIgGRshCyAZICRyIQwgByAHKAJQIAcoAlQgBy8BWEEAIAdBIGoQhwEgBygCBCEAIAcoAgAMAgsgB0EDNgIoIAdBwaTCADYCJCAHQQI7ASBBASELQQAhDEEBIQAgB0EgagwBCyAHQQM2AiggB0HEpMIANgIkIAdBAjsBICAHQSBqCyEBIAcgADYCXCAHIAE2AlggByAMNgJUIAcgCzYCUCARIAdB0ABqEFwgB0GAAWokAAwBCwwDCw8LIAxBAEchGSABIgwvAQ5BACEBIwBB8AhrIgckACA9vSIsQv////////8HgyIqQoCAgICAgIAIhCAsQgGGQv7///////8PgyAsQjSIp0H/D3EiBRsiLUIBgyErQQIhAAJAAkACQAJAAkAgKlAiBkECQQMgBhtBBCAsQoCAgICAgID4/wCDIipQGyAqQoCAgICAgID4/wBRG0EBaw4EAAECAwQLQQMhAAwDC0EEIQAMAgsgBUGzCGshASArUCEAQgEhLgwBC0KAgICAgICAICAtQgGGIC1CgICAgICAgAhRIgEbIS1CAkIBIAEbIS4gK1AhAEHLd0HMdyABGyAFaiEBCyEQIAcgATsB6AggByAuNwPgCCAHQgE3A9gIIAcgLTcD0AggByAAOgDqCAJ/AkAgAEH/AXFBAU0EQEF0QQUgAcEiAEEASBsgAGwiAUHA/QBJDQFByqTCAEElQfCkwgAQ/QMACwJAAkAgAEECayIGQf8BcQRAQQEhAEG/pMIAQcCkwgAgLEIAUyIBG0G/pMIAQQEgARsgGRshASAsQj+IpyAZciECIAZB/wFxQQJHDQEgB0ECOwGQCCAQDQIgB0EBNgKYCCAHQcekwgA2ApQIIAdBkAhqDAQLIAdBAzYCmAggB0HBpMIANgKUCCAHQQI7AZAIQQEhAUEAIQJBASEAIAdBkAhqDAMLIAdBAzYCmAggB0HEpMIANgKUCCAHQQI7AZAIIAdBkAhqDAILIAcgEDYCoAggB0EAOwGcCEECIQAgB0ECNgKYCCAHQcikwgA2ApQIIAdBkAhqDAELQb+kwgBBASAsQgBTIgAbISJBv6TCAEHApMIAIAAbICxCP4inISQgB0GQCGohEyAHQRBqIQ4gAUEEdkEVaiELQYCAfkEAIBBrIBDBQQBIGyEUIwBBEGsiCiQAAkACQAJ/AkACQAJAAkAgB0HQCGoiACkDACIrUEUEQCArQoCAgICAgICAIFoNASALRQ0CQaB/IAAvARggK3kiKqdrIgBrwUHQAGxBsKcFakHOEG0iAUHQAEsNAyAKIAFBBHQiASkD8KNDQgAgKyAqhkIAEI4CIAopAwggCikDAEI/iHwiK0FAIAAgAS8B+KNDamsiBa0iKoinIQAgAS8B+qNDIQZCASAqhiIvQgF9IiwgK4MiLVAEQCALQQpLDQcgC0ECdEHYtMMAaigCACAASw0HCyAFQT9xIQIgAEGQzgBPBEAgAEHAhD1JDQUgAEGAwtcvTwRAQQhBCSAAQYCU69wDSSIBGyEIQYDC1y9BgJTr3AMgARsMBwtBBkEHIABBgK3iBEkiARshCEHAhD1BgK3iBCABGwwGCyAAQeQATwRAQQJBAyAAQegHSSIBGyEIQeQAQegHIAEbDAYLQQpBASAAQQlLIggbDAULQYCuwwBBHEGcrsMAEP0DAAtBrK7DAEEkQdCuwwAQ/QMAC0GQqcIAQSFB4K7DABD9AwALIAFB0QBB8K7DABDeAgALQQRBBSAAQaCNBkkiARshCEGQzgBBoI0GIAEbCyEJIAKtITACQAJAAkACQCAIIAZrQQFqwSINIBTBIgFKBEAgBUH//wNxIQUgDSAUa8EgCyANIAFrIAtJGyIRQQFrIQZBACECA0AgACAJbiEBIAIgC0YNAyAAIAEgCWxrIQAgAiAOaiABQTBqOgAAIAIgBkYNBCACIAhGDQIgAkEBaiECIAlBCkkgCUEKbiEJRQ0AC0GAr8MAELIEAAsgEyAOIAtBACANIBQgK0IKgCAJrSAwhiAvEHwMBQsgAkEBaiECIAVBAWtBP3GtIStCASEuA0AgLiAriFBFBEAgE0EANgIADAYLIAIgC08NAyACIA5qIC1CCn4iKiAwiKdBMGo6AAAgLkIKfiEuICogLIMhLSARIAJBAWoiAkcNAAsgEyAOIAsgESANIBQgLSAvIC4QfAwECyALIAtBkK/DABDeAgALIBMgDiALIBEgDSAUIACtIDCGIC18IAmtIDCGIC8QfAwCCyACIAtBoK/DABDeAgALIBNBADYCAAsgCkEQaiQAIBTBIRoCQCAHKAKQCARAIAcgBygCmAg2AsgIIAcgBykCkAg3A8AIDAELIAdBwAhqIRggB0EQaiEOIwBBwAZrIgMkAAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgB0HQCGoiACkDACIsUEUEQCAAKQMIIitQDQEgACkDECIqUA0CICogLEJ/hVYNAyArICxWDQQgAC4BGCEBIAMgLD4CDCADICxCIIgiKj4CECADQQFBAiAqUBs2AqwBIANBFGpBAEGYAfwLACADQbQBakEAQZwB/AsAIANBATYCsAEgA0EBNgLQAiABrCAsQgF9eX1CwprB6AR+QoChzaC0AnxCIIinIgDBIRICQCABQQBOBEAgA0EMaiABEF0aDAELIANBsAFqQQAgAWvBEF0aCwJAIBJBAEgEQCADQQxqQQAgEmtB//8DcRA/DAELIANBsAFqIABB//8BcRA/CyADQZwFaiADQbABakGkAfwKAAAgCyIIQQpPBEAgA0GUBWohAgNAIAMoArwGIgRBKU8NDAJAIARFDQACfyAEQQJ0IgZBBGsiAEUEQEIAIS0gA0GcBWogBmoMAQsgAEECdkEBaiIAQQFxIAIgBmohBCAAQf7///8HcSEJQgAhLQNAIARBBGoiACAANQIAIC1CIIaEIitCgJTr3AOAIio+AgAgBCAENQIAICsgKkKAlOvcA359QiCGhCIrQoCU69wDgCIqPgIAICsgKkKAlOvcA359IS0gBEEIayEEIAlBAmsiCQ0AC0UNASAEQQhqC0EEayIAIAA1AgAgLUIghoRCgJTr3AOAPgIACyAIQQlrIghBCUsNAAsLIAhBAnQoAty0Q0EBdCIARQ0FIAMoArwGIgRBKU8NCiAEBH8gAK0hLAJAAn8gBEECdCICQQRrIgBFBEBCACEtIANBnAVqIAJqDAELIABBAnZBAWoiAEEBcSAAQf7///8HcSEJIAIgA2pBlAVqIQRCACEtA0AgBEEEaiIAIAA1AgAgLUIghoQiKyAsgCIqPgIAIAQgBDUCACArICogLH59QiCGhCIrICyAIio+AgAgKyAqICx+fSEtIARBCGshBCAJQQJrIgkNAAtFDQEgBEEIagtBBGsiACAANQIAIC1CIIaEICyAPgIACyADKAK8BgVBAAshACADKAKsASIBIAAgACABSRsiAEEoSw0RAkAgAEUEQEEAIQAMAQtBACEIAkAgAEEBRwRAIABBAXEgAEE+cSEKIANBnAVqIQQgA0EMaiEJA0AgBCAJKAIAIhEgBCgCAGoiEyAIQQFxaiIFNgIAIARBBGoiAiAJQQRqKAIAIgYgAigCAGoiCCAFIBNJIBEgE0tyaiICNgIAIAIgCEkgBiAIS3IhCCAJQQhqIQkgBEEIaiEEIAogD0ECaiIPRw0AC0UNAQsgD0ECdCIGIANBnAVqaiICIAggA0EMaiAGaigCACIGIAIoAgBqIgVqIgI2AgAgBSAGSSACIAVJciEICyAIRQ0AIABBKEYNDCADQZwFaiAAQQJ0akEBNgIAIABBAWohAAsgAyAANgK8BiADKALQAiINIAAgACANSRsiBEEpTw0KIARBAnQhBCADQZgFaiEGAkACQANAIARFDQEgBCAGaigCACICIARBBGsiBCADQbABamooAgAiAEYNAAsgACACTQ0AIAFFBEBBACEBIANBADYCrAEMAgsgAUECdCIGQQRrIgJBAnZBAWoiAEEDcSEFAkACQCACQQxJBEBCACEtIANBDGohBAwBCyAAQfz///8HcSEJQgAhLSADQQxqIQQDQCAEIAQ1AgBCCn4gLXwiKj4CACAEQQRqIgAgADUCAEIKfiAqQiCIfCIqPgIAIARBCGoiACAANQIAQgp+ICpCIIh8Iio+AgAgBEEMaiIAIAA1AgBCCn4gKkIgiHwiKj4CACAqQiCIIS0gBEEQaiEEIAlBBGsiCQ0ACyAFRQ0BCyAFQQJ0IQkDQCAEIAQ1AgBCCn4gLXwiKj4CACAEQQRqIQQgKkIgiCEtIAlBBGsiCQ0ACwsgLVBFBEAgAUEoRg0OIANBDGogBmogLT4CACABQQFqIQELIAMgATYCrAEMAQsgEkEBaiESC0EAIQVBASEIIBogEsEiAkoiJQRAQQAhAAwIC0EAIQAgEiAaa8EgCyACIBprIAtJGyIKRQ0HIANB1AJqIgAgA0GwAWoiAUGkAfwKAAAgAEEBEF0hHCADQfgDaiIAIAFBpAH8CgAAIABBAhBdIR0gA0GcBWoiACABQaQB/AoAACADQawBaiEmIANB0AJqIScgA0H0A2ohKCADQZgFaiEpIABBAxBdIR4gHCgCoAEhHyAdKAKgASEgIB4oAqABISFBACEGIAMoAqwBIQECQAJAA0AgBiERIAFBKU8NDyAGQQFqIQYgAUECdCECQQAhBANAIAIgBEYNAyADQQxqIARqIARBBGohBCgCAEUNAAsgISABIAEgIUkbIgJBKU8NFSACQQJ0IQQCfwJAA0AgBEUNASAEIClqIQAgBEEEayIEIANBDGpqKAIAIgggACgCACIARg0AC0EAIAAgCEsNARoLQQEhCEEAIQ8CQCACQQFHBEAgAkEBcSACQT5xIRQgA0EMaiEEIANBnAVqIQkDQCAEIAQoAgAiEyAJKAIAQX9zaiIWIAhBAXFqIgg2AgAgBEEEaiIAIAAoAgAiASAJQQRqKAIAQX9zaiIXIAggFkkgEyAWS3JqIgA2AgAgACAXSSABIBdLciEIIAlBCGohCSAEQQhqIQQgFCAPQQJqIg9HDQALRQ0BCyAPQQJ0IgkgA0EMamoiACAIIAAoAgAiASAJIB5qKAIAQX9zaiIIaiIANgIAIAAgCEkgASAIS3IhCAsgCEUNESADIAI2AqwBIAIhAUEICyEVICAgASABICBJGyICQSlPDRUgAkECdCEEAkACQANAIARFDQEgBCAoaiEAIARBBGsiBCADQQxqaigCACIIIAAoAgAiAEYNAAsgACAITQ0AIAEhAgwBCyACBEBBASEIQQAhDwJAIAJBAUcEQCACQQFxIAJBPnEhFCADQQxqIQQgA0H4A2ohCQNAIAQgBCgCACITIAkoAgBBf3NqIhYgCEEBcWoiCDYCACAEQQRqIgAgACgCACIBIAlBBGooAgBBf3NqIhcgCCAWSSATIBZLcmoiADYCACAAIBdJIAEgF0tyIQggCUEIaiEJIARBCGohBCAUIA9BAmoiD0cNAAtFDQELIA9BAnQiCSADQQxqaiIAIAggACgCACIBIAkgHWooAgBBf3NqIghqIgA2AgAgACAISSABIAhLciEICyAIRQ0SCyADIAI2AqwBIBVBBHIhFQsgHyACIAIgH0kbIgBBKU8NFCAAQQJ0IQQCQAJAA0AgBEUNASAEICdqIQEgBEEEayIEIANBDGpqKAIAIgggASgCACIBRg0ACyABIAhNDQAgAiEADAELIAAEQEEBIQhBACEPAkAgAEEBRwRAIABBAXEgAEE+cSEUIANBDGohBCADQdQCaiEJA0AgBCAEKAIAIhMgCSgCAEF/c2oiFiAIQQFxaiIINgIAIARBBGoiASABKAIAIgIgCUEEaigCAEF/c2oiFyAIIBZJIBMgFktyaiIBNgIAIAEgF0kgAiAXS3IhCCAJQQhqIQkgBEEIaiEEIBQgD0ECaiIPRw0AC0UNAQsgD0ECdCIJIANBDGpqIgEgCCABKAIAIgIgCSAcaigCAEF/c2oiCGoiATYCACABIAhJIAIgCEtyIQgLIAhFDRILIAMgADYCrAEgFUECaiEVCyANIAAgACANSRsiAUEpTw0PIAFBAnQhBAJAAkADQCAERQ0BIAQgJmohAiAEQQRrIgQgA0EMamooAgAiCCACKAIAIgJGDQALIAIgCE0NACAAIQEMAQsgAQRAQQEhCEEAIQ8CQCABQQFHBEAgAUEBcSABQT5xIRQgA0EMaiEEIANBsAFqIQkDQCAEIAQoAgAiEyAJKAIAQX9zaiIWIAhBAXFqIgg2AgAgBEEEaiIAIAAoAgAiAiAJQQRqKAIAQX9zaiIXIAggFkkgEyAWS3JqIgA2AgAgACAXSSACIBdLciEIIAlBCGohCSAEQQhqIQQgFCAPQQJqIg9HDQALRQ0BCyAPQQJ0IgkgA0EMamoiACAIIAAoAgAiAiADQbABaiAJaigCAEF/c2oiCGoiADYCACAAIAhJIAIgCEtyIQgLIAhFDRILIAMgATYCrAEgFUEBaiEVCyALIBFGDQEgDiARaiAVQTBqOgAAAkAgAUUEQEEAIQEMAQsgAUECdCIRQQRrIgJBAnZBAWoiAEEDcSEIAkACQCACQQxJBEBCACEtIANBDGohBAwBCyAAQfz///8HcSEJQgAhLSADQQxqIQQDQCAEIAQ1AgBCCn4gLXwiKj4CACAEQQRqIgAgADUCAEIKfiAqQiCIfCIqPgIAIARBCGoiACAANQIAQgp+ICpCIIh8Iio+AgAgBEEMaiIAIAA1AgBCCn4gKkIgiHwiKj4CACAqQiCIIS0gBEEQaiEEIAlBBGsiCQ0ACyAIRQ0BCyAIQQJ0IQkDQCAEIAQ1AgBCCn4gLXwiKj4CACAEQQRqIQQgKkIgiCEtIAlBBGsiCQ0ACwsgLVANACABQShGDQ8gA0EMaiARaiAtPgIAIAFBAWohAQsgAyABNgKsASAGIApHDQALQQAhCCAKIQAMCQsgCyALQYyzwwAQ3gIACyAKIAtLDQYCQCAKIBFGDQAgCiARayIARQ0AIA4gEWpBMCAA/AsACyAYIBI7AQggGCAKNgIEDAgLQYCuwwBBHEGsssMAEP0DAAtBwK/DAEEdQbyywwAQ/QMAC0Hwr8MAQRxBzLLDABD9AwALQeSxwwBBNkG8s8MAEP0DAAtBnLHDAEE3QayzwwAQ/QMAC0GUpcIAQRtBzKXCABD9AwALIBEgCiALQZyzwwAQnAEACwJ/AkAgDUUNACANQQJ0IgVBBGsiBkECdkEBaiICQQNxIRECQAJAIAZBDEkEQEIAIS0gA0GwAWohBAwBCyACQfz///8HcSEJQgAhLSADQbABaiEEA0AgBCAENQIAQgV+IC18Iio+AgAgBEEEaiICIAI1AgBCBX4gKkIgiHwiKj4CACAEQQhqIgIgAjUCAEIFfiAqQiCIfCIqPgIAIARBDGoiAiACNQIAQgV+ICpCIIh8Iio+AgAgKkIgiCEtIARBEGohBCAJQQRrIgkNAAsgEUUNAQsgEUECdCEJA0AgBCAENQIAQgV+IC18Iio+AgAgBEEEaiEEICpCIIghLSAJQQRrIgkNAAsLIC1QBEAgDSEFDAELIA1BKEYNBSADQbABaiAFaiAtPgIAIA1BAWohBQsgAyAFNgLQAiAFIAEgASAFSRsiBEEpTw0DIARBAnQhBCADQQhqIQUgA0GsAWohBgJAAkACQAJAAkACQANAIARFDQEgBCAGaiECIAQgBWogBEEEayEEKAIAIhEgAigCACIBRg0ACyABIBFJIAEgEUtrQf8BcQ4CAAEFC0EAIAgNBRogAEEBayIBIAtPDQEgASAOai0AAEEBcUUNBAsgACALSw0BIAAgDmohAkEAIQQgDiEJA0AgACAERg0DIARBAWohBCAJQQFrIgkgAGoiBi0AAEE5Rg0ACyAGIAYtAABBAWo6AAAgBEEBayIBRQ0DIAZBAWpBMCAB/AsADAMLIAEgC0HcssMAEN4CAAtBACAAIAtB7LLDABCcAQALQTEhBAJAIAgNACAOQTE6AABBMCEEIABBAWsiAUUNACAOQQFqQTAgAfwLAAsgEkEBaiESICUgACALT3INACACIAQ6AAAgAEEBaiEACyAAIAtLDQIgAAshACAYIBI7AQggGCAANgIECyAYIA42AgAgA0HABmokAAwFC0EAIAAgC0H8ssMAEJwBAAtBACAEQShBzKXCABCcAQALQShBKEHMpcIAEN4CAAtBACABQShBzKXCABCcAQALQa+lwgBBGkHMpcIAEP0DAAsLICIgGRshASAZICRyIQIgGiAHLgHICCIASARAIAdBCGogBygCwAggBygCxAggACAQIAdBkAhqEIcBIAcoAgwhACAHKAIIDAELQQIhACAHQQI7AZAIIBBFBEBBASEAIAdBATYCmAggB0HHpMIANgKUCCAHQZAIagwBCyAHIBA2AqAIIAdBADsBnAggB0ECNgKYCCAHQcikwgA2ApQIIAdBkAhqCyEGIAcgADYCzAggByAGNgLICCAHIAI2AsQIIAcgATYCwAggDCAHQcAIahBcIAdB8AhqJAAPC0EAIABBKEHMpcIAEJwBAAtBACACQShBzKXCABCcAQALbQEDfyAAKAIAIgAoAgwEQCAAQQxqIgEoAgQiAygCACICBEAgASgCACACEQIACyADKAIEIgIEQCADKAIIGiABKAIAIAIQxwILCwJAIABBf0YNACAAIAAoAgRBAWsiATYCBCABDQAgAEEYEMcCCws9AQJ/IwBBEGsiASQAIABBCGsiACAAKAIAQQFrIgI2AgAgASAANgIMIAJFBEAgAUEMahD6AgsgAUEQaiQAC0EBAX8jAEEQayIDJAAgA0EIaiABIAEoAggQRCACIAMoAgggAygCDBCMAyEBIABBAToAACAAIAE2AgQgA0EQaiQAC0EBAX8jAEEQayIDJAAgA0EIaiABIAEoAggQRCACIAMoAgggAygCDBCMAyEBIABBATsBACAAIAE2AgQgA0EQaiQAC0EBAX8jAEEQayIDJAAgA0EIaiABIAEoAggQRCACIAMoAgggAygCDBCMAyEBIABBAjYCACAAIAE2AgQgA0EQaiQAC0ABAX8jAEEgayIDJAAgAyACNgIcIAMgATYCGCADIAI2AhQgA0EIaiADQRRqELICIAAgAykDCDcDACADQSBqJAALRgECfyABKAIEIQIgASgCACEDQQhBBBD2AyIBRQRAQQRBCBDEBAALIAEgAjYCBCABIAM2AgAgAEHglsIANgIEIAAgATYCAAtCAQF/AkAgACgCACIBQYWAgIB4Rg0AAkACQEECIAFBgICAgHhzIAFBAE4bQQFrDgIAAQILIABBBGohAAsgABC9BAsLNgACQCADaUEBRw0AIANBACABQYCAgIB4IANrTRsiA0UNACAAIAEgAyACEEgiAEUNACAADwsAC0YBAX9BJEEEEPYDIgFFBEBBBEEkEMQEAAsgAUKBgICAEDcCACABIAApAgA3AgggASAA/QACCP0LAhAgASAAKAIYNgIgIAELOQEBfyABKAIAIAFBADYCAARAIAEoAgQiAUGECE8EQCABEK4CCyAAQQA2AgAPC0HwzsAAQTEQwAQAC0EBAX8CQAJAAkAgACgCACIAKAIADgIAAQILIAAoAggiAUUNASAAKAIEIAEQxwIMAQsgAEEEahDgAgsgAEEUEMcCC+ABAgF/AX4jAEEgayIDJAAgAyABNgIQIAMgADYCDCADQQE7ARwgAyACNgIYIAMgA0EMajYCFCMAQRBrIgEkACADQRRqIgApAgAhBCABIAA2AgwgASAENwIEIwBBEGsiACQAIAFBBGoiASgCACICKAIEIgNBAXEEQCACKAIAIQIgACADQQF2NgIEIAAgAjYCACAAQYSPwgAgASgCBCABKAIIIgAtAAggAC0ACRDeAQALIABBgICAgHg2AgAgACABNgIMIABBoI/CACABKAIEIAEoAggiAC0ACCAALQAJEN4BAAs7AQF/IwBBEGsiAyQAIAMgATYCBCADIAA2AgAgAyADrUKAgICA0BGENwMIQeqMwAAgA0EIaiACEIYDAAs5AgF/AX5BCCEBAkACQAJAQQMgACkDACICp0ECayACQgFYGw4EAgEBAAELQRAhAQsgACABahC9BAsLLgECfyMAQRBrIgEkACABQQRqIgIgABC1AiABKAIELQDEASACEJ4DIAFBEGokAAs6AAJAIAEgAiADEE8iAUUNACABLQAAQQNHDQAgASgCDEUNACAAIAFBBGoQ1QIPCyAAQYCAgIB4NgIACzcBAX8CQAJAAkBBAyAALQAAIgFBBWsgAUEETRtB/wFxDgMBAQIACyAAENADCw8LIABBBGoQvQQLPQEBf0EUQQQQ9gMiA0UEQEEEQRQQxAQACyADIAI2AhAgAyABNgIMIAMgACgCCDYCCCADIAApAgA3AgAgAws0AQF/IwBBEGsiAiQAIAJBCGogAEEMaiAAKAIUEEQgASACKAIIIAIoAgwQjAMgAkEQaiQACzUBAX8gACgCCCIBBEAgACgCBCEAA0AgABCEAiAAQRBqEIQCIABBIGohACABQQFrIgENAAsLCzYBAn8gACgCCCICBEAgACgCBCEBA0AgARCEAiABQRBqIQEgAkEBayICDQALCyAAQQhBEBCQAgs2AQJ/IAAoAggiAgRAIAAoAgQhAQNAIAEQkwMgAUEMaiEBIAJBAWsiAg0ACwsgAEEEQQwQkAILPgEBfyABKAIAIgRBvdHAAEEBEKAEIABBBDoAACAAIAEgAiADEMoBIAAtAABBBEYEQCAEQb3RwABBARCgBAsLNwECfyAAKAIIIgIEQCAAKAIEIQEDQCABEOUCIAFBQGshASACQQFrIgINAAsLIABBBEHAABCQAgs2AQJ/IAAoAggiAgRAIAAoAgQhAQNAIAEQ5gIgAUEUaiEBIAJBAWsiAg0ACwsgAEEEQRQQkAILMgECfyABQQAQ+wMhAiABQQEQ+wMhAyABQYQITwRAIAEQrgILIAAgAzYCBCAAIAI2AgALNgEBfyMAQRBrIgMkACADIAI2AgwgAyABNgIIIAAgA0EIahDaATYCBCAAQQA2AgAgA0EQaiQAC5UEAQd/IwBBEGsiBSQAIAVBCGohCCMAQdAAayIDJAAgAyACNgIwIAMgATYCLCADIAI2AiggA0EQaiADQShqIgEQsAIgAygCECECIAEgAygCFCIBQQRBDBDrASADKAIsIQQCQAJAIAMoAihBAUcEQCADQQA2AiQgAyADKAIwNgIgIAMgBDYCHCADIAIgAUECdCIHaiIJNgI0IAMgATYCMCADIAI2AiggAyABBH8DQCADQcQAaiEEIAIoAgAhBiMAQRBrIgEkACABIAY2AgAgAUEEaiABEJcCAkAgASgCBEGAgICAeEcEQCAEIAEoAgw2AgggBCABKQIENwIAIAZBhAhJDQEgBhCuAgwBCyAEQYCAgIB4NgIAIAQgBjYCBAsgAUEQaiQAIAMoAkRBgICAgHhGDQMgAyADKAJMNgJAIAMgAykCRDcDOCADKAIkIgEgAygCHEYEQCADQRxqEO0CCyACQQRqIQIgAygCICABQQxsaiIEIAMoAkA2AgggBCADKQM4NwIAIAMgAUEBajYCJCAHQQRrIgcNAAsgCQUgAgs2AiwgA0EoaiIBEJUCIAMgAygCJDYCMCADIAMpAhw3AyggA0EIaiABELMCIAggAykDCDcDACADQdAAaiQADAILIAQgAygCMBD6AwALQcOOwgBBKBDABAALIAUoAgwhASAAIAUoAgg2AgAgACABNgIEIAVBEGokAAs/ACAAKAIAQYCAgIB4RwRAIAEgACgCBCAAKAIIEIgEDwsgASgCACABKAIEIAAoAgwoAgAiACgCACAAKAIEEGILOAACQCACQYCAxABGDQAgACACIAEoAhARAQBFDQBBAQ8LIANFBEBBAA8LIAAgAyAEIAEoAgwRBAALgggCBX8FfiMAQSBrIgckACMAQbABayIFJAACQAJAAkACQAJAAkACQCAEeSADeUJAfSAEQgBSG6ciCCACeSABeUJAfSACQgBSG6ciBksEQCAGQT9LDQEgCEHfAEsNAiAIIAZrQSBJDQMgBUGgAWogAyAEQeAAIAhrIgkQ1wIgBTUCoAFCAXwhDQwECyABIANUIgYgAiAEVCACIARRG0UNBQwGCyABIAEgA4AiCiADfn0hAUIAIQIMBQsgAUIgiCIKIAIgAiADQv////8PgyICgCIMIAN+fUIghoQgAoAiBEIghiABQv////8PgyAKIAMgBH59QiCGhCIBIAKAIgOEIQogASACIAN+fSEBIARCIIggDIQhDEIAIQIMBAsgBUEwaiABIAJBwAAgBmsiBhDXAiAFQSBqIAMgBCAGENcCIAUgA0IAIAUpAzAgBSkDIIAiCkIAEI4CIAVBEGogBEIAIApCABCOAiAFKQMAIQsgBSkDGCAFKQMIIg4gBSkDEHwiDSAOVK18UARAIAEgC1QiBiACIA1UIAIgDVEbRQ0CCyABIAN8IgEgA1StIAIgBHx8IA19IAEgC1StfSECIApCAX0hCiABIAt9IQEMAwsCQAJAA0AgBUGQAWogASACQcAAIAZrIgYQ1wIgBSkDkAEhCyAGIAlJBEAgBUHQAGogAyAEIAYQ1wIgBUFAayADIAQgCyAFKQNQgCIOQgAQjgIgASAFKQNAIgtUIgYgAiAFKQNIIg1UIAIgDVEbRQRAIAIgDX0gBq19IQIgASALfSEBIAwgCiAKIA58IgpWrXwhDAwHCyABIAEgA3wiA1atIAIgBHx8IA19IAMgC1StfSECIAMgC30hASAMIAogCiAOfEIBfSIKVq18IQwMBgsgBUGAAWogCyANgCILQgAgBiAJayIGENgCIAVB8ABqIAMgBCALQgAQjgIgBUHgAGogBSkDcCAFKQN4IAYQ2AIgBSkDgAEiCyAKfCIKIAtUrSAFKQOIASAMfHwhDCACIAUpA2h9IAEgBSkDYCILVK19IgJ5IAEgC30iAXlCQH0gAkIAUhunIgYgCEkEQCAGQT9LDQIMAQsLIAEgA1QiBiACIARUIAIgBFEbRQ0BDAQLIAEgASADgCICIAN+fSEBIAwgCiACIAp8IgpWrXwhDEIAIQIMAwsgAiAEfSAGrX0hAiABIAN9IQEgDCAKQgF8IgpQrXwhDAwCCyACIA19IAatfSECIAEgC30hAQwBCyACIAR9IAatfSECIAEgA30hAUIBIQoLIAcgATcDECAHIAo3AwAgByACNwMYIAcgDDcDCCAFQbABaiQAIAcpAwAhASAAIAcpAwg3AwggACABNwMAIAdBIGokAAuHEwINfwF+IwBBEGsiDCQAIwBB8ABrIggkACAIIAE2AgggCCAANgIEIAggAjYCDCAIIAM2AhAgCCAENgIUIAggBTYCGCAIIAY2AhwgCCAHNgIgIAggCEHvAGoiADYCaCAIIAA2AmQgCCAIQSBqNgJgIAggCEEcajYCXCAIIAA2AlggCCAANgJUIAggCEEYajYCUCAIIAhBFGo2AkwgCCAANgJIIAggADYCRCAIIAhBEGo2AkAgCCAIQQxqNgI8IAggADYCOCAIIAA2AjQgCCAIQQhqNgIwIAggCEEEajYCLCAIQSRqIQUjAEHwAGsiAiQAIAhBLGoiBCgCACgCACEDIAQoAgQoAgAhASMAQTBrIgAkACAAIAE2AiggACADNgIkIAAgATYCICAAQQhqIABBIGoiARCwAiAAIAAoAggiAyAAKAIMIgZBAnRqNgIsIAAgBjYCKCAAIAM2AiQgACADNgIgIAEoAgghDSABKAIAIgohBiABKAIEIgMgASgCDCIHRwRAA0AgBiADKAIANgIAIAZBBGohBiADQQRqIgMgB0cNAAsgASADNgIECyMAQRBrIgckACABQQA2AgggASgCDCEJIAEoAgQhAyABQQQ2AgAgB0KAgICAwAA3AgggB0EIakEEQQQQkAIgAUEENgIMIAFBBDYCBCADIAlHBEAgCSADa0ECdiEJA0AgAygCACIOQYQITwRAIA4QrgILIANBBGohAyAJQQFrIgkNAAsLIAdBEGokACAAQRRqIgMgCjYCBCADIA02AgAgAyAGIAprQQJ2NgIIIAEQlQIgACADELACIAJBKGogACkDADcDACAAQTBqJAAgAigCKCEAIAIoAiwhASACQSBqIAQoAhAoAgAgBCgCFCgCABD/AiACKAIkIQ0gAigCICEQIAJBGGogBCgCICgCACAEKAIkKAIAEJYDIAIgAigCHCIRNgI4IAIgAigCGCISNgI0IAIgETYCMCACQRBqIAQoAjAoAgAgBCgCNCgCABD/AiACKAIUIQ4gAigCECETIAJBADYCWCACIAAgAUECdGo2AlQgAiABNgJQIAIgADYCTCACIAA2AkggAkHcAGohCiMAQTBrIgMkACADQQA2AgQgAyACQcgAaiIAKAIQNgIoIAMgAP0AAgD9CwMYIAMgA0EEajYCLCADQQxqIQYjAEHQAGsiASQAIAFBMGoiCSADQRhqIgQQkwICQAJAAkAgASgCOCILQYCAgIB4RwRAIAEgAf0AAjz9CwMYIAEgASgCTDYCKCABKQMwIRUgCUEEQQhBIBDrASABKAI0IQcgASgCMEEBRg0CIAEoAjgiACALNgIIIAAgFTcDACAAIAH9AAMY/QsCDCAAIAEoAig2AhwgAUEBNgIUIAEgADYCECABIAc2AgwgASAEKQIQNwNAIAEgBP0AAgD9CwMwIwBBQGoiBCQAIARBIGogCRCTAiAEKAIoIgBBgICAgHhHBEAgAUEMaiEHIARBLGohFANAIAQgFP0AAgD9CwMIIAQgFCgCEDYCGCAEKQMgIRUgBygCCCILIAcoAgBGBEAgByALQQFBCEEgEPYCCyAHKAIEIAtBBXRqIg8gADYCCCAPIBU3AwAgDyAE/QADCP0LAgwgDyAEKAIYNgIcIAcgC0EBajYCCCAEQSBqIAkQkwIgBCgCKCIAQYCAgIB4Rw0ACwsgCRCVAiAEQUBrJAAgBiABKAIUNgIIIAYgASkCDDcCAAwBCyAGQQA2AgggBkKAgICAgAE3AgAgBBCVAgsgAUHQAGokAAwBCyAHIAEoAjgQ+gMACwJAIAMoAgRBAUYEQCAKIAMoAgg2AgQgCkGAgICAeDYCACAGEOkCIAZBCEEgEJACDAELIAogAygCFDYCCCAKIAMpAgw3AgALIANBMGokACACKAJgIQACQCACKAJcIgFBgICAgHhGBEAgBUECNgIAIAUgADYCBAwBCyACIAIoAmQiBDYCRCACIAA2AkAgAiABNgI8IwBBMGsiAyQAIAMgDjYCCCADIBM2AgQgAyAENgIQIAMgADYCDCADIANBBGo2AhQgAyADQQxqNgIYIAMgDTYCJCADIBA2AiAgA0EBNgIcIAMgEjYCKCADIBIgEUEMbGo2AiwjAEEQayIGJAAgBiADQRhqIgc2AgwCQCADQRxqIgAoAgBBAUYEQCAAKAIEIQQgAEEANgIEIAAoAgghCgNAIAQEQCAGQQxqIAQgChCWASEBQQAhBCABRQ0BDAMLCyAAQQA2AgALIAAoAgxFBEBBACEBDAELIwBBEGsiBCQAIAQgBzYCCCAEIABBDGoiB0EIajYCDCAHKAIAIQAgBygCBCEKA0ACQCAAIApGBEBBACEBDAELIAcgAEEMaiIBNgIAIABBBGohCSAAQQhqIQsgASEAIARBCGogCSgCACALKAIAEJYBIgFFDQELCyAEQRBqJAALIAZBEGokACADQTBqJAACQCABBEAgAkEANgJIIwBBMGsiACQAIABBKGogAkHIAGoiBBCbBCAAKAIsIQMgAkEIaiIGAn8CQCAAKAIoIgdFDQAgACADNgIkIAAgBzYCICAAQRhqIABBIGpBy7zAAEEDIAFBCGoQtwICQCAAKAIYQQFxBEAgACgCHCEDDAELIABBEGogAEEgakGYusAAQQcgAUEUahC3AiAAKAIQQQFxBEAgACgCFCEDDAELIABBCGogAEEgakHOvMAAQQkgARC/AiAAKAIIQQFxBEAgACgCDCEDDAELIAAoAiAaIAAgACgCJBCcBCAAKAIEIQMgACgCAAwCCyAAKAIkIgFBhAhJDQAgARCuAgtBAQs2AgAgBiADNgIEIABBMGokACACKAIMIQAgAigCCEEBRgRAIAJBADoAVCACQZHMwAA2AkggAiAArUIghkIdhDcCTCACQQM2AmwgAiAENgJoIAJB3ABqIgBB5IfAACACQegAahB9QaTFwABBCCACKAJgIAIoAmQQ7QEhASAAEL0EIAIoAlAiAEGECE8EQCAAEK4CCyAFQQI2AgAgBSABNgIEDAILIAUgADYCBCAFQQE2AgAMAQsgBUEANgIACyACQTxqIgAQ6QIgAEEIQSAQkAILIAJBMGoiABCrAyAAEMIEIA4EQCATIA4QxwILIA0EQCAQIA0QxwILIAJB8ABqJAAgDCAIKAIkIgBBAkYiASAIKAIoIgIgAkEAIABBAXEbIAEbEMsDIAhB8ABqJAAgDCgCACAMKAIEIAwoAgggDEEQaiQACzgBAX8gACgCBCIBIAEoAgBBAWs2AgAgACgCCCIBIAEoAgBBAWsiATYCACABRQRAIABBCGoQpQMLCzgBAX8gACgCBCIBIAEoAgBBAWo2AgAgACgCCCIBIAEoAgBBAWsiATYCACABRQRAIABBCGoQowMLCzECAn8BfiMAQRBrIgEkACABQQRqIgIgABC1AiABKAIEKQPYASACEJ4DIAFBEGokALoLOAEBfyAAKAIEIgEgASgCAEEBazYCACAAKAIIIgEgASgCAEEBayIBNgIAIAFFBEAgAEEIahCjAwsLOAEBfyAAKAIEIgEgASgCAEEBajYCACAAKAIIIgEgASgCAEEBayIBNgIAIAFFBEAgAEEIahCkAwsLOAEBfyAAKAIEIgEgASgCAEEBazYCACAAKAIIIgEgASgCAEEBayIBNgIAIAFFBEAgAEEIahCkAwsLOAEBfyAAKAIEIgEgASgCAEEBajYCACAAKAIIIgEgASgCAEEBayIBNgIAIAFFBEAgAEEIahC5AwsLMAICfwF+IwBBEGsiASQAIAFBBGoiAiAAELUCIAEoAgQpA3ggAhCeAyABQRBqJAC6CzYBAX8gACgCACIAQRBqELkBAkAgAEF/Rg0AIAAgACgCBEEBayIBNgIEIAENACAAQZgCEMcCCws2AQF/IAAoAgAiAEEQahDpAQJAIABBf0YNACAAIAAoAgRBAWsiATYCBCABDQAgAEHIAhDHAgsLNQEBfyAAKAIAIgBBDGoQ7wMCQCAAQX9GDQAgACAAKAIEQQFrIgE2AgQgAQ0AIABBJBDHAgsL7QECA38BfiMAQRBrIgMkACADIAE2AgwjAEFAaiICJAAgAiADQQxqIgQQ0gMgAAJ/AkAgAikDAEIBUQRAIAIpAwgiBUIAWQ0BCyAAIAQgAkE/akGAxsAAEG42AgRBAQwBCyAFQoCABFoEQCACQQE6ABAgAiAFNwMYIAJBgMbAADYCKCACIAJBP2o2AiQgAkEENgI4IAJBBTYCMCACIAJBJGo2AjQgAiACQRBqNgIsIABBlofAACACQSxqENgBNgIEQQEMAQsgACAFPQECQQALOwEAIAJBQGskACABQYQITwRAIAEQrgILIANBEGokAAuYAQEFfyMAQRBrIgMkACADQQhqIQQjAEEQayICJAAgAiABNgIEIAJBgQg2AgggAkEEaiACQQhqEJAEBH9BAAUgAkEEaiACQQ9qQYjhwQAQbiEFQQELIQYgAUGECE8EQCABEK4CCyAEIAU2AgQgBCAGNgIAIAJBEGokACADKAIMIQEgACADKAIINgIAIAAgATYCBCADQRBqJAALNgEBfwNAIAAoAAAhAyAAIAEoAAA2AAAgASADNgAAIABBBGohACABQQRqIQEgAkEBayICDQALCzcBAX4gACkCACEBQRRBBBD2AyIARQRAQQRBFBDEBAALIABCADcCDCAAIAE3AgQgAEEBNgIAIAALMQEBfyMAQRBrIgIkACACQQhqIAAgACgCCBBEIAEgAigCCCACKAIMEIwDIAJBEGokAAstAQF/IAAoAggiAQRAIAAoAgQhAANAIAAQvQQgAEEMaiEAIAFBAWsiAQ0ACwsLEwAgACABIAIgAyAEIAVBABDtBAsTACAAIAEgAiADIAQgBUEBEO0ECzQBAX8gACgCCCIBQYQITwRAIAEQrgILAkAgACgCAEUNACAAKAIEIgBBhAhJDQAgABCuAgsLNAEBfyAAKAIQIgFBhAhPBEAgARCuAgsCQCAAKAIARQ0AIAAoAgQiAEGECEkNACAAEK4CCwsqAQF/IwBBEGsiAiQAIAIgATYCDCACIAA2AgggAkEIahDaASACQRBqJAALswEBAn8jAEEQayIAJAAgASgCAEHwlsIAQQsgASgCBCgCDBEEACEDIABBCGoiAkEAOgAFIAIgAzoABCACIAE2AgAgAiIBLQAEIQIgAS0ABQRAIAECf0EBIAJBAXENABogASgCACIBLQAKQYABcUUEQCABKAIAQcmlwgBBAiABKAIEKAIMEQQADAELIAEoAgBBgKXCAEEBIAEoAgQoAgwRBAALIgI6AAQLIAJBAXEgAEEQaiQACx8AIABBEGoQvQQgAEEcahC9BCAAQShqQQhByAAQkAIL3QwBA38gASgCACABQQA2AgBFBEBB8M7AAEExEMAEAAsgASgCBCECIwBB8ABrIgEkACABIAI2AggCQAJAAkAgAUEIaiIDEKwERQRAIAMgAUHvAGpB9MfAABBuIQMgAEGAgICAeDYCACAAIAM2AgQgAkGECEkNASACEK4CDAELIAFBDGoiAyACQejAwABBBBDXAyABQYCAgIB4NgIgIAFBgICAgHg2AiwgAUGBgICAeDYCOCABQYGAgIB4NgJEIAFB0ABqIAMQkwECQAJAIAEtAFBFBEADQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AUUEBaw4FAgMEAAUBCyABIAFBDGoQhAMMCQsgASgCIEGAgICAeEYNByABQQo2AmggAUG+wMAANgJkIAFBAjYCVCABIAFB5ABqNgJQQciywAAgAUHQAGoQ2AEhAiAAQYCAgIB4NgIAIAAgAjYCBEEBIQIMCwsgASgCLEGAgICAeEYNBSABQQw2AmggAUHIwMAANgJkIAFBAjYCVCABIAFB5ABqNgJQQciywAAgAUHQAGoQ2AEhAiAAQYCAgIB4NgIAIAAgAjYCBEEBIQIMCgsgASgCOEGBgICAeEYNAyABQQk2AmggAUHUwMAANgJkIAFBAjYCVCABIAFB5ABqNgJQQciywAAgAUHQAGoQ2AEhAiAAQYCAgIB4NgIAIAAgAjYCBEEBIQIMCQsgASgCREGBgICAeEYNASABQQk2AmggAUHdwMAANgJkIAFBAjYCVCABIAFB5ABqNgJQQciywAAgAUHQAGoQ2AEhAiAAQYCAgIB4NgIAIAAgAjYCBEEBIQIMCAsgASgCIEGAgICAeEYiAkUEQCABIAEoAig2AlggASABKQIgNwNQIAEoAiwiA0GAgICAeEYEQCABQQw2AmAgAUHIwMAANgJcIAFBAjYCaCABIAFB3ABqNgJkQbSywAAgAUHkAGoQ2AEhAyAAQYCAgIB4NgIAIAAgAzYCBCABQdAAahC9BAwJCyAAIAEpAiA3AgAgACABKAIoNgIIIAAgASkCMDcCECAAIAM2AgwgACABKQJINwIoIAAgASkCPDcCHCAAQYCAgIB4IAEoAkQiAiACQYGAgIB4Rhs2AiQgAEGAgICAeCABKAI4IgAgAEGBgICAeEYbNgIYDAkLIAFBCjYCYCABQb7AwAA2AlwgAUECNgJoIAEgAUHcAGo2AmRBtLLAACABQeQAahDYASEDIABBgICAgHg2AgAgACADNgIEDAcLIAEoAgwgAUEANgIMBEAgAUHQAGogASgCEBCaAiABKAJUIQIgASgCUCIDQYGAgIB4RgRAIABBgICAgHg2AgAgACACNgIEQQEhAgwICyABKAJYIQQgASgCREGBgICAeEcEQCABQcQAahD3AwsgASAENgJMIAEgAjYCSCABIAM2AkQMBAsMCQsgASgCDCABQQA2AgwEQCABQdAAaiABKAIQEJoCIAEoAlQhAiABKAJQIgNBgYCAgHhGBEAgAEGAgICAeDYCACAAIAI2AgRBASECDAcLIAEoAlghBCABKAI4QYGAgIB4RwRAIAFBOGoQ9wMLIAEgBDYCQCABIAI2AjwgASADNgI4DAMLDAgLIAEoAgwgAUEANgIMBEAgAUHQAGogASgCEBCUAiABKAJUIQIgASgCUCIDQYCAgIB4RgRAIABBgICAgHg2AgAgACACNgIEQQEhAgwGCyABKAJYIQQgAUEsahD3AyABIAQ2AjQgASACNgIwIAEgAzYCLAwCCwwHCyABKAIMIAFBADYCDEUNBiABQdAAaiABKAIQEJQCIAEoAlQhAiABKAJQIgNBgICAgHhGBEAgAEGAgICAeDYCACAAIAI2AgRBASECDAQLIAEoAlghBCABQSBqEPcDIAEgBDYCKCABIAI2AiQgASADNgIgCyABQdAAaiABQQxqEJMBIAEtAFBFDQALCyABKAJUIQIgAEGAgICAeDYCACAAIAI2AgRBASECCyABKAJEQYGAgIB4RwRAIAFBxABqEPcDCyABKAI4QYGAgIB4RwRAIAFBOGoQ9wMLIAEoAixBgICAgHhHBEAgAUEsahC9BAsgAiABKAIgQYCAgIB4R3FFDQAgAUEgahC9BAsgAUEMahCvAwsgAUHwAGokAAwBC0HwzsAAQTEQwAQACwvUCQIJfwp+IAEoAgAgAUEANgIARQRAQfDOwABBMRDABAALIAEoAgQhA0EAIQRBByEBIwBB0ABrIgIkACACIAM2AhgCQAJAAkAgAkEYaiIFEKwERQRAIAUgAkHPAGpBxMnAABBuIQEgAEEBNgIAIAAgATYCBCADQYQISQ0BIAMQrgIMAQsgAkEcaiIFIANB1MHAAEEHENcDIAJBMGogBRCUAQJ/An8CfwJAIAItADANAEEAIQNBACEFA0ACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAi0AMUEBaw4IAgMEBQYHAQgACyADRQ0OIAJBCzYCSCACQYjBwAA2AkQgAkECNgI0IAIgAkHEAGo2AjBByLLAACACQTBqENgBDBMLIAJBEGogAkEcahCEAwwOCyALUA0LIAJBDTYCSCACQZPBwAA2AkQgAkECNgI0IAIgAkHEAGo2AjBByLLAACACQTBqENgBDBELIAxQDQkgAkERNgJIIAJBoMHAADYCRCACQQI2AjQgAiACQcQAajYCMEHIssAAIAJBMGoQ2AEMEAsgDVANByACQQ02AkggAkG4vsAANgJEIAJBAjYCNCACIAJBxABqNgIwQciywAAgAkEwahDYAQwPCyAOUA0FIAJBCTYCSCACQbHBwAA2AkQgAkECNgI0IAIgAkHEAGo2AjBByLLAACACQTBqENgBDA4LIAVFDQMgAkELNgJIIAJBusHAADYCRCACQQI2AjQgAiACQcQAajYCMEHIssAAIAJBMGoQ2AEMDQsgD1ANASACQQw2AkggAkHFwcAANgJEIAJBAjYCNCACIAJBxABqNgIwQciywAAgAkEwahDYAQwMCyAAIAFBBSADQQFxGzYCMCAAIBBCgICAECAGGzcDKCAAIBFCgICAECAHGzcDICAAIBJCsOoBIAgbNwMYIAAgE0Lg1AMgCRs3AxAgACAUQrgXIAobNwMIIARBBCAFGyEBQQAhA0E0DA0LIAIoAhwgAkEANgIcBEAgAkEwaiACKAIgEP4BIAIoAjANCiACKQM4IRBBASEGQgEhDwwHCwwOCyACKAIcIAJBADYCHARAIAJBCGogAigCIBDfAkEBIQUgAigCDCEEIAIoAghBAXFFDQYgBCEBQQEhA0EEDAwLDA0LIAIoAhwgAkEANgIcBEAgAkEwaiACKAIgEP4BIAIoAjANCCACKQM4IRFBASEHQgEhDgwFCwwMCyACKAIcIAJBADYCHARAIAJBMGogAigCIBD+ASACKAIwDQcgAikDOCESQQEhCEIBIQ0MBAsMCwsgAigCHCACQQA2AhwEQCACQTBqIAIoAiAQ/gEgAigCMA0GIAIpAzghE0EBIQlCASEMDAMLDAoLIAIoAhwgAkEANgIcBEAgAkEwaiACKAIgEP4BIAIoAjANBSACKQM4IRRBASEKQgEhCwwCCwwJCyACKAIcIAJBADYCHEUNASACIAIoAiAQ3wIgAigCBCEBQQEiAyACKAIAQQFxDQUaCyACQTBqIAJBHGoQlAEgAi0AMEUNAQwCCwsMBQsgAigCNAshAUEBCyEDQQQLIQQgACADNgIAIAAgBGogATYCACACQRxqEK8DCyACQdAAaiQADAELQfDOwABBMRDABAALCy0BAX8gACgCCCIBBEAgACgCBCEAA0AgABDwAyAAQRhqIQAgAUEBayIBDQALCws0AQF/AkACQAJAIAAoAgAOAgABAgsgACgCCCIBRQ0BIAAoAgQgARDHAg8LIABBBGoQ4AILCykAIAEEQCABQQJ0IQEDQCAAKAIAEK4CIABBBGohACABQQRrIgENAAsLC7QDAQN/IwBBEGsiBCQAQQghAwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQEEVIAAoAgAiBUGAgICAeHMgBUEAThtBAWsOFQECAwQFBgcICQoLDA0ODxQUEBESEwALIAQgAC0ABDoAAUEAIQMMEwsgBCAAMQAENwMIQQEhAwwSCyAEIAAzAQQ3AwhBASEDDBELIAQgADUCBDcDCEEBIQMMEAsgBCAAKQMINwMIQQEhAwwPCyAEIAAwAAQ3AwhBAiEDDA4LIAQgADIBBDcDCEECIQMMDQsgBCAANAIENwMIQQIhAwwMCyAEIAApAwg3AwhBAiEDDAsLIAQgACoCBLs5AwhBAyEDDAoLIAQgACsDCDkDCEEDIQMMCQsgBCAAKAIENgIEQQQhAwwICyAEIAApAwg3AgRBBSEDDAcLIAQgACkCBDcCBEEFIQMMBgsgBCAAKQMINwIEQQYhAwwFCyAEIAApAgQ3AgRBBiEDDAQLQQchAwwDC0EJIQMMAgtBCiEDDAELQQshAwsgBCADOgAAIAQgASACEOECIAAQhAIgBEEQaiQACy4BAX8CQCAAKAIAIgBBf0YNACAAIAAoAgRBAWsiATYCBCABDQAgAEH4ABDHAgsLNwIBbwF/IAEQrAQEfyABKAIAJQEQFyECEKoBIgEgAiYBQQEFQQALIQMgACABNgIEIAAgAzYCAAswAQF/IAFBCGsiAiACKAIAQQFqIgI2AgAgAkUEQAALIAAgATYCBCAAQdTiwQA2AgALsgsBGH8jAEEQayIQJAAjAEHgAGsiBiQAIAYgAjYCICAGIAE2AhwgBiADNgIkIAYgBDYCKCAGIAA2AlggBiAGQd8AaiIANgJUIAYgADYCUCAGIAZBKGo2AkwgBiAGQSRqNgJIIAYgADYCRCAGIAA2AkAgBiAGQSBqNgI8IAYgBkEcajYCOCMAQSBrIgkkACAJQRRqIAZBOGoiACgCIBC2AiAJKAIUIQMgCUEIaiAAKAIAKAIAIAAoAgQoAgAQ/wIgCSgCDCERIAkoAgghEyAJIAAoAhAoAgAgACgCFCgCABD/AiAGQSxqIQ0gCSgCACEUIAkoAgQhDCMAQTBrIggkAAJAIAwEQCAIQQE7ASwgCCAMNgIoIAhBADYCJCAIQQE6ACAgCEEvNgIcIAggDDYCGCAIQQA2AhQgCCAMNgIQIAggFDYCDCAIQS82AgggCEEIaiECIwBB4ABrIgUkACAFQRRqIBMgERC8AiAFQSBqIAUoAhgiASAFKAIcIgAQegJAIABBAUcNACABLQAAQS9HDQAgBSgCKCIARQ0AIAUgAEEBazYCKAsgBSgCKCEEIAVBADYCNCAFQoCAgIAQNwIsIAVBOGogAkEo/AoAAAJAAkACQCAFLQBdQQFxDQAgAygCCCIYQQZ0IQIgBUHMAGoiGSAFLQBQIg5qQQFrIRogAygCBCEBIAUoAkQhCiAFKAJYIRUgBSgCSCEPIAUoAkAhFiAFKAI8IRIgBS0AXEEBcSEbIA5BBUkhHANAAn8CQCAPIBZLIAogD0tyDQAgGi0AACELA0AgCiASaiEHAn8gDyAKayIDQQdNBEBBACEAQQAgA0UNARoDQEEBIAsgACAHai0AAEYNAhogAyAAQQFqIgBHDQALIAMhAEEADAELIAVBCGogCyAHIAMQoQEgBSgCDCEAIAUoAggLQQFHBEAgDyEKDAILAkAgACAKakEBaiIKIA5JIAogFktyDQAgHARAIBIgCiAOayIAaiAZIA4Q4wINASAFKAJUIQcgBSAKNgJUQQAhFyAAIAdrDAQLQQAgDkEEQfS3wAAQnAEACyAKIA9NDQALCyAFQQE6AF0gG0UgFSAFKAJUIgdGcQ0CQQEhFyAVIAdrCyELIAUoAigiACAETwRAIAUgBDYCKCAEIQALIAUoAiAgAEYEQCAFQSBqEO8CCyAFKAIkIABBA3RqIgMgCzYCBCADIAcgEmo2AgAgBSAAQQFqIgM2AiggBSgCICADRgRAIAVBIGoQ7wILIAUoAiQgA0EDdGpCATcCACAFIABBAmo2AihBACEHAkACQCAYBEAgAiEDIAEhAANAAn8gAEE8ai0AAEUEQCAAIAUoAiQgBSgCKBC4AkH/AXEgB3IMAQtBACAHQf8BcUUNABogByAAIAUoAiQgBSgCKBC4AkH/AXFBf3NxCyEHIABBQGshACADQUBqIgMNAAsgB0H/AXFFDQELQQAhAAwBCyAFKAIoIgBBAWshCyAARQ0DIAUoAiQhAyACIQcgASEAAn8DQAJAIABBPGotAAANACAAQTBqIAMgC0EBEDpFDQBBAQwCCyAAQUBrIQAgB0FAaiIHDQALQQALIQBBACEHCyAAIAcQmAQhACAFKAI0IgMgBSgCLEYEQCAFQSxqEK8CCyAFKAIwIANqIAA6AAAgBSADQQFqNgI0IBdFDQALCyANIAUoAjQ2AgggDSAFKQIsNwIAIAVBIGpBBEEIEJACIAVBFGoQvQQgBUHgAGokAAwBC0EAIAtBAEHMu8AAEJwBAAsMAQsgDUEANgIIIA1CgICAgBA3AgALIAhBMGokACAMBEAgFCAMEMcCCyARBEAgEyAREMcCCyAJQRRqEJsDIAlBIGokACAGQRBqIA0QsgIgBkEIaiAGKAIQIAYoAhQQmQQgECAGKQMINwIAIAZB4ABqJAAgECgCACAQKAIEIBBBEGokAAsfACAAEL0EIABBDGoQvQQgAEEYahD3AyAAQSRqEPcDCyYBAX8jAEEQayIBJAAgAUGBCDYCDCAAIAFBDGoQkAQgAUEQaiQAC2UAIAEgA0YEQCABBEAgACACIAH8CgAACw8LIwBBIGsiACQAIAAgAzYCCCAAIAE2AgwgACAAQQxqrUKAgICAEIQ3AxggACAAQQhqrUKAgICAEIQ3AxBB8bTAACAAQRBqIAQQhgMAC8UEAgZ/AX4jAEEQayIGJAAjAEHQAGsiBCQAIAQgATYCICAEIAA2AhwgBCACNgIkIAQgAzYCKCAEIARBzwBqIgA2AkggBCAANgJEIAQgBEEoajYCQCAEIARBJGo2AjwgBCAANgI4IAQgADYCNCAEIARBIGo2AjAgBCAEQRxqNgIsIARBEGohAyMAQYABayIAJAAgAEEQaiAEQSxqIgEoAgAoAgAgASgCBCgCABD/AiAAKAIUIQIgACgCECEIIABBCGogASgCECgCACABKAIUKAIAEJYDIAAgACgCDCIFNgIgIAAgACgCCCIBNgIcIAAgBTYCGCAAQSRqIAggAiABIAUQmgECQAJAIAAoAiRBBUYEf0EABSAAIAAoAjQ2AkggACAAKQIsNwNAIAAgACkCJCIKNwM4IABBADYCaCAAQoCAgIAQNwJgIABB9MnAADYCcCAAQqCAgIAGNwJ0IAqnQQJ0IgEoArzQQCABKAKo0EAgACAAQeAAajYCbCAAQThqIgcgAEHsAGoQjQENASAAIAAoAmgiCTYCWCAAIAApAmA3A1AgACgCVCAJEO0BIQEgAEHQAGoQvQQgBxDRA0EBCyEFIABBGGoiBxCrAyAHEMIEIAIEQCAIIAIQxwILIAMgATYCBCADIAU2AgAgAEGAAWokAAwBC0GcysAAQTcgAEH/AGpBjMrAAEHUysAAEMgCAAsgBEEIaiAEKAIQIAQoAhQQ8wMgBiAEKQMINwIAIARB0ABqJAAgBigCACAGKAIEIAZBEGokAAvRBwIKfwJ+IwBBEGsiCSQAIwBB4ABrIgQkACAEIAI5AxggBCABNgIUIAQgAzYCJCAEIAA2AlggBCAEQd8AaiIANgJUIAQgADYCUCAEIAA2AkwgBCAEQSRqNgJIIAQgADYCRCAEIAA2AkAgBCAANgI8IAQgBEEYajYCOCAEIAA2AjQgBCAANgIwIAQgADYCLCAEIARBFGo2AigjAEEgayIIJAAgCEEUaiINIARBKGoiACgCMBDPAiAIQQhqIQsgCCgCFCEBIAAoAgAoAgAhBiAAKAIQKwMAIQIgACgCICgCAEEARyEMIwBBIGsiAyQAIANBEGpBi73AAEEDIAIQ3QFBASEAAn8gAygCEEEBRgRAIAMoAhQMAQsgA0EQaiEFIAMpAxghDiMAQdAAayIAJAAgACAONwMQIAAgBjYCDAJAIAEoAgBBB0YEQCAFQYKAgIB4NgIADAELAkACQAJAIAEtAMQBRQRAIAYgASgCwAEiB0cNASAAIAEpA3giDzcDICAMRQRAIA4gD1ENBCAAQS42AjwgAEEuNgI0IABBATYCLCAAIABBIGo2AjggACAAQRBqNgIwIAAgAEEMajYCKCAFQeipwAAgAEEoahB9DAULIA4gD1YNAiAGRSAOUEVyDQMgAEEBNgIsIAAgAEEMajYCKCAFQfKvwAAgAEEoahD1AQwECyAAIAEoAsABQQFrNgIcIABBATYCNCAAQQE2AiwgACAAQRxqNgIwIAAgAEEMajYCKCAFQcO0wAAgAEEoahB9DAMLIAAgBzYCHCAAQQE2AjQgAEEBNgIsIAAgAEEcajYCMCAAIABBDGo2AiggBUHPhMAAIABBKGoQfQwCCyAAQS42AjwgAEEuNgI0IABBATYCLCAAIABBIGo2AjggACAAQRBqNgIwIAAgAEEMajYCKCAFQaOGwAAgAEEoahB9DAELIAFBuAFqIgooAgAgBkYEQCMAQRBrIgckACAHQQhqIAogCigCAEEBQQhBCBDcASAHKAIIIgpBgYCAgHhHBEAgCiAHKAIMEPoDAAsgB0EQaiQACyABKAK8ASAGQQN0aiAONwMAIAEgDDoAxAEgASAGQQFqNgLAASAAQQE2AiggBSABQgAgAEEoahAyCyAAQdAAaiQAIANBCGogBRC0ASADKAIIIQAgAygCDAshASALIAA2AgAgCyABNgIEIANBIGokACAIKQMIIQ4gDRCcAyAEQQhqIA43AwAgCEEgaiQAIAQgBCgCCCAEKAIMEPMDIAkgBCkDADcCACAEQeAAaiQAIAkoAgAgCSgCBCAJQRBqJAALtQUCCX8BfiMAQRBrIggkABCqASIFIAImASMAQeAAayIEJAAgBCAFNgIcIAQgATYCGCAEIAM5AyAgBCAANgJYIAQgBEHfAGoiADYCVCAEIAA2AlAgBCAANgJMIAQgBEEgajYCSCAEIAA2AkQgBCAANgJAIAQgADYCPCAEIARBHGo2AjggBCAANgI0IAQgADYCMCAEIAA2AiwgBCAEQRhqNgIoIwBBIGsiBSQAIAVBFGoiCyAEQShqIgAoAjAQzwIgBUEIaiEKIAUoAhQhBiAAKAIAKAIAIQcgACgCECgCACEJIAAoAiArAwAhAyMAQeAAayIAJAAgACAJNgIMIABBEGoiASAAQQxqEKYCAkACQAJAAkAgACgCECIMQQJGBEAgACABQQRy/QACAP0LA0BBt8XAAEEIIABBQGsQhQIhAQwBCyAAKAIUIQEgACAAKQMoNwNYIAAgAP0AAxj9CwNIIAAgATYCRCAAIAw2AkAgAEEQakHrxcAAQQMgA5wgAyADvUL///////////8Ag0KAgICAgICA+P8AVBsQ3QEgACgCEEEBRw0BIAAoAhQhASAAQdAAaiIGELUDIAYQugQgAEFAaxDuAwtBASEGIAlBgwhLDQEMAgsgACkDGCENIwBBMGsiASQAIAEgBzYCDCABQQI2AgggASAAQUBrIgf9AAMA/QsDECABIAf9AAMQ/QsDICAAQTRqIgcgBiANIAFBCGoQMiABQTBqJAAgACAHELQBIAAoAgQhASAAKAIAIQYgCUGECEkNAQsgCRCuAgsgCiAGNgIAIAogATYCBCAAQeAAaiQAIAUpAwghDSALEJwDIARBEGogDTcDACAFQSBqJAAgBEEIaiAEKAIQIAQoAhQQ8wMgCCAEKQMINwIAIARB4ABqJAAgCCgCACAIKAIEIAhBEGokAAulBQIIfwF+IwBBEGsiByQAEKoBIgUgAiYBIwBB4ABrIgQkACAEIAU2AhwgBCABNgIYIAQgAzkDICAEIAA2AlggBCAEQd8AaiIANgJUIAQgADYCUCAEIAA2AkwgBCAEQSBqNgJIIAQgADYCRCAEIAA2AkAgBCAANgI8IAQgBEEcajYCOCAEIAA2AjQgBCAANgIwIAQgADYCLCAEIARBGGo2AigjAEEgayIFJAAgBUEUaiILIARBKGoiACgCMBDPAiAFQQhqIQogBSgCFCEIIAAoAgAoAgAhBiAAKAIQKAIAIQkgACgCICsDACEDIwBB4ABrIgAkACAAIAk2AgwgAEEQaiAAQQxqEKcCAkACQAJAAkAgACgCGCIBQYCAgIB4RgRAIAAgAP0AAhz9CwNAQb/FwABBDyAAQUBrEIUCIQEMAQsgACkDECEMIAAgACgCLDYCXCAAIAD9AAIc/QsCTCAAIAE2AkggACAMNwNAIABBEGpB68XAAEEDIAOcIAMgA71C////////////AINCgICAgICAgPj/AFQbEN0BIAAoAhBBAUcNASAAKAIUIQEgAEHIAGoQvQQLQQEhCCAJQYMISw0BDAILIAApAxghDCMAQTBrIgEkACABIAY2AgwgAUEDNgIIIAEgAEFAayIG/QADAP0LAxAgASAG/QADEP0LAyAgAEE0aiIGIAggDCABQQhqEDIgAUEwaiQAIAAgBhC0ASAAKAIEIQEgACgCACEIIAlBhAhJDQELIAkQrgILIAogCDYCACAKIAE2AgQgAEHgAGokACAFKQMIIQwgCxCcAyAEQRBqIAw3AwAgBUEgaiQAIARBCGogBCgCECAEKAIUEPMDIAcgBCkDCDcCACAEQeAAaiQAIAcoAgAgBygCBCAHQRBqJAALyBwCEX8GfiMAQRBrIg0kABCqASIIIAAmASMAQbAGayILJAAgC0EIaiEMIwBBoANrIgckACAHIAg2AgwgB0GIAWohBCMAQYABayIFJAAgBUEIaiEDIAdBDGooAgAQpgQhBiMAQeABayICJAAgAiAGNgIIAkAgAkEIaiIOEKwERQRAIA4gAkHfAWpBxMjAABBuIQkgA0GAgICAeDYCACADIAk2AgQgBkGECEkNASAGEK4CDAELIAJBDGoiDiAGQfDCwABBBBDXAyACQYCAgIB4NgIgIAJBgICAgHg2AlAgAkGAgICAeDYCXCACQZABaiAOEJEBAkACQAJ/IAItAJABRQRAIAJBKGohBiACQZgBaiEPQQAhDgNAAkACQAJAAkACQAJAAkACQAJAAkAgAi0AkQFBAWsOBQIDBAAFAQsgAiACQQxqEIQDDAgLIAIoAiBBgICAgHhHBEAgAkEHNgJsIAJB4MLAADYCaCACQQI2ApQBIAIgAkHoAGo2ApABQciywAAgAkGQAWoQ2AEMCwsgAkGQAWogAkEMahCzAyACKAKUASIKIAIoApABIhBBgICAgHhGDQoaIAJB6ABqIA9BKPwKAAAgAigCIEGAgICAeEcEQCACQSBqEL0DCyACIAo2AiQgAiAQNgIgIAYgAkHoAGpBKPwKAAAMBwsgAigCUEGAgICAeEYNBSACQQM2AmwgAkHLvMAANgJoIAJBAjYClAEgAiACQegAajYCkAFByLLAACACQZABahDYAQwJCyACKAJcQYCAgIB4Rg0DIAJBBzYCbCACQZi6wAA2AmggAkECNgKUASACIAJB6ABqNgKQAUHIssAAIAJBkAFqENgBDAgLIBhQRQRAIAJBBjYCbCACQefCwAA2AmggAkECNgKUASACIAJB6ABqNgKQAUHIssAAIAJBkAFqENgBDAgLIAJBkAFqIAJBDGoQtAMgAigCkAENASACKALEASESIAIoAsABIQkgAikDuAEhEyACKQOwASEUIAIpA6gBIRUgAikDoAEhFiACKQOYASEXQQEhDkIBIRgMBAsCQAJAIAIoAiBBgICAgHhGIg9FBEAgAkGQAWogAkEgakEw/AoAACACKAJQQYCAgIB4RiIGBEAgAkEDNgLQASACQcu8wAA2AswBIAJBAjYC2AEgAiACQcwBajYC1AFBtLLAACACQdQBahDYASEJIANBgICAgHg2AgAgAyAJNgIEDAMLIAIgAigCWDYCcCACIAIpAlA3A2ggAigCXCIKQYCAgIB4Rg0BIAIoAmQhBiACKAJgIQ8gAyACQSBqQTD8CgAAIAMgBjYCdCADIA82AnAgAyAKNgJsIAMgDgR/IBIFQQUhCUKAgIAQIRRCsOoBIRVC4NQDIRZCuBchF0KAgIAQIRNBBAs2AlwgAyAJNgJYIAMgEzcDUCADIBQ3A0ggAyAVNwNAIAMgFjcDOCADIBc3AzAgAyACKAJYNgJoIAMgAikCUDcCYAwLCyACQQc2AtgBIAJB4MLAADYC1AEgAkECNgJsIAIgAkHUAWo2AmhBtLLAACACQegAahDYASEGIANBgICAgHg2AgAgAyAGNgIEQQEhBgwJCyACQQc2AtABIAJBmLrAADYCzAEgAkECNgLYASACIAJBzAFqNgLUAUG0ssAAIAJB1AFqENgBIQkgA0GAgICAeDYCACADIAk2AgQgAkHoAGoQvQQLIAJBkAFqEL0DDAcLIAIoApQBDAULIAIoAgwgAkEANgIMBEAgAkGQAWogAigCEBCUAiACKAKUASIKIAIoApABIhBBgICAgHhGDQUaIAIoApgBIREgAkHcAGoQ9wMgAiARNgJkIAIgCjYCYCACIBA2AlwMAgtB8M7AAEExEMAEAAsgAigCDCACQQA2AgwEQCACQZABaiACKAIQEJQCIAIoApQBIgogAigCkAEiEEGAgICAeEYNBBogAigCmAEhESACQdAAahD3AyACIBE2AlggAiAKNgJUIAIgEDYCUAwBC0HwzsAAQTEQwAQACyACQZABaiACQQxqEJEBIAItAJABRQ0ACwsgAigClAELIQYgA0GAgICAeDYCACADIAY2AgRBASEGQQEhDwsgAigCXEGAgICAeEcEQCACQdwAahC9BAsgAigCUEGAgICAeEcgBnEEQCACQdAAahC9BAsgDyACKAIgQYCAgIB4R3FFDQAgAkEgahC9AwsgAkEMahCvAwsgAkHgAWokAAJAIAUoAghBgICAgHhGBEAgBEEBOgAQIAQgBSgCDDYCDCAEQSc2AgggBEGmy8AANgIEIARBgICAgHg2AgAMAQsgBCAFQQhqQfgA/AoAAAsgBUGAAWokAAJAAkACQAJAIAcoAogBIgJBgICAgHhGBEAgByAEQQRy/QACAP0LA5ADQdLFwABBCyAHQZADahCFAiECIAxBCDYCACAMIAI2AgQMAQsgBygCjAEhAyAHQRhqIAdBkAFqQfAA/AoAACAHIAM2AhQgByACNgIQIAdBiAFqQc7FwABBBCABEN0BIAcoAogBQQFGBEAgBygCjAEhAiAMQQg2AgAgDCACNgIEIAdBEGoQvQMgB0HwAGoQvQQgB0H8AGoQvQQMAQsgB0GIAWohAyAHKQOQASEVIwBBoAJrIgIkACACIAdBEGoiBkEw/AoAACACIAYoAmgiBDYCOCACIAYpAmA3AzAgAiAGKAJ0NgJIIAIgBikCbDcDQCACQfgBakHU0cAAQQMgAigCNCAEEEsCQAJAIAIoAvgBQQVHBEAgAyACKAKIAjYCGCADIAL9AAL4Af0LAghBgICAgHghBAwBCyACQfgBaiAGIAIoAkggBkEwaiIJENkBIAIoAvgBIgRBgYCAgHhHBEAgAyACKAKMAjYCGCADIAL9AAL8Af0LAggMAQsgAv0MAAAAAAAAAAAAAAAAAAAAAP0LA7ABIAIgFULrh9aF6Mih5OEAfSITQh6IIBOFQrnLk+fR7ZGsv39+IhNCG4ggE4VC66PEmbG3kuiUf34iE0IfiCAThSIUQjiGIBRCgP4Dg0IohoQgFEKAgPwHg0IYhiAUQoCAgPgPg0IIhoSEIBRCCIhCgICA+A+DIBNCGIhCgID8B4OEIBNCKIhCgP4DgyATQjiIhISENwP4ASACQbABaiIEQQggAkH4AWoiBUEIQYTNwQAQvwMgAiAVQqrw0/Sv7ry3PHwiFUIeiCAVhUK5y5Pn0e2RrL9/fiITQhuIIBOFQuujxJmxt5LolH9+IhNCH4ggE4UiFEI4hiAUQoD+A4NCKIaEIBRCgID8B4NCGIYgFEKAgID4D4NCCIaEhCAUQgiIQoCAgPgPgyATQhiIQoCA/AeDhCATQiiIQoD+A4MgE0I4iISEhDcD+AEgAkG4AWpBCCAFQQhBlM3BABC/AyACIAItALYBQQ9xQcAAcjoAtgEgAiACLQC4AUE/cUGAAXI6ALgBIAJBxAFqIARBEBDDASACKALIASEEAkACQCACKALMASIFQQhNBEAgBUEIRg0BDAILIAQsAAhBv39MDQEgAkEINgLUASACIAQ2AtABAkAgBUEMTQRAIAVBDEYNAQwCCyAELAAMQb9/TA0BIAJBBDYC3AEgAiAEQQhqNgLYAQJAIAVBEE0EQCAFQRBGDQEMAgsgBCwAEEG/f0wNASACQQQ2AuQBIAIgBEEMajYC4AECQCAFQRRNBEAgBUEURg0BDAILIAQsABRBv39MDQEgAkEENgLsASACIARBEGo2AugBAkAgBUEgTQRAIAVBIEYNAQwCCyAELAAgQb9/TA0BCyACQQw2AvQBIAIgBEEUajYC8AEgAkECNgKcAiACQQI2ApQCIAJBAjYCjAIgAkECNgKEAiACQQI2AvwBIAIgAkHwAWo2ApgCIAIgAkHoAWo2ApACIAIgAkHgAWo2AogCIAIgAkHYAWo2AoACIAIgAkHQAWo2AvgBIANB+AFqQYeDwAAgAkH4AWoQfSACQcQBahC9BCACQdAAaiIEIAZBMPwKAAAgAkGAAWogCUEw/AoAACADQQA2AqgBIAP9DAAAAAAAAAAAAAAAAAAAAAD9CwOYASADQQA2AgAgAyAGQeAAaiIFKQMANwPgASADIAUoAgg2AugBIAMgBkHsAGoiBSkCADcC7AEgAyAFKAIINgL0ASADQTBqIARB4AD8CgAAIANCgICAgMAANwPIASADQQA6AMQBIANBADYCwAEgA0KAgICAgAE3A7gBIANBATYCsAEgAyAVNwOQASAD/QwAAAAAAAAAAAAAAAAAAAAA/QsD0AEgA0EANgKEAgwGCyAEIAVBFEEgQeTNwQAQkQQACyAEIAVBEEEUQdTNwQAQkQQACyAEIAVBDEEQQcTNwQAQkQQACyAEIAVBCEEMQbTNwQAQkQQACyAEIAVBAEEIQaTNwQAQkQQACyADQQg2AgAgAyAENgIEIAJBQGsQvQQgAkEwahC9BCACEL0DCyACQaACaiQAIAcoAogBIgJBCEcNASADQQRyELsBIQIgDEEINgIAIAwgAjYCBAsgCEGDCEsNAQwCCyAHKAKMASEDIAxBCGogB0GQAWpBgAL8CgAAIAwgAzYCBCAMIAI2AgAgCEGECEkNAQsgCBCuAgsgB0GgA2okACANAn8gCygCCEEIRgRAIAsoAgwhCEEBDAELIAtBqARqIAtBCGpBiAL8CgAAIAtBADYCkAIgC0GQAmoiAkEEciALQaQEakGMAvwKAABBmAJBCBD2AyIIRQRAQQhBmAIQxAQACyAIQoGAgIAQNwMAIAhBCGoiCCACQZAC/AoAAEEACyICNgIIIA0gCEEAIAIbNgIEIA1BACAIIAIbNgIAIAtBsAZqJAAgDSgCACANKAIEIA0oAgggDUEQaiQAC4E1AhR/BH4jAEEQayIRJAAjAEEwayIMJAAgDCABOQMQIAwgADYCKCAMIAxBL2oiADYCJCAMIAA2AiAgDCAANgIcIAwgDEEQajYCGCMAQSBrIhIkACASQRRqIhUgDEEYaiIAKAIQEM8CIBJBCGohFCASKAIUIQMgACgCACsDACEBIwBBgAFrIgokACAKQQhqQevFwABBAyABnCABIAG9Qv///////////wCDQoCAgICAgID4/wBUGxDdAUEBIQICQCAKKAIIQQFGBEAgCigCDCEEDAELIApBCGohACAKKQMQIRcjAEHAAWsiAiQAIAJBADYCECACQaABaiIEIAMgFyACQRBqEDIgBBDiAwJAIAMoAgBBB0YEQAJAAkACQAJAAkACQAJAQQMgAykDCCIXp0ECayAXQgFYG0EBaw4FAQIDBAUACyACQgI3AxAgAiADKQMgNwMoIAIgAykDEDcDGCACIAMpAxg3AyAMBQsgAkEYaiADQRBqENUCIAJCAzcDEAwECyACQRhqIANBEGoQ1QIgAkIENwMQDAMLIAMpAxAhFiACQSBqIANBGGoQ1QIgAiAWNwMYIAIgF0IBgzcDEAwCCyACQRhqIANBEGoQ1QIgAkIGNwMQDAELIAMtACAhBCACQRhqIANBEGoQ1QIgAiAEOgAoIAJCBzcDECACIAMvARw7ASQgAiADLwEeOwEmCyAAIAL9AAMg/QsDGCAAIAL9AAMQ/QsDCCAAQgY3AwAMAQsgAkEIaiEEIANByAFqIgUoAgwiBgR/IAUgBkEBazYCDCAFIAUoAggiBkEBaiIIIAUoAgAiC0EAIAggC08bazYCCCAFKAIEIAZBAnRqKAIAIQVBAQVBAAshBiAEIAU2AgQgBCAGNgIAIAIoAghBAXFFBEAgA0EwaiELAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAygCACIFQQFrDgYDEgABAgMSCyADKAIQDREgFyADKQMYVA0RIBcgAykDmAFUDREgA0EBNgIQIAMgAygCsAEiCDYCFCADIAhBAWo2ArABIAMoAsABRQ0GIAMoAgwhBSADKAIIIQ0gAygCvAEpAwAhFkEYQQQQ9gMiBEUNByACQaABaiIGQQ5BAUEBEOsBIAIoAqQBIQcgAigCoAFBAUYNCCACKAKoASIJQenPwQApAAA3AAYgCUHjz8EAKQAANwAAIAZBCUEBQQEQ6wEgAigCpAEhDyACKAKgAUEBRg0JIAIoAqgBIg5B+c/BAC0AADoACCAOQfHPwQApAAA3AAAgBEEJNgIUIAQgDjYCECAEIA82AgwgBEEONgIIIAQgCTYCBCAEIAc2AgAgAkEBNgKMASACIAQ2AogBIAJBATYChAEgAkGwAWogCxCwASACIAIoArABNgKoASACIAIoArQBIgQ2AqABIAIgBDYCpAEgAiAEIAIoArgBQRhsajYCrAEgAkGEAWogBhCIAiAGIAVBAUEBEOsBIAIoAqQBIQQgAigCoAFBAUYNCiACKAKoASEGIAUEQCAGIA0gBfwKAAALIAIgBTYCmAEgAiAGNgKUASACIAQ2ApABIAIgAigCjAE2ArgBIAIgAikChAE3A7ABIAIgFjcDqAEgAkICNwOgASACQRBqIAsgCCACQZABaiACQbABaiACQaABakEDEN8BDAULIAMoAhgiBkUNESAGQQV0IQdBACEEIAMoAhQiCCEFA0AgBSgCACAEaiEEIAVBIGohBSAGQQFrIgYNAAsgBCADKAKMAU8NESADKQOYASEWQQAhBkEAIQUDQAJAIAhBGGotAAANACAIKAIADQAgFyAIQQhqKQMAVA0AIBYgF1gNBAsgCEEgaiEIIAZBCGohBiAFQQFqIQUgB0EgayIHDQALDBELIAMoAhANDyAXIAMpAxhUDQ8gFyADKQOYAVoNAgwPCyACQRBqIANBCGogFyALEEoMAgsgCEEBNgIAIAhBBGogAygCsAEiCDYCACADIAhBAWo2ArABIAJBhAFqIAMoAvwBIAMoAoACIAUQdCAFIAMoAsABIgRPDQcgAygCDCEPIAMoAgghDiACKAKIASEEIAMoArwBIAZqKQMAIRYgAkGgAWogAigCjAEiB0EBQQEQ6wEgAigCpAEhBiACKAKgAUEBRg0IIAJBADYCmAEgAiACKAKoATYClAEgAiAGNgKQASAHBEADQCACIAQtAAAiBjoAbAJAIAZBMGtB/wFxQQpJIAZB3wFxQcEAa0H/AXFBGklyIAZB3wBGIAZBLWtBAklyciAGQf4ARnJFBEAgAkEvNgJ8IAIgAkHsAGo2AnggAkGgAWpB0M7BACACQfgAahB9IAIgAigCqAEiBjYCuAEgAiACKQKgATcDsAEgAigCtAEhDSACQZABaiAGEN0DIAIoApgBIQkgAiAGBH8gBgRAIAIoApQBIAlqIA0gBvwKAAALIAIoApgBBSAJCyAGajYCmAEgAkGwAWoQvQQMAQsgAigCmAEhCSACQZABakEBQQIgBsAiBkEATiINGyIQEN0DIAIoApQBIAIoApgBaiITIA0EfyAGBSATIAZBvwFxOgABIAZBwAFxQQZ2QUByCzoAACACIAkgEGo2ApgBCyAEQQFqIQQgB0EBayIHDQALCyACIAIoApgBNgKoASACIAIpApABNwOgASACQSs2ApQBIAIgAkGgAWoiBjYCkAEgAkGwAWoiBEHHgsAAIAJBkAFqIgcQfSAGEL0EIAcgDiAPIAIoArQBIAIoArgBEGogBBC9BCAEIAsQsAEgAiAWNwOoASACIAU2AqQBIAJBAjYCoAEgAkEQaiALIAggByAEIAZBBBDfASACQYQBahC9BAwBCyADQQE2AhAgAyADKAKwASIPNgIUIAMgD0EBajYCsAEgAkEANgKkASACIANB+AFqNgKgASACIAMoAsABNgKoASMAQSBrIgUkACAFQRRqIAJBoAFqIgYoAggiBCAGKAIEayIIQQAgBCAITxtBBEEMEOsBIAUoAhghBCAFKAIUQQFGBEAgBCAFKAIcEPoDAAsgBUEANgIQIAUgBSgCHDYCDCAFIAQ2AggjAEEQayIIJAAgBigCCCIEIAYoAgRrIgdBACAEIAdPGyIJIAVBCGoiBygCACAHKAIIIgRrSwRAIAcgBCAJQQRBDBD2AiAHKAIIIQQLIAJB7ABqIQ4gBygCBCEJIAggBDYCCCAIIAdBCGo2AgQgCCAJNgIMIwBBEGsiByQAIAhBBGoiDSgCBCEJIA0oAgAgBigCBCIEIAYoAggiEEkEfyAJIBBqIARrIA0oAgggCUEMbGohCSAGKAIAIQ0DQCAHQQRqIA0oAgQgDSgCCCAEEHQgCSAHKAIMNgIIIAkgBykCBDcCACAJQQxqIQkgECAEQQFqIgRHDQALBSAJCzYCACAHQRBqJAAgCEEQaiQAIA4gBSgCEDYCCCAOIAUpAgg3AgAgBUEgaiQAIAMoAgwhDSADKAIIIRAgAigCcCETIAIoAnQhBUEYQQQQ9gMiBEUNCCAGQQxBAUEBEOsBIAIoAqQBIQggAigCoAFBAUYNCSACKAKoASIHQeLOwQAoAAA2AAggB0HazsEAKQAANwAAIAZBD0EBQQEQ6wEgAigCpAEhCSACKAKgAUEBRg0KIAIoAqgBIg5B7c7BACkAADcAByAOQebOwQApAAA3AAAgBEEPNgIUIAQgDjYCECAEIAk2AgwgBEEMNgIIIAQgBzYCBCAEIAg2AgAgAkEBNgKAASACIAQ2AnwgAkEBNgJ4IAJBsAFqIAsQsAEgAiACKAKwATYCqAEgAiACKAK0ASIENgKgASACIAQ2AqQBIAIgBCACKAK4AUEYbGo2AqwBIAJB+ABqIAYQiAIgAkGEAWogECANQfXOwQBBDhBqIAIgAigCgAE2ApgBIAIgAikCeDcDkAEgBkExQQFBARDrASACKAKkASEEIAIoAqABQQFGDQsgAigCqAEiBkGKzsEAQTH8CgAAIAJBMTYCuAEgAiAGNgK0ASACIAQ2ArABIAUEQCAFQQxsIQggE0EIaiEFQc/OwQAtAAAhB0HHzsEAKQAAIRYDQCACQbABaiIEQQgQ3QMgAigCtAEgAigCuAFqQryYhaPX7Jy6PjcAACACIAIoArgBQQhqNgK4ASAFQQRrKAIAIQkgBCAFKAIAIgQQ3QMgAigCuAEhBiACIAQEfyAEBEAgAigCtAEgBmogCSAE/AoAAAsgAigCuAEFIAYLIARqNgK4ASACQbABakEJEN0DIAIoArQBIAIoArgBaiIEIAc6AAggBCAWNwAAIAIgAigCuAFBCWo2ArgBIAVBDGohBSAIQQxrIggNAAsLIAJBsAFqQQwQ3QMgAigCtAEgAigCuAFqIgRBw87BACgAADYACCAEQbvOwQApAAA3AAAgAiACKQKwATcCpAEgAiACKAK4AUEMajYCrAEgAkEBNgKgASACQRBqIAsgDyACQYQBaiACQZABaiACQaABakEFEN8BIAJB7ABqIgQQqwMgBBDCBAsgAikDEEIDUQRAIAMoAgAhBQwMCyAAIAJBEGpB2AD8CgAADBALQQBBAEHs0cEAEN4CAAtBBEEYEMQEAAsgByACKAKoARD6AwALIA8gAigCqAEQ+gMACyAEIAIoAqgBEPoDAAsgBSAEQfzRwQAQ3gIACyAGIAIoAqgBEPoDAAtBBEEYEMQEAAsgCCACKAKoARD6AwALIAkgAigCqAEQ+gMACyAEIAIoAqgBEPoDAAtCBSEYAkACQCAFQQFrDgYABAECAQAECyADKAIIDQMgAykDmAEiFiADKQMQIhggFiAYVhshFgwCCyADKAIQDQIgAykDmAEiFiADKQMYIhggFiAYVhshFgwBC0IFIRggAygCGCIGRQ0BIAZBBXQhCEEAIQQgAygCFCILIQUDQCAFKAIAIARqIQQgBUEgaiEFIAZBAWsiBg0ACyAEIAMoAowBTw0BQQAhBQNAAkAgBSALaiIEQRhqLQAARQRAIAQoAgBBAUcNAQsgCCAFQSBqIgVHDQEMAwsLIAMpA5gBIhggBEEIaikDACIWIBYgGFQbIRYgCEEgayAFRg0AIARBIGohBCAIIAVrQSBrQQV2IQUDQAJAIARBGGotAAANACAEKAIADQAgFiAYIARBCGopAwAiGSAYIBlWGyIZIBYgGVQbIRYLIARBIGohBCAFQQFrIgUNAAsLQgUhGCAWIBdYDQAgACAWNwMIQgQhGAsgACAYNwMADAELIAIoAgwhBCAAQgM3AwAgACAENgIIIAMgAygChAJBAWo2AoQCCyACQcABaiQAIApBATYCZCAKQeQAaiECIwBBgAFrIgMkACAKAn8CQAJAAkACQAJAAkACfwJAAkACfwJAAn8CQAJAAkACQAJAAkAgACkDACIXp0ECa0EAIBdCAlYbQQFrDgQBAgkDAAsgA0H4AGogAhCbBCADKAJ8IQIgAygCeCIERQ0QIAMgAjYCdCADIAQ2AnAgA0EQaiADQfAAakGPwMAAQQQQwAIgAygCEEEBcUUNAyADKAIUIQIMDwsgA0H4AGogAhCbBCADKAJ8IQIgAygCeCIERQ0PIAMgAjYCdCADIAQ2AnAgA0EoaiADQfAAakGawMAAQQcQwAIgAygCKEEBcUUNAyADKAIsDAQLIANB+ABqIAIQmwQgAygCfCECIAMoAngiBEUNDiADIAI2AnQgAyAENgJwIANBQGsgA0HwAGpBocDAAEEJEMACIAMoAkBBAXFFDQQgAygCRAwFCyADQfgAaiACEJsEIAMoAnwhAiADKAJ4IgRFDQ0gAyACNgJ0IAMgBDYCcCADQegAaiADQfAAakGzwMAAQQQQwAIgAygCaEEBcUUNBiADKAJsDAcLIANBCGogA0HwAGogABDKAiADKAIIQQFxBEAgAygCDCECDAwLIAMoAnAaIAMgAygCdBCcBCADKAIEIQIgAygCAAwNCyADQSBqIANB8ABqQYa9wABBBSAAQQhqEMECIAMoAiBBAXFFDQYgAygCJAshAiADKAJ0IgBBhAhJDQogABCuAgwKCyADQThqIANB8ABqQarAwABBAiAAQQhqEL8CIAMoAjhBAXFFDQUgAygCPAshAiADKAJ0IgBBhAhJDQggABCuAgwICyADQfgAaiACEJsEIAMoAnwhAiADKAJ4IgBFDQcgAyACNgJ0IAMgADYCcCADQdAAaiADQfAAakGswMAAQQcQwAIgAygCUEEBRw0EIAMoAlQhAiADKAJ0IgBBhAhJDQcgABCuAgwHCyMAQRBrIgUkACADQfAAaiIGKAIAIQQjAEHAAWsiAiQAIAVBCGoiCAJ/AkACQAJAAkACQAJAAkACfwJAAn8CQAJ/AkACfwJAAn8CQAJAAkACQAJAAkACQAJAQQMgAEEIaiIAKQMAIhenQQJrIBdCAVgbQQFrDgUBAgMEBQALIAApAwhQIQsgAkG4AWogBBCbBCACKAK8ASEEIAIoArgBIgdFDRYgAiAENgK0ASACIAc2ArABIAJBGGogAkGwAWpBm8PAAEEFEMACIAIoAhhBAXFFDQUgAigCHCEEDBULIAJBuAFqIAQQmwQgAigCvAEhBCACKAK4ASILRQ0VIAIgBDYCtAEgAiALNgKwASACQTBqIAJBsAFqQavDwABBDRDAAiACKAIwQQFxRQ0FIAIoAjQMBgsgAkG4AWogBBCbBCACKAK8ASEEIAIoArgBIgtFDRQgAiAENgK0ASACIAs2ArABIAJByABqIAJBsAFqQbjDwABBCxDAAiACKAJIQQFxRQ0GIAIoAkwMBwsgF1AhCyACQbgBaiAEEJsEIAIoArwBIQQgAigCuAEiB0UNEyACIAQ2ArQBIAIgBzYCsAEgAkHoAGogAkGwAWpBw8PAAEELEMACIAIoAmhBAXFFDQcgAigCbAwICyACQbgBaiAEEJsEIAIoArwBIQQgAigCuAEiC0UNEiACIAQ2ArQBIAIgCzYCsAEgAkGAAWogAkGwAWpB2sPAAEEHEMACIAIoAoABQQFxRQ0IIAIoAoQBDAkLIAAvARQhCyACQbgBaiAEEJsEIAIoArwBIQQgAigCuAEiB0UNESACIAQ2ArQBIAIgBzYCsAEgAkGoAWogAkGwAWpB58PAAEEGEMACIAIoAqgBQQFxRQ0JIAIoAqwBDAoLIAJBEGogAkGwAWpBoMPAAEEEIABBGGoQvwIgAigCEEEBcQRAIAIoAhQhBAwQCwJAIAsNACACQQhqIAJBsAFqQaTDwABBByAAQQhqEP8BIAIoAghBAXFFDQAgAigCDCEEDBALIAIoArABGiACIAIoArQBEJwEIAIoAgQhBCACKAIADBELIAJBKGogAkGwAWpBkMLAAEEHIABBCGoQtwIgAigCKEEBcUUNCSACKAIsCyEEIAIoArQBIgBBhAhJDQ4gABCuAgwOCyACQUBrIAJBsAFqQZDCwABBByAAQQhqELcCIAIoAkBBAXFFDQggAigCRAshBCACKAK0ASIAQYQISQ0MIAAQrgIMDAsCQCALDQAgAkHgAGogAkGwAWpBzsPAAEEMIAAQ/wEgAigCYEEBcUUNACACKAJkDAELIAJB2ABqIAJBsAFqQZDCwABBByAAQRBqELcCIAIoAlhBAXFFDQcgAigCXAshBCACKAK0ASIAQYQISQ0KIAAQrgIMCgsgAkH4AGogAkGwAWpB4cPAAEEGIABBCGoQtwIgAigCeEEBcUUNBiACKAJ8CyEEIAIoArQBIgBBhAhJDQggABCuAgwICyACQaABaiACQbABaiAAQRhqEMsCIAIoAqABQQFxBEAgAigCpAEMAQsgAkGYAWogAkGwAWpBkMLAAEEHIABBCGoQtwIgAigCmAFBAXEEQCACKAKcAQwBCyALRQ0FIAJBkAFqIAJBsAFqIABBFGoQgAIgAigCkAFBAXFFDQUgAigClAELIQQgAigCtAEiAEGECEkNBiAAEK4CDAYLIAIoArABGiACQSBqIAIoArQBEJwEIAIoAiQhBCACKAIgDAYLIAIoArABGiACQThqIAIoArQBEJwEIAIoAjwhBCACKAI4DAULIAIoArABGiACQdAAaiACKAK0ARCcBCACKAJUIQQgAigCUAwECyACKAKwARogAkHwAGogAigCtAEQnAQgAigCdCEEIAIoAnAMAwsgAigCsAEaIAJBiAFqIAIoArQBEJwEIAIoAowBIQQgAigCiAEMAgsgAigCtAEiAEGECEkNACAAEK4CC0EBCzYCACAIIAQ2AgQgAkHAAWokAEEBIQQgBSgCDCEAIAUoAghBAXFFBEAgBkEEakG3wMAAQQcQsAMgABCoBEEAIQQLIANB4ABqIgIgADYCBCACIAQ2AgAgBUEQaiQAIAMoAmBBAXFFDQQgAygCZAshAiADKAJ0IgBBhAhJDQUgABCuAgwFCyADKAJwGiADQRhqIAMoAnQQnAQgAygCHCECIAMoAhgMBQsgAygCcBogA0EwaiADKAJ0EJwEIAMoAjQhAiADKAIwDAQLIAMoAnAaIANByABqIAMoAnQQnAQgAygCTCECIAMoAkgMAwsgAygCcBogA0HYAGogAygCdBCcBCADKAJcIQIgAygCWAwCCyADKAJ0IgBBhAhJDQAgABCuAgtBAQs2AgAgCiACNgIEIANBgAFqJAAgCigCBCEEIAooAgBBAUcEf0EABSAKIAQ2AmggCkEINgJ8IAogCkHoAGo2AnggCkHsAGoiAEGOiMAAIApB+ABqEH1BpMXAAEEIIAooAnAgCigCdBDtASEEIAAQvQQgCigCaCIAQYQITwRAIAAQrgILQQELIQICQAJAIAopAwgiF6dBAmtBACAXQgJWGw4EAQICAgALIApBEGoQiAMMAQsgCkEIahDkAgsgFCAENgIEIBQgAjYCACAKQYABaiQAIBIpAwghFyAVEJwDIAxBCGogFzcDACASQSBqJAAgESAMKAIIIAwoAgwQywMgDEEwaiQAIBEoAgAgESgCBCARKAIIIBFBEGokAAu1BQIJfwF+IwBBEGsiCCQAEKoBIgUgAiYBIwBB4ABrIgQkACAEIAU2AhwgBCABNgIYIAQgAzkDICAEIAA2AlggBCAEQd8AaiIANgJUIAQgADYCUCAEIAA2AkwgBCAEQSBqNgJIIAQgADYCRCAEIAA2AkAgBCAANgI8IAQgBEEcajYCOCAEIAA2AjQgBCAANgIwIAQgADYCLCAEIARBGGo2AigjAEEgayIFJAAgBUEUaiILIARBKGoiACgCMBDPAiAFQQhqIQogBSgCFCEGIAAoAgAoAgAhByAAKAIQKAIAIQkgACgCICsDACEDIwBB4ABrIgAkACAAIAk2AgwgAEEQaiIBIABBDGoQpgICQAJAAkACQCAAKAIQIgxBAkYEQCAAIAFBBHL9AAIA/QsDQEG3xcAAQQggAEFAaxCFAiEBDAELIAAoAhQhASAAIAApAyg3A1ggACAA/QADGP0LA0ggACABNgJEIAAgDDYCQCAAQRBqQevFwABBAyADnCADIAO9Qv///////////wCDQoCAgICAgID4/wBUGxDdASAAKAIQQQFHDQEgACgCFCEBIABB0ABqIgYQtQMgBhC6BCAAQUBrEO4DC0EBIQYgCUGDCEsNAQwCCyAAKQMYIQ0jAEEwayIBJAAgASAHNgIMIAFBATYCCCABIABBQGsiB/0AAwD9CwMQIAEgB/0AAxD9CwMgIABBNGoiByAGIA0gAUEIahA0IAFBMGokACAAIAcQtAEgACgCBCEBIAAoAgAhBiAJQYQISQ0BCyAJEK4CCyAKIAY2AgAgCiABNgIEIABB4ABqJAAgBSkDCCENIAsQnwMgBEEQaiANNwMAIAVBIGokACAEQQhqIAQoAhAgBCgCFBDzAyAIIAQpAwg3AgAgBEHgAGokACAIKAIAIAgoAgQgCEEQaiQAC6UFAgh/AX4jAEEQayIHJAAQqgEiBSACJgEjAEHgAGsiBCQAIAQgBTYCHCAEIAE2AhggBCADOQMgIAQgADYCWCAEIARB3wBqIgA2AlQgBCAANgJQIAQgADYCTCAEIARBIGo2AkggBCAANgJEIAQgADYCQCAEIAA2AjwgBCAEQRxqNgI4IAQgADYCNCAEIAA2AjAgBCAANgIsIAQgBEEYajYCKCMAQSBrIgUkACAFQRRqIgsgBEEoaiIAKAIwEM8CIAVBCGohCiAFKAIUIQggACgCACgCACEGIAAoAhAoAgAhCSAAKAIgKwMAIQMjAEHgAGsiACQAIAAgCTYCDCAAQRBqIABBDGoQpwICQAJAAkACQCAAKAIYIgFBgICAgHhGBEAgACAA/QACHP0LA0BBv8XAAEEPIABBQGsQhQIhAQwBCyAAKQMQIQwgACAAKAIsNgJcIAAgAP0AAhz9CwJMIAAgATYCSCAAIAw3A0AgAEEQakHrxcAAQQMgA5wgAyADvUL///////////8Ag0KAgICAgICA+P8AVBsQ3QEgACgCEEEBRw0BIAAoAhQhASAAQcgAahC9BAtBASEIIAlBgwhLDQEMAgsgACkDGCEMIwBBMGsiASQAIAEgBjYCDCABQQI2AgggASAAQUBrIgb9AAMA/QsDECABIAb9AAMQ/QsDICAAQTRqIgYgCCAMIAFBCGoQNCABQTBqJAAgACAGELQBIAAoAgQhASAAKAIAIQggCUGECEkNAQsgCRCuAgsgCiAINgIAIAogATYCBCAAQeAAaiQAIAUpAwghDCALEJ8DIARBEGogDDcDACAFQSBqJAAgBEEIaiAEKAIQIAQoAhQQ8wMgByAEKQMINwIAIARB4ABqJAAgBygCACAHKAIEIAdBEGokAAvUGwITfwZ+IwBBEGsiDSQAEKoBIgggACYBIwBBwAdrIgskACALQQhqIQwjAEHgA2siBiQAIAYgCDYCDCAGQZgBaiEHIwBBkAFrIgkkACAJQQhqIQMgBkEMaigCABCmBCEEIwBBgAJrIgIkACACIAQ2AhQCQAJAAkAgAkEUaiIFEKwERQRAIAUgAkH/AWpBpMjAABBuIQogA0GAgICAeDYCACADIAo2AgQgBEGECEkNASAEEK4CDAELIAJBGGoiBSAEQajEwABBBhDXAyACQYCAgIB4NgIsIAJBgICAgHg2AlwgAkGAgICAeDYCaCACQYCAgIB4NgJ0IAJBqAFqIAUQkgECQAJAAkACQCACLQCoAUUEQCACQTRqIREgAkGwAWohEkECIQQDQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAi0AqQFBAWsOBwIDBAUGAAcBCyACQQhqIAJBGGoQhAMMDAsgAigCLEGAgICAeEcEQCACQQc2AoQBIAJB4MLAADYCgAEgAkECNgKsASACIAJBgAFqNgKoAUHIssAAIAJBqAFqENgBIQQgA0GAgICAeDYCACADIAQ2AgQMEAsgAkGoAWogAkEYahCzAyACKAKsASEFIAIoAqgBIg5BgICAgHhGDQ4gAkGAAWogEkEo/AoAACACKAIsQYCAgIB4RwRAIAJBLGoQvQMLIAIgBTYCMCACIA42AiwgESACQYABakEo/AoAAAwLCyACKAJcQYCAgIB4Rg0JIAJBAzYChAEgAkHLvMAANgKAASACQQI2AqwBIAIgAkGAAWo2AqgBQciywAAgAkGoAWoQ2AEhBCADQYCAgIB4NgIAIAMgBDYCBAwOCyACKAJoQYCAgIB4Rg0HIAJBCzYChAEgAkGRxMAANgKAASACQQI2AqwBIAIgAkGAAWo2AqgBQciywAAgAkGoAWoQ2AEhBCADQYCAgIB4NgIAIAMgBDYCBAwNCyACKAJ0QYCAgIB4Rg0FIAJBBzYChAEgAkGYusAANgKAASACQQI2AqwBIAIgAkGAAWo2AqgBQciywAAgAkGoAWoQ2AEhBCADQYCAgIB4NgIAIAMgBDYCBAwMCyAaUEUEQCACQQY2AoQBIAJB58LAADYCgAEgAkECNgKsASACIAJBgAFqNgKoAUHIssAAIAJBqAFqENgBIQQgA0GAgICAeDYCACADIAQ2AgQMDAsgAkGoAWogAkEYahC0AyACKAKoAQ0DIAIoAtwBIQ8gAigC2AEhCiACKQPQASEVIAIpA8gBIRYgAikDwAEhFyACKQO4ASEYIAIpA7ABIRlBASETQgEhGgwHCyAEQQJGDQEgAkEKNgKEASACQZzEwAA2AoABIAJBAjYCrAEgAiACQYABajYCqAFByLLAACACQagBahDYASEEIANBgICAgHg2AgAgAyAENgIEDAoLAkACQCACKAIsQYCAgIB4RiIRRQRAIAJBqAFqIAJBLGpBMPwKAAAgAigCXEGAgICAeEYiBQRAIAJBAzYC+AEgAkHLvMAANgL0ASACQQI2AoQBIAIgAkH0AWo2AoABQbSywAAgAkGAAWoQ2AEhBCADQYCAgIB4NgIAIAMgBDYCBEEBIQQMAwsgAiACKAJkNgLoASACIAIpAlw3A+ABAkAgAigCaEGAgICAeEYiBEUEQCACIAIoAnA2AogBIAIgAikCaDcDgAEMAQsgAkEANgKIASACQoCAgIDAADcDgAELIAIoAnQiEkGAgICAeEcNASACQQc2AvABIAJBmLrAADYC7AEgAkECNgL4ASACIAJB7AFqNgL0AUG0ssAAIAJB9AFqENgBIQogA0GAgICAeDYCACADIAo2AgQgAkGAAWoiAxCrAyADEMIEIAJB4AFqEL0EDAILIAJBBzYC5AEgAkHgwsAANgLgASACQQI2AoQBIAIgAkHgAWo2AoABQbSywAAgAkGAAWoQ2AEhBCADQYCAgIB4NgIAIAMgBDYCBEEBIQRBASEFDAwLIAIoAnwhBCACKAJ4IQUgAyACQSxqQTD8CgAAIAMgFEEBcToAhAEgAyAENgKAASADIAU2AnwgAyASNgJ4IAMgEwR/IA8FQQUhCkKAgIAQIRZCsOoBIRdC4NQDIRhCuBchGUKAgIAQIRVBBAs2AlwgAyAKNgJYIAMgFTcDUCADIBY3A0ggAyAXNwNAIAMgGDcDOCADIBk3AzAgAyACKAJkNgJoIAMgAikCXDcCYCADIAIpA4ABNwJsIAMgAigCiAE2AnQMDAsgAkGoAWoQvQMMCgsgAigCGCACQQA2AhgEQCACQagBaiACKAIcEKACIAItAKgBBEAgAigCrAEhBCADQYCAgIB4NgIAIAMgBDYCBAwKCyACLQCpASIEIRQMBQsMDAsgAigCrAEhBCADQYCAgIB4NgIAIAMgBDYCBAwHCyACKAIYIAJBADYCGARAIAJBqAFqIAIoAhwQlAIgAigCrAEhBSACKAKoASIOQYCAgIB4RgRAIANBgICAgHg2AgAgAyAFNgIEDAgLIAIoArABIRAgAkH0AGoQ9wMgAiAQNgJ8IAIgBTYCeCACIA42AnQMAwsMCgsgAigCGCACQQA2AhgEQCACQagBaiACKAIcEOYBIAIoAqwBIQUgAigCqAEiDkGAgICAeEYEQCADQYCAgIB4NgIAIAMgBTYCBAwHCyACKAKwASEQIAJB6ABqEPgDIAIgEDYCcCACIAU2AmwgAiAONgJoDAILDAkLIAIoAhggAkEANgIYBEAgAkGoAWogAigCHBCUAiACKAKsASEFIAIoAqgBIg5BgICAgHhGBEAgA0GAgICAeDYCACADIAU2AgQMBgsgAigCsAEhECACQdwAahD3AyACIBA2AmQgAiAFNgJgIAIgDjYCXAwBCwwICyACQagBaiACQRhqEJIBIAItAKgBRQ0ACwsgAigCrAEhBCADQYCAgIB4NgIAIAMgBDYCBAwBCyADQYCAgIB4NgIAIAMgBTYCBAtBASEEQQEhBUEBIRELIAIoAnRBgICAgHhHBEAgAkH0AGoQvQQLIAIoAmhBgICAgHhHIARxBEAgAkHoAGoiAxCrAyADEMIECyACKAJcQYCAgIB4RyAFcQRAIAJB3ABqEL0ECyARIAIoAixBgICAgHhHcUUNACACQSxqEL0DCyACQRhqEK8DCyACQYACaiQADAELQfDOwABBMRDABAALAkAgCSgCCEGAgICAeEYEQCAHQQE6ABAgByAJKAIMNgIMIAdBLTYCCCAHQdDMwAA2AgQgB0GAgICAeDYCAAwBCyAHIAlBCGpBiAH8CgAACyAJQZABaiQAAkACQAJAAkAgBigCmAEiAkGAgICAeEYEQCAGIAdBBHL9AAIA/QsD0ANB3cXAAEEOIAZB0ANqEIUCIQIgDEICNwMAIAwgAjYCCAwBCyAGKAKcASEDIAZBGGogBkGgAWoiCkGAAfwKAAAgBiADNgIUIAYgAjYCECAGQZgBakHOxcAAQQQgARDdASAGKAKYAUEBRgRAIAYoApwBIQIgDEICNwMAIAwgAjYCCCAGQRBqEL0DIAZB8ABqEL0EIAZB/ABqIgIQqwMgAhDCBCAGQYgBahC9BAwBCyAGQZgBaiEDIAYpA6ABIRUjAEHgAWsiAiQAIAJBCGogBkEQaiIHQTD8CgAAIAIgBygCaCIENgJAIAIgBykCYDcDOCACIAcoAnQiCTYCUCACIAcpAmw3A0ggAiAHKAKAATYCYCACIAcpAng3A1ggBy0AhAEhBSACQegAaiACKAI8IAQgAigCTCAJEJoBIAdB7ABqIQQCQAJAIAIoAmhBBUcEQCADIAIoAng2AhwgAyAC/QACaP0LAgxBgICAgHghCQwBCyACQegAaiAHIAIoAmAgB0EwaiIPENkBIAIoAmgiCUGBgICAeEcEQCADIAIoAnw2AhwgAyAC/QACbP0LAgwMAQsgAkGAAWoiCSAHQTD8CgAAIAJBsAFqIA9BMPwKAAAgA0EANgKAAiAD/QwAAAAAAAAAAAAAAAAAAAAA/QsD8AEgA0ICNwMoIANBgICAgHg2AhggA0IANwMQIANCADcDACADIAdB4ABqIg8pAwA3A5ACIAMgDygCCDYCmAIgAyAEKQIANwKcAiADIAQoAgg2AqQCIAMgB0H4AGoiBykDADcDqAIgAyAHKAIINgKwAiADQYgBaiAJQeAA/AoAACADIAU6ALQCIANBATYCiAIgAyAVNwPoAQwBCyADQgI3AwAgAyAJNgIIIAJB2ABqEL0EIAQQqwMgAkHIAGoQwgQgAkE4ahC9BCACQQhqEL0DCyACQeABaiQAIAYpA5gBIhVCAlINASAKELsBIQIgDEICNwMAIAwgAjYCCAsgCEGDCEsNAQwCCyAGKAKgASECIAxBDGogBkGkAWpBrAL8CgAAIAwgAjYCCCAMIBU3AwAgCEGECEkNAQsgCBCuAgsgBkHgA2okACANAn8gCykDCEICUQRAIAsoAhAhCEEBDAELIAtBiAVqIAtBCGpBuAL8CgAAIAtBADYCwAIgC0HAAmoiAkEEciALQYQFakG8AvwKAABByAJBCBD2AyIIRQRAQQhByAIQxAQACyAIQoGAgIAQNwMAIAhBCGoiCCACQcAC/AoAAEEACyICNgIIIA0gCEEAIAIbNgIEIA1BACAIIAIbNgIAIAtBwAdqJAAgDSgCACANKAIEIA0oAgggDUEQaiQAC/4oAhZ/BX4jAEEQayIEJAAgBCEOIwBBMGsiCyQAIAsgATkDECALIAA2AiggCyALQS9qIgA2AiQgCyAANgIgIAsgADYCHCALIAtBEGo2AhgjAEEgayIPJAAgD0EUaiIVIAtBGGoiACgCEBDPAiAPQQhqIRQgDygCFCECIAAoAgArAwAhASMAQYABayIIJAAgCEEIakHrxcAAQQMgAZwgASABvUL///////////8Ag0KAgICAgICA+P8AVBsQ3QFBASEAAkAgCCgCCEEBRgRAIAgoAgwhBAwBCyAIQQhqIQQgCCkDECEaIwBB4AFrIgMkACADQQA2ArgBIANBkAFqIgAgAiAaIANBuAFqEDQgABDiAyACQYgBaiEJAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkBBAyACKQMoIhinQQJrIBhCAVgbQQFrDgQAAQIDBQsgA0EQaiACQTBqIBogCRBKIAIoAjANAyACKQPwASIYIAIpAzgiGSAYIBlWGyEYQQEhBQwDCyADIBo3A2ggA0G4AWoiBiACQTBqIgogCRCgASADIAk2ApgBIAMgAkHYAGo2ApABIAMgA0HoAGo2ApQBIANBkAFqIQAgBigCECIMIAYoAhQiEEcEQCAAKAIIIREgACgCBCESIAAoAgAhDSAGKAIYIgBByABsIRYgBikDACEYIAYtAAhBAXEhFwJ/A0AgBSAMaiEHAkACQCAXRQ0AAkAgBykDAEIBUQRAIAdBCGopAwAiGSAHQShqKQMAIAdBMGopAwB8UQ0CIAdBEGooAgANAiAYIBlaDQEMAgsgB0EQaigCAA0BCyANKAIIIhMgAEsEQCANKAIEIBZqIAVqIhNBEGooAgANASASKQMAIhkgE0EYaikDAFQNASAGIABBAWo2AhhBASAZIBEpA2haDQQaDAILIAYgB0HIAGo2AhAgACATQejYwQAQ3gIACyAGIABBAWo2AhgLIABBAWohACAMIAVByABqIgVqIBBHDQALQQALIQUgBiAHQcgAajYCEAsgA0EIaiIGIAA2AgQgBiAFNgIAAkAgAygCCEEBcUUEQCADQgM3AxAMAQsgAygCDCIAIAIoAmAiBU8NBiACKAJcIABByABsaiIAKQMwIAApAyh8IRgCfiAAKQMAQgFRBEAgACkDCEIBfQwBC0J/IAIpA9ABIBh8QgF9IhkgGCAZVhsLIRkgAiACKAKIAiIHQQFqNgKIAiAAIBk3A0AgACAYNwM4IAAgBzYCFCAAQQE2AhAgAigCSCEFIAIoAkQhECADIBk3A3ggAyAYNwNwQRhBBBD2AyIARQ0HIANBuAFqIgZBBUEBQQEQ6wEgAygCvAEhDCADKAK4AUEBRg0IIAMoAsABIg1B/s/BAC0AADoABCANQfrPwQAoAAA2AAAgA0EuNgLEASADQS42ArwBIAMgA0H4AGo2AsABIAMgA0HwAGo2ArgBIABBDGpB+4LAACAGEH0gAEEFNgIIIAAgDTYCBCAAIAw2AgAgA0EBNgKMASADIAA2AogBIANBATYChAEgA0GQAWogCRCwASADIAMoApABNgLAASADIAMoApQBIgA2ArgBIAMgADYCvAEgAyAAIAMoApgBQRhsajYCxAEgA0GEAWogBhCIAiAGQQNBAUEBEOsBIAMoArwBIQAgAygCuAFBAUYNCSADKALAASIMQYHQwQAtAAA6AAIgDEH/z8EALwAAOwAAIAYgBUEBQQEQ6wEgAygCvAEhBiADKAK4AUEBRg0KIAMoAsABIQ0gBQRAIA0gECAF/AoAAAsgAyADKAKMATYCWCADIAMpAoQBNwNQIANBBjoAYCADIAc2AlwgAyAFNgJMIAMgDTYCSCADIAY2AkQgA0EDNgJAIAMgDDYCPCADIAA2AjggA0EANgIgIAMgGDcDGCADQgI3AxAgAyACKQPIATcDMAsgA0GQAWoiBiAKIAkQoAEgAyAJNgK0ASADIAo2ArABIANBuAFqIQlCACEYIwBBIGsiByQAIAcgA0GwAWo2AgQgByAGNgIAIAcgBkEYaiIKNgIMIAcgBkEgajYCCAJAIAYoAhAiACAGKAIUIgxGDQAgB0EEaiENIAYoAhghBQNAAkAgBiAAIgJByABqIgA2AhACQCAGLQAIQQFHDQACQCACKQMAQgFRBEAgAkEIaikDACIZIAJBKGopAwAgAkEwaikDAHxRDQIgAkEQaigCAA0CIBkgBikDAFgNAQwCCyACQRBqKAIADQELIAdBEGohAgJAIA0oAgAiECgCACIRKAIwIhIgBUsEQCACIBEoAiwgBUHIAGxqIgUoAhAEfkIABSACIBAoAgQpA2giGSAFKQMYIhwgGSAcVhs3AwhCAQs3AwAMAQsgBSASQbjZwQAQ3gIACyAHKAIQDQEgCigCACEFCyAKIAVBAWoiBTYCACAAIAxHDQEMAgsLIAkgBykDGDcDCCAKIAooAgBBAWo2AgBCASEYCyAJIBg3AwAgB0EgaiQAIAMpA7gBIhinIQUgGEIBUg0CIAMpA8ABIRggCSAGQSj8CgAAAn4gAygC2AEhACADKALcASECAkAgCSgCECIHIAkoAhQiBkcEQCAJKQMAIRwgBiAHa0HIAG4hCiAAKAIsIAkoAhgiBkHIAGxqIQ0gAikDaCEZIAAoAjAhDEEAIQAgCS0ACEEBcSEJA0ACQCAJRQ0AAkAgACAHaiICKQMAQgFRBEAgAkEIaikDACIbIBxWDQIgGyACQShqKQMAIAJBMGopAwB8UQ0CIAJBEGooAgBFDQEMAgsgAkEQaigCAA0BCyAGIAxPDQMgACANaiICQRBqKAIADQAgGCAZIAJBGGopAwAiGyAZIBtWGyIbIBggG1QbIRgLIABByABqIQAgBkEBaiEGIApBAWsiCg0ACwsgGAwBCyAGIAxBuNnBABDeAgALIRgMAgsgA0EQaiACQeAAaiAaIAkQSiACKAJgDQEgAikD8AEiGCACKQNoIhkgGCAZVhshGEEBIQUMAQsCQAJAAkACQAJAIAItADAiAEEBaw4EBAECAwALIANBuAFqQQRyIAJBNGoQ1QIgAyACKQNANwPIASADIAIvADE7ALkBIAMgAikDSDcD0AEMAwsgA0G4AWpBBHIgAkE0ahDVAgwCCyACKQNAIRggAikDSCEaIANBuAFqQQRyIAJBNGoQ1QIgAyAaNwPQASADIBg3A8gBDAELIAItADEhBSADQcABaiACQThqENUCIAMgBToAuQEgAyACLwEyOwG6ASADIAIvATQ7AbwBCyAEIAMpA8ABNwMQIAQgA/0AA8gB/QsDGCAEQgY3AwAgAyAAOgC4ASAEIAMpA7gBNwMIDAgLIAMpAxBCA1IEQCAEIANBEGpB2AD8CgAADAgLIAUgGCAaVnENAQsgBEIFNwMADAYLIARCBDcDACAEIBg3AwgMBQsgACAFQdjYwQAQ3gIAC0EEQRgQxAQACyAMIAMoAsABEPoDAAsgACADKALAARD6AwALIAYgAygCwAEQ+gMACyADQeABaiQAIAhBATYCZCAIQeQAaiEAIwBBgAFrIgIkACAIAn8CQAJAAkACQAJAAkACfwJAAkACfwJAAn8CQAJAAkACQAJAAkAgBCkDACIYp0ECa0EAIBhCAlYbQQFrDgQBAgkDAAsgAkH4AGogABCbBCACKAJ8IQAgAigCeCIDRQ0QIAIgADYCdCACIAM2AnAgAkEQaiACQfAAakGPwMAAQQQQwAIgAigCEEEBcUUNAyACKAIUIQAMDwsgAkH4AGogABCbBCACKAJ8IQAgAigCeCIDRQ0PIAIgADYCdCACIAM2AnAgAkEoaiACQfAAakGawMAAQQcQwAIgAigCKEEBcUUNAyACKAIsDAQLIAJB+ABqIAAQmwQgAigCfCEAIAIoAngiA0UNDiACIAA2AnQgAiADNgJwIAJBQGsgAkHwAGpBocDAAEEJEMACIAIoAkBBAXFFDQQgAigCRAwFCyACQfgAaiAAEJsEIAIoAnwhACACKAJ4IgNFDQ0gAiAANgJ0IAIgAzYCcCACQegAaiACQfAAakGzwMAAQQQQwAIgAigCaEEBcUUNBiACKAJsDAcLIAJBCGogAkHwAGogBBDKAiACKAIIQQFxBEAgAigCDCEADAwLIAIoAnAaIAIgAigCdBCcBCACKAIEIQAgAigCAAwNCyACQSBqIAJB8ABqQYa9wABBBSAEQQhqEMECIAIoAiBBAXFFDQYgAigCJAshACACKAJ0IgRBhAhJDQogBBCuAgwKCyACQThqIAJB8ABqQarAwABBAiAEQQhqEL8CIAIoAjhBAXFFDQUgAigCPAshACACKAJ0IgRBhAhJDQggBBCuAgwICyACQfgAaiAAEJsEIAIoAnwhACACKAJ4IgRFDQcgAiAANgJ0IAIgBDYCcCACQdAAaiACQfAAakGswMAAQQcQwAIgAigCUEEBRw0EIAIoAlQhACACKAJ0IgRBhAhJDQcgBBCuAgwHCyMAQRBrIgYkACACQfAAaiIHKAIAIQUjAEGwAWsiACQAIAZBCGoiCQJ/AkACQAJAAkACQAJAAn8CQAJ/AkACfwJAAkACQAJAAkACQAJAIARBCGoiAy0AAEEBaw4EBQECAwALIABBqAFqIAUQmwQgACgCrAEhBCAAKAKoASIFRQ0QIAAgBDYCpAEgACAFNgKgASAAQShqIABBoAFqQebEwABBAxDAAiAAKAIoQQFxRQ0DIAAoAiwhBAwPCyAAQagBaiAFEJsEIAAoAqwBIQQgACgCqAEiBUUNDyAAIAQ2AqQBIAAgBTYCoAEgAEHQAGogAEGgAWpB2sPAAEEHEMACIAAoAlBBAXFFDQQgACgCVAwFCyADKQMQUCEKIABBqAFqIAUQmwQgACgCrAEhBCAAKAKoASIFRQ0OIAAgBDYCpAEgACAFNgKgASAAQfAAaiAAQaABakHDw8AAQQsQwAIgACgCcEEBcUUNBSAAKAJ0DAYLIAMvAQIhCiAAQagBaiAFEJsEIAAoAqwBIQQgACgCqAEiBUUNDSAAIAQ2AqQBIAAgBTYCoAEgAEGYAWogAEGgAWpB58PAAEEGEMACIAAoApgBQQFxRQ0GIAAoApwBDAcLIABBIGogAEGgAWpB6cTAAEEKIANBBGoQtwIgACgCIEEBcQRAIAAoAiQhBAwMCyAAQRhqIABBoAFqQfPEwABBBSADQQFqEL4CIAAoAhhBAXEEQCAAKAIcIQQMDAsgAEEQaiAAQaABakGgw8AAQQQgA0EQahD/ASAAKAIQQQFxBEAgACgCFCEEDAwLIABBCGogAEGgAWpB+MTAAEEKIANBAmoQvgIgACgCCEEBcQRAIAAoAgwhBAwMCyAAKAKgARogACAAKAKkARCcBCAAKAIEIQQgACgCAAwNCyAAQagBaiAFEJsEIAAoAqwBIQQgACgCqAEiA0UNCyAAIAQ2AqQBIAAgAzYCoAEgAEE4aiAAQaABakGCxcAAQQQQwAIgACgCOEEBRw0GIAAoAjwhBCAAKAKkASIDQYQISQ0LIAMQrgIMCwsgAEHIAGogAEGgAWpB4cPAAEEGIANBBGoQtwIgACgCSEEBcUUNBiAAKAJMCyEEIAAoAqQBIgNBhAhJDQkgAxCuAgwJCwJAIAoNACAAQegAaiAAQaABakHOw8AAQQwgA0EQahD/ASAAKAJoQQFxRQ0AIAAoAmwMAQsgAEHgAGogAEGgAWpBkMLAAEEHIANBBGoQtwIgACgCYEEBcUUNBSAAKAJkCyEEIAAoAqQBIgNBhAhJDQcgAxCuAgwHCyAAQZABaiAAQaABaiADQQFqEMsCIAAoApABQQFxBEAgACgClAEMAQsgAEGIAWogAEGgAWpBkMLAAEEHIANBCGoQtwIgACgCiAFBAXEEQCAAKAKMAQwBCyAKRQ0EIABBgAFqIABBoAFqIANBAmoQgAIgACgCgAFBAXFFDQQgACgChAELIQQgACgCpAEiA0GECEkNBSADEK4CDAULIAAoAqABGiAAQTBqIAAoAqQBEJwEIAAoAjQhBCAAKAIwDAULIAAoAqABGiAAQUBrIAAoAqQBEJwEIAAoAkQhBCAAKAJADAQLIAAoAqABGiAAQdgAaiAAKAKkARCcBCAAKAJcIQQgACgCWAwDCyAAKAKgARogAEH4AGogACgCpAEQnAQgACgCfCEEIAAoAngMAgsgACgCpAEiA0GECEkNACADEK4CC0EBCzYCACAJIAQ2AgQgAEGwAWokAEEBIQQgBigCDCEAIAYoAghBAXFFBEAgB0EEakG3wMAAQQcQsAMgABCoBEEAIQQLIAJB4ABqIgMgADYCBCADIAQ2AgAgBkEQaiQAIAIoAmBBAXFFDQQgAigCZAshACACKAJ0IgRBhAhJDQUgBBCuAgwFCyACKAJwGiACQRhqIAIoAnQQnAQgAigCHCEAIAIoAhgMBQsgAigCcBogAkEwaiACKAJ0EJwEIAIoAjQhACACKAIwDAQLIAIoAnAaIAJByABqIAIoAnQQnAQgAigCTCEAIAIoAkgMAwsgAigCcBogAkHYAGogAigCdBCcBCACKAJcIQAgAigCWAwCCyACKAJ0IgRBhAhJDQAgBBCuAgtBAQs2AgAgCCAANgIEIAJBgAFqJAAgCCgCBCEEIAgoAgBBAUcEf0EABSAIIAQ2AmggCEEINgJ8IAggCEHoAGo2AnggCEHsAGoiAEGOiMAAIAhB+ABqEH1BpMXAAEEIIAgoAnAgCCgCdBDtASEEIAAQvQQgCCgCaCIAQYQITwRAIAAQrgILQQELIQACQAJAIAgpAwgiGKdBAmtBACAYQgJWGw4EAQICAgALIAhBEGoQ0AMMAQsgCEEIahDkAgsgFCAENgIEIBQgADYCACAIQYABaiQAIA8pAwghGCAVEJ8DIAtBCGogGDcDACAPQSBqJAAgDiALKAIIIAsoAgwQywMgC0EwaiQAIA4oAgAgDigCBCAOKAIIIA5BEGokAAsmAQF/IwBBEGsiASQAIAEgAEEIazYCDCABQQxqELkCIAFBEGokAAsmACAAIAE2AgggACACQQAgAUEBcSIBGzYCBCAAQQAgAiABGzYCAAvHAQEGfyABKAIAIQIjAEEQayIDJAACfwJAIAIoAhQiBCACKAIQIgVJBEAgAigCDCEGA0AgBCAGai0AACIHQQlrIgFBF0tBASABdEGTgIAEcUVyDQIgAiAEQQFqIgQ2AhQgBCAFRw0ACwsgA0EDNgIEIAIgA0EEahDiAgwBCyAHQTpGBEAgAiAEQQFqNgIUQQAMAQsgA0EGNgIEIAIgA0EEahDiAgshASADQRBqJAAgAQRAIABBBjoAACAAIAE2AgQPCyAAIAIQOAvCDgIYfwF+IwBBEGsiCyQAIwBBEGsiDiQAIwBBIGsiDCQAIAxBFGoiFCAAELYCIAxBCGohEyAMKAIUIQkjAEHQAGsiBSQAIAkoAgQiACEDIAAgCSgCCEEGdGohBiMAQSBrIgIkACACQRRqIAYgA2tBBnZBBEEoEOsBIAIoAhghACACKAIUQQFGBEAgACACKAIcEPoDAAsgAkEANgIQIAIgAigCHDYCDCACIAA2AggjAEEQayIEJAAgBiADa0EGdiIHIAJBCGoiACgCACAAKAIIIgFrSwRAIAAgASAHQQRBKBD2AiAAKAIIIQELIAAoAgQhByAEIAE2AgggBCAAQQhqNgIEIAQgBzYCDCMAQTBrIgEkACAEQQRqIgcoAgQhCCAHKAIAIAMgBkcEQCADQT5qIQAgBygCCCAIQShsaiEHIAggBiADa0EGdiIGaiEIIAFBIGohAyABQRRqIQ0DQCABQQhqIg8gAEE+axDVAiANIABBGmsQ1QIgAEECay8BACERIAAtAAAhEiADIABBJmsQ1QIgASASOgAuIAEgETsBLCAHIA9BKPwKAAAgAEFAayEAIAdBKGohByAGQQFrIgYNAAsLIAg2AgAgAUEwaiQAIARBEGokACAFQRRqIgggAigCEDYCCCAIIAIpAgg3AgAgAkEgaiQAIAhBDGogCUEMahDSASAFQQA2AiwjAEEwayICJAAgAkEoaiAFQSxqIhEQmwQgAigCLCEAIAVBCGoiEgJ/AkAgAigCKCIBRQ0AIAIgADYCJCACIAE2AiAjAEEQayIJJAAgAkEgaiIVKAIAIQAjAEEwayIDJAAgCCgCBCEGIAgoAgghASADQSRqIAAQ8gMgCUEIaiIWAn8CQAJAIAMoAiRFBEAgAygCKCEGDAELIAMgAygCLDYCICADIAMpAiQ3AxggAUEobCEHA0AgB0UNAiAHQShrIQcgAyAGNgIkIAZBKGohBiMAQRBrIgokACADQRhqIg0oAgghDyADQSRqKAIAIQQgDSgCACEBIwBB0ABrIgAkACAAQcgAaiABEJsEIAAoAkwhASAKQQhqIhcCfwJAIAAoAkgiGEUNACAAIAE2AkQgACAYNgJAIABBOGogAEFAa0GPvMAAQQQgBBC3AgJAIAAoAjhBAXEEQCAAKAI8IQEMAQsgAEEwaiAAQUBrQZO8wABBCCAEQQxqELcCIAAoAjBBAXEEQCAAKAI0IQEMAQsgAEEoaiAAQUBrQZu8wABBBiAEQSRqEL4CIAAoAihBAXEEQCAAKAIsIQEMAQsgAEEgaiAAQUBrQaG8wABBDyAEQSVqEL4CIAAoAiBBAXEEQCAAKAIkIQEMAQsgAEEYaiAAQUBrQbC8wABBCCAEQSZqEL4CIAAoAhhBAXEEQCAAKAIcIQEMAQsgAEEQaiAAQUBrQbi8wABBCiAEQRhqELcCIAAoAhBBAXEEQCAAKAIUIQEMAQsgACgCQBogAEEIaiAAKAJEEJwEIAAoAgwhASAAKAIIDAILIAAoAkQiBEGECEkNACAEEK4CC0EBCzYCACAXIAE2AgQgAEHQAGokAEEBIQQgCigCDCEAIAooAghBAXFFBEAgDSgCBCAPIAAQiQQgDSAPQQFqNgIIQQAhBAsgA0EQaiIBIAA2AgQgASAENgIAIApBEGokACADKAIQQQFHDQALIAMoAhQhBiADKAIcIgBBhAhJDQAgABCuAgtBAQwBCyADQQhqIANBGGoQiwQgAygCDCEGIAMoAggLNgIAIBYgBjYCBCADQTBqJABBASEBIAkoAgwhACAJKAIIQQFxRQRAIBVBBGpB7LvAAEEIELADIAAQqARBACEBCyACQRhqIgMgADYCBCADIAE2AgAgCUEQaiQAAkAgAigCGEEBcQRAIAIoAhwhAAwBCyACQRBqIAJBIGpB9LvAAEELIAhBDGoQyQIgAigCEEEBcQRAIAIoAhQhAAwBCyACKAIgGiACQQhqIAIoAiQQnAQgAigCDCEAIAIoAggMAgsgAigCJCIBQYQISQ0AIAEQrgILQQELNgIAIBIgADYCBCACQTBqJAAgBSgCDCEEIAUoAghBAUYEQCAFQQA6ADggBUHkysAANgIsIAUgBK1CIIZCI4Q3AjAgBUEDNgJMIAUgETYCSCAFQTxqIgBB5IfAACAFQcgAahB9QaTFwABBCCAFKAJAIAUoAkQQ7QEhBCAAEL0EIAUoAjQiAEGECE8EQCAAEK4CC0EBIRALIAVBFGoiAigCCCIBBEAgAigCBCEAA0AgABC9BCAAQQxqEL0EIABBGGoQvQQgAEEoaiEAIAFBAWsiAQ0ACwsgAkEEQSgQkAIgBUEgaiIAEKsDIAAQwgQgEyAENgIEIBMgEDYCACAFQdAAaiQAIAwpAwghGSAUEJsDIA5BCGogGTcDACAMQSBqJAAgCyAOKAIIIA4oAgwQywMgDkEQaiQAIAsoAgAgCygCBCALKAIIIAtBEGokAAucIAIRfwN+IwBBEGsiDyQAEKoBIgIgACYBIwBBIGsiCyQAIAsgAjYCCCALIAtBH2oiAjYCGCALIAI2AhQgCyACNgIQIAsgC0EIajYCDCMAQZABayIGJAAgBiALQQxqKAIAKAIAIhE2AhQgBkFAayEKIwBBMGsiCSQAIAlBCGohByAGQRRqKAIAEKYEIQQjAEGAAWsiASQAIAEgBDYCFAJAAkACQCABQRRqIgIQrARFBEAgAiABQf8AakHUyMAAEG4hAiAHQYCAgIB4NgIAIAcgAjYCBCAEQYQISQ0BIAQQrgIMAQsgAUEYaiICIARB6LnAAEEEENcDIAFBgICAgHg2AiwgAUGBgICAeDYCOCABQYCAgIB4NgJEIAFB4ABqIAIQkAECQAJAAkAgAS0AYEUEQEEDIQgDQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAS0AYUEBaw4FAgMEAAUBCyABQQhqIAFBGGoQhAMMCQsgASgCLEGAgICAeEYNByABQQU2AlQgAUG0ucAANgJQIAFBAjYCZCABIAFB0ABqNgJgQciywAAgAUHgAGoQ2AEhAiAHQYCAgIB4NgIAIAcgAjYCBAwLCyABKAI4QYGAgIB4Rg0FIAFBETYCVCABQbm5wAA2AlAgAUECNgJkIAEgAUHQAGo2AmBByLLAACABQeAAahDYASECIAdBgICAgHg2AgAgByACNgIEDAoLIAhBA0YNAyABQRQ2AlQgAUHKucAANgJQIAFBAjYCZCABIAFB0ABqNgJgQciywAAgAUHgAGoQ2AEhAiAHQYCAgIB4NgIAIAcgAjYCBAwJCyABKAJEQYCAgIB4Rg0BIAFBCDYCVCABQd65wAA2AlAgAUECNgJkIAEgAUHQAGo2AmBByLLAACABQeAAahDYASECIAdBgICAgHg2AgAgByACNgIEDAgLIAEoAixBgICAgHhGIg5FBEAgASABKAI0NgJYIAEgASkCLDcDUAJAIAEoAjhBgYCAgHhGIgRFBEAgASABKAJANgJoIAEgASkCODcDYAwBCyABQYCAgIB4NgJgCyABKAJEIgJBgICAgHhGBEAgAUEINgJwIAFB3rnAADYCbCABQQI2AnggASABQewAajYCdEG0ssAAIAFB9ABqENgBIQIgB0GAgICAeDYCACAHIAI2AgQgAUHgAGoQ9wMgAUHQAGoiAhCrAyACEMIEDAoLIAcgASkCLDcCACAHIAEoAjQ2AgggByABKQNgNwIYIAcgASgCaDYCICAHIAEpAkg3AhAgByACNgIMIAdBAiAIIAhBA0YbOgAkDAoLIAFBBTYCeCABQbS5wAA2AnQgAUECNgJkIAEgAUH0AGo2AmBBtLLAACABQeAAahDYASECIAdBgICAgHg2AgAgByACNgIEQQEhBAwICyABKAIYIAFBADYCGARAIAFB4ABqIAEoAhwQlAIgASgCZCEFIAEoAmAiBEGAgICAeEYEQCAHQYCAgIB4NgIAIAcgBTYCBAwICyABKAJoIQIgAUHEAGoQ9wMgASACNgJMIAEgBTYCSCABIAQ2AkQMBAsMCgsgASgCGCABQQA2AhgEQCABQeAAaiEEIAEoAhwhAiMAQRBrIgUkACAFIAI2AgQCQCAFQQRqEL4DRQRAIAVBCGogAhCgAkEBIQ4CQCAFLQAIQQFGBEAgBCAFKAIMNgIEDAELIAQgBS0ACToAAUEAIQ4LIAQgDjoAAAwBCyAEQYAEOwEAIAJBhAhJDQAgAhCuAgsgBUEQaiQAIAEtAGAEQCABKAJkIQIgB0GAgICAeDYCACAHIAI2AgQMBwsgAS0AYSEIDAMLDAkLIAEoAhggAUEANgIYBEAgAUHgAGogASgCHBCaAiABKAJkIQUgASgCYCIEQYGAgIB4RgRAIAdBgICAgHg2AgAgByAFNgIEDAYLIAEoAmghAiABKAI4QYGAgIB4RwRAIAFBOGoQ9wMLIAEgAjYCQCABIAU2AjwgASAENgI4DAILDAgLIAEoAhggAUEANgIYRQ0HIAFB4ABqIAEoAhwQ5gEgASgCZCEFIAEoAmAiBEGAgICAeEYEQCAHQYCAgIB4NgIAIAcgBTYCBAwECyABKAJoIQIgAUEsahD4AyABIAI2AjQgASAFNgIwIAEgBDYCLAsgAUHgAGogAUEYahCQASABLQBgRQ0ACwsgASgCZCECIAdBgICAgHg2AgAgByACNgIEC0EBIQRBASEOCyABKAJEQYCAgIB4RwRAIAFBxABqEL0ECyABKAI4QYGAgIB4RyAEcQRAIAFBOGoQ9wMLIA4gASgCLEGAgICAeEdxRQ0AIAFBLGoiAhCrAyACEMIECyABQRhqEK8DCyABQYABaiQADAELQfDOwABBMRDABAALAkAgCSgCCEGAgICAeEYEQCAKQQE6ABAgCiAJKAIMNgIMIApBHzYCCCAKQc3LwAA2AgQgCkGAgICAeDYCAAwBCyAKIAlBCGpBKPwKAAALIAlBMGokAAJAAkACQCAGKAJAIgJBgICAgHhGBEAgBiAGQcQAav0AAgD9CwNoQYbFwABBDiAGQegAahCFAiEEQQEhECARQYMISw0BDAILIAYgBv0AAkj9CwIgIAYgBv0AAlj9CwIwIAYgBigCRDYCHCAGIAI2AhggBkFAayEHIwBBgANrIgMkACADQQhqIAZBGGoiChDSAQJAAkAgCigCGEGAgICAeEYNACAKKAIgIglFDQAgCigCHCECIANBiAFqIAlBAUEBEOsBIAMoAowBIQggAygCiAFBAUYNBCADKAKQASEFIAkEQCAFIAIgCfwKAAALIAMoAhAiBCADKAIIRgRAIANBCGoQ7QILIAMoAgwgBEEMbGoiAiAJNgIIIAIgBTYCBCACIAg2AgAgAyAEQQFqNgIQCyAKKAIUQQVHDQAgCigCECICKAAAQffSuZsDcyACQQRqLQAAQTJzcg0AIAotACRBAXENACADQYgBakEMQQFBARDrASADKAKMASEIIAMoAogBQQFGDQMgAygCkAEiBUHf0cAAKAAANgAIIAVB19HAACkAADcAACADKAIQIgQgAygCCEYEQCADQQhqEO0CCyADKAIMIARBDGxqIgJBDDYCCCACIAU2AgQgAiAINgIAIAMgBEEBajYCEAwACyADQYgBakEDQQFBARDrASADKAKMASEIAkAgAygCiAFBAUcEQCADKAKQASIFQeXRwAAtAAA6AAIgBUHj0cAALwAAOwAAIAMoAhAiBCADKAIIRgRAIANBCGoQ7QILIAMoAgwgBEEMbGoiAkEDNgIIIAIgBTYCBCACIAg2AgAgAyAEQQFqIgk2AhAgA0EUaiEKIAMoAgwhAiMAQSBrIgwkAAJAAkACQAJAAkAgCQRAIAlBDGwiAUEMayIIQQxuIQ4gAiEEAkADQCABRQ0BIAFBDGshASAEKAIIIQUgBEEMaiEEIAUgDmoiDiAFTw0AC0HQ3cEAQTVBiN7BABCHAwALIAxBFGogDkEBQQEQ6wEgDCgCGCEEIAwoAhRBAUYNASAMQQA2AhAgDCAMKAIcNgIMIAwgBDYCCCAMQQhqIAIoAgQiBCAEIAIoAghqEMYCIA4gDCgCECIEayEBIAwoAgwgBGohBCAJQQFGDQIgAkEQaiENA0AgAUUNBSANQQRqKAIAIQkgDSgCACEFIARB5tHAAC0AADoAACABQQFrIgIgCUkNBSAEQQFqIQQgCQRAIAQgBSAJ/AoAAAsgDUEMaiENIAIgCWshASAEIAlqIQQgCEEMayIIDQALDAILIApBADYCCCAKQoCAgIAQNwIADAILIAQgDCgCHBD6AwALIAogDCkCCDcCACAKIA4gAWs2AggLIAxBIGokAAwBC0GE3cEAQRNBwN3BABCGAwALIAMoAhghBCADKAIcIQUgA0IANwOAASADQQA6AF8gA0Gw3cEA/QADAP0LA3AgA0Gg3cEA/QADAP0LA2ACQCAFQT9NBEAgBQRAIANBIGogBCAF/AoAAAsgAyAFOgBfDAELIAMgBUEGdiICrTcDgAEgA0HgAGogBCACEDsgAyAFQT9xIgI6AF8gAkUNACADQSBqIAQgBUHA////B3FqIAL8CgAACyADQYgBaiICIANBIGpB6AD8CgAAIANB8AFqEIwEIANBkAJqEIwEIAIgAy0AxwEiBGoiAkGAAToAACADIAStIhJCO4YgAykD6AEiE0IJhiIUIBJCA4aEIhJCgP4Dg0IohoQgEkKAgPwHg0IYhiASQoCAgPgPg0IIhoSEIBNCAYZCgICA+A+DIBNCD4hCgID8B4OEIBNCH4hCgP4DgyAUQjiIhISENwOwAiAEQT9zIgUEQCACQQFqQQAgBfwLAAsgA0HIAWohBCAFQQdNBEAgA0G4AmoiBSADQYgBaiICQcAA/AoAACAEIAVBARA7IAJBAEHAAPwLAAsgA0HAAWpBCCADQbACakEIQcjZwQAQvwMgA0G4AmoiAiADQYgBakHAAPwKAAAgBCACQQEQOyADQQA6AMcBIAMgA0HoAWo2ArwCIAMgBDYCuAIgAhCNBCICBEBBCCACIAJBCE8bIQ0gA0GQAmohBQNAIAUgBCgCACICQf+B/AdxQQh4IAJBGHhB/4H8B3FyNgAAIAVBBGohBSAEQQRqIQQgDUEBayINDQALCyADQfABakEgIANBkAJqQSBBxNHAABC/AyADIAP9AADwAf0LA7gCIAMgA/0AAIAC/QsDyAIgByADQbgCakEgEMMBIANBFGoQvQQgByADKAIQNgIUIAcgAykCCDcCDCADQYADaiQADAELDAMLIAZBADYCaCMAQTBrIggkACAIQShqIAZB6ABqIgUQmwQgCCgCLCENIAZBCGoiBAJ/AkAgCCgCKCICRQ0AIAggDTYCJCAIIAI2AiAgCEEYaiAIQSBqQZi6wABBByAHELcCAkAgCCgCGEEBcQRAIAgoAhwhDQwBCyAIQRBqIAhBIGpBn7rAAEEKIAdBDGoQyQIgCCgCEEEBcQRAIAgoAhQhDQwBCyAIKAIgGiAIQQhqIAgoAiQQnAQgCCgCDCENIAgoAggMAgsgCCgCJCICQYQISQ0AIAIQrgILQQELNgIAIAQgDTYCBCAIQTBqJAAgBigCDCEEIAYoAghBAUYEQCAGQQA6AHQgBkGuzMAANgJoIAYgBK1CIIZCIoQ3AmwgBkEDNgKMASAGIAU2AogBIAZB/ABqIgJB5IfAACAGQYgBahB9QaTFwABBCCAGKAKAASAGKAKEARDtASEEIAIQvQQgBigCcCICQYQITwRAIAIQrgILQQEhEAsgBkEYaiICEKsDIAIQwgQgBkEwahD3AyAGQSRqEL0EIAZBQGsQvQQgBkHMAGoiAhCrAyACEMIEIBFBhAhJDQELIBEQrgILIAsgBDYCBCALIBA2AgAgBkGQAWokACAPIAsoAgAgCygCBBDLAyALQSBqJAAgDygCACAPKAIEIA8oAgggD0EQaiQADwsgCCADKAKQARD6AwALKAEBfyABKAIAIAFBADYCAEUEQEHwzsAAQTEQwAQACyAAIAEoAgQQZQspAQF/QQQhAQJAAkACQCAALQAADgQBAgEBAAtBCCEBCyAAIAFqEL0ECwshAQF/IAAoAgAiAUECTQRAIAAgAUECdCgC0NBAahC9BAsLJAAgACABEJ4EBH4gACABKAIAJQEQIPwGNwMIQgEFQgALNwMACwMAAAstAQF+QaC4wwApAwAhAUGguMMAQgA3AwAgACABQiCIPgIEIAAgAadBAUY2AgAL3QIBBX8jAEEQayIEJAAjAEFAaiICJAAgAiABNgIcIAIgADYCGCACIAJBP2oiADYCLCACIAA2AiggAiACQRxqNgIkIAIgAkEYajYCICMAQaACayIAJAAgACACQSBqIgEoAgAoAgAgASgCBCgCABD/AiAAKAIEIQEgACgCACEFIABBKGoiA0EAOgA/IABCADcDiAEgAEGQzcAA/QADAP0LA3ggAEGAzcAA/QADAP0LA2ggAyAFIAEQvgEgAEGQAWoiBiADQegA/AoAACAAQf8BaiIDEIwEIABB0AFqIAYgAxBzIAAgAP0AAI8C/QsDGCAAIAD9AAD/Af0LAwggAkEwaiIDIABBCGpBIBDDASABBEAgBSABEMcCCyAAQaACaiQAIAJBEGogAxCyAiACQQhqIAIoAhAgAigCFBCZBCAEIAIpAwg3AgAgAkFAayQAIAQoAgAgBCgCBCAEQRBqJAALxAUBDH8jAEEQayILJAAjAEFAaiICJAAgAiABNgIcIAIgADYCGCACIAJBP2oiADYCLCACIAA2AiggAiACQRxqNgIkIAIgAkEYajYCICACQTBqIQwjAEEgayIDJAAgA0EIaiACQSBqIgAoAgAoAgAgACgCBCgCABD/AiADKAIIIQcgAygCDCEFQQAhASMAQSBrIgQkACAEIAUgB2oiDTYCFCAEIAU2AgwgBCAHNgIIIARCv4CAgLAENwMAAkACQCAFBEAgByEAAkADQCAEIABBAWoiBjYCEAJAIAAtAAAiCMBBAE4NACAEIABBAmoiBjYCECAALQABQT9xIQkgCEEfcSEKIAhB3wFNBEAgCkEGdCAJciEIDAELIAQgAEEDaiIGNgIQIAAtAAJBP3EgCUEGdHIhCSAIQfABSQRAIAkgCkEMdHIhCAwBCyAEIABBBGoiBjYCECAKQRJ0QYCA8ABxIAAtAANBP3EgCUEGdHJyIQgLIAQgBiAAayABaiIKNgIYQQAhAANAIABBCEcEQCAAIARqIABBBGohACgCACAIRw0BDAMLCyAKIQEgBiIAIA1HDQALIAUhAQsgAQ0BC0EAIQEMAQsCQCABIAVPBEAgASAFRg0CDAELIAEgB2osAABBv39KDQELIAcgBUEAIAFBqNbBABCRBAALIAMgATYCBCADIAc2AgAgBEEgaiQAIAMoAgAhCiADQRRqIAMoAgQiAEEBQQEQ6wEgAygCGCEBAkAgAygCFEEBRwRAIAMoAhwhBiAABEAgBiAKIAD8CgAACyAMIAA2AgggDCAGNgIEIAwgATYCACAFBEAgByAFEMcCCyADQSBqJAAMAQsgASADKAIcEPoDAAsgAkEQaiAMELICIAJBCGogAigCECACKAIUEJkEIAsgAikDCDcCACACQUBrJAAgCygCACALKAIEIAtBEGokAAskACAAIAI2AgggACABNgIQIABBADYCACAAIAIgA0EDdGo2AgwLAwAACwMAAAsDAAALAwAACxsAIAAoAgwEQCAADwsgASAAEI0DIABBFBDHAgskAQF/IAAoAgAgACgCCCICayABSQRAIAAgAiABQQFBARD2AgsLtQcBDX8jAEEQayIMJAAjAEEwayIHJAAjAEEQayIIJAAgCEEEaiINIAAQtgIgB0EkaiEEIAgoAgQhACMAQSBrIgIkACACQQhqIAApAhA3AwAgAigCCCEJIAJBFGogAigCDCILQQRBDBDrASACKAIYIQUCQCACKAIUQQFHBEAgAigCHCEAAkAgBUUNACALQQxsIQogACEBIAUhAwNAIApFDQEgAkEUaiAJENUCIAEgAigCHDYCCCABIAIpAhQ3AgAgAUEMaiEBIApBDGshCiAJQQxqIQkgA0EBayIDDQALCyAEIAs2AgggBCAANgIEIAQgBTYCACACQSBqJAAMAQsgBSACKAIcEPoDAAsgDRCbAyAIQRBqJAAgB0EYaiAEELMCIAcoAhghASAHKAIcIQAjAEEQayIIJAAjAEEQayIJJAAjAEEwayICJAAgAiABNgIkIAIgATYCICACIAA2AiggAiABIABBDGxqNgIsIwBBEGsiCiQAIAJBIGoiBigCCCENIAYoAgAiCyEDIwBBEGsiBCQAIAYoAgQiASAGKAIMIgVHBEADQCAGIAFBDGoiADYCBCAEIAEpAgA3AwAgBCABKAIIIgE2AgggBCgCBCABEIAEIQEgBBC9BCADIAE2AgAgA0EEaiEDIAAiASAFRw0ACwsgCkEIaiIAIAM2AgQgACALNgIAIARBEGokACAKKAIMIQAjAEEQayIFJAAgBkEANgIIIAYoAgwhASAGKAIEIQMgBkEENgIAIAVCgICAgMAANwIIIAVBCGpBBEEMEJACIAZBBDYCDCAGQQQ2AgQgASADa0EMbiEEIAEgA0cEQANAIAMQvQQgA0EMaiEDIARBAWsiBA0ACwsgBUEQaiQAIAJBFGoiBSALNgIEIAUgDUEDbDYCACAFIAAgC2tBAnY2AggjAEEQayIDJAAgBigCDCIAIAYoAgQiAWtBDG4hBCAAIAFHBEADQCABEL0EIAFBDGohASAEQQFrIgQNAAsLIAMgBigCADYCDCADIAYoAgg2AgggA0EIakEEQQwQkAIgA0EQaiQAIApBEGokACACQQhqIAUQsAIgCUEIaiACKQMINwMAIAJBMGokACAJKAIMIQEgCEEIaiIAIAkoAgg2AgAgACABNgIEIAlBEGokACAIKAIMIQEgB0EQaiIAIAgoAgg2AgAgACABNgIEIAhBEGokACAHQQhqIAcoAhAgBygCFBCZBCAMIAcpAwg3AgAgB0EwaiQAIAwoAgAgDCgCBCAMQRBqJAALwwIBB38jAEEQayIEJAAjAEEgayICJAAjAEEQayIFJAAgBUEEaiIHIAAQzwIgBSgCBCEBIwBB0ABrIgAkACAAQSxqIgMQjAQgAUFAayABIAMQcyABQgA3A2AgAUGQzcAA/QADAP0LA1AgAUGAzcAA/QADAP0LA0AgAUEAOgA/IAAgAP0AADz9CwMYIAAgAP0AACz9CwMIIANBIEEBQQEQ6wEgACgCMCEDIAAoAixBAUYEQCADIAAoAjQQ+gMACyACQRRqIgEgACgCNCIGNgIEIAEgAzYCACAGIAD9AAMI/QsAACAGIAD9AAMY/QsAECABQSA2AgggAEHQAGokACAHEKEDIAVBEGokACACQQhqIAEQsgIgAiACKAIIIAIoAgwQmQQgBCACKQMANwIAIAJBIGokACAEKAIAIAQoAgQgBEEQaiQAC7UDAgl/AX4jAEEQayIFJAAjAEEwayIBJAAjAEEQayIHJAAgB0EEaiIIIAAQtQIgAUEUaiEGIAcoAgQhAiMAQSBrIgAkACAAQQhqIQRBMCEDAkACQAJAAkBBAyACKQMoIgqnQQJrIApCAVgbQQJrDgICAQALIAIoAhxBACACKAIYQYCAgIB4RxshAyACKAIgIQIMAgtBKCEDCyACIANqIgMoAiQhAiADKAIgIQMLIAQgAjYCBCAEIAM2AgACQAJAAkAgACgCCCIJBEAgAEEUaiAAKAIMIgJBAUEBEOsBIAAoAhghAyAAKAIUQQFGDQIgACgCHCEEIAIEQCAEIAkgAvwKAAALIAYgAjYCCCAGIAQ2AgQgBiADNgIADAELIAZBgICAgHg2AgALIABBIGokAAwBCyADIAAoAhwQ+gMACyAIEKADIAdBEGokAEEAIQAgASABKAIUQYCAgIB4RwR/IAEgASgCHDYCKCABIAEpAhQ3AyAgAUEIaiABQSBqELICIAEoAgwhACABKAIIBUEACyAAEJkEIAUgASkDADcCACABQTBqJAAgBSgCACAFKAIEIAVBEGokAAviAQMBfgV/AXwjAEEQayICJAAjAEEQayIDJAAjAEEQayIEJAAgBEEEaiIGIAAQtQJBKCEFAkACQAJAAkBBAyAEKAIEIgApAygiAadBAmsgAUIBWBtBAmsOAgECAAsgACkDACEBDAILIAApAzAhAUEwIQULIAAgBWohAAsgAyABQgFRBH4gAyAAKQMIujkDCEIBBUIACzcDACAGEKADIARBEGokACADKwMIIQcgAiADKQMAIgE+AgAgAiAHRAAAAAAAAAAAIAGnGzkDCCADQRBqJAAgAigCACACKwMIIAJBEGokAAshAQF/IAAoAgAiAUGDgICAeEYgAUEASHJFBEAgABC9BAsLAwAACx8AIAAEQCAAIAIgASgCEBEBAA8LQZDiwQBBMhDABAALGQEBfyABIANPBH8gAiAAIAMQ4wIFQQELRQsiACAALQAARQRAIAFB5LbDAEEFEFoPCyABQem2wwBBBBBaCx4AIABBEGoQmwIgACgCAEGVgICAeEcEQCAAEIQCCwsfACAAKAIAIAAoAgQgACgCCCABIAAoAgwgACgCEBBQCx0BAX9BmANBCBD2AyIARQRAQQhBmAMQxAQACyAACx0BAX9ByANBCBD2AyIARQRAQQhByAMQxAQACyAACykAIAAgAC0ABCABQS5GcjoABCAAKAIAIgAoAgAgASAAKAIEKAIQEQEACxsBAX8gACgCACIBQQBKBEAgACgCBCABEMcCCwsSAEHcmcIAQTlB+JnCABCGAwALEwAgACgCAEUEQCAAQQRqEL0ECwtGAQJ/IAAoAggiAgRAIAAoAgQhAQNAIAEQ5QIgAUFAayEBIAJBAWsiAg0ACwsgAEEEQcAAEJACIABBDGoiABCrAyAAEMIECw8AIAAQvQQgAEEMahC9BAu6AwIGfwF+QZS4wwAtAABBAUcEQCMAQRBrIgMkAAJ/IABFBEBBgOLBACEBQQAMAQsgACgCACEBIABBADYCACAAQQhqQYDiwQAgAUEBcSICGyEBIAAoAgRBACACGwshBiADIAH9AAIA/QsDAAJAAkACQEGUuMMALQAAQQFrDgIBAAILQZjhwQBB/QBB2OHBABCGAwALQZS4wwBBAjoAAAJAQYi4wwAoAgAiBEUNAEGQuMMAKAIAIgUEQEGEuMMAKAIAIgJBCGohACACKQMAQn+FQoCBgoSIkKDAgH+DIQcDQCAHUARAA0AgACIBQQhqIQAgAkHgAGshAiABKQMAQoCBgoSIkKDAgH+DIgdCgIGChIiQoMCAf1ENAAsgB0KAgYKEiJCgwIB/hSEHCyACIAd6p0EDdkF0bGpBBGsoAgAiAUGECE8EQCABEK4CCyAHQgF9IAeDIQcgBUEBayIFDQALCyAEIARBDGxBE2pBeHEiAGpBCWoiAUUNAEGEuMMAKAIAIABrIAEQxwILC0GAuMMAIAY2AgBBhLjDACAD/QADAP0LAgBBlLjDAEEBOgAAIANBEGokAAtBgLjDAAseAQF/EJMEIQIgAEEANgIIIAAgAjYCBCAAIAE2AgALGAAgACABNgIEIAAgAkEAIAFBAXEbNgIACxsAQQIgACgCACUBECYiAEEARyAAQf///wdGGwsYAQF/IAAoAgAiAQRAIAAoAgQgARDHAgsLFQAgAUEJTwRAIAEgABB7DwsgABAxCxYAIAAoAgBBgICAgHhHBEAgABC9BAsLGwAgACgCAEGAgICAeEcEQCAAEKsDIAAQwgQLCxoAIABBADYCACAAQYEIQYAIIAEtAAAbNgIECx8AIAAEQCAAIAEQxAQAC0GImsIAQSNBnJrCABCGAwALGQEBbyAAJQEgARAHIQIQqgEiACACJgEgAAsXACAAIAI2AgggACABNgIEIAAgAjYCAAsSACAAIAFBAXRBAXIgAhCGAwALGAAgASgCACABKAIEIAAoAgAgACgCBBBiCxcBAW8gACABECEhAhCqASIAIAImASAACxcBAW8gACABEC8hAhCqASIAIAImASAACxYAIAAoAgAiACgCBCAAKAIIIAEQyAQLEgAgAC0AAEEERwRAIAAQ4AILCxUAIAAgASACEIAENgIEIABBADYCAAsTAEGguMMAIACtQiCGQgGENwMACw4AIAEEQCAAIAEQxwILCxwAIABB1I/CACkCADcCCCAAQcyPwgApAgA3AgALHAAgAEHEj8IAKQIANwIIIABBvI/CACkCADcCAAsWACAAKAIAIAEgAiAAKAIEKAIMEQQACxUBAW8gACUBIAEgAiUBIAIQrgIQAwsXAgFvAX8gABAwIQEQqgEiAiABJgEgAgsTACAAIAEoAgQ2AgQgAEEANgIACzIAIAD9DAAAAAAAAAAAAAAAAAAAAAD9CwAQIAD9DAAAAAAAAAAAAAAAAAAAAAD9CwAACxAAIAAoAgQgACgCAGtBAnYLFQAgACgCACUBIAEoAgAlARAdQQBHCxUAIAAoAgAlASABKAIAJQEQH0EARwsVACAAKAIAJQEgASgCACUBEClBAEcL+woBA38gACEGQQAhACMAQdAAayIFJAAgBSADNgIIIAUgAjYCBAJ/AkACQCABQYECTwRAQf0BIQADQAJAIAAgBmoiB0EDaiwAAEG/f0wEQCAHQQJqLAAAQb9/TA0BIABBAmohAAwFCyAAQQNqIQAMBAsgB0EBaiwAAEG/f0oNAiAHLAAAQb9/Sg0DIABBBGsiAEF9Rw0AC0EAIQAMAgsgBSABNgIQIAUgBjYCDEEBDAILIABBAWohAAsgBSAGNgIMIAUgADYCEEEFQQAgACABSSIHGyEAQYynwgBBASAHGwshByAFIAA2AhggBSAHNgIUAkACQAJAAkACQAJAIAEgAk8EQCABIANJDQYgAiADSw0BIAJFIAEgAk1yDQMgAiAGaiwAAEG/f0oNAyACIQACQANAIAAgBmosAABBv39KDQEgAEEBayIADQALQQAhAAsDQCACIAZqLAAAQb9/Sg0DIAEgAkEBaiICRw0ACyABIQIMAgsgBSAFQRRqrUKAgICA0BGENwM4IAUgBUEMaq1CgICAgNARhDcDMCAFIAVBBGqtQoCAgIAQhDcDKEGvgMAAIAVBKGogBBCGAwALIAUgBUEUaq1CgICAgNARhDcDQCAFIAVBDGqtQoCAgIDQEYQ3AzggBSAFQQhqrUKAgICAEIQ3AzAgBSAFQQRqrUKAgICAEIQ3AyhBhYDAACAFQShqIAQQhgMACyAFIAA2AhwgBSACNgIgAkAgACACSw0AAkAgAEUNACAAIAFPBEAgACABRg0BDAILIAAgBmosAABBQEgNAQsCQCABIAJNBEAgASACRw0CDAELIAIgBmosAABBv39MDQELIAAgAkYNAiAFAn8gACAGaiIBLAAAIgBBAE4EQCAAQf8BcQwBCyABLQABQT9xIgMgAEEfcSICQQZ0ciAAQV9NDQAaIAEtAAJBP3EgA0EGdHIiAyACQQx0ciAAQXBJDQAaIAJBEnRBgIDwAHEgAS0AA0E/cSADQQZ0cnILNgIkIAUgBUEUaq1CgICAgNARhDcDSCAFIAVBDGqtQoCAgIDQEYQ3A0AgBSAFQRxqrUKAgICA4BGENwM4IAUgBUEkaq1CgICAgPARhDcDMCAFIAVBBGqtQoCAgIAQhDcDKEGLgcAAIAVBKGogBBCGAwALIAYgASAAIAIgBBCRBAALIANFIAEgA01yDQIgAyAGaiwAAEG/f0oNAiADIQACQANAIAAgBmosAABBv39KDQEgAEEBayIADQALQQAhAAsCQANAIAMgBmosAABBv39KDQEgASADQQFqIgNHDQALIAEhAwsgBSAANgIcIAUgAzYCICAAIANLDQECQCAARQ0AIAAgAU8EQCAAIAFGDQEMAwsgACAGaiwAAEFASA0CCwJAIAEgA00EQCABIANHDQMMAQsgAyAGaiwAAEG/f0wNAgsgACADRg0AIAUCfyAAIAZqIgEsAAAiAEEATgRAIABB/wFxDAELIAEtAAFBP3EiAyAAQR9xIgJBBnRyIABBX00NABogAS0AAkE/cSADQQZ0ciIDIAJBDHRyIABBcEkNABogAkESdEGAgPAAcSABLQADQT9xIANBBnRycgs2AiQgBSAFQRRqrUKAgICA0BGENwNIIAUgBUEMaq1CgICAgNARhDcDQCAFIAVBHGqtQoCAgIDgEYQ3AzggBSAFQSRqrUKAgICA8BGENwMwIAUgBUEIaq1CgICAgBCENwMoQdyBwAAgBUEoaiAEEIYDAAsgBBCxBAALIAYgASAAIAMgBBCRBAALIAUgBUEUaq1CgICAgNARhDcDOCAFIAVBDGqtQoCAgIDQEYQ3AzAgBSAFQQhqrUKAgICAEIQ3AyhB3oDAACAFQShqIAQQhgMACxQAIAAoAgAgASAAKAIEKAIMEQEACxUCAW8BfxALIQAQqgEiASAAJgEgAQsVAgFvAX8QGCEAEKoBIgEgACYBIAELEAAgABCOAyAAQQhBIBCQAgsRACABIAAoAgggACgCDBCIBAsRACAAKAIEIAAoAgggARDIBAsMACABQQRBACAAG3ILEAAgACACNgIEIAAgATYCAAshAQFvIAAoAgAlASABKAIAJQEQCCECEKoBIgAgAiYBIAALIQIBbwF/EAwhAhCqASIDIAImASAAIAM2AgQgACABNgIACxAAIAAgATYCBCAAQQA2AgALDgAgACgCACUBEBNBAEcLDgAgACgCACUBEBZBAEcLEAAgACgCBCAAKAIIIAEQRwsOACAAIAEgASACahDGAgsRACABIAAoAgAgACgCBBCIBAsRACAAKAIAIAAoAgQgARDIBAsTACAAQeCWwgA2AgQgACABNgIACxAAIAAoAgAgACgCBCABEEcLEAAgASAAKAIAIAAoAgQQWgsRAQF/EKoBIgEgACUBJgEgAQsPACAAQZzgwQAgASACEGILHwEBbyAAKAIAJQEgASUBIAEQrgIgAiUBIAIQrgIQCQsPACAAQcCBwgAgASACEGILDwAgAEGsjcIAIAEgAhBiCw4AIAAoAgAlARAiQQBHCw4AIAAoAgAlARAjQQBHCw4AIAAoAgAlARAnQQBHCw4AIAAoAgAlARAoQQBHCw8AIABB7I7CACABIAIQYgsPACAAQayawgAgASACEGILDwBBkafCAEErIAAQ/QMACw8AQfi3wgBBMyAAEIYDAAsOACABQe+3wABBBRCIBAsOACABQbDGwABBERCIBAsOACABQdTGwABBChCIBAsHACAAEL0ECwwAIAAoAgAgARCeAQsMACAAKAIAIAEQogELCwAgAEEEQQQQkAILCwAgAEEEQRgQkAILDAAgACgCAEEAOgA/Cw4AIAFBlOXBAEEFEIgECwsAIABBAUEBEJACCwwAIAAoAgAgARCiBAsNAEHZjcIAQRsQwAQACwkAIAAgARAeAAsOAEH0jcIAQc8AEMAEAAsLACAAQQRBDBCQAgsMACAAIAEpAgA3AwALPgEBfyMAQRBrIgIkACACIAE2AgwgAiAANgIIIAJBCGoiACgCACAAKAIEQdC4wwAoAgAiAEHyACAAGxEAAAALDgAgAUG8m8IAQQUQiAQLDQAgAUGwt8MAQRgQWgsNACABQZC3wwBBIBBaCwoAIAIgACABEFoLDgAgAUG028EAQRUQiAQLDgAgAUHw2cEAQRAQiAQLDgAgAUHg28EAQREQiAQLDgAgAUHJ28EAQRcQiAQLDgAgAUHx28EAQRQQiAQLDgAgAUHUi8IAQQkQiAQLDgAgAUGFjMIAQQMQiAQLDgAgAUHm2sEAQSUQiAQLDgAgAUGCjMIAQQMQiAQLDgAgAUGIjMIAQQMQiAQLDgAgAUHRjcIAQQgQiAQLOAEBfyMAQRBrIgIkACACQQI2AgwgAiAANgIIIAEoAgAgASgCBEHcrcAAIAJBCGoQYiACQRBqJAALDgAgAUGA2sEAQRIQiAQLDgAgAUGm2sEAQRAQiAQLDgAgAUGS2sEAQRQQiAQLDgAgAUGL28EAQRQQiAQLDgAgAUG22sEAQQ8QiAQLDgAgAUHF2sEAQSEQiAQLDgAgAUHEjcIAQQkQiAQLDgAgAUGf28EAQRUQiAQLbQEEfyMAQRBrIgIkACACQQRqIgMgABC1AgJAIAIoAgQiAC0AxAENACAAKAIAQQdGDQAgACgCwAEiASAAKAKEAmsiBEEAIAEgBE8bIAAoAowBQQFqIgBBfyAAG0khAQsgAxCeAyACQRBqJAAgAQsOACABQc2NwgBBBBCIBAsXAgFvAX8gABAtIQEQqgEiAiABJgEgAgsMAEGovMMAQQE6AAALCQAgAEEANgIACwgAIAAlARAACwgAIAAlARABCwgAIAAlARAOC6QBAgF+A38jAEEQayIDJAAgA0EEaiIEIAAQtQICfiADKAIEIgJBKGohAAJAAkACQEEDIAIpAygiAadBAmsgAUIBWBtBAmsOAgECAAsgAikDEAwCCyACQTBqIQALQgAgACgCMCICRQ0AGiAAKAIsQTBqIQBCACEBA0AgACkDACABfCEBIABByABqIQAgAkEBayICDQALIAELIAQQoAMgA0EQaiQAugtiAgF+A38jAEEQayICJAAgAkEEaiIEIAAQtQIgAigCBCIAKALAASIDBH4gACgCvAEhAANAIAApAwAgAXwhASAAQQhqIQAgA0EBayIDDQALIAEFQgALIAQQngMgAkEQaiQAugsEAEEBCwMAAAtqAQJ/IwBBEGsiBCQAAkAgACABKAIIIgUgASgCAEkEfyAEQQhqIAEgBSADIAIQxAEgBCgCCCIFQYGAgIB4Rw0BIAEoAggFIAULNgIEIAAgASgCBDYCACAEQRBqJAAPCyAFIAQoAgwQ+gMAC2MBAn8CQAJAIAEEQCABQQhrIgQgBCgCAEEBaiIDNgIAIANFDQEgASgCACIDQf////8HTw0CIAAgBDYCCCAAIAE2AgQgACABIAJqNgIAIAEgA0EBajYCAA8LEL8ECwALEMEEAAtOAQF/IwBBEGsiBSQAAn8gACgCAEEBRgRAIAEgBCADEIgEDAELIAVBATYCDCAFIAA2AgggASgCACABKAIEIAIgBUEIahBiCyAFQRBqJAALRQEBfyMAQRBrIgMkACADQQhqIAAgACgCAEEBIAIgARDcASADKAIIIgBBgYCAgHhHBEAgACADKAIMEPoDAAsgA0EQaiQAC/IGAgh/AX4jAEEQayIJJAAjAEHwAGsiByQAIAcgATYCECAHIAA2AgwgByACNgIUIAcgAzYCGCAHIAQ2AhwgByAFNgIgIAcgB0HvAGoiADYCaCAHIAA2AmQgByAHQSBqNgJgIAcgB0EcajYCXCAHIAA2AlggByAANgJUIAcgB0EYajYCUCAHIAdBFGo2AkwgByAANgJIIAcgADYCRCAHIAdBEGo2AkAgByAHQQxqNgI8IAdBJGohAiMAQTBrIgEkACABQRhqIAdBPGoiACgCACgCACAAKAIEKAIAEP8CIAEoAhwhAyABKAIYIQogAUEQaiAAKAIQKAIAIAAoAhQoAgAQ/wIgASgCFCEEIAEoAhAhCwJAIAAoAiAoAgAiBQRAIAFBCGogBSAAKAIkKAIAEP8CIAFBJGogASgCCCABKAIMEPwDDAELIAFBgICAgHg2AiQLIwBB8ABrIgAkACAAQRxqIgwgCiADIAsgBCABQSRqIgUoAgRBACAFKAIAQYCAgIB4RxsgBSgCCCAGEDcgACAAKQIgNwMAIAAgAP0AAij9CwMIAkACQAJAIAAoAhwiCEGHgICAeEcEQCAAKQI4IQ8gACAAKQMANwIgIAAgAP0AAwj9CwIoIAAgDzcCOCAAIAg2AhwgAEKAgICAEDcCUCAAQQA2AlggAEH0ycAANgJgIABCoICAgAY3AmRBAyAIIAhBAE4bQQJ0IghBjNDAAGooAgAgCEHwz8AAaigCACAAIABB0ABqNgJcIAwgAEHcAGoQYw0CIAAgACgCWCIONgJIIAAgACkCUDcDQCAAKAJEIA4Q7QEhCCAAQUBrEL0EIAwQ9QIgAkGAgICAeDYCACACIAg2AgQMAQsgAiAAKQMQNwIQIAIgAP0AAwD9CwIACyAFEPcDIABB8ABqJAAMAQtBnMrAAEE3IABB7wBqQYzKwABB1MrAABDIAgALIAQEQCALIAQQxwILIAMEQCAKIAMQxwILIAFBMGokAAJ/IAcoAiRBgICAgHhGBEBBASEAIAcoAigMAQtBACEAIAdBADYCPCAHIAcpAiQ3AkAgByAH/QACLP0LAkggB0E8ahCDA0EIagshASAJIAA2AgggCSABQQAgABs2AgQgCUEAIAEgABs2AgAgB0HwAGokACAJKAIAIAkoAgQgCSgCCCAJQRBqJAALC9WzAy8AQYCAwAALwzjAwMDAAA1iZWdpbiA+IGVuZCAowAMgPiDAECkgd2hlbiBzbGljaW5nIGDAAWDAABFzdGFydCBieXRlIGluZGV4IMAWIGlzIG91dCBvZiBib3VuZHMgb2YgYMABYMAAD2VuZCBieXRlIGluZGV4IMAWIGlzIG91dCBvZiBib3VuZHMgb2YgYMABYMAAEXN0YXJ0IGJ5dGUgaW5kZXggwCYgaXMgbm90IGEgY2hhciBib3VuZGFyeTsgaXQgaXMgaW5zaWRlIMAIIChieXRlcyDABikgb2YgYMABYMAAD2VuZCBieXRlIGluZGV4IMAmIGlzIG5vdCBhIGNoYXIgYm91bmRhcnk7IGl0IGlzIGluc2lkZSDACCAoYnl0ZXMgwAYpIG9mIGDAAWDAABl1bnN1cHBvcnRlZDogdGhlIGVzY2FwZSBcwAATY29tcD1ibG9jayZibG9ja2lkPcAAwAcvdHdpcnAvwAEvwAAKR0VUIGJ5dGVzPcABLcAABmJ5dGVzPcABLcAAwAEtwAEtwAEtwAEtwAAadW5zdXBwb3J0ZWQ6IHRoZSBwcm9wZXJ0eSDAAMAwIG11c3QgYmUgYSB3aG9sZSBudW1iZXIgZnJvbSAwIHRvIDJeNTMgLSAxLCBnb3QgwAAWc2xpY2UgaW5kZXggc3RhcnRzIGF0IMANIGJ1dCBlbmRzIGF0IMAAIGluZGV4IG91dCBvZiBib3VuZHM6IHRoZSBsZW4gaXMgwBIgYnV0IHRoZSBpbmRleCBpcyDAAAdCZWFyZXIgwAAGYmxvY2sgwBsgYW5ub3VuY2VkLCBleHBlY3RlZCBibG9jayDAAApQdXQgQmxvY2sgwAAScmFuZ2Ugc3RhcnQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggwAAQcmFuZ2UgZW5kIGluZGV4IMAiIG91dCBvZiByYW5nZSBmb3Igc2xpY2Ugb2YgbGVuZ3RoIMAAB3N0cmluZyDAAMALOiByZWNlaXZlZCDAFiBieXRlcyBmb3IgYSByYW5nZSBvZiDAAAZibG9jayDABCBpcyDAISBieXRlcywgbW9yZSB0aGFuIHRoZSBibG9jayBzaXplIMAAEXVua25vd24gdmFyaWFudCBgwAxgLCBleHBlY3RlZCDAAA9pbnZhbGlkIGxlbmd0aCDACywgZXhwZWN0ZWQgwAAPaW52YWxpZCB2YWx1ZTogwAssIGV4cGVjdGVkIMAADmludmFsaWQgdHlwZTogwAssIGV4cGVjdGVkIMAAwA0gd2FzIHJlZnVzZWQgwAAnY2Fubm90IGNvbnZlcnQgYSByZXN1bHQgdG8gSmF2YVNjcmlwdDogwAAlY2Fubm90IGNvbnZlcnQgYSBzdGVwIHRvIEphdmFTY3JpcHQ6IMAAIkNhY2hlIHN0b3JhZ2UgcXVvdGEgaGFzIGJlZW4gaGl0OiDAABBhc3NlcnRpb24gYGxlZnQgwBcgcmlnaHRgIGZhaWxlZAogIGxlZnQ6IMAJCiByaWdodDogwAAQYXNzZXJ0aW9uIGBsZWZ0IMAQIHJpZ2h0YCBmYWlsZWQ6IMAJCiAgbGVmdDogwAkKIHJpZ2h0OiDAAAEowCopIHRoZSByZXNwb25zZSBib2R5IGlzIG5vdCBhIEpTT04gb2JqZWN0OiDAAApGYWlsZWQgdG8gwA86IGZhaWxlZCBhZnRlciDACyBhdHRlbXB0czogwADADiBmYWlsZWQgYWZ0ZXIgwAsgYXR0ZW1wdHM6IMAASGNhbm5vdCBhY2Nlc3MgYSBUaHJlYWQgTG9jYWwgU3RvcmFnZSB2YWx1ZSBkdXJpbmcgb3IgYWZ0ZXIgZGVzdHJ1Y3Rpb246IMAAC2JhZCBibG9jazogwAAaRmFpbGVkIHRvIHNlcmlhbGl6ZSB0eXBlIGDAEGAgaW50byBKc1ZhbHVlOiDAAMAJIGZhaWxlZDogwAAkRmFpbGVkIHRvIEZpbmFsaXplQ2FjaGVFbnRyeVVwbG9hZDogwAApRmFpbGVkIHRvIGRlc2VyaWFsaXplIEpzVmFsdWUgaW50byB0eXBlIGDAA2A6IMAAJEZhaWxlZCB0byBHZXRDYWNoZUVudHJ5RG93bmxvYWRVUkw6IMAACkZhaWxlZCB0byDAAjogwADADiBmYWlsZWQgYWZ0ZXIgwB0gYXR0ZW1wdHM6IHRoZSBib2R5IHdhcyBlbXB0eQDAJSBpcyBlbXB0eTogZ2l2ZSBhIG5vbi1lbXB0eSBjYWNoZSBrZXkAwAs6IHJlY2VpdmVkIMAMIGJ5dGVzIG9mIGEgwAotYnl0ZSBib2R5AMAEIGlzIMAmIGNoYXJhY3RlcnMgbG9uZzsga2V5cyBjYW4gYmUgYXQgbW9zdCDAMDogc2hvcnRlbiBpdCwgZm9yIGV4YW1wbGUgYnkgaGFzaGluZyBhIGxvbmcgcGFydAAYYSBjYWNoZSBlbnRyeSB3aXRoIGtleSAnwEAnIGFuZCB0aGlzIHZlcnNpb24gYWxyZWFkeSBleGlzdHMsIG9yIGFub3RoZXIgam9iIGlzIGNyZWF0aW5nIGl0AAtubyByZXF1ZXN0IMANIGlzIGluIGZsaWdodADANSBrZXlzIGdpdmVuICh0aGUga2V5IHBsdXMgaXRzIHJlc3RvcmUga2V5cyk7IGF0IG1vc3QgwCQgYXJlIGFsbG93ZWQ6IGRyb3Agc29tZSByZXN0b3JlIGtleXMAEXVua25vd24gdmFyaWFudCBgwBhgLCB0aGVyZSBhcmUgbm8gdmFyaWFudHMAEWludmFsaWQgcGF0dGVybiAnwBAnOiBpdHMgc2VnbWVudCAnwBQnIGRvZXMgbm90IGNvbXBpbGUgKMBIKTsgdGhlIHJ1bm5lciBmYWlscyBvbiBpdCB0b286IGVzY2FwZSBkaWZmZXJlbnRseSBvciB1c2UgYSBzaW1wbGVyIGNsYXNzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL2NvbGxlY3Rpb25zL2J0cmVlL21hcC9lbnRyeS5ycwBjcmF0ZXMvY29yZS9zcmMvcHJvdG9jb2wvcmV0cnkucnMAY3JhdGVzL2NvcmUvc3JjL2dsb2IvcmVnZXgucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9udW0vZmx0MmRlYy9zdHJhdGVneS9ncmlzdS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9mbXQucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9udW0vZGl5X2Zsb2F0LnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvc3RkL3NyYy9zeXMvdGhyZWFkX2xvY2FsL25vX3RocmVhZHMucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvc3RyLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc2xpY2UvbWVtY2hyLnJzAC9jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2Yvc2VyZGVfanNvbi0xLjAuMTU0L3NyYy9zZXIucnMAY3JhdGVzL2NvcmUvc3JjL3Byb3RvY29sL3R3aXJwLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc3RyL3BhdHRlcm4ucnMAY3JhdGVzL2NvcmUvc3JjL2dsb2IvcGF0dGVybi5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL251bS9mbHQyZGVjL3N0cmF0ZWd5L2RyYWdvbi5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL251bS9iaWdudW0ucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9zdGQvc3JjL3RocmVhZC9sb2NhbC5ycwAvY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0wLjMuMTA2L3NyYy9mdXR1cmVzL2pzcGkucnMAY3JhdGVzL2NvcmUvc3JjL2dsb2IvcGF0aC5ycwBjcmF0ZXMvY29yZS9zcmMvZ2xvYi9taW5pbWF0Y2gucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvc3RyaW5nLnJzAGNyYXRlcy9jb3JlL3NyYy9wcm90b2NvbC9zYXZlLnJzAC9jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2Yvc2VyZGVfY29yZS0xLjAuMjI5L3NyYy9kZS92YWx1ZS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9jb2xsZWN0aW9ucy9idHJlZS9uYXZpZ2F0ZS5ycwBjcmF0ZXMvY29yZS9zcmMvcHJvdG9jb2wvcmVzdG9yZS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3VuaWNvZGUvcHJpbnRhYmxlLnJzAC9jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvZGlnZXN0LTAuMTEuMy9zcmMvYmxvY2tfYXBpL2N0X3ZhcmlhYmxlLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL2NvbGxlY3Rpb25zL2J0cmVlL25vZGUucnMAY3JhdGVzL2NvcmUvc3JjL2dsb2IvdW5pY29kZS5ycwAvY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL3NlcmRlLTEuMC4yMjkvc3JjL3ByaXZhdGUvZGUucnMAL3J1c3QvZGVwcy9oYXNoYnJvd24tMC4xNi4xL3NyYy9yYXcvbW9kLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvZm10L21vZC5ycwBjcmF0ZXMvY29yZS9zcmMvcHJvdG9jb2wvbW9kLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL2NvbGxlY3Rpb25zL3ZlY19kZXF1ZS9tb2QucnMAL2NhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9zZXJkZV9jb3JlLTEuMC4yMjkvc3JjL2RlL21vZC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9yYXdfdmVjL21vZC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL251bS9mbHQyZGVjL21vZC5ycwBjcmF0ZXMvY29yZS9zcmMvZ2xvYi9tb2QucnMAL2NhcmdvL3JlZ2lzdHJ5L3NyYy9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9zZXJkZV9qc29uLTEuMC4xNTQvc3JjL3JlYWQucnMAL3J1c3QvZGVwcy9kbG1hbGxvYy0wLjIuMTEvc3JjL2RsbWFsbG9jLnJzAGNyYXRlcy9jb3JlL3NyYy9wcm90b2NvbC9ibG9iLnJzAC9jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvanMtc3lzLTAuMy4xMDYvc3JjL2xpYi5ycwAvY2FyZ28vcmVnaXN0cnkvc3JjL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL3NlcmRlLXdhc20tYmluZGdlbi0wLjYuNS9zcmMvbGliLnJzAC9jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvYmxvY2stYnVmZmVyLTAuMTIuMS9zcmMvbGliLnJzAC9jYXJnby9yZWdpc3RyeS9zcmMvaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2Yvc2hhMi0wLjExLjEvc3JjL3NoYTI1Ni93YXNtMzJfc2ltZDEyOC5ycwAJcmVjZWl2ZWQgwBggYnl0ZXMgb2YgYW4gYXJjaGl2ZSBvZiDABiBieXRlcwAGYmxvY2sgwAQgaXMgwCkgYnl0ZXM7IGV2ZXJ5IGJsb2NrIGJ1dCB0aGUgbGFzdCBtdXN0IGJlIMAGIGJ5dGVzAMAfIGNvbnRhaW5zIGEgY29tbWEgYXQgY2hhcmFjdGVyIMAzOyBrZXlzIGNhbm5vdCBjb250YWluIGNvbW1hczogdXNlIGFub3RoZXIgc2VwYXJhdG9yAMAsIGNhbid0IGJlIHJlcHJlc2VudGVkIGFzIGEgSmF2YVNjcmlwdCBudW1iZXIAEFJhdGUgbGltaXRlZCBvbiDAwBQgKEhUVFAgNDI5KS4gV2FpdGVkIMALIG1zIG9mIHRoZSDAFSBtcyByYXRlLWxpbWl0IGJ1ZGdldMALOyBnaXZpbmcgdXAAwBAgZWxlbWVudHMgaW4gbWFwABR0aGUgaG9tZSBkaXJlY3RvcnkgJ8AZJyBpcyBub3QgYW4gYWJzb2x1dGUgcGF0aAAPdGhlIHdvcmtzcGFjZSAnwBknIGlzIG5vdCBhbiBhYnNvbHV0ZSBwYXRoABx0aGUgYXJjaGl2ZSBuZWVkcyBtb3JlIHRoYW4gwAsgYmxvY2tzIG9mIMA2IGJ5dGVzLCB0aGUgYmxvYiBzdG9yZSdzIGxpbWl0OiByYWlzZSBwb2xpY3kuYmxvY2tTaXplAAxhIHR5cGUgdGFnIGDAFGAgb3IgYW55IG90aGVyIHZhbHVlABw7IHRoZSBzZXJ2aWNlIGFza2VkIHRvIHdhaXQgwAggbXMgbW9yZQAJcGF0dGVybiAnwDonIHN0YXJ0cyB3aXRoICd+JyBidXQgbm8gaG9tZSBkaXJlY3RvcnkgaXMga25vd246IHBhc3Mgb25lAC90aGUgc2lnbmVkIGRvd25sb2FkIFVSTCBleHBpcmVkIGFuZCB0aGUgZW50cnkgJ8AYJyBpcyBubyBsb25nZXIgYXZhaWxhYmxlAMAdOiBhIDIwNiB3aXRob3V0IENvbnRlbnQtUmFuZ2UAwBUgZWxlbWVudHMgaW4gc2VxdWVuY2UABmJsb2NrIMAxIGlzIGVtcHR5OyBvbmx5IGJsb2NrIDAgKGFuIGVtcHR5IGFyY2hpdmUpIG1heSBiZQAJcGF0dGVybiAnwAjigKYnIGlzIMA5IGNoYXJhY3RlcnMgbG9uZyBvbmNlIGFic29sdXRlOyBhdCBtb3N0IDY1NTM2IGFyZSBhbGxvd2VkAMAqIGFnYWluIGFmdGVyIGEgZnJlc2ggc2lnbmVkIFVSTCB3YXMgaXNzdWVkABdBQ1RJT05TX0NBQ0hFX01PREUgaXMgJ8ADJzogwBsgaXMgbm90IGFsbG93ZWQgaW4gdGhpcyBqb2IAEGZsb2F0aW5nIHBvaW50IGDAAWAAAWDABmAgb3IgYMABYAALY2hhcmFjdGVyIGDAAWAACWludGVnZXIgYMABYAAJYm9vbGVhbiBgwAFgAA9taXNzaW5nIGZpZWxkIGDAAWAAEWR1cGxpY2F0ZSBmaWVsZCBgwAFgAAFgwAFgAA1yZXN0b3JlLWtleXNbwAFdAAhlbnRyaWVzW8ABXQAiVW5hYmxlIHRvIGZpbmFsaXplIGNhY2hlIHdpdGgga2V5IMArLCBhbm90aGVyIGpvYiBtYXkgYmUgZmluYWxpemluZyB0aGlzIGNhY2hlLgBMdGhlIHNpZ25lZCBkb3dubG9hZCBVUkwgZXhwaXJlZCBhbmQgdGhlIHNlcnZpY2Ugbm93IG1hdGNoZXMgYW5vdGhlciBlbnRyeSAoJ8AOJyBpbnN0ZWFkIG9mICfAAicpAAhKc1ZhbHVlKMABKQAGYmxvY2sgwCEgYW5ub3VuY2VkIGFmdGVyIHRoZSBsYXN0IGJsb2NrICjAASkAJmNvcHlfZnJvbV9zbGljZTogc291cmNlIHNsaWNlIGxlbmd0aCAowCspIGRvZXMgbm90IG1hdGNoIGRlc3RpbmF0aW9uIHNsaWNlIGxlbmd0aCAowAEpAAEowAEpAMALIChvcyBlcnJvciDAASkAwDA6IHRoZSBibG9iIHN0b3JlIGlnbm9yZWQgdGhlIFJhbmdlIGhlYWRlciAoSFRUUCDAASkABkVycm9yKMAILCBsaW5lOiDACiwgY29sdW1uOiDAASkAASjAASDAASkACXBhdHRlcm4gJ8A+JyBpcyBlbXB0eSBvbmNlIGl0cyAnIScgYXJlIHJlbW92ZWQ6IGdpdmUgYSBwYXRoIGFmdGVyIHRoZSAnIScAwBI6IHRoZSBhcmNoaXZlIHdhcyDADSBieXRlcywgbm93ICfAAScAwBc6IHRoZSBibG9iIHN0b3JlIHNlbnQgJ8ABJwDAGjogdW51c2FibGUgQ29udGVudC1SYW5nZSAnwAEnAEVycm9y3gsQAE8AAADNAQAANwAAAGF0dGVtcHRlZCB0byB0YWtlIG93bmVyc2hpcCBvZiBSdXN0IHZhbHVlIHdoaWxlIGl0IHdhcyBib3Jyb3dlZABBzLjAAAsFAQAAAAkAQdy4wAALBQEAAAAKAEHsuMAACwUBAAAACwBB/LjAAAsFAQAAAAwAQYy5wAAL8QwBAAAADQAAAAAAAAAQAAAABAAAAA4AAACDDxAAXwAAAHEAAAAkAAAAcGF0aHNjb21wcmVzc2lvbk1ldGhvZGVuYWJsZUNyb3NzT3NBcmNoaXZlcGxhdGZvcm0AALQcEAAFAAAAuRwQABEAAADKHBAAFAAAAN4cEAAIAAAAVmVyc2lvbkV4cGxhaW5lZHZlcnNpb25jb21wb25lbnRza2V5X2VtcHR5a2V5X3Rvb19sb25na2V5X2NvbW1hdG9vX21hbnlfa2V5c25vX3BhdGhzcGF0dGVybl9lbXB0eXBhdHRlcm5fcmVsYXRpdmVwYXR0ZXJuX3Rvb19sb25ncGF0dGVybl9pbnZhbGlkaG9tZV91bmtub3duaG9tZV9ub3RfYWJzb2x1dGV3b3Jrc3BhY2Vfbm90X2Fic29sdXRlAKUSEAAbAAAAZwEAACoAAABNYXRjaGVyRXhwbGFpbmVkcGF0dGVybnNzZWFyY2hSb290c1BhdHRlcm5FeHBsYWluZWRsaW5lcmVzb2x2ZWRuZWdhdGVkaXJlY3Rvcmllc09ubHlpbXBsaWNpdHNlYXJjaFBhdGhFbnRyeU1ldGFrZXljcmVhdGVkQXQASx4QAAMAAAAYHRAABwAAAE4eEAAJAAAAQm9keXR5cGVlbXB0eXRleHRibG9ja2luZGV4bGVuU2lua2Rpc2NhcmRhcmNoaXZlb2Zmc2V0UHVycG9zZWNyZWF0ZUNhY2hlRW50cnlmaW5hbGl6ZUNhY2hlRW50cnlVcGxvYWRnZXRDYWNoZUVudHJ5RG93bmxvYWRVcmxwdXRCbG9icHV0QmxvY2twdXRCbG9ja0xpc3RnZXRSYW5nZVJlcXVlc3RpZG1ldGhvZHVybGhlYWRlcnNib2R5c2lua3B1cnBvc2VpZGxlVGltZW91dE1zc3RhdHVzAEUfEAAGAAAAIh8QAAcAAAApHxAABAAAAEZhaWx1cmVDb2RldXNhZ2VfZXhjZWVkZWRmaW5hbGl6ZV9mYWlsZWRzZXJ2aWNlX2Vycm9ybmV0d29ya19lcnJvcnByb3RvY29sX2Vycm9ydXBsb2FkX2ZhaWxlZGRvd25sb2FkX2ZhaWxlZHVybF9leHBpcmVkc2l6ZV9taXNtYXRjaGludGVybmFsbHkgdGFnZ2VkIGVudW0gUmVzcG9uc2VCb2R5U3RlcHNlbmRyZXF1ZXN0cmVsZWFzZXdhaXRVbnRpbGF0cGVuZGluZ2RvbmVvdXRjb21lcmVzdWx0c1VybHJ1bnRpbWVUb2tlbmNhY2hlTW9kZXVzZXJBZ2VudAAAPiAQAAoAAABIIBAADAAAAFQgEAAJAAAAXSAQAAkAAABtYXhBdHRlbXB0c2Jhc2VCYWNrb2ZmTXNyYXRlTGltaXRCdWRnZXRNc2Jsb2NrU2l6ZWNvbmN1cnJlbmN5c2luZ2xlUHV0TWF4AAAAiCAQAAsAAACTIBAADQAAAKAgEAARAAAAOB8QAA0AAACxIBAACQAAALogEAALAAAAxSAQAAwAAABraW5kbWVzc2FnZXJlY2VpdmVkAAwhEAAEAAAAECEQAAcAAAAXIRAACAAAAEUfEAAGAAAAbmV0d29ya3N0YWxsZWQAAEAhEAAHAAAARyEQAAcAAABzZXJ2aWNlcG9saWN5AAAAYCEQAAcAAABLHhAAAwAAABgdEAAHAAAAZyEQAAYAAABTYXZlT3V0Y29tZXNhdmVkc2l6ZWVudHJ5SWRhbHJlYWR5RXhpc3Rzd3JpdGVEZW5pZWRyYXRlTGltaXRlZHJldHJ5QWZ0ZXJNc3NraXBwZWRyZWFzb25mYWlsZWRjb2RldW5rbm93bl9yZXF1ZXN0YmFkX2Jsb2NrZmluaXNoZWRyZXN0b3JlS2V5c2xvb2t1cE9ubHkAAGAhEAAHAAAASx4QAAMAAAARIhAACwAAABgdEAAHAAAAZyEQAAYAAAAcIhAACgAAAFJlc3RvcmVPdXRjb21laGl0bWF0Y2hlZEtleWV4YWN0ZG93bmxvYWRlZG1pc3N2ZXJzaW9uIGlucHV0c2ludmFsaWRfYXJndW1lbnRpbnRlcm5hbENhY2hldEVycm9ycmVzcG9uc2V0cmFuc3BvcnQgZXJyb3JzZWVkc2F2ZSBwYXJhbXNyZXN0b3JlIHBhcmFtc25vdwAACRQQAFMAAACOAQAAHwBBiMbAAAsFAQAAAA8AQZjGwAALBQEAAAAQAEGoxsAACxkBAAAAEQAAAGEgdHVwbGUgb2Ygc2l6ZSAyAEHMxsAAC5UBAQAAABIAAABhIHNlcXVlbmNlc3RydWN0IHZhcmlhbnQgUmVzcG9uc2VCb2R5OjpSZWNlaXZlZCB3aXRoIDEgZWxlbWVudAAAXiMQADQAAAAAAAAACAAAAAQAAAATAAAAc3RydWN0IHZhcmlhbnQgUmVzcG9uc2VCb2R5OjpUZXh0IHdpdGggMSBlbGVtZW50rCMQADAAQezHwAALBQEAAAAUAEH8x8AACwUBAAAAFQBBjMjAAAsFAQAAABYAQZzIwAALBQEAAAAXAEGsyMAACwUBAAAAGABBvMjAAAsFAQAAABcAQczIwAALBQEAAAAZAEHcyMAACwUBAAAAGgBB7MjAAAsFAQAAABsAQfzIwAALFQEAAAAcAAAAAAAAAAgAAAAEAAAAHQBBnMnAAAsFAQAAAB4AQazJwAALBQEAAAAfAEG8ycAACwUBAAAAIABBzMnAAAsFAQAAACEAQdzJwAALLQEAAAAiAAAAfR4QAAQAAAAXIRAACAAAACMAAAAMAAAABAAAACQAAAAlAAAAJgBBlMrAAAvlCAEAAAAnAAAAYSBEaXNwbGF5IGltcGxlbWVudGF0aW9uIHJldHVybmVkIGFuIGVycm9yIHVuZXhwZWN0ZWRseQDkDRAASwAAAGQLAAAOAAAAY2FjaGV0X2NvcmU6Omdsb2I6Ok1hdGNoZXJFeHBsYWluZWRjYWNoZXRfY29yZTo6cHJvdG9jb2w6OlJlc3BvbnNlY2FjaGV0X2NvcmU6OnByb3RvY29sOjpzYXZlOjpTYXZlUGFyYW1zY2FjaGV0X2NvcmU6OmtleTo6VmVyc2lvbklucHV0c2NhY2hldF9jb3JlOjpwcm90b2NvbDo6VHJhbnNwb3J0RXJyb3JjYWNoZXRfY29yZTo6c3RvcmU6OkVudHJ5TWV0YWNhY2hldF9jb3JlOjprZXk6OlZlcnNpb25FeHBsYWluZWRjYWNoZXRfY29yZTo6cHJvdG9jb2w6OnJlc3RvcmU6OlJlc3RvcmVQYXJhbXMAAABn5glqha5nu3Lzbjw69U+lf1IOUYxoBZur2YMfGc3gW0sREABeAAAAhgYAACQAAAAAAAAABAAAAAQAAAAoAAAAAAAAAAQAAAAEAAAAKQAAAENvdWxkbid0IGRlc2VyaWFsaXplIGk2NCBvciB1NjQgZnJvbSBhIEJpZ0ludCBvdXRzaWRlIGk2NDo6TUlOLi51NjQ6Ok1BWCBib3VuZHNDb3VsZG4ndCBkZXNlcmlhbGl6ZSB1NjQgZnJvbSBhIEJpZ0ludCBvdXRzaWRlIHU2NDo6TUlOLi51NjQ6Ok1BWCBib3VuZHMxZycQAAEAAABjYWxsZWQgYE9wdGlvbjo6dW53cmFwX3Rocm93KClgIG9uIGEgYE5vbmVgIHZhbHVlTWFwQWNjZXNzOjpuZXh0X3ZhbHVlIGNhbGxlZCBiZWZvcmUgbmV4dF9rZXkAAABRDhAAVwAAAGcFAAAbAAAAXxAQAFQAAAC0BgAAHwAAAA0AAAAQAAAAEAAAAA8AAAAMAAAAEQAAABYAAABcHRAAaR0QAHkdEACJHRAAmB0QAKQdEAC1HRAACQAAAAwAAAAJAAAADQAAAAgAAAApHRAAMh0QAD4dEABHHRAAVB0QAAQAAAAIAAAACAAAAA8AAAAJAAAACAAAAPEhEAAAIhAACSIQAN4LEABPAAAAzQEAADcAAADeCxAATwAAAGkEAAAkAAAAdGhlcmUgc2hvdWxkIGJlIGFuIGVycm9yaQsQAFIAAADDAQAANAAAAH0iW3ssOl0Agw8QAF8AAABxAAAAJAAAAGtleXdpbmRvd3Mtb25seTEuMHwwMTIzNDU2Nzg5YWJjZGVma2V5X2VtcHR5a2V5X3Rvb19sb25na2V5X2NvbW1hdG9vX21hbnlfa2V5c25vX3BhdGhzAAClDRAAHAAAAO8AAAAQAAAApQ0QABwAAADmAAAAGAAAAFxcWz9dWypdpQ0QABwAAACbAAAAHgAAAFtbXS4vLy8ApQ0QABwAAABeAAAAHABBhNPAAAvTAwEAAAAzAAAANAAAAHVubWF0Y2hlZCAnKSdub3RoaW5nIHRvIHJlcGVhdHVuc3VwcG9ydGVkOiBhIHJlcGVhdGVkIGdyb3VwdW5zdXBwb3J0ZWQ6IGEge24sbX0gcXVhbnRpZmllcnVudGVybWluYXRlZCBncm91cHVuc3VwcG9ydGVkOiBhIGxvb2stYXJvdW5kIG9yIG5hbWVkIGdyb3VwbG9uZSBxdWFudGlmaWVyIGJyYWNrZXRzdW50ZXJtaW5hdGVkIGNoYXJhY3RlciBjbGFzc3JhbmdlIG91dCBvZiBvcmRlciBpbiBjaGFyYWN0ZXIgY2xhc3NpbnZhbGlkIGNoYXJhY3RlciBjbGFzc1wgYXQgZW5kIG9mIHBhdHRlcm5pbnZhbGlkIGVzY2FwZWludmFsaWQgcHJvcGVydHkgbmFtZQBYCRAAHQAAAPUAAAAqAAAATE5sTmRac0NjWkNMbFBMdVBjAADcKhAAAQAAAN0qEAACAAAA3yoQAAIAAADhKhAAAgAAAOMqEAACAAAA5SoQAAEAAADmKhAAAQAAAOcqEAACAAAA6SoQAAEAAADqKhAAAgAAAOwqEAACAAAAXiRcLiorPygpW117fXwvAEHg1sAAC4ODAQEAAAAzAAAANAAAAAAAAAAUAAAABAAAADUAAAA2AAAALi9+Ly4MEAAfAAAAuQAAACUAAAAuDBAAHwAAAK4AAAAqAAAALgwQAB8AAACAAAAAHQAAAD8QEAAfAAAAyQEAAAUAAABQAAAAKAABAAAJAQAAIAEAACkBAABYAQAAYQEABIABAADRAQAA4AEAAPkBAAEKAgAA2QIAAPACAAD9AgAAAAMAgQgDAADZAwAA4AMAAOkDAADwAwBQ+AMAKAAFAAAJBQAAEAUAADkFAABABQABUAUAAFkFAABgBQBAaAUAAHAFAIGoBQAAsQUAAMAFAAHQBQAA2QUAAOAFAAD5BQABAgYAALgGAAHCBgCB+AYAALgHAIHABwABAggAgQgIAAESCACBGAgAASIIAIEoCAABMggAgTgIAAFCCACBSAgAAVIIAIFYCAABYggAgWgIAAFyCACBeAgAAYIIAIGICAABkggAgZgIAAGiCACBqAgAAbIIAIG4CAABwggAgcgIAAHSCACB2AgAAeIIAIHoCAAB8ggAgfgIAAECCQCBCAkAARIJAIEYCQABIgkAgSgJAAEyCQCBOAkAAUIJAIFICQABUgkAgVgJAAFiCQCBaAkAAXIJAIF4CQABggkAgYgJAAGSCQCBmAkAAaIJAIGoCQABsgkAgbgJAAHKCQCB0AkAAdoJAIHgCQAB6gkAgfAJAAH6CQCBAAoAAQoKAIEQCgABGgoAgSAKAAEqCgCBMAoAAToKAIFACgABUgoAgVgKAAFiCgCBaAoAAXIKAIF4CgABggoAgYgKAAGSCgCBmAoAAaIKAIGoCgABsgoAgbgKAAHCCgCByAoAAdIKAIHYCgAB4goAgegKAAHyCgCB+AoAAQILAIEICwABEgsAgRgLAAEiCwCBKAsAATILAIE4CwABQgsAgUgLAAFSCwCBWAsAAWILAIFoCwABcgsAgXgLAAGCCwCBiAsAAZILAIGYCwABogsAgagLAAGyCwCBuAsAAcILAIHQCwAB2gsAgeALAAHqCwCB8AsAAQoMAIEYDAABIgwAgSgMAAEyDACBQAwAAUoMAIFgDAABcgwAgZAMAAGaDACBqAwAAbIMAIHIDAAB4gwAgfAMAAH6DACBCA0AARINAIEYDQABIg0AgSgNAAEyDQCBQA0AAUoNAIFQDQABYg0AgWgNAAFyDQCBgA0AAYoNAIGgDQABqg0AgbANAAG6DQCByA0AAdgNAAHiDQCB6A0AAQAOAAEiDgABKA4AgTAOAAE6DgABQA4AgUgOAAFSDgABWA4AgWAOAAFqDgCBcA4AAXoOAIGADgABig4AgZAOAAGaDgCBoA4AAaoOAIGwDgABug4AgcAOAAHKDgCB0A4AAdoOAIHgDgAB8g4AgfgOAAECDwCBCA8AARIPAIEYDwABIg8AgSgPAAEyDwCBOA8AAUIPAIFIDwABUg8AgVgPAAFiDwCBaA8AAXIPAIF4DwABig8AAZAPAIGYDwABog8AgagPAAGyDwCByA8AAdIPAIHYDwAB4g8AgegPAAHyDwCB+A8AAQIQAIEIEAABEhAAgRgQAAEiEACBKBAAATIQAIE4EAABQhAAgUgQAAFSEACBWBAAAWIQAIFoEAABchAAgXgQAAGCEACBiBAAAZIQAIGYEAABohAAgagQAAGyEACBuBAAAcIQAIHIEAAB0hAAgdgQAAHiEACB6BAAAfIQAIH4EAABAhEAgQgRAAESEQCBGBEAASIRAIEoEQABMhEAgTgRAAFCEQCBSBEAAVIRAIFYEQABYhEAgWgRAAFyEQCBeBEAAYIRAIGIEQABkhEAgZgRAAHSEQCB4BEAAeoRAIH4EQABChIAgRASAAEaEgCBOBIAAUISAIFIEgABUhIAgVgSAAFiEgCBaBIAAXISAIF4EgABoBQAgbAUAAGAFQAAEBYAATAWAACQFgABABcAACgXAAFgFwAAaBcAAXAXAAB4FwABghsAgYgbAAGSGwCBmBsAAaAbAACoGwABshsAgbgbAEDAGwAB0BsAgdgbAADxGwAB+hsAQAAcAAAgHAABMhwAADkcAAFCHABAWBwAAWIcAEBoHAABchwAgYAcAAGKHABAEB0AARodAIFgHQABeh4AgYAeAAGSHgCBqB4AAcIeAIHIHgAB0h4AgdgeAAHiHgCB6B4AAfIeAIH4HgABAh8AgQgfAAESHwCBGB8AASIfAIEoHwABMh8AgTgfAAFCHwCBSB8AAVIfAIFYHwABYh8AgWgfAAFyHwCBeB8AAaIfAIGoHwAAsB8AAbofAIHAHwAByh8AgdgfAAHqHwCBgCEAAQIjAIEIIwABEiMAgRgjAAEiIwCBKCMAATIjAIE4IwABQiMAgUgjAAFSIwCBWCMAAWIjAIFoIwABciMAgXgjAAGCIwCBiCMAAZIjAIGYIwABoiMAgagjAAGyIwCBuCMAAcIjAIHIIwAB0iMAgdgjAAHiIwCB6CMAAfIjAIH4IwABAiQAgQgkAAAQJAABUiQAgVgkAAFiJACBaCQAAXIkAIF4JAABgiQAgYgkAAGSJACBmCQAAaIkAIGoJAABsiQAgbgkAAHCJACByCQAAdIkAIHYJAAB4iQAgegkAAHyJACB+CQAAQIlAIEIJQABEiUAgRglAAEiJQCBKCUAATIlAIE4JQABQiUAgUglAAFSJQCBWCUAAWIlAIFoJQABciUAgXglAAGCJQCBiCUAAZIlAIGYJQABoiUAgaglAAGyJQCBuCUAAcIlAIHIJQAB0iUAgdglAAHiJQCB6CUAAfIlAIH4JQABAiYAgRAmAAEaJgCBICYAASomAIEwJgABOiYAgUAmAAFKJgCBUCYAAVomAIFgJgABaiYAgXAmAAGCJgCBiCYAAZImAIGYJgABoiYAgagmAAGyJgCBuCYAAcImAIHIJgAB0iYAgdgmAAHiJgCB6CYAAfImAIH4JgABAicAgQgnAAESJwCBGCcAASInAIEoJwABMicAgTgnAAFCJwCBSCcAAVInAIFYJwABYicAgWgnAAFyJwCBeCcAAYInAIGIJwABkicAgZgnAAGiJwCBqCcAAbInAIG4JwABwicAgcgnAAHSJwCB2CcAAeInAIHoJwAB8icAgfgnAAECKACBCCgAARIoAIEYKAABIigAgSgoAAEyKACBOCgAAUIoAIFIKAABUigAgVgoAAFiKACBaCgAAXIoAIF4KAABgigAgYgoAAGSKACBmCgAAaIoAIGoKAABsigAgbgoAAHCKACByCgAAdIoAIHYKAAB4igAgegoAAHyKACB+CgAAQIpAIEIKQABEikAgRgpAAEiKQCBKCkAATIpAIE4KQABQikAgUgpAAFSKQCBWCkAAWIpAIFoKQABcikAgXgpAECAKQABiikAQLgqAAHIKgAA0SoAgQArAABJLABAWCwAAGgsAECALAAAiCwAAPEtAAD4LQAAAS4AAAguAAAZLgAAIC4AADEuAAA4LgBAQC4AAYAuAEBYLwABeC8AAJkvAECoLwAAMDAAAEkwAABYMAAAYTAAAHAwAADZMABA4DAAAOkwAAEAMQAAWDIABAAzAABRMwABcDMAAIAzAAGIMwAAoTYAAag2AACwNgBA6DYAAPA2AAEoNwAAODcAAXA3AASANwAB0DcAAOg3AAH4NwAAATgAQHA4AAGAOAAAiDgAAZA4AACAOQBAWDoAAWg6AAAwPQABiD0AQJA9AAQAPgABUD4AAFg/AAGgPwAAsD8AALk/AAHQPwBA2D8AAOg/AAEAQAAAsEAAAdBAAADYQAABIEEAAChBAAFAQQAASEEAQHBBAACBQQBA+EEAAQBCAADIQgBA4EIAAPFCAED4QgABAEMAQFhDAAGAQwAAQEQAAUhEAECARAAAuEQAAQBFAABQRgBAEEcAABhHAAEgSAAA0EkAAehJAADwSQABgEoAAIhKAAHASgAAEEsAACFLAAQwSwAAgUsAAYhLAAAITABAIEwAAShMAEBoTAABeEwAQIhMAAGYTABASE0AAVBNAECITQABkE0AQJhNAAGwTQBA0E0AAOBNAAHoTQAA8E0AQChOAAA4TgBASE4AAFhOAAFwTgBAeE4AALhOAEDATgAB4E4AQPBOAAH4TgAAEE8AQCBPAAQwTwABgE8AAJBPAAHgTwAA6U8AAPBPAED4TwAACFAAQCBQAAEoUABAWFAAAXhQAECIUAABmFAAQEhRAAFQUQBAiFEAAZBRAECgUQABqFEAQLhRAAHAUQBA0FEAAOBRAEDoUQAA8FEAQBhSAAA4UgBASFIAAFhSAEBwUgAAiFIAQJBSAAHIUgBA6FIAAfBSAED4UgAEMFMAAIBTAAGQUwAAqFMAALFTAEC4UwAACFQAQCBUAAEoVABAcFQAAXhUAECQVAABmFQAQEhVAAFQVQBAiFUAAZBVAECgVQABqFUAQNBVAADgVQAB6FUAAPBVAEAwVgAAOFYAQFBWAABYVgBAcFYAAYBWAECIVgABAFcAABBXAEAgVwAEMFcAAIFXAACIVwBAkFcAAchXAADQVwBAAFgAAAhYAEAgWAABKFgAQGhYAAF4WABAiFgAAZhYAEBIWQABUFkAQIhZAAGQWQBAoFkAAahZAEDQWQAA4FkAAehZAADwWQBAKFoAADhaAEBIWgAAWFoAQHBaAACoWgBAwFoAAeBaAEDwWgAB+FoAABBbAEAgWwAEMFsAAIBbAAGIWwAAkFsAQMBbAAAQXAABGFwAQCBcAAEoXABAWFwAAXBcAECIXAABkFwAQLBcAAHIXABA2FwAAeBcAEDoXAAB8FwAQABdAAEYXQBAKF0AAUBdAEBYXQABcF0AQNBdAADwXQBAGF4AADBeAEBIXgAAUF4AQHBeAAGAXgBAiF4AALheAEDAXgAEMF8AAIBfAEDYXwAAAGAAAShgAEBoYAABcGAAQIhgAAGQYABASGEAAVBhAEDQYQAA4GEAAehhAADwYQBAKGIAADBiAEBIYgAAUGIAQHBiAACoYgBAuGIAAcBiAEDYYgAB4GIAQPBiAAEAYwAAEGMAQCBjAAQwYwBAgGMAALljAADAYwABAGQAAAhkAAAhZAABKGQAQGhkAAFwZABAiGQAAZBkAEBIZQABUGUAQKBlAAGoZQBA0GUAAOBlAAHoZQAA8GUAQChmAAAwZgBASGYAAFBmAEBwZgAAqGYAQLhmAAHgZgBA+GYAAQBnAAAQZwBAIGcABDBnAECAZwABiGcAAJhnAECgZwAAAGgAASBoAEBoaAABcGgAQIhoAAGQaAAA2GkAAehpAADwaQBAKGoAADBqAEBIagAAUGoAAXBqAAB4agBAgGoAAaBqAAC4agAB+GoAABBrAEAgawAEMGsAAIBrAAHQawBAAGwAAAhsAEAgbAABKGwAQLhsAAHQbABAkG0AAZhtAEDgbQAB6G0AQPBtAAEAbgBAOG4AAFBuAEBYbgAAeG4AQKhuAACwbgBAuG4AAMBuAEAAbwAEMG8AQIBvAACQbwAAoW8AQKhvAAEIcAAAiHEAAZBxAACgcQBA2HEAAPhxAAEAcgAAOHIAAHlyAASAcgAA0XIAQOByAAEIdABAGHQAASB0AEAodAABMHQAQFh0AAFgdABAIHUAASh1AEAwdQABOHUAAIh1AAGQdQAAoHUAAeh1AEDwdQABAHYAQCh2AAEwdgBAOHYAAEB2AEB4dgAEgHYAQNB2AAHgdgBAAHcAAQB4AAAIeAAAIXgAAJh4AACheAAAqHgABAB5AABQeQAA0XkAAPB5AAEAegBAQHoAAUh6AEBoewAAiHsAACl8AAAwfAABQHwAAGh8AEDAfAAAyHwAQOh9AADwfQBAaH4AAHB+AACBfgAAqH4AAMl+AEDYfgABAIAAAFiBAAH4gQAEAIIAAFGCAAGAggAAsIIAAdCCAADwggABCIMAABCDAAEogwAAOIMAAXCDAACIgwABqIMAABCEAAFwhAAAeIQABICEAADQhAABAoUAQDCGAAE6hgBAQIYAAWqGAEBwhgCBgIYAANmHAAHghwCB6IcAAQCIAEBIkgABUJIAQHCSAAGAkgBAuJIAAcCSAEDIkgAB0JIAQPCSAAEAkwBASJQAAVCUAEBwlAABgJQAQIiVAAGQlQBAsJUAAcCVAED4lQABAJYAQAiWAAEQlgBAMJYAAUCWAEC4lgABwJYAQIiYAAGQmABAsJgAAcCYAEDYmgAA6JoAAAGbAABImwBA6JsAAQCcAACAnABA0JwAAQKdAECwnwCBwJ8AQPCfAAABoAABCKAAAGizAABxswABeLMAKAC0AAEItAAA2bQAQOi0AAEAtQAAWbcAAnC3AAGItwBAyLcAAQC4AACQuABAsLgAAfi4AACQuQAAqbkAQLi5AAEAugAAkLoAQKC6AAEAuwBAaLsAAXC7AECIuwAAkLsAQKC7AAEAvAAAoL0AAKG+AAG4vgAAwb4AANi+AAHgvgAA6L4AQPC+AAQAvwBAUL8AAIC/AEDQvwAAAcAAAFjAAEBwwAAAeMAABIDAAEDQwAABAMEAQMjDAAEAxAAAKMQAATjEAABIxQABUMUAQFjFAAGAxQBAsMcAAQDIAED4yAAAAMkAQGDJAACAyQBA4MkAAADKAEAIygAAIcoABDDKAAGAygBAcMsAAYDLAECoywABAMwAQGDNAAGAzQBAUM4ABIDOAADQzgBA2M4AAPDOAAEA0AAAuNAAQODQAADx0AABANEAAKjSAED40gAAANMAQOjTAAD40wAEANQAQFDUAASA1ABA0NQAAAHVAAE41QAAQdUAQHDVAACA1QBA8NYAAADXAEBg1wAAANgAASjYAACg2QABKNoAQGjaAABx2gAEgNoAANHaAAAI2wAA6dsAAADcAAEY3AAACN0AAXDdAASA3QAB0N0AADDfAECg3wAA4d8AAQDgAAAg4QBAwOEAANnhAAQA4gBAUOIAAWjiAASA4gAB0OIAAPHjAIEA5AABSuQAgVDkAEBY5AABguQAQNjlAAHq5QAAAeYAQEDmAACA5gAAmeYAAKDmAAFI5wAAaOcAAXDnAACg5wABqOcAALjnAAHQ5wBA2OcAgQDoAAFg6QCBWOsAAcDrAIHI6wAB2OwAAADuAAEC8ACBCPAAARLwAIEY8AABIvAAgSjwAAEy8ACBOPAAAULwAIFI8AABUvAAgVjwAAFi8ACBaPAAAXLwAIF48AABgvAAgYjwAAGS8ACBmPAAAaLwAIGo8AABsvAAgbjwAAHC8ACByPAAAdLwAIHY8AAB4vAAgejwAAHy8ACB+PAAAQLxAIEI8QABEvEAgRjxAAEi8QCBKPEAATLxAIE48QABQvEAgUjxAAFS8QCBWPEAAWLxAIFo8QABcvEAgXjxAAGC8QCBiPEAAZLxAIGY8QABovEAgajxAAGy8QCBuPEAAcLxAIHI8QAB0vEAgdjxAAHi8QCB6PEAAfLxAIH48QABAvIAgQjyAAES8gCBGPIAASLyAIEo8gABMvIAgTjyAAFC8gCBSPIAAVLyAIFY8gABYvIAgWjyAAFy8gCBePIAAYLyAIGI8gABkvIAgZjyAAGi8gCBqPIAAbLyAIG48gABwvIAgcjyAAHS8gCB2PIAAeLyAIHo8gAB8vIAgfjyAAEC8wCBCPMAARLzAIEY8wABIvMAgSjzAAEy8wCBOPMAAULzAIFI8wABUvMAgVjzAAFi8wCBaPMAAXLzAIF48wABgvMAgYjzAAGS8wCBmPMAAaLzAIGo8wABsvMAgbjzAAHC8wCByPMAAdLzAIHY8wAB4vMAgejzAAHy8wCB+PMAAQL0AIEI9AABEvQAgRj0AAEi9ACBKPQAATL0AIE49AABQvQAgUj0AAFS9ACBWPQAAWL0AIFo9AABcvQAgXj0AAGC9ACBiPQAAZL0AIGY9AABovQAgaj0AAHy9ACB+PQAAQL1AIEI9QABEvUAgRj1AAEi9QCBKPUAATL1AIE49QABQvUAgUj1AAFS9QCBWPUAAWL1AIFo9QABcvUAgXj1AAGC9QCBiPUAAZL1AIGY9QABovUAgaj1AAGy9QCBuPUAAcL1AIHI9QAB0vUAgdj1AAHi9QCB6PUAAfL1AIH49QABAvYAgQj2AAES9gCBGPYAASL2AIEo9gABMvYAgTj2AAFC9gCBSPYAAVL2AIFY9gABYvYAgWj2AAFy9gCBePYAAYL2AIGI9gABkvYAgZj2AAGi9gCBqPYAAbL2AIG49gABwvYAgcj2AAHS9gCB2PYAAeL2AIHo9gAB8vYAgfj2AAEC9wCBCPcAARL3AIEY9wABIvcAgSj3AAEy9wCBOPcAAUL3AIFI9wABUvcAgVj3AAFi9wCBaPcAAXL3AIF49wABgvcAgYj3AAGS9wCBmPcAAaL3AIGo9wABsvcAgbj3AAHC9wCByPcAAdL3AIHY9wAB4vcAgej3AAHy9wCB+PcAAUL4AIGA+ABAsPgAAcL4AEDw+ACBAPkAAUL5AIGA+QABwvkAgQD6AEAw+gABQvoAQHD6AIGA+gBAwPoAAcr6AEDQ+gAB2voAQOD6AAHq+gBA8PoAAfr6AIEA+wABQvsAgYD7AEDw+wCBAPwAAUD8AIGA/AABwPwAgQD9AAFA/QCBgP0AQKj9AIGw/QABwv0AAeD9AADo/QCB8P0AAPj9AIEQ/gBAKP4AgTD+AAFC/gABYP4AAGj+AIGA/gBAoP4AgbD+AAHC/gBA4P4AAOj+AIEA/wABQv8AAGj/AECA/wCBkP8AQKj/AIGw/wABwv8AAeD/AADo/wBA+P8AKAAAAUBYAAEAgQABIEABAUBQAQEoeAEBAIEBAQD9AQEACQIBACACAQApAgEAkAIBAJkCAQClAgEAqQIBKPgCAUAAAwEAgAMBAYgDAUCQAwEAoAMBAOkDAQH4AwEAAAQBAGkEAUB4BAEBgAQBQOgEAQAABQFAEAYBAIAGAUCIBwEAAAgBARIIAQAYCAEBOggBAEAIAYFQCAEBWggBgXAIAQGCCAGBmAgBAKAIAQGqCAEAsAgBAcoIAQDwCAEBIgkBACgJAQEyCQEAOAkBAUIJAQBICQEBUgkBAHAJAYF4CQEBggkBgaAJAQGoCQGByAkBANAJAYHgCQEB8gkBAAAKAQEqCgGBMAoBAFAKAYFwCgEAeAoBAgALAQEaDAGBIAwBAigMAQBIDAFAYAwBAIAMAQBBGAEAYBgBAEkZAQBYGQFAUCEBAAAiAUBYIgEAACMBAEE7AQCwOwEAKT4BADg+AQAxPwEAgD8BABlMAQDITAEAwU4BAOBOAQDhTwEA8E8BQKBbAQCwWwEBAmABgYBhAQECYwGBCGMBARJjAYEoYwEBOmMBgUBjAQFKYwGBUGMBAVpjAYFgYwEBamMBgYhjAQGSYwGBmGMBAapjAYGwYwEB4GMBAfJjAYEIZAEBEmQBgRhkAQEiZAGBKGQBATJkAYE4ZAEBQmQBgUhkAQFSZAGBWGQBAWJkAYFoZAEBcmQBgXhkAQGCZAGBiGQBAZJkAYGYZAEBomQBgahkAQGyZAGBuGQBAcJkAYHIZAEB0mQBgdhkAQHiZAGB6GQBAfJkAYH4ZAEBAmUBgQhlAQESZQGBGGUBASJlAYEoZQEBMmUBgThlAQFCZQGBSGUBAVJlAYFYZQEBYmUBgWhlAQFyZQGBeGUBAYJlAYGIZQEBkmUBgZhlAQGiZQGBqGUBAbJlAYG4ZQEBwmUBgchlAQHSZQGB2GUBAeJlAYHoZQEB8mUBgfhlAQECZgGBCGYBARJmAYEYZgEBImYBgShmAQEyZgGBOGYBAUJmAYFIZgEBUmYBgVhmAQFiZgGBaGYBAXJmAYF4ZgEBgmYBgYhmAQGSZgGBmGYBAaJmAYGoZgEBsmYBgbhmAQHCZgGByGYBAdJmAYHYZgEB4mYBgehmAQHyZgGB+GYBAQJnAYEIZwEBEmcBgRhnAQAoZwEBWmcBgWBnAQFqZwGBcGcBAHhnAQGSZwGBmGcBQKBnAQDJZwEA6GcBAPFnAYEAaAFAMGkBgThpAUBAaQGBaGkBQHBpAQGAaQFAQGsBAXhrAQCBawFAiGsBAPhrAQEAbAFAuGwBAQBtAUA4bQEBQG0BQHhtAQGAbQFAuG0BAcBtAUD4bQEBAG4BQDhuAQFAbgFAeG4BAYBuAUC4bgEBwG4BQPhuAQAAbwEAAXABAXhxAQCBcQEAgHIBAJFyAUDwcgEAAHQBQNB0AQDYdAFAoHcBAAB4AUCwfgEAgH8BKACAAQAJgAEAIIABASiAAQI4gAEAQYABAJCAAQChgAEAAIEBAgiBAQBQgQEAgYEBAYiBAQCwgQECwIEBAdiBAQDpgQEA8IEBQACCAQEIggFAuIQBAMiEAQHohAEAAYUBAQiFAQDZhwEB4IcBQACIAQEoiAFAgIkBAYiJAUB4jAEAgIwBAQCNAQAAjgFAMI8BAHiPAQGAjwEAAJABQPiQAQAAkQEBAKABAABuAgEAcAJAaCQFAIAkBUA4JgUBgCYFAPEnBQEAKAUAaTAFAYAwBQQAMQUBUDEFQGAxBQECMgWBCDIFARIyBYEYMgUBIjIFgSgyBQEyMgWBODIFAUIyBYFIMgUBUjIFgVgyBQFiMgWBaDIFAXIyBYF4MgUBgjIFgYgyBQGSMgWBmDIFAaIyBYGoMgUBsjIFgbgyBQHCMgWByDIFAdIyBYHYMgUB4jIFgegyBQHyMgWB+DIFAQIzBYEIMwUBEjMFgRgzBQEiMwWBKDMFATIzBYE4MwUBQjMFgUgzBQFSMwWBWDMFAWIzBYFoMwUBcDMFAHgzBQCZMwUAoDMFAPEzBQH4MwUBAjQFgQg0BQESNAWBGDQFASI0BYEoNAUBMjQFgTg0BQFCNAWBSDQFAVI0BYFYNAUBYjQFgWg0BQFyNAWBeDQFAYI0BYGINAUBkjQFgZg0BQGiNAWBqDQFAbI0BYG4NAUBwjQFgcg0BQHSNAWB2DQFAeA0BQDwNAUBADUFAjA3BQCANwUAkTcFQMA3BQAAOAUBuDgFAAA5BQESOQWBGDkFASI5BYEoOQUBMjkFgTg5BQFCOQWBSDkFAVI5BYFYOQUBYjkFgWg5BQFyOQWBeDkFAZI5BYGYOQUBojkFgag5BQGyOQWBuDkFAcI5BYHIOQUB0jkFgdg5BQHiOQWB6DkFAfI5BYH4OQUBAjoFgQg6BQESOgWBGDoFASI6BYEoOgUBMjoFgTg6BQFCOgWBSDoFAVI6BYFYOgUBYjoFgWg6BQFyOgWBeDoFAYI6BYGIOgUBkjoFgZg6BQGiOgWBqDoFAbI6BYG4OgUBwjoFgcg6BQHSOgWB2DoFAeI6BYHoOgUB8joFgfg6BQECOwWBCDsFARI7BYEYOwUBIjsFgSg7BQEyOwWBODsFAUI7BYFIOwUBUjsFgVg7BQFiOwWBaDsFAXI7BYF4OwUBgDsFgYg7BQHKOwWB0DsFAdo7BYHgOwUB6jsFgfg7BQECPAWBCDwFARI8BYEYPAUBIjwFgSg8BQEyPAWBODwFAUA8BQBIPAUBWjwFgWA8BQFqPAWBcDwFAXg8BQGCPAWBiDwFAZI8BYGYPAUBsjwFgbg8BQHCPAWByDwFAdI8BYHYPAUB4jwFgeg8BQHyPAWB+DwFAQI9BYEIPQUBEj0FgRg9BQEiPQWBKD0FATI9BYE4PQUBQj0FgUg9BQFSPQWBeD0FAYI9BYGoPQUBsj0Fgbg9BQHCPQWByD0FAdI9BYHYPQUB4j0Fgeg9BQHyPQWB+D0FAQI+BYEIPgUBEj4FgRg+BQEiPgWBQD4FAUo+BYFQPgUBWj4FgWg+BQFyPgWBeD4FAYI+BYGIPgUBkj4FgZg+BQGiPgWBqD4FAbI+BYG4PgUBwj4Fgcg+BQHSPgWB2D4FAeI+BUDoPgUBiD8FAao/BYGwPwUBuD8FgdA/BQHYPwUAEEAFARhABQAwQAUBOEAFAFhABQFgQAUAGEEFQGhBBQCAQQVA0EEFAQBCBQChQwVAwEMFAABEBQEQRAUAoEUFQDBGBQBxRgUEgEYFQNBGBQAARwUBkEcFAMFHBQHYRwUA4UcFAehHBQD4RwUEAEgFAVBIBQAwSQUAcUkFAYBJBQA4SgVAoEoFAPlKBQEASwVA6EsFAABMBQEgTAUAmE0FAAlOBUBwTgUBeE4FBIBOBUDQTgUA8U4FAQBPBQAoTwUBME8FBIBPBQHQTwVA+E8FAQBQBQBIUQVAuFEFAQBSBQAYUgUBIFIFAGBSBUBwUgUEgFIFQNBSBQDhUgUBAFMFALhTBQHQUwUA2FMFAfBTBQCAVQUBiFUFAJBVBQGoVQUAuFUFAchVBQDwVQUBAFYFAAhWBQEQVgVAGFYFAdhWBQDxVgUBAFcFAFhXBQCBVwUBkFcFAKhXBUC4VwUBCFgFQDhYBQFIWAVAeFgFAYhYBUC4WAUBAFkFQDhZBQFAWQVAeFkFgYBZBQDYWgUB4FoFgQBbBQFIWwUAUFsFQGBbBYGAWwUBAF4FABhfBQBZXwUAYF8FQHBfBQSAXwVA0F8FAQBgBUAgvQYBgL0GQDi+BgFYvgZA4L8GAQDIB0Bw0wcBgNMHQNDWB4EA2AdAONgHgZjYB0DA2AcB6NgHAPDYBwH42AcASNkHAVDZB0C42QcBwNkHQOjZBwHw2QdA+NkHAQDaB0AQ2gcBGNoHQCjaBwEw2gcAkN0HAZjeBwDx6QcAAOoHAYDqBwCA7AcBkOwHAEDuB0CA7gcBgO8HAODvBwCB8AdA0PAHAADxBwCB8QcAnfEHAKnxBwBt8gcAgfIHQJjyBwCh8gcAEPMHABnzBwAg8wdAOPMHAEHzBwBI8wcAUfMHQGDzBwGA8wdAqPMHAbDzB0Do9wcACfgHACD4BwAp+AcAWPgHAGH4BwSA+AcA0fgHAOD4BwD5+AcBCvkHANn5BwDw+QcA/fkHAAD6B4EI+gcA2foHAOD6BwDp+gcA8PoHAPn6BwEw+wdA+P0HARD+B0BA/gcBUP4HQID+BwGQ/gdAwP4HAdD+B0Do/gcAAP8HQDj/BwBA/wdAeP8HAOD/B0Dw/wcBAAAIQGAACAFoAAhAOAEIAUABCEDYAQgB4AEIQPABCAH4AQhAcAIIAYACCEDwAggBAAQIQNgHCAABCAhAGAgIADgICECgCQgAuAkIAgAKCACoCwhAeAwIAIAMCEDoDAgAAA0IQAgNCACADghA8A8IAQAUCEDoFAgBABUIQIgWCAAAFwhA4BcIAQAYCAAAGQhAIBkIAWgZCAIIGggBEBoIAlAaCEBYGggBgBoIALAbCEDYGwgBABwIQPAcCAD5HAgBAB0IQCAeCAFAHggAgR4IAogeCECwHggBAiAIgUAhCAGAIghA8CQIBAAlCEBQJQgBgiUIQKAmCIHAJghA4CcIAQAoCEBAKQgBgCkIQCArCAB5KwgBgisIQNgrCAHiKwhAWCwIAWIsCECYLAgBoiwIQLAsCIG4LAhAEC0IgRgtCECQLQiBmC0IQNAtCIHYLQhA6C0IAQAuCECgLwgBADAIQLg5CAEAOghAsDoIAQA7CEBAOwgBADwIQDA8CAE4PAhAiD0IAZA9CEDYPQgBAEAIQDBACAFAQAhASEAIAVBACECwQQgBuEEIQMhBCAHgQQhA6EEIAfhBCECwQggAuUIIAMBCCAEAQwgAuEMIAQBECED4RAgAOEUIQIBFCAEARwhAmEcIAaBHCECwRwgA2EcIAQBICACwSAhA4EgIAPlICAEASQhA0EkIAPlJCAEASghA0EoIAQBMCEDATQgA4E0IAfBNCAAATghAgE4IAJBOCAEAUAgACFAIQCBQCAAoUAhAOFAIAGBQCAGAUAhAoFAIAahQCEDAUAgByFAIQLBRCADAUQhA2FEIAPhRCEBIUggAgVIIQMhSCAEAUwgA6FMIAPlTCAEAVAgA6FQIQABVCAEAVggAQFYIAUhWCAAoVwhAOFcIAFhXCACBVwhAuFcIAQBYCECwWQgAyVkIAQBaCECwWggAwFoIAQBbCECYWwgAwFsIAQBcCECQXAgAyVwIQOhcCABIXQhAgF0IAQBgCEBIYggBAmQIQJhlCIEAZghAmGcIANBnCAEAaAgAIGkIQEBpCASAaQhA0GkIBABqCAFQaggBgmoIQDBrCABIawgAcWsIAXhrCIGAawhAMGwIAHBsCECAbAgAAHMIQPhzCAEAdAhAUHUIAFh1CABpdQhAcHUIAYB1CECQdQgBEHYIQEB2CACBdggAiHYIQMh2CADQdwgBAHgIAOh4CAE4eQhAQHkIAYB5CAAweggAqXoIQNB6CAGAewgAEHwIADF8CEBQfAgBgH0IACh+CEBgfggBAH8IQLh/CAAAgAgBGIAIAMCBCAA5gghAcIIIAJCCCAQwgwgAgIMIAYiDCACYgwgBqIMIQLCDCAD4gwgBGIQIAICFCADZhQhA6IUIAPGFCAAQhghAGIYIAYCGCEBIhwgEgIcIQNCHCAAAiAgBGIgIADiJCECoiQgEsIkIAAGKCAEgiggAKIoIATiKCEBAiggBgIoIAJiLCAChiwgBsIsIQLiLCAAAjAgBGIwIAJiNCAEIjggAKY4IAEiOCABpjggAcI4IBICOCAHQjggA2Y4IAeCOCADpjghAAI8IAAiPCECojwgBAJAIQJCQCAGYkAgAYJEIAMGRCADwkQgB+JEIAAiSCEAQkggBAJQIQDiUCAFAlAhASJQIAVCUCEBwlAgBeJQIQPCUCAH4lAgASZUIQFCVCAGAlQgA+JYIQFiXCASAlwhA0JcIAACYCEAgmAgBKJgIQGiYCAF4mAhAiJgIAZiYCEBImQgBUJkIQIiZCAGQmQhAoJkIAaiZCEDQmQgA2JkIAeiZCADwmQhAKJoIADiaCEBImggAWJoIQHCaCAGAmghAiJoIALiaCEDAmggB6JoIABCbCEAgmwgAMJsIQGibCACAmwhAqJsIAQCcCEBQnAgBWJwIQGCcCAFwnAhAeJwIAYCcCECwnQgBuJ0IAMCdCEAInggAEJ4IQBieCAAonghAMJ4IADieCEBYnggAYJ4IAYieCACQnggBmJ4IAKGeCECwnggAuZ4IQMieCAAInwhAGJ8IAQCgCACooQgBOKIIAFmiCASAoggA0aIIQOCiCADpoggA8KIIAfiiCEAQowgBAKQIAIClCAEgpggAMaYIATimCEBApggEgKYIQNCmCAEArAgAeK0IQLCtCADArQgACa4IAcCuCADgrghA8K4IAQCwCACAsQgACbIIASCyCEAosggEgLIIQNCyCAABswhAaLMIAQC0CABYtQgBwLUIAMm1CEDQtQgEALYIQFC2CASAtghAILcIAQC4CEDYuAgA6LgIQGC5CASAuQgA0LkIAOG5CAD4uQgBALoIQDi6CAEAwAgAYMEIANnBCEDgwQgBAsUIgQDGCAQAxwgAUMcIQJjHCAH4xwhAOMgIAUjICEBQyAgBYMgIQKDICAGoyAhAuMgIAcDICACAyQhAsMkIALjJCEDIyQgA2MkIAfjJCAAAyggBCMoIABDKCAAhyghAOMoIBIDKCEDQyggBAM0IQEDNCAFQzQgAiM4IQMDOCADQzggBCM8IABHPCAEYzwgAIM8IQCjPCAEA0AgACNAIAVjQCACY0QgB0NEIANjRCAD50QgAONIIQEDSCAGA0ggAiNIIAeDSCABQ1AgA0dQIAejUCADx1AhAGNUIAYDVCEDI1wgAAdgIQFDYCAAA2whAQNsIAQDeCAAJ3whAEN8IBIDfCEDQ3wgBAOAIQEjgCAFQ4AgAeOEIQLjhCADA4QgBAOIIAAniCEAw4ggEgOIIANDiCEBo4wgAgeMIAZDjCECA5AgAkOQIQEDlCABI5QhAuOUIAQDoCEA46AgBQOgIQFDoCAFY6AgAiOkIQLjpCADQ6QhA2OkIAODpCEDw6QgA+OkIATDqCAA46ghAQOoIBIDqCEDQ6ggBAOsIQDDrCAE46whASOsIAVDrCABQ7AhAeOwIAIDsCECQ7AgAmOwIAcDsCEDI7AgEAO0IQFDtCAGA7QhA4O4IBADvCEBQ7wgBAPcIAJj3CAC59whAyPcIAAD4CAEQ+AgAGPgIASD4CECI+AgBkPgIAKD5CEDY+QgA8PkIABn6CASA+ggA0PoIQNj6CAGA/QhAiP0IAAD+CECQ/wgA+f8IAQAACUDQHAkCACAJQHgjCQCBIwlAqCMJAQAkCUAgKgkBgHwJAIl/CUCYfwkBAIAJQIChCQAAogkBCKIJADiiCUCwogkBAKMJQNgfCgEAIApAODIKAQAICwDwCAsEgAkLQNAJCwEAQAtAyFELAQBSC0D4UgsEAFMLQFBTCwBxUwsBgFMLQPhVCwQAVgtAUFYLAYBWC0BwVwsAgFcLAKlXC0CwVwsBAFgLAIBZCwC5WQsA4FkLAQBaCwAhWgsAKFoLQDBaCwSAWgtA0FoLANhaC0AQWwsBGFsLQMBbCwHoWwtAgFwLAQBqCwBpawsEgGsLQNBrCwECcguBAHMLAAB0CwC5dAtA2HQLAQJ1C0DIdQuB2HULQKB2CwEAeAtAWHoLAHh6CwGAegsAiHoLQEB8CwB4fAsBmHwLQAB9CwEAfwsAEX8LARh/CwAgfwtAKH8LAIB/CwGQfwsCoH8LQLh/CwEAgAtAsGYMAfhnDED4aAwBAGwMQJhvDAGAfw1AoH8NAah/DUDgfw0B6H8NQPh/DQEAgA1AGIkNAZCJDUCYiQ0BgIoNQJiKDQGoig1AsIoNASCLDUBAiw0BgIsNQOCXDQEA4A1AWOMNAYDjDUDo4w0BAOQNQEjkDQGA5A1A0OQNAODkDQD55A1AAOUNAABgDgSAZw4A0GcOQOhnDgAAaA5AoHUOANB1DkCIdg4AAHcOQIh3DgAAeA5AcHkOAIB5DkA4eg4AgHoOQCB+DgAAgA5AsIcOAACIDkA4iQ4ASIkOQJiLDgDYiw5AWI8OAACQDkAwkg4AAJYOQKCWDgAAlw5AoJcOAACYDkC4mg4AAJsOQMibDgECoA6B0KAOAaKhDoFwog5AqKIOgbCiDgFCow6BEKQOAeKkDkDopA4B8qQOQAClDgESpQ5AGKUOASqlDkA4pQ4BSqUOQGilDgFypQ6BsKUOQNClDoHYpQ5A4KUOgeilDkAgpg6BKKYOAYKmDoFQpw4BIqgOQDCoDgE6qA5AWKgOAWqoDkCoqA4BsqgOQOioDoHwqA4BwqkOQNCpDgHaqQ5A+KkOAQKqDkAoqg4BMqoOQDiqDgFSqg5AiKoOgZCqDgFiqw6BMKwOAQKtDoHQrQ4Boq4OgXCvDgFCsA6BELEOAeKxDoGwsg4BgrMOgVC0DkAwtQ4BQrUOAAi2DoEQtg4A2LYOgeC2DgEStw4A2LcOgeC3DgCouA6BsLgOAeK4DgCouQ6BsLkOAHi6DoGAug4BsroOAHi7DoGAuw4ASLwOgVC8DgGCvA4ASL0OgVC9DgAYvg6BIL4OAVK+DoFYvg5AYL4OBHC+DgAAwA4AOdQOQGDUDgDY1A5AANUOAAjVDkCA1Q6BAPgOAVD4DoFY+A5A+PgOgSj5DkBY+Q4AAAAPQDgADwBAAA9AyAAPANgAD0AQAQ8AGAEPQCgBDwAwAQ9AWAEPAYABD0BwAw8AeAQPQIAEDwEACA9AaAkPAIAJDwG4CQ9A8AkPBAAKD0BQCg8BcAoPAHgKD0CACg8BgBQPAHAVD0B4FQ8BABYPAGAXDwSAFw9A0BcPAPgXD0AAGA8BgCYPAGAnDwSAJw9A0CcPAYAuDwBwLw8BgC8PBIgvD0DYLw8A+S8PQAAwDwEANg9A+DYPAQA3DwAYNw8BIDcPADA3DwE4Nw8AcDcPAYA3DwCoNw9AsDcPAfA3D0AAOA8BAD8PQDg/DwFAPw9AYD8PAWg/D0B4Pw8BgD8PQPg/DwEAQA9AKEYPADhGD0C4Rg8BAkgPgRBJDwAgSg8BWEoPQGBKDwSASg9A0EoPAPFKD0AASw8AiGMPQKhlDwAIaA9A8GkPAQBwD0AgcA8BKHAPQABxDwEIcQ9AGHEPASBxD0AocQ8BOHEPQEBxDwFIcQ9AmHEPAaBxD0DAcQ8ByHEPQNBxDwHYcQ9A4HEPARByD0AYcg8BOHIPQEByDwFIcg9AUHIPAVhyD0Bgcg8BaHIPQIByDwGIcg9AmHIPAaByD0Cocg8BuHIPQMByDwHIcg9A0HIPAdhyD0Dgcg8B6HIPQPByDwH4cg9AAHMPAQhzD0AYcw8BIHMPQChzDwE4cw9AWHMPAWBzD0CYcw8BoHMPQMBzDwHIcw9A6HMPAfBzD0D4cw8BAHQPQFB0DwFYdA9A4HQPAQh1D0AgdQ8BKHUPQFB1DwFYdQ9A4HUPAIB3D0CQdw8AAIAPQGCBDwCAgQ9AoIQPAACFD0B4hQ8AiIUPQACGDwAIhg9AgIYPAIiGD0Cwhw8AAIgPQHCNDwAwjw9AGJAPAICQD0DgkQ8AAJIPQEiSDwCAkg9AkJIPAACTD0Awkw8AAJgPQMi2DwDgtg9AaLcPAIC3D0Dotw8AALgPQNC+DwAAvw9AYL8PAIC/D0CIvw8AAMAPQGDADwCAwA9AQMIPAIDCD0DQwg8AAMMPQEDEDwCAxA9AcMUPAIDFD0DgxQ8AAMYPQBDGDwCAxg9AyMYPAADID0DA0g8AANMPQHDTDwCA0w9A6NMPAADUD0BY1A8AcNQPQDjWDwBA1g9ASNYPAGjWD0Do1g8A+NYPQFjXDwB41w9AyNcPAADYD0CY3A8AoNwPBIDfDwDQ3w9A2N8PAQAAEEAANxUBADgVQPDAFQEAwRVAcHUWAYB1FkAIXxcBgF8XQPByFwEAwBdA8NAXAQAAGEBYmhgBgJoYQNCjGQAACHBAgA9wwg0QACEAAACZAgAAHgAAAFteL11bXi9dKj9bXi9dKz8oKS4qe30rP1tdXiRcIVs6YWxudW06XVxwe0x9XHB7Tmx9XHB7TmR9WzphbHBoYTpdXHB7TH1ccHtObH1bOmFzY2lpOl1ceDAwLVx4N2ZbOmJsYW5rOl1ccHtac31cdFs6Y250cmw6XVxwe0NjfVs6ZGlnaXQ6XVxwe05kfVs6Z3JhcGg6XVxwe1p9XHB7Q31bOmxvd2VyOl1ccHtMbH1bOnByaW50Ol1ccHtDfVs6cHVuY3Q6XVxwe1B9WzpzcGFjZTpdXHB7Wn1cdFxyXG5cdlxmWzp1cHBlcjpdXHB7THV9Wzp3b3JkOl1ccHtMfVxwe05sfVxwe05kfVxwe1BjfVs6eGRpZ2l0Ol1BLUZhLWYwLTmqYhAACQAAALNiEAARAAAAAQAAAMRiEAAJAAAAzWIQAAsAAAABAAAA2GIQAAkAAADhYhAACQAAAAAAAADqYhAACQAAAPNiEAAIAAAAAQAAAPtiEAAJAAAABGMQAAYAAAABAAAACmMQAAkAAAATYxAABgAAAAEAAAAZYxAACQAAACJjEAAKAAAAAQEAACxjEAAJAAAANWMQAAYAAAABAAAAO2MQAAkAAABEYxAABQAAAAEAAABJYxAACQAAAFJjEAAFAAAAAQAAAFdjEAAJAAAAYGMQAA8AAAABAAAAb2MQAAkAAAB4YxAABgAAAAEAAAB+YxAACAAAAIZjEAAXAAAAAQAAAJ1jEAAKAAAAp2MQAAkAAAAAAAAALV0tJC5bXVwtKD8hKD86XnwvKVwuXC4/KD86JHwvKSnCDRAAIQAAACgCAAAZAAAAwg0QACEAAAA5AgAAFwAAAMINEAAhAAAANwIAADEAAADCDRAAIQAAADUCAAASAAAAwg0QACEAAABxAgAAKAAAAHNlY3Rpb25zIHN0YXJ0cyBub24tZW1wdHkAAADCDRAAIQAAAGoCAAAhAAAAXC5cLlwuLVtde30oKSorPy4sXF4kfCMAKwAAAEAAAAAhAAAAPwAAACoAAABbAAAAKAAAAGludmFsaWRfcGFyYW1zcmVzdG9yaW5nc2F2aW5ncG9saWN5Lm1heEF0dGVtcHRzbXVzdCBiZSBhdCBsZWFzdCAxcG9saWN5LmJsb2NrU2l6ZXBvbGljeS5jb25jdXJyZW5jeXZlcnNpb25pcyBlbXB0eXNlcnZpY2UucnVudGltZVRva2VuaXMgZW1wdHkgKEFDVElPTlNfUlVOVElNRV9UT0tFTilzZXJ2aWNlLnJlc3VsdHNVcmxpcyBlbXB0eSAoQUNUSU9OU19SRVNVTFRTX1VSTCluZXR3b3JrIGVycm9yc3RhbGxlZD8mQBMQACAAAAAiAAAAEAAAAEATEAAgAAAAIwAAABAAAABAExAAIAAAACcAAAAjAAAAQBMQACAAAAAnAAAALwAAAEATEAAgAAAAJwAAADwAAABAExAAIAAAACcAAABKAAAAQBMQACAAAAAnAAAAWAAAAHgtbXMtdmVyc2lvbjIwMjAtMDQtMDg8P3htbCB2ZXJzaW9uPSIxLjAiIGVuY29kaW5nPSJ1dGYtOCI/PjxCbG9ja0xpc3Q+PC9CbG9ja0xpc3Q+PC9MYXRlc3Q+ASXDIAAAaQIAAENvbnRlbnQtVHlwZWFwcGxpY2F0aW9uL3htbGNvbXA9YmxvY2tsaXN0eC1tcy1lcnJvci1jb2RlYnl0ZXNQVVRBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWmFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OSsvwNMgAABpAgAAeC1tcy1ibG9iLXR5cGVCbG9ja0Jsb2JSYW5nZUdFVAAAUMMAAFB1dCBCbG9iY2hlY2tlZCBieSB0aGUgZ3VhcmQwDhAAIAAAALwBAABZAAAAMA4QACAAAADBAQAAQQAAAFB1dCBCbG9jayBMaXN0AAAwDhAAIAAAANABAABZAAAAbWVzc2FnZUNhY2hlIHJlc2VydmF0aW9uIGZhaWxlZCAodGhlIHNlcnZpY2UgZ2F2ZSBubyByZWFzb24pc2lnbmVkX3VwbG9hZF91cmxDcmVhdGVDYWNoZUVudHJ5IGFuc3dlcmVkIG9rIHdpdGhvdXQgYSBzaWduZWRfdXBsb2FkX3VybAAAADAOEAAgAAAAUgEAAEQAAAAwDhAAIAAAAF4BAABXAAAAZW50cnlfaWRpbnRlcm5hbCBlcnJvcjogZW50ZXJlZCB1bnJlYWNoYWJsZSBjb2RlOiBoYW5kbGVkIGJ5IHRoZSBjYWxsZXIAMA4QACAAAABfAgAAPAAAAMANIHdhcyByZWZ1c2VkIMCAgwA6IHRoZSBzaWduZWQgdXBsb2FkIFVSTCBoYXMgZXhwaXJlZCBvciBpcyBubyBsb25nZXIgdmFsaWQsIGFuZCB0aGUgY2FjaGUgc2VydmljZSBjYW5ub3QgaXNzdWUgYW5vdGhlciBmb3IgYW4gZW50cnkgYWxyZWFkeSByZXNlcnZlZAAANgkQACEAAAAtAAAADwAAADYJEAAhAAAALgAAABAAAABjb2RlbXNnaW5zdWZmaWNpZW50IHVzYWdlc2l6ZV9ieXRlc3Jlc3RvcmVfa2V5c3JldHJ5LWFmdGVyVXNlci1BZ2VudGdpdGh1Yi5hY3Rpb25zLnJlc3VsdHMuYXBpLnYxLkNhY2hlU2VydmljZQAAYGoQACoAAABva0NyZWF0ZUNhY2hlRW50cnlGaW5hbGl6ZUNhY2hlRW50cnlVcGxvYWRHZXRDYWNoZUVudHJ5RG93bmxvYWRVUkxBdXRob3JpemF0aW9uYXBwbGljYXRpb24vanNvbihlbXB0eSl3aXJlIHN0cnVjdHMgYWx3YXlzIHNlcmlhbGlzZQC8CxAAIQAAAIAAAAAiAAAAKxEQAB8AAABrAQAACQAAAAkPEAAjAAAASQIAADAAAAAJDxAAIwAAAF0CAAAwAAAACQ8QACMAAABmAgAAMAAAAAkPEAAjAAAAcgIAADAAAABzaWduZWRfZG93bmxvYWRfdXJsbWF0Y2hlZF9rZXlHZXRDYWNoZUVudHJ5RG93bmxvYWRVUkwgYW5zd2VyZWQgb2sgd2l0aG91dCBhIHNpZ25lZF9kb3dubG9hZF91cmwgYW5kIGEgbWF0Y2hlZF9rZXkAAAkPEAAjAAAA2gIAADgAAAAJDxAAIwAAAAYBAAAfAAAAY29udGVudC1yYW5nZWNvbnRlbnQtbGVuZ3RoAAkPEAAjAAAAVwEAABsAAAAJDxAAIwAAACgBAAA3AAAACQ8QACMAAAAhAQAAGwAAAAkPEAAjAAAA1gAAACMAAAAJDxAAIwAAANQAAAA8AAAACQ8QACMAAABnAQAAIwAAAAkPEAAjAAAAegEAAB8AAAAJDxAAIwAAAPwAAAATAAAACQ8QACMAAACjAQAAIwAAAAkPEAAjAAAA4wAAADUAAAAJFBAAUwAAAI4BAAAfAAAA///////////YbBAAQfDZwQALlQdmaWVsZCBpZGVudGlmaWVydmFyaWFudCBpZGVudGlmaWVyc3RydWN0IFZlcnNpb25JbnB1dHNzdHJ1Y3QgRW50cnlNZXRhc3RydWN0IFJlc3BvbnNlc3RydWN0IHZhcmlhbnQgUmVzcG9uc2VCb2R5OjpUZXh0c3RydWN0IHZhcmlhbnQgUmVzcG9uc2VCb2R5OjpSZWNlaXZlZHN0cnVjdCBTZXJ2aWNlQ29uZmlnc3RydWN0IFRyYW5zZmVyUG9saWN5c3RydWN0IFRyYW5zcG9ydEVycm9yZW51bSBUcmFuc3BvcnRFcnJvcktpbmRzdHJ1Y3QgU2F2ZVBhcmFtc3N0cnVjdCBSZXN0b3JlUGFyYW1zQXR0ZW1wdGVkIHRvIGluaXRpYWxpemUgdGhyZWFkLWxvY2FsIHdoaWxlIGl0IGlzIGJlaW5nIGRyb3BwZWQAcAoQAF4AAABrAAAADQAAAN4LEABPAAAA5QUAABQAAADeCxAATwAAAOUFAAAhAAAA3gsQAE8AAADZBQAAIQAAAG1pZCA+IGxlbgAAADcAAAAEAAAABAAAADgAAABn5glqha5nu3Lzbjw69U+lf1IOUYxoBZur2YMfGc3gW88KEABIAAAAsQAAABYAAABhdHRlbXB0IHRvIGpvaW4gaW50byBjb2xsZWN0aW9uIHdpdGggbGVuID4gdXNpemU6Ok1BWAAAAM8KEABIAAAAmgAAAAoAAAAAAgAACgAAAG5vIHBhdGggZ2l2ZW46IG5hbWUgYXQgbGVhc3Qgb25lIGZpbGUgb3IgZGlyZWN0b3J5IHRvIGNhY2hldGhlIG1hY2hpbmUgaXMgYWxyZWFkeSBkb25lEWludmFsaWQgcGF0dGVybiAnwICPACc6ICcuJyAoZXhjZXB0IGF0IHRoZSBzdGFydCkgYW5kICcuLicgc2VnbWVudHMgYXJlIG5vdCBhbGxvd2VkICh0aGUgcnVubmVyIHJlZnVzZXMgdGhlbSB0b28pOiB1c2UgYSBwYXRoIGZyb20gdGhlIHdvcmtzcGFjZSBvciBhbiBhYnNvbHV0ZSBwYXRoADkAAAAQAAAABAAAADoAAAA7AAAAPAAAAAkAAAAMAAAACQAAAA0AAAAIAAAA9ygQAAApEAAMKRAAFSkQACIpEAAQAAAAGAAAABgAAACWahAApmoQAL5qEAA+AAAAsBMQAFgAAAA1AAAADgBBkOHBAAtzAQAAAD8AAABBdHRlbXB0ZWQgdG8gaW5pdGlhbGl6ZSB0aHJlYWQtbG9jYWwgd2hpbGUgaXQgaXMgYmVpbmcgZHJvcHBlZAAAcAoQAF4AAABrAAAADQAAAP0MEABPAAAA3wEAABkAAAD///////////hwEABBkOLBAAuXAWNsb3N1cmUgaW52b2tlZCByZWN1cnNpdmVseSBvciBhZnRlciBiZWluZyBkcm9wcGVkAABhExAATgAAAHM3AAABAAAAXAAAAF0AAABeAAAAXwAAAE0NEABXAAAAwgAAACwAAABNDRAAVwAAALUAAAAgAAAAdXV1dXV1dXVidG51ZnJ1dXV1dXV1dXV1dXV1dXV1dXUAACIAQeDjwQALAVwAQYTlwQALHzAxMjM0NTY3ODlhYmNkZWZFcnJvcnVsbHJ1ZWFsc2UAQa7lwQALpxzwPwAAAAAAACRAAAAAAAAAWUAAAAAAAECPQAAAAAAAiMNAAAAAAABq+EAAAAAAgIQuQQAAAADQEmNBAAAAAITXl0EAAAAAZc3NQQAAACBfoAJCAAAA6HZIN0IAAACilBptQgAAQOWcMKJCAACQHsS81kIAADQm9WsMQwCA4Dd5w0FDAKDYhVc0dkMAyE5nbcGrQwA9kWDkWOFDQIy1eB2vFURQ7+LW5BpLRJLVTQbP8IBE9krhxwIttUS0ndl5Q3jqRJECKCwqiyBFNQMyt/StVEUChP7kcdmJRYESHy/nJ8BFIdfm+uAx9EXqjKA5WT4pRiSwCIjvjV9GF24FtbW4k0acyUYi46bIRgN82Oqb0P5Ggk3HcmFCM0fjIHnP+RJoRxtpV0O4F55HsaEWKtPO0kcdSpz0h4IHSKVcw/EpYz1I5xkaN/pdckhhoODEePWmSHnIGPbWstxITH3PWcbvEUmeXEPwt2tGScYzVOylBnxJXKC0syeEsUlzyKGgMeXlSY86ygh+XhtKmmR+xQ4bUUrA/d120mGFSjB9lRRHurpKPm7dbGy08ErOyRSIh+EkS0H8GWrpGVpLqT1Q4jFQkEsTTeRaPmTES1dgnfFNfflLbbgEbqHcL0xE88Lk5OljTBWw8x1e5JhMG5xwpXUdz0yRYWaHaXIDTfX5P+kDTzhNcviP48Ribk1H+zkOu/2iTRl6yNEpvddNn5g6RnSsDU5kn+SryItCTj3H3da6LndODDmVjGn6rE6nQ933gRziTpGU1HWioxZPtblJE4tMTE8RFA7s1q+BTxaZEafMG7ZPW//V0L+i60+Zv4Xit0UhUH8vJ9sll1VQX/vwUe/8ilAbnTaTFd7AUGJEBPiaFfVQe1UFtgFbKlFtVcMR4XhgUcgqNFYZl5RRejXBq9+8yVFswVjLCxYAUsfxLr6OGzRSOa66bXIiaVLHWSkJD2ufUh3YuWXpotNSJE4ov6OLCFOtYfKujK4+Uwx9V+0XLXNTT1yt6F34p1Njs9hidfbdUx5wx10JuhJUJUw5tYtoR1Qun4eirkJ9VH3DlCWtSbJUXPT5bhjc5lRzcbiKHpMcVehGsxbz21FVohhg3O9ShlXKHnjTq+e7VT8TK2TLcPFVDtg1Pf7MJVYSToPMPUBbVssQ0p8mCJFW/pTGRzBKxVY9OrhZvJz6VmYkE7j1oTBXgO0XJnPKZFfg6J3vD/2ZV4yxwvUpPtBX710zc7RNBFhrNQCQIWE5WMVCAPRpuW9YuymAOOLTo1gqNKDG2sjYWDVBSHgR+w5ZwSgt6+pcQ1nxcvilJTR4Wa2Pdg8vQa5ZzBmqab3o4lk/oBTE7KIXWk/IGfWni01aMh0w+Uh3glp+JHw3GxW3Wp4tWwVi2uxagvxYQ30IIlujOy+UnIpWW4wKO7lDLYxbl+bEU0qcwVs9ILboXAP2W02o4yI0hCtcMEnOlaAyYVx820G7SH+VXFtSEuoa38pceXNL0nDLAF1XUN4GTf40XW3klUjgPWpdxK5dLaxmoF11GrU4V4DUXRJh4gZtoAleq3xNJEQEQF7W22AtVQV0XswSuXiqBqlef1fnFlVI316vllAuNY0TX1u85HmCcEhfcutdGKOMfl8nszrv5RezX/FfCWvf3edf7bfLRVfVHWD0Up+LVqVSYLEnhy6sTodgnfEoOlcivWACl1mEdjXyYMP8byXUwiZh9PvLLolzXGF4fT+9NciRYdZcjyxDOsZhDDSz99PI+2GHANB6hF0xYqkAhJnltGVi1ADl/x4im2KEIO9fU/XQYqXo6jeoMgVjz6LlRVJ/OmPBha9rk49wYzJnm0Z4s6Rj/kBCWFbg2WOfaCn3NSwQZMbC83RDN0RkeLMwUhRFeWRW4LxmWZavZDYMNuD3veNkQ49D2HWtGGUUc1RO09hOZezH9BCER4Nl6PkxFWUZuGVheH5avh/uZT0Lj/jW0yJmDM6ytsyIV2aPgV/k/2qNZvmwu+7fYsJmOJ1q6pf79maGRAXlfbosZ9RKI6+O9GFniR3sWrJxlmfrJKfxHg7MZxN3CFfTiAFo15TKLAjrNWgNOv03ymVraEhE/mKeH6FoWtW9+4Vn1WixSq16Z8EKaa9OrKzguEBpWmLX1xjndGnxOs0N3yCqadZEoGiLVOBpDFbIQq5pFGqPa3rTGYRJanMGWUgg5X9qCKQ3LTTvs2oKjYU4AevoakzwpobBJR9rMFYo9Jh3U2u7azIxf1WIa6oGf/3ear5rKmRvXssC82s1PQs2fsMnbIIMjsNdtF1s0cc4mrqQkmzG+cZA6TTHbDe4+JAjAv1sI3ObOlYhMm3rT0LJq6lmbebjkrsWVJxtcM47NY600W0MworCsSEGbo9yLTMeqjtumWf831JKcW5/gfuX55ylbt9h+n0hBNtuLH287pTiEG92nGsqOhtFb5SDBrUIYnpvPRIkcUV9sG/MFm3Nlpzkb39cyIC8wxlwzzl90FUaUHBDiJxE6yCEcFSqwxUmKblw6ZQ0m29z73AR3QDBJagjcVYUQTEvklhxa1mR/bq2jnHj13reNDLDcdyNGRbC/vdxU/Gfm3L+LXLU9kOhB79icon0lInJbpdyqzH663tKzXILX3xzjU4Cc812W9Aw4jZzgVRyBL2abHPQdMcituChcwRSeavjWNZzhqZXlhzvC3QUyPbdcXVBdBh6dFXO0nV0npjR6oFHq3Rj/8IysQzhdDy/c3/dTxV1C69Q39SjSnVnbZILZaaAdcAId07+z7R18coU4v0D6nXW/kytfkIgdow+oFgeU1R2L07I7uVniXa7YXpq38G/dhV9jKIr2fN2Wpwvi3bPKHdwg/stVANfdyYyvZwUYpN3sH7sw5k6yHdcnuc0QEn+d/nCECHI7TJ4uPNUKTqpZ3ilMKqziJOdeGdeSnA1fNJ4AfZczEIbB3mCM3R/E+I8eTGgqC9MDXJ5PciSO5+QpnlNencKxzTceXCsimb8oBF6jFctgDsJRnpvrThgiot7emVsI3w2N7F6f0csGwSF5XpeWfchReYae9uXOjXrz1B70j2JAuYDhXtGjSuD30S6e0w4+7ELa/B7XwZ6ns6FJHz2hxhGQqdZfPpUz2uJCJB8OCrDxqsKxHzH9HO4Vg35fPjxkGasUC99O5cawGuSY30KPSGwBneYfUyMKVzIlM59sPeZOf0cA36cdQCIPOQ3fgOTAKpL3W1+4ltASk+qon7actAc41TXfpCPBOQbKg1/utmCblE6Qn8pkCPK5ch2fzN0rDwfe6x/oMjrhfPM4X////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////8AAAEAAgADAAQABQAGAAcACAAJAP//////////////////CgALAAwADQAOAA8A/////////////////////////////////////////////////////////////////////woACwAMAA0ADgAPAP///////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////wAAEAAgADAAQABQAGAAcACAAJAA//////////////////+gALAAwADQAOAA8AD/////////////////////////////////////////////////////////////////////oACwAMAA0ADgAPAA////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////wRIQAFMAAADOAQAAGgAAAMESEABTAAAAGwIAABMAAADBEhAAUwAAACQCAAA+AAAAwRIQAFMAAAAgAgAAMwAAAMESEABTAAAAKgIAADoAAADBEhAAUwAAAMEBAABFAAAAwRIQAFMAAADGAQAAPQAAAGEAAAAMAAAABAAAAGIAAABjAAAAJgBB4IHCAAvhGAEAAABkAAAAYSBEaXNwbGF5IGltcGxlbWVudGF0aW9uIHJldHVybmVkIGFuIGVycm9yIHVuZXhwZWN0ZWRseQDkDRAASwAAAGQLAAAOAAAAqQ4QAF8AAADGAAAAJwAAANUIEABgAAAAoAEAAC4AAABhc3NlcnRpb24gZmFpbGVkOiBpZHggPCBDQVBBQ0lUWWFzc2VydGlvbiBmYWlsZWQ6IGVkZ2UuaGVpZ2h0ID09IHNlbGYuaGVpZ2h0IC0gMeMPEABbAAAAtgIAAAkAAADjDxAAWwAAALoCAAAJAAAA4w8QAFsAAADwAAAATQAAAGFzc2VydGlvbiBmYWlsZWQ6IHNyYy5sZW4oKSA9PSBkc3QubGVuKCnjDxAAWwAAAFQHAAAFAAAA4w8QAFsAAADQBAAAIwAAAOMPEABbAAAAEwUAACQAAABhc3NlcnRpb24gZmFpbGVkOiBlZGdlLmhlaWdodCA9PSBzZWxmLm5vZGUuaGVpZ2h0IC0gMQAAAOMPEABbAAAAAwQAAAkAAACpDhAAXwAAAFgCAAAwAAAARU9GIHdoaWxlIHBhcnNpbmcgYSBsaXN0RU9GIHdoaWxlIHBhcnNpbmcgYW4gb2JqZWN0RU9GIHdoaWxlIHBhcnNpbmcgYSBzdHJpbmdFT0Ygd2hpbGUgcGFyc2luZyBhIHZhbHVlZXhwZWN0ZWQgYDpgZXhwZWN0ZWQgYCxgIG9yIGBdYGV4cGVjdGVkIGAsYCBvciBgfWBleHBlY3RlZCBpZGVudGV4cGVjdGVkIHZhbHVlZXhwZWN0ZWQgYCJgaW52YWxpZCBlc2NhcGVpbnZhbGlkIG51bWJlcm51bWJlciBvdXQgb2YgcmFuZ2VpbnZhbGlkIHVuaWNvZGUgY29kZSBwb2ludGNvbnRyb2wgY2hhcmFjdGVyIChcdTAwMDAtXHUwMDFGKSBmb3VuZCB3aGlsZSBwYXJzaW5nIGEgc3RyaW5na2V5IG11c3QgYmUgYSBzdHJpbmdpbnZhbGlkIHZhbHVlOiBleHBlY3RlZCBrZXkgdG8gYmUgYSBudW1iZXIgaW4gcXVvdGVzZmxvYXQga2V5IG11c3QgYmUgZmluaXRlIChnb3QgTmFOIG9yICsvLWluZilsb25lIGxlYWRpbmcgc3Vycm9nYXRlIGluIGhleCBlc2NhcGV0cmFpbGluZyBjb21tYXRyYWlsaW5nIGNoYXJhY3RlcnN1bmV4cGVjdGVkIGVuZCBvZiBoZXggZXNjYXBlcmVjdXJzaW9uIGxpbWl0IGV4Y2VlZGVkwRIQAFMAAACJAgAAGQAAAJgvikKRRDdxz/vAtaXbtelbwlY58RHxWaSCP5LVXhyrmKoH2AFbgxK+hTEkw30MVXRdvnL+sd6Apwbcm3Txm8HBaZvkhke+78adwQ/MoQwkbyzpLaqEdErcqbBc2oj5dlJRPphtxjGoyCcDsMd/Wb/zC+DGR5Gn1VFjygZnKSkUhQq3JzghGy78bSxNEw04U1RzCmW7Cmp2LsnCgYUscpKh6L+iS2YaqHCLS8KjUWzHGeiS0SQGmdaFNQ70cKBqEBbBpBkIbDceTHdIJ7W8sDSzDBw5SqrYTk/KnFvzby5o7oKPdG9jpXgUeMiECALHjPr/vpDrbFCk96P5vvJ4ccZdFBAAXQAAALkAAAApAAAAYW55IHZhbHVlMSBlbGVtZW50IGluIG1hcDEgZWxlbWVudCBpbiBzZXF1ZW5jZXUxNnUzMnU2NGV4cGxpY2l0IHBhbmljAAAAqhEQAFUAAAAkCQAAEgAAAG9uZSBvZiAsIGJ5dGUgYXJyYXl1bml0IHZhbHVlT3B0aW9uIHZhbHVlbmV3dHlwZSBzdHJ1Y3RzZXF1ZW5jZW1hcGVudW11bml0IHZhcmlhbnRuZXd0eXBlIHZhcmlhbnR0dXBsZSB2YXJpYW50c3RydWN0IHZhcmlhbnQuMAAAAAAAAAgAAAAEAAAAagAAAGsAAABsAAAAYSBib29sZWFudW5pdGEgc3RyaW5nbnVsbCBwb2ludGVyIHBhc3NlZCB0byBydXN0cmVjdXJzaXZlIHVzZSBvZiBhbiBvYmplY3QgZGV0ZWN0ZWQgd2hpY2ggd291bGQgbGVhZCB0byB1bnNhZmUgYWxpYXNpbmcgaW4gcnVzdGFycmF5IGNvbnRhaW5zIGEgdmFsdWUgb2YgdGhlIHdyb25nIHR5cGUAdwAAAAwAAAAEAAAAeAAAAHkAAAB6AAAAAAAAAAgAAAAEAAAAewAAAHwAAAB9AAAAfgAAAH8AAAAQAAAABAAAAIAAAACBAAAAggAAAIMAAABtXcvWLFDrY3hBpldxG4u5FaJcVTRVB9RTeK2BUfCj92Fzc2VydGlvbiBmYWlsZWQ6IHBzaXplID49IHNpemUgKyBtaW5fb3ZlcmhlYWQAABUTEAAqAAAAsQQAAAkAAABhc3NlcnRpb24gZmFpbGVkOiBwc2l6ZSA8PSBzaXplICsgbWF4X292ZXJoZWFkAAAVExAAKgAAALcEAAANAAAAZW50aXR5IG5vdCBmb3VuZHBlcm1pc3Npb24gZGVuaWVkY29ubmVjdGlvbiByZWZ1c2VkY29ubmVjdGlvbiByZXNldGhvc3QgdW5yZWFjaGFibGVuZXR3b3JrIHVucmVhY2hhYmxlY29ubmVjdGlvbiBhYm9ydGVkbm90IGNvbm5lY3RlZGFkZHJlc3MgaW4gdXNlYWRkcmVzcyBub3QgYXZhaWxhYmxlbmV0d29yayBkb3duYnJva2VuIHBpcGVlbnRpdHkgYWxyZWFkeSBleGlzdHNvcGVyYXRpb24gd291bGQgYmxvY2tub3QgYSBkaXJlY3RvcnlpcyBhIGRpcmVjdG9yeWRpcmVjdG9yeSBub3QgZW1wdHlyZWFkLW9ubHkgZmlsZXN5c3RlbSBvciBzdG9yYWdlIG1lZGl1bWZpbGVzeXN0ZW0gbG9vcCBvciBpbmRpcmVjdGlvbiBsaW1pdCAoZS5nLiBzeW1saW5rIGxvb3Apc3RhbGUgbmV0d29yayBmaWxlIGhhbmRsZWludmFsaWQgaW5wdXQgcGFyYW1ldGVyaW52YWxpZCBkYXRhdGltZWQgb3V0d3JpdGUgemVyb25vIHN0b3JhZ2Ugc3BhY2VzZWVrIG9uIHVuc2Vla2FibGUgZmlsZXF1b3RhIGV4Y2VlZGVkZmlsZSB0b28gbGFyZ2VyZXNvdXJjZSBidXN5ZXhlY3V0YWJsZSBmaWxlIGJ1c3lkZWFkbG9ja2Nyb3NzLWRldmljZSBsaW5rIG9yIHJlbmFtZXRvbyBtYW55IGxpbmtzaW52YWxpZCBmaWxlbmFtZWFyZ3VtZW50IGxpc3QgdG9vIGxvbmdvcGVyYXRpb24gaW50ZXJydXB0ZWR1bnN1cHBvcnRlZHVuZXhwZWN0ZWQgZW5kIG9mIGZpbGVvdXQgb2YgbWVtb3J5aW4gcHJvZ3Jlc3NvdGhlciBlcnJvcnVuY2F0ZWdvcml6ZWQgZXJyb3JvcGVyYXRpb24gc3VjY2Vzc2Z1bAAAAAAAAAAIAAAABAAAAIQAAABBY2Nlc3NFcnJvcgB3AAAADAAAAAQAAACFAAAAEAAAABEAAAASAAAAEAAAABAAAAATAAAAEgAAAA0AAAAOAAAAFQAAAAwAAAALAAAAFQAAABUAAAAPAAAADgAAABMAAAAmAAAAOAAAABkAAAAXAAAADAAAAAkAAAAKAAAAEAAAABcAAAAOAAAADgAAAA0AAAAUAAAACAAAABsAAAAOAAAAEAAAABYAAAAVAAAACwAAABYAAAANAAAACwAAAAsAAAATAAAAXIgQAGyIEAB9iBAAj4gQAJ+IEACviBAAwogQANSIEADhiBAA74gQAASJEAAQiRAAG4kQADCJEABFiRAAVIkQAGKJEAB1iRAAm4kQANOJEADsiRAAA4oQAA+KEAAYihAAIooQADKKEABJihAAV4oQAGWKEAByihAAhooQAI6KEACpihAAt4oQAMeKEADdihAA8ooQAP2KEAATixAAIIsQACuLEAA2ixAASGFzaCB0YWJsZSBjYXBhY2l0eSBvdmVyZmxvd7QQEAAqAAAAJQAAACgAAABjYXBhY2l0eSBvdmVyZmxvdwAAAAASEABQAAAAHAAAAAUAAACGAAAADAAAAAQAAACHAAAAiAAAAIkAQcyawgALgAEBAAAAigAAAGEgZm9ybWF0dGluZyB0cmFpdCBpbXBsZW1lbnRhdGlvbiByZXR1cm5lZCBhbiBlcnJvciB3aGVuIHRoZSB1bmRlcmx5aW5nIHN0cmVhbSBkaWQgbm90AADVCRAASAAAAI8CAAAOAAAARXJyb3ICAgICAgICAgICAgBB6ZvCAAsIAgIAAAAAAAIAQaCcwgALAQIAQcacwgALAQEAQeGcwgALAQEAQcKdwgALwg1wAAcALQEBAQIBAgEBSAswFRABZQcCBgICAQQjAR4bWws6CQkBGAQBCQEDAQUrAzsJKhgBIDcBAQEECAQBAwcKAh0BOgEBAQIECAEJAQoCGgECAjkBBAIEAgIDAwEeAgMBCwI5AQQFAQIEARQCFgYBAToBAQIBBAgBBwMKAh4BOwEBAQwBCQEoAQMBNwEBAwUDAQQHAgsCHQE6AQICAQEDAwEEBwILAhwCOQIBAQIECAEJAQoCHQFIAQQBAgMBAQgBUQECBwwIYgECCQsHSQIbAQEBAQE3DgEFAQIFCwEkCQFmBAEGAQICAhkCBAMQBA0BAgIGAQ8BAAMABBwDHQIeAkACAQcIAQILCQEtAwEBdQIiAXYDBAIJAQYD2wICAToBAQcBAQEBAggGCgIBMC4CDBQEMAoEAyYJDAIgBAIGOAEBAgMBAQU4CAICmAMBDQEHBAEGAQMCxkAAAcMhAAONAWAgAAZpAgAEAQogAlACAAEDAQQBGQIFAZcCGhINASYIGQsBASwDMAECBAICAgEkAUMGAgICAgwBCAEvATMBAQMCAgUCAQEqAggB7gECAQQBAAEAEBAQAAIAAeIBlQUAAwECBQQoAwQBpQIABEEFAAJNBkYLMQR7ATYPKQECAgoDMQQCAgcBPQMkBQEIPgEMAjQJAQEIBAIBXwMCBAYBAgGdAQMIFQI5AgEBAQEMAQkBDgcDBUMBAgYBAQIBAQMEAwEBDgJVCAIDAQEXAVEBAgYBAQIBAQIBAusBAgQGAgECGwJVCAIBAQJqAQEBAghlAQEBAgQBBQAJAQL1AQoEBAGQBAICBAEgCigGAgQIAQkGAgMuDQECxgEBAwEByQcBBgEBUhYCBwECAQJ6BgMBAQIBBwEBSAIDAQEBAAILAjQFBQMXAQABBg8ADAMDAAU7BwABPwRRAQsCAAIALgIXAAUDBggIAgceBJQDADcEMggBDgEWBQEPAAcBEQIHAQIBBWQBoAcAAT0EAAT+AvMBAgEHAgUBAAdtBwBggPAAMDEyMzQ1Njc4OWFiY2RlZgAAAAAEAAAABAAAAJIAAAAAAAAABAAAAAQAAACTAAAAYXNzZXJ0aW9uIGZhaWxlZDogcGFydHMubGVuKCkgPj0gNGFzc2VydGlvbiBmYWlsZWQ6IGJ1Zi5sZW4oKSA+PSBNQVhfU0lHX0RJR0lUUy0rTmFOaW5mMDAuYXNzZXJ0aW9uIGZhaWxlZDogYnVmLmxlbigpID49IG1heGxlbgBREhAAUwAAAHoCAAANAAAAfQAAAB4KEABRAAAALgAAAAkAAABhc3NlcnRpb24gZmFpbGVkOiBvdGhlciA+IDBhc3NlcnRpb24gZmFpbGVkOiBub2JvcnJvdyB9AK4MEABOAAAAhAEAAAEAAABhc3NlcnRpb24gZmFpbGVkOiBkaWdpdHMgPCA0MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAAAADeCxAATwAAAGcGAAAVAAAA3gsQAE8AAACVBgAAFQAAAN4LEABPAAAAlgYAABUAAADeCxAATwAAAHQFAAAoAAAA3gsQAE8AAAB0BQAAEgAAAFsuLi5dY2FsbGVkIGBPcHRpb246OnVud3JhcCgpYCBvbiBhIGBOb25lYCB2YWx1ZT09IT1tYXRjaGVzMDAwMTAyMDMwNDA1MDYwNzA4MDkxMDExMTIxMzE0MTUxNjE3MTgxOTIwMjEyMjIzMjQyNTI2MjcyODI5MzAzMTMyMzMzNDM1MzYzNzM4Mzk0MDQxNDI0MzQ0NDU0NjQ3NDg0OTUwNTE1MjUzNTQ1NTU2NTc1ODU5NjA2MTYyNjM2NDY1NjY2NzY4Njk3MDcxNzI3Mzc0NzU3Njc3Nzg3OTgwODE4MjgzODQ4NTg2ODc4ODg5OTA5MTkyOTM5NDk1OTY5Nzk4OTkuYXNzZXJ0aW9uIGZhaWxlZDogIWJ1Zi5pc19lbXB0eSgpAAAAURIQAFMAAAC3AAAABQAAAGFzc2VydGlvbiBmYWlsZWQ6IGJ1ZlswXSA+IGInMCcAURIQAFMAAAC4AAAABQAAAFESEABTAAAAuQAAAAUAAAABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQBBxqvCAAszAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAwMDAwMDAwMDAwMDAwMDAwQEBAQEAEGErMIAC9h8GAsQAFAAAACgAAAACQAAABgLEABQAAAAhAAAAB4AAAAABgEBAwEEAgUHBwIICAkCCgULAg4EEAERAhIFExwUARUCFwIZDRwFHQgfASQBagRrAm4CrwOxArwCzwLRAtQM1QnWAtcC2gHgBeEC5gHnBOgC7iDwBPgC+gX7AQwnOz5OT4+enp97i5OWorK6hrEGBwk2PT5W89DRBBQYNjdWV3+qrq+9NeASh4mOngQNDhESKTE0OkVGSUpOT2RlioyNj7bBw8TGy9ZctrcbHAcICgsUFzY5Oqip2NkJN5CRqAcKOz5maY+SEW9fv+7vWmK5uvT8/1NUmpsuLycoVZ2goaOkp6iturzEBgsMFR06P0VRpqfMzaAHGRoiJT4/3+fs7//FxgQgIyUmKDM4OkhKTFBTVVZYWlxeYGNlZmtzeH1/iqSqr7DA0K6vbm/H3d6TXiJ7BQMELQNmAwEvLoCCHQMxDxwEJAkeBSsFRAQOKoCqBiQEJAQoCDQLTgM0DIE3CRYKCBg7RTkDYwgJMBYFIQMbBRsmOARLBS8ECgcJB0AgJwQMCTYDOgUaBwQMB1BJNzMNMwcuCAoGJgMdCAKA0FIQBggJIS4IKhYaJhwUFwlOBCQJRA0ZBwoGSAgnCXULQj4qBjsFCgZRBgEFEAMFC1kIAh1iHkgICoCmXiJFCwoGDRM6BgoGFBwsBBeAuTxkUwxICQpGRRtICFMNSQcKVghYIg4KBkYKHQNHSTcDDggKBjkHCgYsBAqA9hkHOwMdVQEPMg2Dm2Z1C4DEikxjDYQwEBYKj5sFgkeauTqGxoI5ByoEXAYmCkYKKAUTgbA6gMZbBTQsSwQ5BxFABQsHCZzWKSBhc6H9gTMPAR0GDgQIgYyJBGsFDQMJBxCPYID9A4G0BhcPEQ9HCXQ8gPYKcwhwFUZ6FAwUDFcJGYCHgUcDhUIPFYRQHwYGgNUrBT4hAXAtAxoEAoFAHxE6BQGB0CqA1isEAYDANggCgOCA9ylMBAoEAoMRREw9gMI8BgEEVQUbNAKBDiwEZAxWCoCuOB0NLAQJBwIOBoCag9kDEQMNA4DaBgwEAQ8MBDgICgYoCCwEAg4JJ4FYCB0DCwM7BB4ECgeA+4QFAAEDBQUGBgIHBggHCREKHAsZDBkNEA4MDwQQAxISEwkWARcEGAEZAxoJGwEcAh8WIAMrAi0LLgEwBDECMgGpAqoEqwj6AvsF/gP/Ca14eYuNojBXWIuMkBzdDg9LTPv8Li8/XF1f4oSNjpGSqbG6u8XGycre5OX/AAQREikxNDc6Oz1JSl2EjpKpsbS6u8bKzs/k5QAEDQ4REikxNDo7RUZJSl5kZYSRm53Jzs8NESk6O0VJV1teX2RljZGptLq7xcnf5OXwDRFFSWRlgISyvL6/1dfw8YOFi6Smvr/Fx8/a20iYvc3Gzs9JTk9XWV5fiY6Psba3v8HGx9cRFhdbXPb3/v+AbXHe3w4fbm8cHV99fq6v3t9Nu7wWFx4fRkdOT1haXF5+f7XF1NXc8PH1cnOPdHUmLi+nr7e/x8/X35oAQJeYMI8fzv9OT1pbBwgPECcv7u9ubzc9P0JFU2d1yMnQ0djZ5/7/ACBfIoLfBIJECBsEBhGBrA6AqwUgB4EcAxkIAQQvBDQEBwMBBwYHEQpQDxIHVQcDBBwKCQMIAwcDAgMDAwwEBQMLBgEOFQVOBxsHVwcCBRgMUARDAy0DAQQRBg8MOgQdJV8gbQRqJYDIBYKwAxoGgv0DWQcWCRgJFAwUDGoGCgYaBlkHKwVGCiwEDAQBAzELLAQaBgsDgKwGCgZMFID0CDwDDwM+BTgIKwWC/xEYCC8RLQMiDiEPgIwEgpoWCxWIlAUvBTsHAg4YCYC+InQMgNYagRAFgOEJ8p4DNwmBXBSAuAiA3RQ8AwoGOAhGCAwGdAseA1oEWQmAgxgcChYJTASAigarpAwXBDGhBIHaJgcMBQWCsyAqBkwEgI0EgL4DGwMPDS0PEABVAAAACgAAACsAAAAtDxAAVQAAABoAAAA2AAAAYXR0ZW1wdCB0byBkaXZpZGUgYnkgemVybwAAALUAAACcAwAA3wAAAAAAQADgAAAAwAAAAOEAAADBAAAA4gAAAMIAAADjAAAAwwAAAOQAAADEAAAA5QAAAMUAAADmAAAAxgAAAOcAAADHAAAA6AAAAMgAAADpAAAAyQAAAOoAAADKAAAA6wAAAMsAAADsAAAAzAAAAO0AAADNAAAA7gAAAM4AAADvAAAAzwAAAPAAAADQAAAA8QAAANEAAADyAAAA0gAAAPMAAADTAAAA9AAAANQAAAD1AAAA1QAAAPYAAADWAAAA+AAAANgAAAD5AAAA2QAAAPoAAADaAAAA+wAAANsAAAD8AAAA3AAAAP0AAADdAAAA/gAAAN4AAAD/AAAAeAEAAAEBAAAAAQAAAwEAAAIBAAAFAQAABAEAAAcBAAAGAQAACQEAAAgBAAALAQAACgEAAA0BAAAMAQAADwEAAA4BAAARAQAAEAEAABMBAAASAQAAFQEAABQBAAAXAQAAFgEAABkBAAAYAQAAGwEAABoBAAAdAQAAHAEAAB8BAAAeAQAAIQEAACABAAAjAQAAIgEAACUBAAAkAQAAJwEAACYBAAApAQAAKAEAACsBAAAqAQAALQEAACwBAAAvAQAALgEAADEBAABJAAAAMwEAADIBAAA1AQAANAEAADcBAAA2AQAAOgEAADkBAAA8AQAAOwEAAD4BAAA9AQAAQAEAAD8BAABCAQAAQQEAAEQBAABDAQAARgEAAEUBAABIAQAARwEAAEkBAAABAEAASwEAAEoBAABNAQAATAEAAE8BAABOAQAAUQEAAFABAABTAQAAUgEAAFUBAABUAQAAVwEAAFYBAABZAQAAWAEAAFsBAABaAQAAXQEAAFwBAABfAQAAXgEAAGEBAABgAQAAYwEAAGIBAABlAQAAZAEAAGcBAABmAQAAaQEAAGgBAABrAQAAagEAAG0BAABsAQAAbwEAAG4BAABxAQAAcAEAAHMBAAByAQAAdQEAAHQBAAB3AQAAdgEAAHoBAAB5AQAAfAEAAHsBAAB+AQAAfQEAAH8BAABTAAAAgAEAAEMCAACDAQAAggEAAIUBAACEAQAAiAEAAIcBAACMAQAAiwEAAJIBAACRAQAAlQEAAPYBAACZAQAAmAEAAJoBAAA9AgAAmwEAANynAACeAQAAIAIAAKEBAACgAQAAowEAAKIBAAClAQAApAEAAKgBAACnAQAArQEAAKwBAACwAQAArwEAALQBAACzAQAAtgEAALUBAAC5AQAAuAEAAL0BAAC8AQAAvwEAAPcBAADFAQAAxAEAAMYBAADEAQAAyAEAAMcBAADJAQAAxwEAAMsBAADKAQAAzAEAAMoBAADOAQAAzQEAANABAADPAQAA0gEAANEBAADUAQAA0wEAANYBAADVAQAA2AEAANcBAADaAQAA2QEAANwBAADbAQAA3QEAAI4BAADfAQAA3gEAAOEBAADgAQAA4wEAAOIBAADlAQAA5AEAAOcBAADmAQAA6QEAAOgBAADrAQAA6gEAAO0BAADsAQAA7wEAAO4BAADwAQAAAgBAAPIBAADxAQAA8wEAAPEBAAD1AQAA9AEAAPkBAAD4AQAA+wEAAPoBAAD9AQAA/AEAAP8BAAD+AQAAAQIAAAACAAADAgAAAgIAAAUCAAAEAgAABwIAAAYCAAAJAgAACAIAAAsCAAAKAgAADQIAAAwCAAAPAgAADgIAABECAAAQAgAAEwIAABICAAAVAgAAFAIAABcCAAAWAgAAGQIAABgCAAAbAgAAGgIAAB0CAAAcAgAAHwIAAB4CAAAjAgAAIgIAACUCAAAkAgAAJwIAACYCAAApAgAAKAIAACsCAAAqAgAALQIAACwCAAAvAgAALgIAADECAAAwAgAAMwIAADICAAA8AgAAOwIAAD8CAAB+LAAAQAIAAH8sAABCAgAAQQIAAEcCAABGAgAASQIAAEgCAABLAgAASgIAAE0CAABMAgAATwIAAE4CAABQAgAAbywAAFECAABtLAAAUgIAAHAsAABTAgAAgQEAAFQCAACGAQAAVgIAAIkBAABXAgAAigEAAFkCAACPAQAAWwIAAJABAABcAgAAq6cAAGACAACTAQAAYQIAAKynAABjAgAAlAEAAGQCAADLpwAAZQIAAI2nAABmAgAAqqcAAGgCAACXAQAAaQIAAJYBAABqAgAArqcAAGsCAABiLAAAbAIAAK2nAABvAgAAnAEAAHECAABuLAAAcgIAAJ0BAAB1AgAAnwEAAH0CAABkLAAAgAIAAKYBAACCAgAAxacAAIMCAACpAQAAhwIAALGnAACIAgAArgEAAIkCAABEAgAAigIAALEBAACLAgAAsgEAAIwCAABFAgAAkgIAALcBAACdAgAAsqcAAJ4CAACwpwAARQMAAJkDAABxAwAAcAMAAHMDAAByAwAAdwMAAHYDAAB7AwAA/QMAAHwDAAD+AwAAfQMAAP8DAACQAwAAAwBAAKwDAACGAwAArQMAAIgDAACuAwAAiQMAAK8DAACKAwAAsAMAAAQAQACxAwAAkQMAALIDAACSAwAAswMAAJMDAAC0AwAAlAMAALUDAACVAwAAtgMAAJYDAAC3AwAAlwMAALgDAACYAwAAuQMAAJkDAAC6AwAAmgMAALsDAACbAwAAvAMAAJwDAAC9AwAAnQMAAL4DAACeAwAAvwMAAJ8DAADAAwAAoAMAAMEDAAChAwAAwgMAAKMDAADDAwAAowMAAMQDAACkAwAAxQMAAKUDAADGAwAApgMAAMcDAACnAwAAyAMAAKgDAADJAwAAqQMAAMoDAACqAwAAywMAAKsDAADMAwAAjAMAAM0DAACOAwAAzgMAAI8DAADQAwAAkgMAANEDAACYAwAA1QMAAKYDAADWAwAAoAMAANcDAADPAwAA2QMAANgDAADbAwAA2gMAAN0DAADcAwAA3wMAAN4DAADhAwAA4AMAAOMDAADiAwAA5QMAAOQDAADnAwAA5gMAAOkDAADoAwAA6wMAAOoDAADtAwAA7AMAAO8DAADuAwAA8AMAAJoDAADxAwAAoQMAAPIDAAD5AwAA8wMAAH8DAAD1AwAAlQMAAPgDAAD3AwAA+wMAAPoDAAAwBAAAEAQAADEEAAARBAAAMgQAABIEAAAzBAAAEwQAADQEAAAUBAAANQQAABUEAAA2BAAAFgQAADcEAAAXBAAAOAQAABgEAAA5BAAAGQQAADoEAAAaBAAAOwQAABsEAAA8BAAAHAQAAD0EAAAdBAAAPgQAAB4EAAA/BAAAHwQAAEAEAAAgBAAAQQQAACEEAABCBAAAIgQAAEMEAAAjBAAARAQAACQEAABFBAAAJQQAAEYEAAAmBAAARwQAACcEAABIBAAAKAQAAEkEAAApBAAASgQAACoEAABLBAAAKwQAAEwEAAAsBAAATQQAAC0EAABOBAAALgQAAE8EAAAvBAAAUAQAAAAEAABRBAAAAQQAAFIEAAACBAAAUwQAAAMEAABUBAAABAQAAFUEAAAFBAAAVgQAAAYEAABXBAAABwQAAFgEAAAIBAAAWQQAAAkEAABaBAAACgQAAFsEAAALBAAAXAQAAAwEAABdBAAADQQAAF4EAAAOBAAAXwQAAA8EAABhBAAAYAQAAGMEAABiBAAAZQQAAGQEAABnBAAAZgQAAGkEAABoBAAAawQAAGoEAABtBAAAbAQAAG8EAABuBAAAcQQAAHAEAABzBAAAcgQAAHUEAAB0BAAAdwQAAHYEAAB5BAAAeAQAAHsEAAB6BAAAfQQAAHwEAAB/BAAAfgQAAIEEAACABAAAiwQAAIoEAACNBAAAjAQAAI8EAACOBAAAkQQAAJAEAACTBAAAkgQAAJUEAACUBAAAlwQAAJYEAACZBAAAmAQAAJsEAACaBAAAnQQAAJwEAACfBAAAngQAAKEEAACgBAAAowQAAKIEAAClBAAApAQAAKcEAACmBAAAqQQAAKgEAACrBAAAqgQAAK0EAACsBAAArwQAAK4EAACxBAAAsAQAALMEAACyBAAAtQQAALQEAAC3BAAAtgQAALkEAAC4BAAAuwQAALoEAAC9BAAAvAQAAL8EAAC+BAAAwgQAAMEEAADEBAAAwwQAAMYEAADFBAAAyAQAAMcEAADKBAAAyQQAAMwEAADLBAAAzgQAAM0EAADPBAAAwAQAANEEAADQBAAA0wQAANIEAADVBAAA1AQAANcEAADWBAAA2QQAANgEAADbBAAA2gQAAN0EAADcBAAA3wQAAN4EAADhBAAA4AQAAOMEAADiBAAA5QQAAOQEAADnBAAA5gQAAOkEAADoBAAA6wQAAOoEAADtBAAA7AQAAO8EAADuBAAA8QQAAPAEAADzBAAA8gQAAPUEAAD0BAAA9wQAAPYEAAD5BAAA+AQAAPsEAAD6BAAA/QQAAPwEAAD/BAAA/gQAAAEFAAAABQAAAwUAAAIFAAAFBQAABAUAAAcFAAAGBQAACQUAAAgFAAALBQAACgUAAA0FAAAMBQAADwUAAA4FAAARBQAAEAUAABMFAAASBQAAFQUAABQFAAAXBQAAFgUAABkFAAAYBQAAGwUAABoFAAAdBQAAHAUAAB8FAAAeBQAAIQUAACAFAAAjBQAAIgUAACUFAAAkBQAAJwUAACYFAAApBQAAKAUAACsFAAAqBQAALQUAACwFAAAvBQAALgUAAGEFAAAxBQAAYgUAADIFAABjBQAAMwUAAGQFAAA0BQAAZQUAADUFAABmBQAANgUAAGcFAAA3BQAAaAUAADgFAABpBQAAOQUAAGoFAAA6BQAAawUAADsFAABsBQAAPAUAAG0FAAA9BQAAbgUAAD4FAABvBQAAPwUAAHAFAABABQAAcQUAAEEFAAByBQAAQgUAAHMFAABDBQAAdAUAAEQFAAB1BQAARQUAAHYFAABGBQAAdwUAAEcFAAB4BQAASAUAAHkFAABJBQAAegUAAEoFAAB7BQAASwUAAHwFAABMBQAAfQUAAE0FAAB+BQAATgUAAH8FAABPBQAAgAUAAFAFAACBBQAAUQUAAIIFAABSBQAAgwUAAFMFAACEBQAAVAUAAIUFAABVBQAAhgUAAFYFAACHBQAABQBAANAQAACQHAAA0RAAAJEcAADSEAAAkhwAANMQAACTHAAA1BAAAJQcAADVEAAAlRwAANYQAACWHAAA1xAAAJccAADYEAAAmBwAANkQAACZHAAA2hAAAJocAADbEAAAmxwAANwQAACcHAAA3RAAAJ0cAADeEAAAnhwAAN8QAACfHAAA4BAAAKAcAADhEAAAoRwAAOIQAACiHAAA4xAAAKMcAADkEAAApBwAAOUQAAClHAAA5hAAAKYcAADnEAAApxwAAOgQAACoHAAA6RAAAKkcAADqEAAAqhwAAOsQAACrHAAA7BAAAKwcAADtEAAArRwAAO4QAACuHAAA7xAAAK8cAADwEAAAsBwAAPEQAACxHAAA8hAAALIcAADzEAAAsxwAAPQQAAC0HAAA9RAAALUcAAD2EAAAthwAAPcQAAC3HAAA+BAAALgcAAD5EAAAuRwAAPoQAAC6HAAA/RAAAL0cAAD+EAAAvhwAAP8QAAC/HAAA+BMAAPATAAD5EwAA8RMAAPoTAADyEwAA+xMAAPMTAAD8EwAA9BMAAP0TAAD1EwAAgBwAABIEAACBHAAAFAQAAIIcAAAeBAAAgxwAACEEAACEHAAAIgQAAIUcAAAiBAAAhhwAACoEAACHHAAAYgQAAIgcAABKpgAAihwAAIkcAAB5HQAAfacAAH0dAABjLAAAjh0AAManAAABHgAAAB4AAAMeAAACHgAABR4AAAQeAAAHHgAABh4AAAkeAAAIHgAACx4AAAoeAAANHgAADB4AAA8eAAAOHgAAER4AABAeAAATHgAAEh4AABUeAAAUHgAAFx4AABYeAAAZHgAAGB4AABseAAAaHgAAHR4AABweAAAfHgAAHh4AACEeAAAgHgAAIx4AACIeAAAlHgAAJB4AACceAAAmHgAAKR4AACgeAAArHgAAKh4AAC0eAAAsHgAALx4AAC4eAAAxHgAAMB4AADMeAAAyHgAANR4AADQeAAA3HgAANh4AADkeAAA4HgAAOx4AADoeAAA9HgAAPB4AAD8eAAA+HgAAQR4AAEAeAABDHgAAQh4AAEUeAABEHgAARx4AAEYeAABJHgAASB4AAEseAABKHgAATR4AAEweAABPHgAATh4AAFEeAABQHgAAUx4AAFIeAABVHgAAVB4AAFceAABWHgAAWR4AAFgeAABbHgAAWh4AAF0eAABcHgAAXx4AAF4eAABhHgAAYB4AAGMeAABiHgAAZR4AAGQeAABnHgAAZh4AAGkeAABoHgAAax4AAGoeAABtHgAAbB4AAG8eAABuHgAAcR4AAHAeAABzHgAAch4AAHUeAAB0HgAAdx4AAHYeAAB5HgAAeB4AAHseAAB6HgAAfR4AAHweAAB/HgAAfh4AAIEeAACAHgAAgx4AAIIeAACFHgAAhB4AAIceAACGHgAAiR4AAIgeAACLHgAAih4AAI0eAACMHgAAjx4AAI4eAACRHgAAkB4AAJMeAACSHgAAlR4AAJQeAACWHgAABgBAAJceAAAHAEAAmB4AAAgAQACZHgAACQBAAJoeAAAKAEAAmx4AAGAeAAChHgAAoB4AAKMeAACiHgAApR4AAKQeAACnHgAAph4AAKkeAACoHgAAqx4AAKoeAACtHgAArB4AAK8eAACuHgAAsR4AALAeAACzHgAAsh4AALUeAAC0HgAAtx4AALYeAAC5HgAAuB4AALseAAC6HgAAvR4AALweAAC/HgAAvh4AAMEeAADAHgAAwx4AAMIeAADFHgAAxB4AAMceAADGHgAAyR4AAMgeAADLHgAAyh4AAM0eAADMHgAAzx4AAM4eAADRHgAA0B4AANMeAADSHgAA1R4AANQeAADXHgAA1h4AANkeAADYHgAA2x4AANoeAADdHgAA3B4AAN8eAADeHgAA4R4AAOAeAADjHgAA4h4AAOUeAADkHgAA5x4AAOYeAADpHgAA6B4AAOseAADqHgAA7R4AAOweAADvHgAA7h4AAPEeAADwHgAA8x4AAPIeAAD1HgAA9B4AAPceAAD2HgAA+R4AAPgeAAD7HgAA+h4AAP0eAAD8HgAA/x4AAP4eAAAAHwAACB8AAAEfAAAJHwAAAh8AAAofAAADHwAACx8AAAQfAAAMHwAABR8AAA0fAAAGHwAADh8AAAcfAAAPHwAAEB8AABgfAAARHwAAGR8AABIfAAAaHwAAEx8AABsfAAAUHwAAHB8AABUfAAAdHwAAIB8AACgfAAAhHwAAKR8AACIfAAAqHwAAIx8AACsfAAAkHwAALB8AACUfAAAtHwAAJh8AAC4fAAAnHwAALx8AADAfAAA4HwAAMR8AADkfAAAyHwAAOh8AADMfAAA7HwAANB8AADwfAAA1HwAAPR8AADYfAAA+HwAANx8AAD8fAABAHwAASB8AAEEfAABJHwAAQh8AAEofAABDHwAASx8AAEQfAABMHwAARR8AAE0fAABQHwAACwBAAFEfAABZHwAAUh8AAAwAQABTHwAAWx8AAFQfAAANAEAAVR8AAF0fAABWHwAADgBAAFcfAABfHwAAYB8AAGgfAABhHwAAaR8AAGIfAABqHwAAYx8AAGsfAABkHwAAbB8AAGUfAABtHwAAZh8AAG4fAABnHwAAbx8AAHAfAAC6HwAAcR8AALsfAAByHwAAyB8AAHMfAADJHwAAdB8AAMofAAB1HwAAyx8AAHYfAADaHwAAdx8AANsfAAB4HwAA+B8AAHkfAAD5HwAAeh8AAOofAAB7HwAA6x8AAHwfAAD6HwAAfR8AAPsfAACAHwAADwBAAIEfAAAQAEAAgh8AABEAQACDHwAAEgBAAIQfAAATAEAAhR8AABQAQACGHwAAFQBAAIcfAAAWAEAAiB8AABcAQACJHwAAGABAAIofAAAZAEAAix8AABoAQACMHwAAGwBAAI0fAAAcAEAAjh8AAB0AQACPHwAAHgBAAJAfAAAfAEAAkR8AACAAQACSHwAAIQBAAJMfAAAiAEAAlB8AACMAQACVHwAAJABAAJYfAAAlAEAAlx8AACYAQACYHwAAJwBAAJkfAAAoAEAAmh8AACkAQACbHwAAKgBAAJwfAAArAEAAnR8AACwAQACeHwAALQBAAJ8fAAAuAEAAoB8AAC8AQAChHwAAMABAAKIfAAAxAEAAox8AADIAQACkHwAAMwBAAKUfAAA0AEAAph8AADUAQACnHwAANgBAAKgfAAA3AEAAqR8AADgAQACqHwAAOQBAAKsfAAA6AEAArB8AADsAQACtHwAAPABAAK4fAAA9AEAArx8AAD4AQACwHwAAuB8AALEfAAC5HwAAsh8AAD8AQACzHwAAQABAALQfAABBAEAAth8AAEIAQAC3HwAAQwBAALwfAABEAEAAvh8AAJkDAADCHwAARQBAAMMfAABGAEAAxB8AAEcAQADGHwAASABAAMcfAABJAEAAzB8AAEoAQADQHwAA2B8AANEfAADZHwAA0h8AAEsAQADTHwAATABAANYfAABNAEAA1x8AAE4AQADgHwAA6B8AAOEfAADpHwAA4h8AAE8AQADjHwAAUABAAOQfAABRAEAA5R8AAOwfAADmHwAAUgBAAOcfAABTAEAA8h8AAFQAQADzHwAAVQBAAPQfAABWAEAA9h8AAFcAQAD3HwAAWABAAPwfAABZAEAATiEAADIhAABwIQAAYCEAAHEhAABhIQAAciEAAGIhAABzIQAAYyEAAHQhAABkIQAAdSEAAGUhAAB2IQAAZiEAAHchAABnIQAAeCEAAGghAAB5IQAAaSEAAHohAABqIQAAeyEAAGshAAB8IQAAbCEAAH0hAABtIQAAfiEAAG4hAAB/IQAAbyEAAIQhAACDIQAA0CQAALYkAADRJAAAtyQAANIkAAC4JAAA0yQAALkkAADUJAAAuiQAANUkAAC7JAAA1iQAALwkAADXJAAAvSQAANgkAAC+JAAA2SQAAL8kAADaJAAAwCQAANskAADBJAAA3CQAAMIkAADdJAAAwyQAAN4kAADEJAAA3yQAAMUkAADgJAAAxiQAAOEkAADHJAAA4iQAAMgkAADjJAAAySQAAOQkAADKJAAA5SQAAMskAADmJAAAzCQAAOckAADNJAAA6CQAAM4kAADpJAAAzyQAADAsAAAALAAAMSwAAAEsAAAyLAAAAiwAADMsAAADLAAANCwAAAQsAAA1LAAABSwAADYsAAAGLAAANywAAAcsAAA4LAAACCwAADksAAAJLAAAOiwAAAosAAA7LAAACywAADwsAAAMLAAAPSwAAA0sAAA+LAAADiwAAD8sAAAPLAAAQCwAABAsAABBLAAAESwAAEIsAAASLAAAQywAABMsAABELAAAFCwAAEUsAAAVLAAARiwAABYsAABHLAAAFywAAEgsAAAYLAAASSwAABksAABKLAAAGiwAAEssAAAbLAAATCwAABwsAABNLAAAHSwAAE4sAAAeLAAATywAAB8sAABQLAAAICwAAFEsAAAhLAAAUiwAACIsAABTLAAAIywAAFQsAAAkLAAAVSwAACUsAABWLAAAJiwAAFcsAAAnLAAAWCwAACgsAABZLAAAKSwAAFosAAAqLAAAWywAACssAABcLAAALCwAAF0sAAAtLAAAXiwAAC4sAABfLAAALywAAGEsAABgLAAAZSwAADoCAABmLAAAPgIAAGgsAABnLAAAaiwAAGksAABsLAAAaywAAHMsAAByLAAAdiwAAHUsAACBLAAAgCwAAIMsAACCLAAAhSwAAIQsAACHLAAAhiwAAIksAACILAAAiywAAIosAACNLAAAjCwAAI8sAACOLAAAkSwAAJAsAACTLAAAkiwAAJUsAACULAAAlywAAJYsAACZLAAAmCwAAJssAACaLAAAnSwAAJwsAACfLAAAniwAAKEsAACgLAAAoywAAKIsAAClLAAApCwAAKcsAACmLAAAqSwAAKgsAACrLAAAqiwAAK0sAACsLAAArywAAK4sAACxLAAAsCwAALMsAACyLAAAtSwAALQsAAC3LAAAtiwAALksAAC4LAAAuywAALosAAC9LAAAvCwAAL8sAAC+LAAAwSwAAMAsAADDLAAAwiwAAMUsAADELAAAxywAAMYsAADJLAAAyCwAAMssAADKLAAAzSwAAMwsAADPLAAAziwAANEsAADQLAAA0ywAANIsAADVLAAA1CwAANcsAADWLAAA2SwAANgsAADbLAAA2iwAAN0sAADcLAAA3ywAAN4sAADhLAAA4CwAAOMsAADiLAAA7CwAAOssAADuLAAA7SwAAPMsAADyLAAAAC0AAKAQAAABLQAAoRAAAAItAACiEAAAAy0AAKMQAAAELQAApBAAAAUtAAClEAAABi0AAKYQAAAHLQAApxAAAAgtAACoEAAACS0AAKkQAAAKLQAAqhAAAAstAACrEAAADC0AAKwQAAANLQAArRAAAA4tAACuEAAADy0AAK8QAAAQLQAAsBAAABEtAACxEAAAEi0AALIQAAATLQAAsxAAABQtAAC0EAAAFS0AALUQAAAWLQAAthAAABctAAC3EAAAGC0AALgQAAAZLQAAuRAAABotAAC6EAAAGy0AALsQAAAcLQAAvBAAAB0tAAC9EAAAHi0AAL4QAAAfLQAAvxAAACAtAADAEAAAIS0AAMEQAAAiLQAAwhAAACMtAADDEAAAJC0AAMQQAAAlLQAAxRAAACctAADHEAAALS0AAM0QAABBpgAAQKYAAEOmAABCpgAARaYAAESmAABHpgAARqYAAEmmAABIpgAAS6YAAEqmAABNpgAATKYAAE+mAABOpgAAUaYAAFCmAABTpgAAUqYAAFWmAABUpgAAV6YAAFamAABZpgAAWKYAAFumAABapgAAXaYAAFymAABfpgAAXqYAAGGmAABgpgAAY6YAAGKmAABlpgAAZKYAAGemAABmpgAAaaYAAGimAABrpgAAaqYAAG2mAABspgAAgaYAAICmAACDpgAAgqYAAIWmAACEpgAAh6YAAIamAACJpgAAiKYAAIumAACKpgAAjaYAAIymAACPpgAAjqYAAJGmAACQpgAAk6YAAJKmAACVpgAAlKYAAJemAACWpgAAmaYAAJimAACbpgAAmqYAACOnAAAipwAAJacAACSnAAAnpwAAJqcAACmnAAAopwAAK6cAACqnAAAtpwAALKcAAC+nAAAupwAAM6cAADKnAAA1pwAANKcAADenAAA2pwAAOacAADinAAA7pwAAOqcAAD2nAAA8pwAAP6cAAD6nAABBpwAAQKcAAEOnAABCpwAARacAAESnAABHpwAARqcAAEmnAABIpwAAS6cAAEqnAABNpwAATKcAAE+nAABOpwAAUacAAFCnAABTpwAAUqcAAFWnAABUpwAAV6cAAFanAABZpwAAWKcAAFunAABapwAAXacAAFynAABfpwAAXqcAAGGnAABgpwAAY6cAAGKnAABlpwAAZKcAAGenAABmpwAAaacAAGinAABrpwAAaqcAAG2nAABspwAAb6cAAG6nAAB6pwAAeacAAHynAAB7pwAAf6cAAH6nAACBpwAAgKcAAIOnAACCpwAAhacAAISnAACHpwAAhqcAAIynAACLpwAAkacAAJCnAACTpwAAkqcAAJSnAADEpwAAl6cAAJanAACZpwAAmKcAAJunAACapwAAnacAAJynAACfpwAAnqcAAKGnAACgpwAAo6cAAKKnAAClpwAApKcAAKenAACmpwAAqacAAKinAAC1pwAAtKcAALenAAC2pwAAuacAALinAAC7pwAAuqcAAL2nAAC8pwAAv6cAAL6nAADBpwAAwKcAAMOnAADCpwAAyKcAAMenAADKpwAAyacAAM2nAADMpwAAz6cAAM6nAADRpwAA0KcAANOnAADSpwAA1acAANSnAADXpwAA1qcAANmnAADYpwAA26cAANqnAAD2pwAA9acAAFOrAACzpwAAcKsAAKATAABxqwAAoRMAAHKrAACiEwAAc6sAAKMTAAB0qwAApBMAAHWrAAClEwAAdqsAAKYTAAB3qwAApxMAAHirAACoEwAAeasAAKkTAAB6qwAAqhMAAHurAACrEwAAfKsAAKwTAAB9qwAArRMAAH6rAACuEwAAf6sAAK8TAACAqwAAsBMAAIGrAACxEwAAgqsAALITAACDqwAAsxMAAISrAAC0EwAAhasAALUTAACGqwAAthMAAIerAAC3EwAAiKsAALgTAACJqwAAuRMAAIqrAAC6EwAAi6sAALsTAACMqwAAvBMAAI2rAAC9EwAAjqsAAL4TAACPqwAAvxMAAJCrAADAEwAAkasAAMETAACSqwAAwhMAAJOrAADDEwAAlKsAAMQTAACVqwAAxRMAAJarAADGEwAAl6sAAMcTAACYqwAAyBMAAJmrAADJEwAAmqsAAMoTAACbqwAAyxMAAJyrAADMEwAAnasAAM0TAACeqwAAzhMAAJ+rAADPEwAAoKsAANATAAChqwAA0RMAAKKrAADSEwAAo6sAANMTAACkqwAA1BMAAKWrAADVEwAApqsAANYTAACnqwAA1xMAAKirAADYEwAAqasAANkTAACqqwAA2hMAAKurAADbEwAArKsAANwTAACtqwAA3RMAAK6rAADeEwAAr6sAAN8TAACwqwAA4BMAALGrAADhEwAAsqsAAOITAACzqwAA4xMAALSrAADkEwAAtasAAOUTAAC2qwAA5hMAALerAADnEwAAuKsAAOgTAAC5qwAA6RMAALqrAADqEwAAu6sAAOsTAAC8qwAA7BMAAL2rAADtEwAAvqsAAO4TAAC/qwAA7xMAAAD7AABaAEAAAfsAAFsAQAAC+wAAXABAAAP7AABdAEAABPsAAF4AQAAF+wAAXwBAAAb7AABgAEAAE/sAAGEAQAAU+wAAYgBAABX7AABjAEAAFvsAAGQAQAAX+wAAZQBAAEH/AAAh/wAAQv8AACL/AABD/wAAI/8AAET/AAAk/wAARf8AACX/AABG/wAAJv8AAEf/AAAn/wAASP8AACj/AABJ/wAAKf8AAEr/AAAq/wAAS/8AACv/AABM/wAALP8AAE3/AAAt/wAATv8AAC7/AABP/wAAL/8AAFD/AAAw/wAAUf8AADH/AABS/wAAMv8AAFP/AAAz/wAAVP8AADT/AABV/wAANf8AAFb/AAA2/wAAV/8AADf/AABY/wAAOP8AAFn/AAA5/wAAWv8AADr/AAAoBAEAAAQBACkEAQABBAEAKgQBAAIEAQArBAEAAwQBACwEAQAEBAEALQQBAAUEAQAuBAEABgQBAC8EAQAHBAEAMAQBAAgEAQAxBAEACQQBADIEAQAKBAEAMwQBAAsEAQA0BAEADAQBADUEAQANBAEANgQBAA4EAQA3BAEADwQBADgEAQAQBAEAOQQBABEEAQA6BAEAEgQBADsEAQATBAEAPAQBABQEAQA9BAEAFQQBAD4EAQAWBAEAPwQBABcEAQBABAEAGAQBAEEEAQAZBAEAQgQBABoEAQBDBAEAGwQBAEQEAQAcBAEARQQBAB0EAQBGBAEAHgQBAEcEAQAfBAEASAQBACAEAQBJBAEAIQQBAEoEAQAiBAEASwQBACMEAQBMBAEAJAQBAE0EAQAlBAEATgQBACYEAQBPBAEAJwQBANgEAQCwBAEA2QQBALEEAQDaBAEAsgQBANsEAQCzBAEA3AQBALQEAQDdBAEAtQQBAN4EAQC2BAEA3wQBALcEAQDgBAEAuAQBAOEEAQC5BAEA4gQBALoEAQDjBAEAuwQBAOQEAQC8BAEA5QQBAL0EAQDmBAEAvgQBAOcEAQC/BAEA6AQBAMAEAQDpBAEAwQQBAOoEAQDCBAEA6wQBAMMEAQDsBAEAxAQBAO0EAQDFBAEA7gQBAMYEAQDvBAEAxwQBAPAEAQDIBAEA8QQBAMkEAQDyBAEAygQBAPMEAQDLBAEA9AQBAMwEAQD1BAEAzQQBAPYEAQDOBAEA9wQBAM8EAQD4BAEA0AQBAPkEAQDRBAEA+gQBANIEAQD7BAEA0wQBAJcFAQBwBQEAmAUBAHEFAQCZBQEAcgUBAJoFAQBzBQEAmwUBAHQFAQCcBQEAdQUBAJ0FAQB2BQEAngUBAHcFAQCfBQEAeAUBAKAFAQB5BQEAoQUBAHoFAQCjBQEAfAUBAKQFAQB9BQEApQUBAH4FAQCmBQEAfwUBAKcFAQCABQEAqAUBAIEFAQCpBQEAggUBAKoFAQCDBQEAqwUBAIQFAQCsBQEAhQUBAK0FAQCGBQEArgUBAIcFAQCvBQEAiAUBALAFAQCJBQEAsQUBAIoFAQCzBQEAjAUBALQFAQCNBQEAtQUBAI4FAQC2BQEAjwUBALcFAQCQBQEAuAUBAJEFAQC5BQEAkgUBALsFAQCUBQEAvAUBAJUFAQDADAEAgAwBAMEMAQCBDAEAwgwBAIIMAQDDDAEAgwwBAMQMAQCEDAEAxQwBAIUMAQDGDAEAhgwBAMcMAQCHDAEAyAwBAIgMAQDJDAEAiQwBAMoMAQCKDAEAywwBAIsMAQDMDAEAjAwBAM0MAQCNDAEAzgwBAI4MAQDPDAEAjwwBANAMAQCQDAEA0QwBAJEMAQDSDAEAkgwBANMMAQCTDAEA1AwBAJQMAQDVDAEAlQwBANYMAQCWDAEA1wwBAJcMAQDYDAEAmAwBANkMAQCZDAEA2gwBAJoMAQDbDAEAmwwBANwMAQCcDAEA3QwBAJ0MAQDeDAEAngwBAN8MAQCfDAEA4AwBAKAMAQDhDAEAoQwBAOIMAQCiDAEA4wwBAKMMAQDkDAEApAwBAOUMAQClDAEA5gwBAKYMAQDnDAEApwwBAOgMAQCoDAEA6QwBAKkMAQDqDAEAqgwBAOsMAQCrDAEA7AwBAKwMAQDtDAEArQwBAO4MAQCuDAEA7wwBAK8MAQDwDAEAsAwBAPEMAQCxDAEA8gwBALIMAQBwDQEAUA0BAHENAQBRDQEAcg0BAFINAQBzDQEAUw0BAHQNAQBUDQEAdQ0BAFUNAQB2DQEAVg0BAHcNAQBXDQEAeA0BAFgNAQB5DQEAWQ0BAHoNAQBaDQEAew0BAFsNAQB8DQEAXA0BAH0NAQBdDQEAfg0BAF4NAQB/DQEAXw0BAIANAQBgDQEAgQ0BAGENAQCCDQEAYg0BAIMNAQBjDQEAhA0BAGQNAQCFDQEAZQ0BAMAYAQCgGAEAwRgBAKEYAQDCGAEAohgBAMMYAQCjGAEAxBgBAKQYAQDFGAEApRgBAMYYAQCmGAEAxxgBAKcYAQDIGAEAqBgBAMkYAQCpGAEAyhgBAKoYAQDLGAEAqxgBAMwYAQCsGAEAzRgBAK0YAQDOGAEArhgBAM8YAQCvGAEA0BgBALAYAQDRGAEAsRgBANIYAQCyGAEA0xgBALMYAQDUGAEAtBgBANUYAQC1GAEA1hgBALYYAQDXGAEAtxgBANgYAQC4GAEA2RgBALkYAQDaGAEAuhgBANsYAQC7GAEA3BgBALwYAQDdGAEAvRgBAN4YAQC+GAEA3xgBAL8YAQBgbgEAQG4BAGFuAQBBbgEAYm4BAEJuAQBjbgEAQ24BAGRuAQBEbgEAZW4BAEVuAQBmbgEARm4BAGduAQBHbgEAaG4BAEhuAQBpbgEASW4BAGpuAQBKbgEAa24BAEtuAQBsbgEATG4BAG1uAQBNbgEAbm4BAE5uAQBvbgEAT24BAHBuAQBQbgEAcW4BAFFuAQBybgEAUm4BAHNuAQBTbgEAdG4BAFRuAQB1bgEAVW4BAHZuAQBWbgEAd24BAFduAQB4bgEAWG4BAHluAQBZbgEAem4BAFpuAQB7bgEAW24BAHxuAQBcbgEAfW4BAF1uAQB+bgEAXm4BAH9uAQBfbgEAu24BAKBuAQC8bgEAoW4BAL1uAQCibgEAvm4BAKNuAQC/bgEApG4BAMBuAQClbgEAwW4BAKZuAQDCbgEAp24BAMNuAQCobgEAxG4BAKluAQDFbgEAqm4BAMZuAQCrbgEAx24BAKxuAQDIbgEArW4BAMluAQCubgEAym4BAK9uAQDLbgEAsG4BAMxuAQCxbgEAzW4BALJuAQDObgEAs24BAM9uAQC0bgEA0G4BALVuAQDRbgEAtm4BANJuAQC3bgEA024BALhuAQAi6QEAAOkBACPpAQAB6QEAJOkBAALpAQAl6QEAA+kBACbpAQAE6QEAJ+kBAAXpAQAo6QEABukBACnpAQAH6QEAKukBAAjpAQAr6QEACekBACzpAQAK6QEALekBAAvpAQAu6QEADOkBAC/pAQAN6QEAMOkBAA7pAQAx6QEAD+kBADLpAQAQ6QEAM+kBABHpAQA06QEAEukBADXpAQAT6QEANukBABTpAQA36QEAFekBADjpAQAW6QEAOekBABfpAQA66QEAGOkBADvpAQAZ6QEAPOkBABrpAQA96QEAG+kBAD7pAQAc6QEAP+kBAB3pAQBA6QEAHukBAEHpAQAf6QEAQukBACDpAQBD6QEAIekBAFMAAABTAAAAAAAAALwCAABOAAAAAAAAAEoAAAAMAwAAAAAAAJkDAAAIAwAAAQMAAKUDAAAIAwAAAQMAADUFAABSBQAAAAAAAEgAAAAxAwAAAAAAAFQAAAAIAwAAAAAAAFcAAAAKAwAAAAAAAFkAAAAKAwAAAAAAAEEAAAC+AgAAAAAAAKUDAAATAwAAAAAAAKUDAAATAwAAAAMAAKUDAAATAwAAAQMAAKUDAAATAwAAQgMAAAgfAACZAwAAAAAAAAkfAACZAwAAAAAAAAofAACZAwAAAAAAAAsfAACZAwAAAAAAAAwfAACZAwAAAAAAAA0fAACZAwAAAAAAAA4fAACZAwAAAAAAAA8fAACZAwAAAAAAAAgfAACZAwAAAAAAAAkfAACZAwAAAAAAAAofAACZAwAAAAAAAAsfAACZAwAAAAAAAAwfAACZAwAAAAAAAA0fAACZAwAAAAAAAA4fAACZAwAAAAAAAA8fAACZAwAAAAAAACgfAACZAwAAAAAAACkfAACZAwAAAAAAACofAACZAwAAAAAAACsfAACZAwAAAAAAACwfAACZAwAAAAAAAC0fAACZAwAAAAAAAC4fAACZAwAAAAAAAC8fAACZAwAAAAAAACgfAACZAwAAAAAAACkfAACZAwAAAAAAACofAACZAwAAAAAAACsfAACZAwAAAAAAACwfAACZAwAAAAAAAC0fAACZAwAAAAAAAC4fAACZAwAAAAAAAC8fAACZAwAAAAAAAGgfAACZAwAAAAAAAGkfAACZAwAAAAAAAGofAACZAwAAAAAAAGsfAACZAwAAAAAAAGwfAACZAwAAAAAAAG0fAACZAwAAAAAAAG4fAACZAwAAAAAAAG8fAACZAwAAAAAAAGgfAACZAwAAAAAAAGkfAACZAwAAAAAAAGofAACZAwAAAAAAAGsfAACZAwAAAAAAAGwfAACZAwAAAAAAAG0fAACZAwAAAAAAAG4fAACZAwAAAAAAAG8fAACZAwAAAAAAALofAACZAwAAAAAAAJEDAACZAwAAAAAAAIYDAACZAwAAAAAAAJEDAABCAwAAAAAAAJEDAABCAwAAmQMAAJEDAACZAwAAAAAAAMofAACZAwAAAAAAAJcDAACZAwAAAAAAAIkDAACZAwAAAAAAAJcDAABCAwAAAAAAAJcDAABCAwAAmQMAAJcDAACZAwAAAAAAAJkDAAAIAwAAAAMAAJkDAAAIAwAAAQMAAJkDAABCAwAAAAAAAJkDAAAIAwAAQgMAAKUDAAAIAwAAAAMAAKUDAAAIAwAAAQMAAKEDAAATAwAAAAAAAKUDAABCAwAAAAAAAKUDAAAIAwAAQgMAAPofAACZAwAAAAAAAKkDAACZAwAAAAAAAI8DAACZAwAAAAAAAKkDAABCAwAAAAAAAKkDAABCAwAAmQMAAKkDAACZAwAAAAAAAEYAAABGAAAAAAAAAEYAAABJAAAAAAAAAEYAAABMAAAAAAAAAEYAAABGAAAASQAAAEYAAABGAAAATAAAAFMAAABUAAAAAAAAAFMAAABUAAAAAAAAAEQFAABGBQAAAAAAAEQFAAA1BQAAAAAAAEQFAAA7BQAAAAAAAE4FAABGBQAAAAAAAEQFAAA9BQAAAAAAAAADAACDBCAAkQVgAF0ToAASFyAfDCBgH+8sYCsqMOArb6agLAKoIC0e+yAuAP5gNp7/oDb9ASE3AQphNyQNITirDqE5LxghOvMeIUtANKFTHmHhVPBqYVVPb+FVnbxhVgDPYVdl0aFXANohWADgoVmu4iFb7OThXNDoYV0gAO5e8AF/X99FGj0DzxrmwfvM/gAAAADKxprHF/5wq9z71P4AAAAAT9y8vvyxd//2+9z+AAAAAAzWa0HvkVa+Efzk/gAAAAA8/H+QrR/QjSz87P4AAAAAg5pVMShcUdNG/PT+AAAAALXJpq2PrHGdYfz8/gAAAADLi+4jdyKc6nv8BP8AAAAAbVN4QJFJzK6W/Az/AAAAAFfOtl15EjyCsfwU/wAAAAA3VvtNNpQQwsv8HP8AAAAAT5hIOG/qlpDm/CT/AAAAAMc6giXLhXTXAP0s/wAAAAD0l7+Xzc+GoBv9NP8AAAAA5awqF5gKNO81/Tz/AAAAAI6yNSr7ZziyUP1E/wAAAAA7P8bS39TIhGv9TP8AAAAAus3TGidE3cWF/VT/AAAAAJbJJbvOn2uToP1c/wAAAACEpWJ9JGys27r9ZP8AAAAA9tpfDVhmq6PV/Wz/AAAAACbxw96T+OLz7/10/wAAAAC4gP+qqK21tQr+fP8AAAAAi0p8bAVfYocl/oT/AAAAAFMwwTRg/7zJP/6M/wAAAABVJrqRjIVOllr+lP8AAAAAvX4pcCR3+d90/pz/AAAAAI+45bifvd+mj/6k/wAAAACUfXSIz1+p+Kn+rP8AAAAAz5uoj5NwRLnE/rT/AAAAAGsVD7/48AiK3/68/wAAAAC2MTFlVSWwzfn+xP8AAAAArH970MbiP5kU/8z/AAAAAAY7KyrEEFzkLv/U/wAAAADTknNpmSQkqkn/3P8AAAAADsoAg/K1h/1j/+T/AAAAAOsaEZJkCOW8fv/s/wAAAADMiFBvCcy8jJn/9P8AAAAALGUZ4lgXt9Gz//z/AEHmqMMACwVAnM7/BABB9KjDAAvpDhCl1Ojo/wwAAAAAAAAAYqzF63itAwAUAAAAAACECZT4eDk/gR4AHAAAAAAAsxUHyXvOl8A4ACQAAAAAAHBc6nvOMn6PUwAsAAAAAABogOmrpDjS1W0ANAAAAAAARSKaFyYnT5+IADwAAAAAACf7xNQxomPtogBEAAAAAACorciMOGXesL0ATAAAAAAA22WrGo4Ix4PYAFQAAAAAAJodcUL5HV3E8gBcAAAAAABY5xumLGlNkg0BZAAAAAAA6o1wGmTuAdonAWwAAAAAAEp375qZo22iQgF0AAAAAACFa320e3gJ8lwBfAAAAAAAdxjdeaHkVLR3AYQAAAAAAMLFm1uShluGkgGMAAAAAAA9XZbIxVM1yKwBlAAAAAAAs6CX+ly0KpXHAZwAAAAAAONfoJm9n0be4QGkAAAAAAAljDnbNMKbpfwBrAAAAAAAXJ+Yo3KaxvYWArQAAAAAAM6+6VRTv9y3MQK8AAAAAADiQSLyF/P8iEwCxAAAAAAApXhc05vOIMxmAswAAAAAAN9TIXvzWhaYgQLUAAAAAAA6MB+X3LWg4psC3AAAAAAAlrPjXFPR2ai2AuQAAAAAADxEp6TZfJv70ALsAAAAAAAQRKSnTEx2u+sC9AAAAAAAGpxAtu+Oq4sGA/wAAAAAACyEV6YQ7x/QIAMEAQAAAAApMZHp5aQQmzsDDAEAAAAAnQycofubEOdVAxQBAAAAACn0O2LZICiscAMcAQAAAACFz6d6XktEgIsDJAEAAAAALd2sA0DkIb+lAywBAAAAAI//RF4vnGeOwAM0AQAAAABBuIycnRcz1NoDPAEAAAAAqRvjtJLbGZ71A0QBAAAAANl337puv5brDwRMAQAAAABhc3NlcnRpb24gZmFpbGVkOiBkLm1hbnQgPiAwdgkQAF4AAADcAQAABQAAAGFzc2VydGlvbiBmYWlsZWQ6IGQubWFudCA8ICgxIDw8IDYxKXYJEABeAAAA3QEAAAUAAAB2CRAAXgAAAN4BAAAFAAAAdgkQAF4AAAB9AAAAFQAAAHYJEABeAAAAMwIAABEAAAB2CRAAXgAAADYCAAAJAAAAdgkQAF4AAABsAgAACQAAAHYJEABeAAAAqQAAAAUAAABhc3NlcnRpb24gZmFpbGVkOiBkLm1pbnVzID4gMAAAAHYJEABeAAAAqgAAAAUAAABhc3NlcnRpb24gZmFpbGVkOiBkLnBsdXMgPiAwdgkQAF4AAACrAAAABQAAAHYJEABeAAAArgAAAAUAAABhc3NlcnRpb24gZmFpbGVkOiBkLm1hbnQgKyBkLnBsdXMgPCAoMSA8PCA2MSkAAAB2CRAAXgAAAK8AAAAFAAAAdgkQAF4AAAAKAQAAEQAAAHYJEABeAAAADQEAAAkAAAB2CRAAXgAAAEABAAAJAAAAYXNzZXJ0aW9uIGZhaWxlZDogZC5tYW50LmNoZWNrZWRfc3ViKGQubWludXMpLmlzX3NvbWUoKQB2CRAAXgAAAK0AAAAFAAAAYXNzZXJ0aW9uIGZhaWxlZDogZC5tYW50LmNoZWNrZWRfYWRkKGQucGx1cykuaXNfc29tZSgpAAB2CRAAXgAAAKwAAAAFAAAATgwQAF8AAAALAQAABQAAAE4MEABfAAAADAEAAAUAAABODBAAXwAAAA0BAAAFAAAATgwQAF8AAAByAQAAJAAAAE4MEABfAAAAdwEAAC8AAABODBAAXwAAAIQBAAASAAAATgwQAF8AAABmAQAADQAAAE4MEABfAAAATAEAACIAAABODBAAXwAAAA8BAAAFAAAATgwQAF8AAAAOAQAABQAAAE4MEABfAAAAdgAAAAUAAABODBAAXwAAAHcAAAAFAAAATgwQAF8AAAB4AAAABQAAAE4MEABfAAAAewAAAAUAAABODBAAXwAAAMIAAAAJAAAATgwQAF8AAAD7AAAADQAAAE4MEABfAAAAAgEAABIAAABODBAAXwAAAHoAAAAFAAAATgwQAF8AAAB5AAAABQAAAAEAAAAKAAAAZAAAAOgDAAAQJwAAoIYBAEBCDwCAlpgAAOH1BQDKmjvBb/KGIwAAAIHvrIVbQW0t7gQAAAEfar9k7Thu7Zen2vT5P+kDTxgAAT6VLgmZ3wP9OBUPL+R0I+z1z9MI3ATE2rDNvBl/M6YDJh/pTgIAAAF8Lphbh9O+cp/Z2IcvFRLGUN5rcG5Kzw/YldVucbImsGbGrSQ2FR1a00I8DlT/Y8BzVcwX7/ll8ii8VffH3IDc7W70zu/cX/dTBQB2CRAAXgAAAO8CAAAmAAAAdgkQAF4AAADjAgAAJgAAAHYJEABeAAAAzAIAACYAAAAuLjB4MDEyMzQ1Njc4OUFCQ0RFRmZhbHNldHJ1ZQAAAN8QEABLAAAAfgsAACYAAADfEBAASwAAAIcLAAAaAAAAUmVmQ2VsbCBhbHJlYWR5IG11dGFibHkgYm9ycm93ZWRSZWZDZWxsIGFscmVhZHkgYm9ycm93ZWS8kxAAvpMQAMCTEAACAAAAAgAAAAcAQeC3wwALAXEAQey3wwALAQQAnQEPdGFyZ2V0X2ZlYXR1cmVzCSsPbXV0YWJsZS1nbG9iYWxzKxNub250cmFwcGluZy1mcHRvaW50KwdzaW1kMTI4KwtidWxrLW1lbW9yeSsIc2lnbi1leHQrD3JlZmVyZW5jZS10eXBlcysKbXVsdGl2YWx1ZSsPYnVsay1tZW1vcnktb3B0KxZjYWxsLWluZGlyZWN0LW92ZXJsb25n";

// js/src/wasm.js
function decodeBase64(text) {
  const u8 = (
    /** @type {any} */
    Uint8Array
  );
  if (typeof u8.fromBase64 === "function") return u8.fromBase64(text);
  if (typeof globalThis.Buffer === "function") return new Uint8Array(globalThis.Buffer.from(text, "base64"));
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
initSync({ module: decodeBase64(cachet_wasm_bytes_default) });

// js/src/key.js
var COMPRESSION_METHODS = (
  /** @type {const} */
  ["zstd-without-long", "zstd", "gzip"]
);
function explainCacheVersion({ paths, compressionMethod, enableCrossOsArchive, platform }) {
  return explainVersion({
    paths,
    compressionMethod,
    enableCrossOsArchive,
    platform: platform ?? defaultPlatform()
  });
}
function cacheVersion(options) {
  return explainCacheVersion(options).version;
}
function checkKeys2(key, restoreKeys = []) {
  checkKeys(key, restoreKeys);
}
function defaultPlatform() {
  return typeof process !== "undefined" && process.platform ? process.platform : "linux";
}

// js/src/hash-files.js
var import_node_crypto = __toESM(require("node:crypto"), 1);
var import_node_fs = __toESM(require("node:fs"), 1);
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path = __toESM(require("node:path"), 1);
var import_node_worker_threads = require("node:worker_threads");
var CONCURRENCY = 16;
var CHUNK = 256 * 1024;
var POOL_THRESHOLD = 128;
var BATCH = 48;
var PREFETCH = 4;
var YIELD_FILE = 2;
async function hashFiles(patterns, options = {}) {
  const { followSymbolicLinks = false, explain = false } = options;
  if (process.platform === "win32") {
    throw cachetError("unsupported_platform", "hashFiles() on Windows is not supported yet (the runner matches case-insensitively there)");
  }
  const text = Array.isArray(patterns) ? patterns.join("\n") : String(patterns);
  const workspace = await realWorkspace(options.workspace ?? process.cwd());
  const matcher = new HashFilesMatcher(text, workspace, options.homeDir ?? import_node_os.default.homedir());
  try {
    const io = nodeIo();
    const files = await collect(matcher, io, workspace, followSymbolicLinks);
    const outer = import_node_crypto.default.createHash("sha256");
    for (const file of files) outer.update(file.digest);
    return {
      hash: files.length ? outer.digest("hex") : "",
      ...explain ? { files: files.map((f) => ({ path: f.path.slice(workspace.length + 1), sha256: Buffer.from(f.digest).toString("hex") })) } : {}
    };
  } finally {
    matcher.free();
  }
}
async function realWorkspace(workspace) {
  try {
    return await import_node_fs.default.promises.realpath(import_node_path.default.resolve(workspace));
  } catch (e) {
    throw cachetError("workspace_missing", `the workspace '${workspace}' cannot be opened (${errorText(e)})`, { path: workspace, cause: e });
  }
}
async function collect(matcher, io, workspace, follow) {
  const queue = [];
  const results = [];
  let next = 0;
  let walking = true;
  let firstFailure = Infinity;
  let pool2;
  let poolTried = false;
  let sleepers = [];
  const wake = () => {
    const s = sleepers;
    sleepers = [];
    for (const resolve of s) resolve();
  };
  const prefix = workspace + "/";
  const lanes = [];
  const settle = (i, result) => {
    results[i] = result;
    if (result instanceof Error) firstFailure = Math.min(firstFailure, i);
  };
  const threadLane = async () => {
    const buffer = new Uint8Array(CHUNK);
    for (; ; ) {
      if (pool2) return;
      if (next < queue.length) {
        const i = next++;
        if (i > firstFailure) continue;
        try {
          settle(i, await hashEntry(io, queue[i], buffer, workspace));
        } catch (e) {
          settle(
            i,
            /** @type {Error} */
            e
          );
        }
      } else if (!walking) {
        return;
      } else {
        await new Promise((resolve) => sleepers.push(() => resolve(void 0)));
      }
    }
  };
  const poolLane = async (batcher) => {
    for (; ; ) {
      if (next < queue.length) {
        const start = next;
        const end = Math.min(queue.length, start + BATCH);
        next = end;
        if (start > firstFailure) continue;
        const out = await batcher.hash(queue.slice(start, end));
        out.forEach((r, k) => {
          const i = start + k;
          if (r && "error" in r) settle(i, ioError(r.error, queue[i].path, workspace));
          else settle(
            i,
            /** @type {Uint8Array | null} */
            r
          );
        });
      } else if (!walking) {
        return;
      } else {
        await new Promise((resolve) => sleepers.push(() => resolve(void 0)));
      }
    }
  };
  const emit = (p, link) => {
    if (!p.startsWith(prefix)) return;
    queue.push({ path: p, link });
    if (!poolTried && io.pool && queue.length - next > POOL_THRESHOLD) {
      poolTried = true;
      try {
        pool2 = io.pool();
      } catch {
        pool2 = void 0;
      }
      if (pool2) for (let k = 0; k < pool2.lanes; k++) lanes.push(poolLane(pool2));
    }
    if (sleepers.length) wake();
  };
  for (let k = 0; k < CONCURRENCY; k++) lanes.push(threadLane());
  let walkError;
  try {
    await walk(matcher, io, follow, emit, () => firstFailure !== Infinity, workspace);
  } catch (e) {
    walkError = /** @type {Error} */
    e;
  } finally {
    walking = false;
    wake();
  }
  await Promise.all(lanes);
  const files = [];
  for (let i = 0; i < queue.length; i++) {
    const r = results[i];
    if (r instanceof Error) throw r;
    if (r) files.push({ path: queue[i].path, digest: r });
  }
  if (walkError) throw walkError;
  return files;
}
async function walk(matcher, io, follow, emit, stopped, workspace) {
  const chain = [];
  const enter = (level, real) => {
    while (chain.length >= level) chain.pop();
    if (chain.includes(real)) return false;
    chain.push(real);
    return true;
  };
  const descend = async (dir, level, realDir, listing) => {
    if (stopped()) return;
    let entries;
    try {
      entries = await (listing ?? io.readdir(dir));
    } catch (e) {
      throw ioError(e, dir, workspace);
    }
    if (entries.length === 0) return;
    const base = import_node_path.default.posix.normalize(dir);
    const bits = matcher.classifyChildren(base, entries.map((e) => e.name).join("/"));
    const sep = base === "/" ? "" : "/";
    const subfolders = [];
    for (let i = 0; i < entries.length; i++) if (bits[i] !== 0 && entries[i].isDirectory()) subfolders.push(i);
    const requested = /* @__PURE__ */ new Map();
    let cursor = 0;
    const requestAhead = () => {
      while (cursor < subfolders.length && requested.size < PREFETCH) {
        const i = subfolders[cursor++];
        const listing2 = io.readdir(base + sep + entries[i].name);
        listing2.catch(() => {
        });
        requested.set(i, listing2);
      }
    };
    requestAhead();
    const take = (i) => {
      const listing2 = requested.get(i);
      requested.delete(i);
      requestAhead();
      return listing2;
    };
    for (let i = 0; i < entries.length; i++) {
      const b = bits[i];
      if (b === 0) continue;
      const entry = entries[i];
      const child = base + sep + entry.name;
      if (!follow) {
        if (entry.isDirectory()) await descend(child, level + 1, "", take(i));
        else if (b & YIELD_FILE) emit(child, entry.isSymbolicLink());
      } else if (entry.isSymbolicLink()) {
        const stats = await statFollowing(io, child, workspace);
        if (!stats) continue;
        if (stats.isDirectory()) {
          const real = await realpathOf(io, child, workspace);
          if (enter(level + 1, real)) await descend(child, level + 1, real);
        } else if (b & YIELD_FILE) {
          emit(child, false);
        }
      } else if (entry.isDirectory()) {
        const listing2 = take(i);
        const real = (realDir === "/" ? "" : realDir) + "/" + entry.name;
        if (enter(level + 1, real)) await descend(child, level + 1, real, listing2);
      } else if (b & YIELD_FILE) {
        emit(child, false);
      }
    }
  };
  const roots = [];
  for (const root of matcher.searchRoots()) {
    try {
      roots.push({ root, lstats: await io.lstat(root) });
    } catch (e) {
      if (
        /** @type {any} */
        e?.code === "ENOENT"
      ) continue;
      throw ioError(e, root, workspace);
    }
  }
  for (const { root, lstats } of roots) {
    if (stopped()) return;
    const b = matcher.classify(root);
    if (b === 0) continue;
    if (!follow) {
      if (lstats.isDirectory()) await descend(root, 1, "");
      else if (b & YIELD_FILE) emit(root, lstats.isSymbolicLink());
      continue;
    }
    const stats = await statFollowing(io, root, workspace);
    if (!stats) continue;
    if (stats.isDirectory()) {
      const real = await realpathOf(io, root, workspace);
      if (enter(1, real)) await descend(root, 1, real);
    } else if (b & YIELD_FILE) {
      emit(root, false);
    }
  }
}
async function statFollowing(io, p, workspace) {
  try {
    return await io.stat(p);
  } catch (e) {
    if (
      /** @type {any} */
      e?.code === "ENOENT"
    ) return void 0;
    throw ioError(e, p, workspace);
  }
}
async function realpathOf(io, p, workspace) {
  try {
    return await io.realpath(p);
  } catch (e) {
    throw ioError(e, p, workspace);
  }
}
async function hashEntry(io, entry, buffer, workspace) {
  if (entry.link) {
    let stats;
    try {
      stats = await io.stat(entry.path);
    } catch (e) {
      throw ioError(e, entry.path, workspace);
    }
    if (stats.isDirectory()) return null;
  }
  try {
    return await io.sha256(entry.path, buffer);
  } catch (e) {
    throw ioError(e, entry.path, workspace);
  }
}
function nodeIo() {
  const open = (p) => new Promise((resolve, reject) => import_node_fs.default.open(p, "r", (e, fd) => e ? reject(e) : resolve(fd)));
  const read = (fd, b) => new Promise((resolve, reject) => import_node_fs.default.read(fd, b, 0, b.length, null, (e, n) => e ? reject(e) : resolve(n)));
  const close = (fd) => new Promise((resolve) => import_node_fs.default.close(fd, () => resolve()));
  return {
    pool: sharedPool,
    readdir: (dir) => import_node_fs.default.promises.readdir(dir, { withFileTypes: true }),
    lstat: (p) => import_node_fs.default.promises.lstat(p),
    stat: (p) => import_node_fs.default.promises.stat(p),
    realpath: (p) => import_node_fs.default.promises.realpath(p),
    async sha256(p, buffer) {
      const fd = await open(p);
      try {
        const hash = import_node_crypto.default.createHash("sha256");
        for (; ; ) {
          const n = await read(fd, buffer);
          if (n === 0) break;
          hash.update(n === buffer.length ? buffer : buffer.subarray(0, n));
        }
        return hash.digest();
      } finally {
        await close(fd);
      }
    }
  };
}
var WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const crypto = require('node:crypto');
const buffer = Buffer.allocUnsafe(${CHUNK});
parentPort.on('message', ({ id, paths, links }) => {
  const digests = new Uint8Array(paths.length * 32);
  const status = new Uint8Array(paths.length);
  const errors = [];
  for (let k = 0; k < paths.length; k++) {
    try {
      if (links[k] && fs.statSync(paths[k]).isDirectory()) { status[k] = 1; continue; }
      const fd = fs.openSync(paths[k], 'r');
      try {
        const hash = crypto.createHash('sha256');
        let n;
        while ((n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0) hash.update(n === buffer.length ? buffer : buffer.subarray(0, n));
        digests.set(hash.digest(), k * 32);
      } finally {
        fs.closeSync(fd);
      }
    } catch (e) {
      status[k] = 2;
      errors.push({ k, code: e && e.code, syscall: e && e.syscall, message: String(e && e.message) });
    }
  }
  parentPort.postMessage({ id, digests, status, errors }, [digests.buffer]);
});
`;
var pool;
function sharedPool() {
  if (pool) return pool;
  const size = Math.max(1, Math.min(4, import_node_os.default.availableParallelism?.() ?? import_node_os.default.cpus().length));
  const workers = [];
  let ids = 0;
  let turn = 0;
  const discard = () => {
    pool = void 0;
    for (const w of workers) w.worker.terminate().catch(() => {
    });
  };
  for (let n = 0; n < size; n++) {
    const worker = new import_node_worker_threads.Worker(WORKER_SOURCE, { eval: true });
    worker.unref();
    const slot = { worker, pending: /* @__PURE__ */ new Map() };
    worker.on("message", (m) => {
      const p = slot.pending.get(m.id);
      slot.pending.delete(m.id);
      if (slot.pending.size === 0) worker.unref();
      p?.resolve(m);
    });
    worker.on("error", (e) => {
      for (const p of slot.pending.values()) p.reject(e);
      slot.pending.clear();
      discard();
    });
    workers.push(slot);
  }
  pool = {
    lanes: size * 2,
    hash(entries) {
      const slot = workers[turn++ % workers.length];
      const id = ids++;
      return new Promise((resolve, reject) => {
        if (slot.pending.size === 0) slot.worker.ref();
        slot.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, paths: entries.map((e) => e.path), links: entries.map((e) => e.link) });
      }).then((m) => {
        const out = [];
        const errors = new Map(m.errors.map((e) => [e.k, e]));
        for (let k = 0; k < entries.length; k++) {
          if (m.status[k] === 0) out.push(m.digests.subarray(k * 32, k * 32 + 32));
          else if (m.status[k] === 1) out.push(null);
          else {
            const e = (
              /** @type {any} */
              errors.get(k)
            );
            out.push({ error: Object.assign(new Error(e.message), { code: e.code, syscall: e.syscall }) });
          }
        }
        return out;
      });
    }
  };
  return pool;
}
function cachetError(code, message, extra = {}) {
  const error = (
    /** @type {Error & { code: string, path?: string }} */
    new Error(message, extra.cause ? { cause: extra.cause } : void 0)
  );
  error.name = "CachetError";
  error.code = code;
  if (extra.path !== void 0) error.path = extra.path;
  return error;
}
function errorText(e) {
  const err = (
    /** @type {any} */
    e
  );
  return err?.code ? `${err.code}: ${String(err.message).replace(/^[A-Z]+: /, "")}` : String(err?.message ?? err);
}
function ioError(e, p, workspace) {
  const code = (
    /** @type {any} */
    e?.code
  );
  const shown = p.startsWith(workspace + "/") ? p.slice(workspace.length + 1) : p;
  if (code === "ENOENT" || code === "ELOOP" || code === "ENOTDIR") {
    let link = false;
    try {
      link = import_node_fs.default.lstatSync(p).isSymbolicLink();
    } catch {
    }
    if (link) {
      const what = code === "ELOOP" ? "a symbolic link loop" : "a broken symbolic link (its target does not exist)";
      return cachetError(
        "broken_symlink",
        `'${shown}' is ${what}; the runner's hashFiles() fails on it too: fix or remove the link, or exclude it with a '!' pattern`,
        { path: p, cause: e }
      );
    }
  }
  return cachetError("unreadable", `cannot read '${shown}' (${errorText(e)})`, { path: p, cause: e });
}

// js/src/cache.js
var import_node_crypto3 = require("node:crypto");
var import_node_os7 = __toESM(require("node:os"), 1);
var import_node_path7 = __toESM(require("node:path"), 1);

// js/src/archive/create.js
var import_node_child_process = require("node:child_process");
var import_node_stream = require("node:stream");
var import_promises = __toESM(require("node:fs/promises"), 1);
var import_node_os2 = __toESM(require("node:os"), 1);
var import_node_path2 = __toESM(require("node:path"), 1);
var ArchiveError = class extends Error {
  /** @param {string} message @param {string} code */
  constructor(message, code) {
    super(message);
    this.name = "ArchiveError";
    this.code = code;
  }
};
var zstdPresent;
function hasZstd() {
  if (zstdPresent === void 0) {
    const probe = (0, import_node_child_process.spawnSync)("zstd", ["--quiet", "--version"], { stdio: "ignore" });
    zstdPresent = probe.status === 0;
  }
  return zstdPresent;
}
function chooseCompression(requested) {
  if (requested) {
    if (!["zstd-without-long", "zstd", "gzip"].includes(requested)) {
      throw new ArchiveError(`unknown compression method '${requested}': use zstd-without-long, zstd or gzip`, "bad_compression");
    }
    if (requested !== "gzip" && !hasZstd()) {
      throw new ArchiveError(`compression '${requested}' needs the zstd program, which is not installed: install zstd, or use gzip`, "zstd_missing");
    }
    return requested;
  }
  return hasZstd() ? "zstd-without-long" : "gzip";
}
function tarCreateArgs({ workspace, manifest, compression, level }) {
  const args = ["--posix", "-cf", "-", "-P", "-C", workspace, "--files-from", manifest];
  if (compression === "gzip") {
    args.push("-z");
  } else {
    const program = ["zstd", "-T0", "-q"];
    if (level !== void 0) program.push(`-${level}`, ...level > 19 ? ["--ultra"] : []);
    if (compression === "zstd") program.push("--long=30");
    args.push("--use-compress-program", program.join(" "));
  }
  return args;
}
async function startArchive({ workspace, paths, compression, level, tempDir }) {
  if (paths.length === 0) throw new ArchiveError("nothing to archive", "no_files");
  if (level !== void 0 && (!Number.isInteger(level) || level < 1 || level > (compression === "gzip" ? 9 : 22))) {
    throw new ArchiveError(`compression level ${level} is out of range for ${compression} (${compression === "gzip" ? "1-9" : "1-22"})`, "bad_level");
  }
  const dir = await import_promises.default.mkdtemp(import_node_path2.default.join(tempDir ?? import_node_os2.default.tmpdir(), "cachet-save-"));
  const manifest = import_node_path2.default.join(dir, "manifest.txt");
  await import_promises.default.writeFile(manifest, paths.join("\n"));
  const env = { ...process.env };
  if (compression === "gzip" && level !== void 0) env.GZIP = `-${level}`;
  const child = (0, import_node_child_process.spawn)("tar", tarCreateArgs({ workspace, manifest, compression, level: compression === "gzip" ? void 0 : level }), {
    stdio: ["ignore", "pipe", "pipe"],
    env
  });
  let stderr = "";
  child.stderr.on("data", (d) => {
    if (stderr.length < 8192) stderr += d;
  });
  const done = new Promise((resolve, reject) => {
    child.on("error", (e) => reject(new ArchiveError(`cannot run tar: ${e.message}`, "tar_missing")));
    child.on("close", (code, signal) => {
      import_promises.default.rm(dir, { recursive: true, force: true }).finally(() => {
        if (code === 0) resolve(void 0);
        else {
          reject(new ArchiveError(`tar failed (${signal ?? `exit ${code}`}) while archiving: ${stderr.trim().split("\n").slice(-3).join("; ") || "no message"}`, "tar_failed"));
        }
      });
    });
  });
  done.catch(() => {
  });
  const output = child.stdout.pipe(new import_node_stream.PassThrough({ highWaterMark: 1024 * 1024 }));
  return { output, done: (
    /** @type {Promise<void>} */
    done
  ), kill: () => child.kill("SIGKILL") };
}
async function cutBlocks(source, blockSize, onBlock) {
  let index = 0;
  let total = 0;
  let current = Buffer.allocUnsafe(blockSize);
  let fill = 0;
  let held = null;
  for await (const chunk of source) {
    let off = 0;
    while (off < chunk.length) {
      if (held) {
        await onBlock(index++, held, false);
        held = null;
      }
      const n = Math.min(blockSize - fill, chunk.length - off);
      chunk.copy(current, fill, off, off + n);
      fill += n;
      off += n;
      total += n;
      if (fill === blockSize) {
        held = current;
        current = Buffer.allocUnsafe(blockSize);
        fill = 0;
      }
    }
  }
  if (held) await onBlock(index++, held, true);
  else await onBlock(index++, current.subarray(0, fill), true);
  return total;
}

// js/src/archive/extract.js
var import_node_child_process2 = require("node:child_process");
var import_node_fs3 = __toESM(require("node:fs"), 1);
var import_promises2 = __toESM(require("node:fs/promises"), 1);
var import_node_os3 = __toESM(require("node:os"), 1);
var import_node_path3 = __toESM(require("node:path"), 1);
var import_node_zlib = __toESM(require("node:zlib"), 1);

// js/src/archive/tar-reader.js
var BLOCK = 512;
var TarError = class extends Error {
  /** @param {string} message @param {string} [code] */
  constructor(message, code = "corrupt_archive") {
    super(message);
    this.name = "TarError";
    this.code = code;
  }
};
function readString(buf, start, len) {
  const end = buf.indexOf(0, start);
  return buf.toString("utf8", start, end === -1 || end > start + len ? start + len : end);
}
function readNumber(buf, start, len) {
  if (buf[start] & 128) {
    let value = buf[start] & 127;
    for (let i = start + 1; i < start + len; i++) value = value * 256 + buf[i];
    return value;
  }
  const text = readString(buf, start, len).trim();
  if (text === "") return 0;
  if (!/^[0-7]+$/.test(text)) throw new TarError(`bad octal number '${text}' in a tar header`);
  return parseInt(text, 8);
}
function checksumOk(header) {
  const stored = readNumber(header, 148, 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i];
  return sum === stored;
}
function parsePax(data) {
  const out = {};
  let pos = 0;
  while (pos < data.length) {
    const space = data.indexOf(32, pos);
    if (space === -1) break;
    const len = parseInt(data.toString("ascii", pos, space), 10);
    if (!Number.isFinite(len) || len <= 0 || pos + len > data.length) throw new TarError("bad pax extended header record");
    const record = data.toString("utf8", space + 1, pos + len - 1);
    const eq = record.indexOf("=");
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    pos += len;
  }
  return out;
}
function entryType(flag) {
  switch (flag) {
    case "0":
    case "\0":
    case "":
    case "7":
      return "file";
    case "5":
      return "directory";
    case "2":
      return "symlink";
    case "1":
      return "hardlink";
    default:
      return "other";
  }
}
async function readTar(source, onEntry) {
  let pending = [];
  let pendingLen = 0;
  let total = 0;
  let entries = 0;
  let sawEnd = false;
  let pax = {};
  const globalPax = {};
  let gnuLongName = null;
  let gnuLongLink = null;
  let body = (
    /** @type {BodyState | null} */
    /** @type {unknown} */
    null
  );
  function take(n) {
    if (pending[0].length >= n) {
      const head = pending[0];
      if (head.length === n) pending.shift();
      else pending[0] = head.subarray(n);
      pendingLen -= n;
      return head.subarray(0, n);
    }
    const out = Buffer.allocUnsafe(n);
    let off = 0;
    while (off < n) {
      const head = pending[0];
      const need = n - off;
      if (head.length <= need) {
        head.copy(out, off);
        off += head.length;
        pending.shift();
      } else {
        head.copy(out, off, 0, need);
        pending[0] = head.subarray(need);
        off += need;
      }
    }
    pendingLen -= n;
    return out;
  }
  async function finishBody() {
    if (!body) return;
    const b = body;
    body = null;
    if (b.kind === "entry") {
      if (b.consumer) await b.consumer.end();
      return;
    }
    const data = Buffer.concat(
      /** @type {Buffer[]} */
      b.collect
    );
    if (b.kind === "pax") pax = { ...pax, ...parsePax(data) };
    else if (b.kind === "gpax") Object.assign(globalPax, parsePax(data));
    else if (b.kind === "L") gnuLongName = readString(data, 0, data.length);
    else if (b.kind === "K") gnuLongLink = readString(data, 0, data.length);
  }
  async function handleHeader(header) {
    if (!checksumOk(header)) throw new TarError(`tar header checksum mismatch at byte ${total - pendingLen - BLOCK}: the archive is corrupt`);
    const flag = String.fromCharCode(header[156]);
    const size = readNumber(header, 124, 12);
    const padding = (BLOCK - size % BLOCK) % BLOCK;
    if (flag === "x" || flag === "g" || flag === "L" || flag === "K") {
      if (size > 16 * 1024 * 1024) throw new TarError("tar extended header larger than 16 MiB");
      body = { remaining: size, padding, consumer: null, collect: [], kind: flag === "x" ? "pax" : flag === "g" ? "gpax" : flag };
      if (size === 0) await finishBody();
      return;
    }
    const magic = header.toString("latin1", 257, 263);
    let name = readString(header, 0, 100);
    if (magic === "ustar\0") {
      const prefix = readString(header, 345, 155);
      if (prefix) name = `${prefix}/${name}`;
    }
    const merged = { ...globalPax, ...pax };
    if (gnuLongName !== null) name = gnuLongName;
    if (merged.path !== void 0) name = merged.path;
    let linkname = readString(header, 157, 100);
    if (gnuLongLink !== null) linkname = gnuLongLink;
    if (merged.linkpath !== void 0) linkname = merged.linkpath;
    const realSize = merged.size !== void 0 ? Number(merged.size) : size;
    const realPadding = (BLOCK - realSize % BLOCK) % BLOCK;
    const entry = {
      name,
      type: entryType(flag),
      typeflag: flag,
      mode: readNumber(header, 100, 8) & 4095,
      size: realSize,
      mtime: merged.mtime !== void 0 ? Number(merged.mtime) : readNumber(header, 136, 12),
      linkname
    };
    pax = {};
    gnuLongName = null;
    gnuLongLink = null;
    entries++;
    const hasBody = entry.type === "file" || entry.type === "other";
    const bodySize = hasBody ? realSize : 0;
    const consumer = await onEntry(entry);
    body = { remaining: bodySize, padding: hasBody ? realPadding : 0, consumer, collect: null, kind: "entry" };
    if (bodySize === 0 && body.padding === 0) await finishBody();
  }
  for await (const raw of source) {
    const chunk = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    total += chunk.length;
    pending.push(chunk);
    pendingLen += chunk.length;
    for (; ; ) {
      if (body) {
        if (body.remaining > 0) {
          if (pendingLen === 0) break;
          const n = Math.min(body.remaining, pendingLen);
          const piece = take(n);
          body.remaining -= n;
          if (body.collect) body.collect.push(piece);
          else if (body.consumer) await body.consumer.write(piece);
          if (body.remaining > 0) break;
        }
        if (body.padding > 0) {
          if (pendingLen < body.padding) break;
          take(body.padding);
          body.padding = 0;
        }
        await finishBody();
        continue;
      }
      if (sawEnd) {
        pending = [];
        pendingLen = 0;
        break;
      }
      if (pendingLen < BLOCK) break;
      const header = take(BLOCK);
      if (header.every((b) => b === 0)) {
        sawEnd = true;
        continue;
      }
      await handleHeader(header);
    }
  }
  if (body || !sawEnd) {
    throw new TarError(
      `the archive ends early (after ${total} bytes${body ? ", in the middle of an entry" : ", with no end-of-archive marker"}): it is truncated or corrupt`,
      "truncated_archive"
    );
  }
  return { entries, bytes: total };
}

// js/src/archive/write-worker.js
var import_node_fs2 = __toESM(require("node:fs"), 1);
var import_node_worker_threads2 = require("node:worker_threads");
var WORKER_SOURCE2 = `
const fs = require('node:fs');
const { parentPort } = require('node:worker_threads');
const fds = new Map();
${applyBatch.toString()}
parentPort.on('message', (m) => parentPort.postMessage(applyBatch(fs, fds, m)));
`;
function applyBatch(fs5, fds, batch) {
  const data = new Uint8Array(batch.data);
  const writeAll = (fd, off, len) => {
    let done = 0;
    while (done < len) done += fs5.writeSync(fd, data, off + done, len - done);
  };
  try {
    for (const o of batch.ops) {
      if (o.op === "mkdir") fs5.mkdirSync(o.path, { recursive: true });
      else if (o.op === "file") {
        const fd = fs5.openSync(o.path, "w", 384);
        try {
          writeAll(fd, o.off, o.len);
          fs5.fchmodSync(fd, o.mode);
          fs5.futimesSync(fd, o.mtime, o.mtime);
        } finally {
          fs5.closeSync(fd);
        }
      } else if (o.op === "open") fds.set(o.id, fs5.openSync(o.path, "w", 384));
      else if (o.op === "append") writeAll(
        /** @type {number} */
        fds.get(o.id),
        o.off,
        o.len
      );
      else if (o.op === "close") {
        const fd = (
          /** @type {number} */
          fds.get(o.id)
        );
        fds.delete(o.id);
        try {
          fs5.fchmodSync(fd, o.mode);
          fs5.futimesSync(fd, o.mtime, o.mtime);
        } finally {
          fs5.closeSync(fd);
        }
      } else if (o.op === "closeAll") {
        for (const fd of fds.values()) fs5.closeSync(fd);
        fds.clear();
      }
    }
    return { seq: batch.seq };
  } catch (e) {
    const err = (
      /** @type {any} */
      e
    );
    return { seq: batch.seq, error: { message: err.message, code: err.code, path: err.path } };
  }
}
var BATCH_BYTES = 1024 * 1024;
var BATCH_OPS = 512;
var IN_FLIGHT = 4;
function createFileWriter() {
  let worker = null;
  try {
    worker = new import_node_worker_threads2.Worker(WORKER_SOURCE2, { eval: true });
  } catch {
    worker = null;
  }
  const localFds = /* @__PURE__ */ new Map();
  let seq = 0;
  let nextId = 0;
  let ops = [];
  let parts = [];
  let bytes = 0;
  const pending = /* @__PURE__ */ new Map();
  let roomWaiters = [];
  let failure = null;
  let closed = false;
  if (worker) {
    worker.on("message", (m) => {
      if (m.error && !failure) failure = Object.assign(new Error(m.error.message), { code: m.error.code, path: m.error.path });
      pending.get(m.seq)?.();
      pending.delete(m.seq);
      const waiters = roomWaiters;
      roomWaiters = [];
      for (const w of waiters) w();
    });
    worker.on("error", (e) => {
      failure ??= e;
      for (const done of pending.values()) done();
      pending.clear();
      for (const w of roomWaiters) w();
      roomWaiters = [];
    });
  }
  async function send() {
    if (ops.length === 0) return;
    const data = new ArrayBuffer(bytes);
    const view = new Uint8Array(data);
    let at = 0;
    for (const part of parts) {
      view.set(part, at);
      at += part.byteLength;
    }
    const batch = { seq: seq++, ops, data };
    ops = [];
    parts = [];
    bytes = 0;
    if (!worker) {
      const r = applyBatch(import_node_fs2.default, localFds, batch);
      if (r.error && !failure) failure = Object.assign(new Error(r.error.message), { code: r.error.code, path: r.error.path });
      return;
    }
    while (pending.size >= IN_FLIGHT && !failure) await new Promise((resolve) => roomWaiters.push(() => resolve(void 0)));
    if (failure) return;
    const done = new Promise((resolve) => pending.set(batch.seq, () => resolve(void 0)));
    worker.postMessage(batch, [batch.data]);
    done.catch(() => {
    });
  }
  function addData(chunk) {
    const off = bytes;
    parts.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    bytes += chunk.byteLength;
    return off;
  }
  async function queue(op) {
    if (closed) throw new Error("the file writer is closed");
    if (failure) throw failure;
    ops.push(op);
    if (bytes >= BATCH_BYTES || ops.length >= BATCH_OPS) await send();
  }
  return {
    /** @param {string} path */
    mkdir: (path8) => queue({ op: "mkdir", path: path8 }),
    /**
     * A whole (small) file.
     * @param {string} path @param {Uint8Array} data @param {number} mode @param {number} mtime
     */
    writeFile(path8, data, mode, mtime) {
      const off = addData(data);
      return queue({ op: "file", path: path8, off, len: data.byteLength, mode, mtime });
    },
    /** A large file, written in pieces. @param {string} path */
    async open(path8) {
      const id = nextId++;
      await queue({ op: "open", id, path: path8 });
      return {
        /** @param {Uint8Array} chunk */
        append(chunk) {
          const off = addData(chunk);
          return queue({ op: "append", id, off, len: chunk.byteLength });
        },
        /** @param {number} mode @param {number} mtime */
        close(mode, mtime) {
          return queue({ op: "close", id, path: path8, mode, mtime });
        }
      };
    },
    /** Waits until every queued operation is applied; throws the first failure. */
    async flush() {
      await send();
      while (pending.size && !failure) await new Promise((resolve) => roomWaiters.push(() => resolve(void 0)));
      if (failure) throw failure;
    },
    /** Closes files left open (after a failure) and stops the worker. Idempotent. */
    async close() {
      if (closed) return;
      closed = true;
      ops = [{ op: "closeAll" }];
      const hadFailure = failure;
      failure = null;
      await send().catch(() => {
      });
      while (pending.size) await new Promise((resolve) => roomWaiters.push(() => resolve(void 0)));
      failure = hadFailure;
      await worker?.terminate();
    }
  };
}

// js/src/archive/extract.js
var ExtractError = class extends Error {
  /** @param {string} message @param {string} code */
  constructor(message, code) {
    super(message);
    this.name = "ExtractError";
    this.code = code;
  }
};
function isInside(child, parent) {
  if (child === parent) return true;
  const rel = import_node_path3.default.relative(parent, child);
  return rel !== "" && !rel.startsWith("..") && !import_node_path3.default.isAbsolute(rel);
}
var SMALL_FILE = 256 * 1024;
var WRITE_CONCURRENCY = 16;
function createPool(limit) {
  let active = 0;
  let waiters = [];
  let failure = null;
  const running = /* @__PURE__ */ new Set();
  return {
    /** @param {() => Promise<void>} task */
    async submit(task) {
      while (active >= limit) await new Promise((resolve) => waiters.push(() => resolve(void 0)));
      if (failure) throw failure;
      active++;
      const p = task().catch((e) => {
        failure ??= e;
      }).finally(() => {
        active--;
        running.delete(p);
        const w = waiters.shift();
        w?.();
      });
      running.add(p);
    },
    async drain() {
      while (running.size) await Promise.all([...running]);
      if (failure) throw failure;
    }
  };
}
async function createStagedWriter({ workspace, roots, tempDir }) {
  const resolved = [...new Set(roots.map((r) => import_node_path3.default.resolve(workspace, r)))];
  const absRoots = resolved.filter((r) => !resolved.some((o) => o !== r && isInside(r, o)));
  const staging = await import_promises2.default.mkdtemp(import_node_path3.default.join(tempDir ?? import_node_os3.default.tmpdir(), "cachet-restore-"));
  const plan = [];
  const links = /* @__PURE__ */ new Set();
  const files = /* @__PURE__ */ new Map();
  const madeDirs = /* @__PURE__ */ new Set([staging]);
  const writer = createFileWriter();
  function resolveEntry(name) {
    if (name.includes("\0")) throw new ExtractError(`archive entry '${name}' has a NUL in its name: refused`, "unsafe_entry");
    const target = import_node_path3.default.resolve(workspace, name);
    const root = absRoots.findIndex((r) => isInside(target, r));
    return { target, root };
  }
  function stagedPath(target, root) {
    const rel = import_node_path3.default.relative(absRoots[root], target);
    return rel === "" ? import_node_path3.default.join(staging, `r${root}`) : import_node_path3.default.join(staging, `r${root}`, rel);
  }
  async function ensureDir(dir) {
    if (madeDirs.has(dir)) return;
    for (let d = dir; !madeDirs.has(d); d = import_node_path3.default.dirname(d)) madeDirs.add(d);
    await writer.mkdir(dir);
  }
  function checkNoLinkParent(target, name) {
    for (let dir = import_node_path3.default.dirname(target); dir !== import_node_path3.default.dirname(dir); dir = import_node_path3.default.dirname(dir)) {
      if (links.has(dir)) {
        throw new ExtractError(`archive entry '${name}' would be written through the link '${dir}' created by the same archive: refused`, "unsafe_entry");
      }
    }
  }
  async function onEntry(entry) {
    const { target, root } = resolveEntry(entry.name);
    if (root === -1) {
      if (entry.type === "directory" && absRoots.some((r) => isInside(r, target))) return null;
      throw new ExtractError(
        `archive entry '${entry.name}' would be written to '${target}', outside the declared paths (${absRoots.join(", ")}): refused, nothing was restored. Check that the paths match the ones used to save.`,
        "entry_outside_paths"
      );
    }
    checkNoLinkParent(target, entry.name);
    const staged = stagedPath(target, root);
    const base = { target, staged, root, mode: entry.mode, mtime: entry.mtime };
    switch (entry.type) {
      case "directory":
        await ensureDir(staged);
        plan.push({ type: "directory", ...base });
        return null;
      case "symlink": {
        const pointsTo = import_node_path3.default.resolve(import_node_path3.default.dirname(target), entry.linkname);
        if (!absRoots.some((r) => isInside(pointsTo, r))) {
          throw new ExtractError(
            `archive entry '${entry.name}' is a link to '${entry.linkname}', which points outside the declared paths: refused, nothing was restored`,
            "link_outside_paths"
          );
        }
        links.add(target);
        plan.push({ type: "symlink", ...base, linkname: entry.linkname });
        return null;
      }
      case "hardlink": {
        const { target: source, root: sourceRoot } = resolveEntry(entry.linkname);
        if (sourceRoot === -1 || !files.has(source)) {
          throw new ExtractError(
            `archive entry '${entry.name}' is a hard link to '${entry.linkname}', which is not a file of this archive inside the declared paths: refused`,
            "link_outside_paths"
          );
        }
        plan.push({ type: "hardlink", ...base, source: (
          /** @type {string} */
          files.get(source)
        ) });
        return null;
      }
      case "file": {
        await ensureDir(import_node_path3.default.dirname(staged));
        files.set(target, staged);
        plan.push({ type: "file", ...base });
        return fileWriter(staged, entry);
      }
      default:
        throw new ExtractError(
          `archive entry '${entry.name}' is a special file (tar type '${entry.typeflag}'), which cachet does not restore: refused`,
          "unsupported_entry"
        );
    }
  }
  function fileWriter(staged, entry) {
    if (entry.size <= SMALL_FILE) {
      const parts = [];
      return {
        /** @param {Buffer} chunk */
        write(chunk) {
          parts.push(chunk);
        },
        end() {
          return writer.writeFile(staged, parts.length === 1 ? parts[0] : Buffer.concat(parts), entry.mode, entry.mtime);
        }
      };
    }
    const file = writer.open(staged);
    return {
      /** @param {Buffer} chunk */
      async write(chunk) {
        await (await file).append(chunk);
      },
      async end() {
        await (await file).close(entry.mode, entry.mtime);
      }
    };
  }
  async function commit() {
    await writer.flush();
    await writer.close();
    for (const item of plan) {
      if (item.type === "symlink") {
        await ensureDir(import_node_path3.default.dirname(item.staged));
        await import_promises2.default.rm(item.staged, { force: true, recursive: true });
        await import_promises2.default.symlink(
          /** @type {string} */
          item.linkname,
          item.staged
        );
        await import_promises2.default.lutimes(item.staged, item.mtime, item.mtime).catch(() => {
        });
      } else if (item.type === "hardlink") {
        await ensureDir(import_node_path3.default.dirname(item.staged));
        await import_promises2.default.rm(item.staged, { force: true });
        await import_promises2.default.link(
          /** @type {string} */
          item.source,
          item.staged
        );
      }
    }
    const merged = /* @__PURE__ */ new Set();
    for (let i = 0; i < absRoots.length; i++) {
      const stagedRoot = import_node_path3.default.join(staging, `r${i}`);
      if (!await import_promises2.default.lstat(stagedRoot).catch(() => null)) continue;
      const existing = await import_promises2.default.lstat(absRoots[i]).catch(() => null);
      if (!existing) {
        await import_promises2.default.mkdir(import_node_path3.default.dirname(absRoots[i]), { recursive: true });
        try {
          await import_promises2.default.rename(stagedRoot, absRoots[i]);
          continue;
        } catch (e) {
          if (
            /** @type {any} */
            e.code !== "EXDEV"
          ) throw e;
        }
      }
      merged.add(i);
    }
    if (merged.size) await mergeInto(plan.filter((item) => merged.has(item.root)));
    const dirPool = createPool(WRITE_CONCURRENCY);
    for (const dir of plan) {
      if (dir.type !== "directory") continue;
      await dirPool.submit(async () => {
        await import_promises2.default.chmod(dir.target, dir.mode).catch(() => {
        });
        await import_promises2.default.utimes(dir.target, dir.mtime, dir.mtime).catch(() => {
        });
      });
    }
    await dirPool.drain();
    await import_promises2.default.rm(staging, { recursive: true, force: true });
  }
  async function mergeInto(items) {
    for (const item of items) if (item.type === "directory") await import_promises2.default.mkdir(item.target, { recursive: true });
    const movePool = createPool(WRITE_CONCURRENCY);
    for (const item of items) {
      if (item.type === "directory") continue;
      await movePool.submit(async () => {
        await import_promises2.default.mkdir(import_node_path3.default.dirname(item.target), { recursive: true });
        const st = await import_promises2.default.lstat(item.target).catch(() => null);
        if (st?.isDirectory()) throw new ExtractError(`cannot restore '${item.target}': a folder is in the way`, "target_conflict");
        try {
          await import_promises2.default.rename(item.staged, item.target);
        } catch (e) {
          if (
            /** @type {any} */
            e.code !== "EXDEV"
          ) throw e;
          if (item.type === "symlink") {
            await import_promises2.default.rm(item.target, { force: true });
            await import_promises2.default.symlink(
              /** @type {string} */
              item.linkname,
              item.target
            );
          } else {
            await import_promises2.default.copyFile(item.staged, item.target);
            await import_promises2.default.chmod(item.target, item.mode);
            await import_promises2.default.utimes(item.target, item.mtime, item.mtime);
          }
        }
      });
    }
    await movePool.drain();
  }
  async function abort() {
    await writer.close().catch(() => {
    });
    await import_promises2.default.rm(staging, { recursive: true, force: true });
  }
  return { onEntry, commit, abort };
}
function startDecompressor(compression) {
  if (compression === "gzip") {
    const gunzip = import_node_zlib.default.createGunzip();
    const done2 = new Promise((resolve, reject) => {
      gunzip.on("end", resolve);
      gunzip.on("error", (e) => reject(new ExtractError(`gzip: ${e.message}: the archive is corrupt or truncated`, "corrupt_archive")));
    });
    return { input: gunzip, output: gunzip, done: (
      /** @type {Promise<void>} */
      done2
    ), kill: () => gunzip.destroy() };
  }
  const args = ["-d", "-c", "-q", "--no-progress"];
  if (compression === "zstd") args.push("--long=30");
  const child = (0, import_node_child_process2.spawn)("zstd", args, { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d) => {
    if (stderr.length < 4096) stderr += d;
  });
  child.stdin.on("error", () => {
  });
  const done = new Promise((resolve, reject) => {
    child.on(
      "error",
      (e) => reject(new ExtractError(`cannot run zstd (${e.message}): install zstd, or restore an entry saved with gzip`, "zstd_missing"))
    );
    child.on("close", (code, signal) => {
      if (code === 0) resolve(void 0);
      else reject(new ExtractError(`zstd failed (${signal ?? `exit ${code}`}): ${stderr.trim() || "the archive is corrupt or truncated"}`, "corrupt_archive"));
    });
  });
  return { input: child.stdin, output: child.stdout, done: (
    /** @type {Promise<void>} */
    done
  ), kill: () => child.kill("SIGKILL") };
}
async function startExtraction({ workspace, roots, compression, tempDir }) {
  const writer = await createStagedWriter({ workspace, roots, tempDir });
  const decompressor = startDecompressor(compression);
  let failed = (
    /** @type {any} */
    null
  );
  const reading = readTar(decompressor.output, writer.onEntry).catch((e) => {
    failed ??= e;
    decompressor.kill();
    throw e;
  });
  reading.catch(() => {
  });
  decompressor.done.catch(() => {
  });
  let bytesIn = 0;
  return {
    /**
     * Feeds compressed bytes; resolves when the decompressor can take more.
     * @param {Uint8Array} chunk
     */
    async write(chunk) {
      if (failed) throw failed;
      bytesIn += chunk.length;
      if (!decompressor.input.write(chunk)) {
        await new Promise((resolve) => {
          const onDrain = () => {
            cleanup();
            resolve(void 0);
          };
          const onEnd = () => {
            cleanup();
            resolve(void 0);
          };
          const cleanup = () => {
            decompressor.input.off("drain", onDrain);
            decompressor.input.off("close", onEnd);
          };
          decompressor.input.on("drain", onDrain);
          decompressor.input.on("close", onEnd);
          reading.catch(onEnd);
        });
      }
      if (failed) throw failed;
    },
    /** All bytes written: wait for the archive to be read, then move entries into place. */
    async finish() {
      decompressor.input.end();
      try {
        const [summary] = await Promise.all([reading, decompressor.done]);
        await writer.commit();
        return { entries: summary.entries, tarBytes: summary.bytes, archiveBytes: bytesIn };
      } catch (e) {
        await writer.abort();
        throw wrap(failed ?? e);
      }
    },
    /** Gives up: stops the decompressor and removes what was staged. */
    async abort() {
      failed ??= new ExtractError("extraction aborted", "aborted");
      decompressor.kill();
      await reading.catch(() => {
      });
      await writer.abort();
    }
  };
}
function wrap(e) {
  if (e instanceof TarError || e instanceof ExtractError) return e;
  return new ExtractError(`extraction failed: ${e?.message ?? e}`, e?.code ?? "extract_failed");
}
async function extractFile(file, options) {
  const extraction = await startExtraction(options);
  try {
    for await (const chunk of import_node_fs3.default.createReadStream(file, { highWaterMark: 1024 * 1024 })) {
      await extraction.write(
        /** @type {Buffer} */
        chunk
      );
    }
  } catch (e) {
    await extraction.abort();
    throw e;
  }
  return extraction.finish();
}

// js/src/archive/assembler.js
var ArchiveAssembler = class {
  /**
   * @param {{ write(chunk: Uint8Array): Promise<void> }} sink
   */
  constructor(sink) {
    this.sink = sink;
    this.written = 0;
    this.contiguousEnd = 0;
    this.pending = /* @__PURE__ */ new Map();
    this.buffered = 0;
    this.peakBuffered = 0;
    this.pumping = null;
    this.failure = null;
  }
  /**
   * Accepts bytes at an archive offset. Bytes before `contiguousEnd` were already received
   * (a resumed range can overlap by design): they are dropped.
   * @param {number} offset
   * @param {Uint8Array} chunk
   * @returns {Promise<void>}
   */
  write(offset, chunk) {
    if (this.failure) return Promise.reject(this.failure);
    if (offset < this.contiguousEnd) {
      const skip = this.contiguousEnd - offset;
      if (skip >= chunk.length) return Promise.resolve();
      chunk = chunk.subarray(skip);
      offset += skip;
    }
    if (chunk.length === 0) return Promise.resolve();
    this.pending.set(offset, chunk);
    this.buffered += chunk.length;
    this.peakBuffered = Math.max(this.peakBuffered, this.buffered);
    let joined = false;
    while (this.pending.has(this.contiguousEnd) && this.contiguousEnd >= offset) {
      const next = (
        /** @type {Uint8Array} */
        this.pending.get(this.contiguousEnd)
      );
      if (this.contiguousEnd === offset) joined = true;
      this.contiguousEnd += next.length;
    }
    if (!joined) return Promise.resolve();
    return this.kick();
  }
  /** @returns {Promise<void>} */
  kick() {
    if (this.pumping) return this.pumping.then(() => this.pending.has(this.written) ? this.kick() : void 0);
    this.pumping = this.pump().finally(() => {
      this.pumping = null;
    });
    return this.pumping;
  }
  async pump() {
    try {
      while (this.pending.has(this.written)) {
        const chunk = (
          /** @type {Uint8Array} */
          this.pending.get(this.written)
        );
        this.pending.delete(this.written);
        this.buffered -= chunk.length;
        this.written += chunk.length;
        await this.sink.write(chunk);
      }
    } catch (e) {
      this.failure = e;
      throw e;
    }
  }
  /** Resolves when everything contiguous has reached the sink. */
  async drain() {
    while (this.pumping) await this.pumping;
    if (this.failure) throw this.failure;
  }
};

// js/src/paths.js
var import_node_os4 = __toESM(require("node:os"), 1);
var import_node_path4 = __toESM(require("node:path"), 1);
function declaredRoots(patterns, { workspace, home = import_node_os4.default.homedir() }) {
  const matcher = HashFilesMatcher.forCachePaths(patterns.join("\n"), import_node_path4.default.resolve(workspace), home);
  try {
    return matcher.searchRoots();
  } finally {
    matcher.free();
  }
}
async function resolveSavePaths(patterns, { workspace, glob }) {
  const absolute = await glob(patterns, workspace);
  const members = absolute.map((full) => {
    const rel = import_node_path4.default.relative(workspace, full).split(import_node_path4.default.sep).join("/");
    return rel === "" ? "." : rel;
  });
  return { members, missing: members.length ? [] : patterns.filter((p) => !p.startsWith("!")) };
}

// js/src/glob.js
var import_promises3 = __toESM(require("node:fs/promises"), 1);
var import_node_os5 = __toESM(require("node:os"), 1);
var import_node_path5 = __toESM(require("node:path"), 1);
var MATCH_DIRECTORY = 1;
var MATCH_FILE = 2;
async function globPaths(patterns, workspace, { homeDir = import_node_os5.default.homedir() } = {}) {
  const matcher = HashFilesMatcher.forCachePaths(patterns.join("\n"), import_node_path5.default.resolve(workspace), homeDir);
  try {
    const out = [];
    const stack = [];
    for (const root of matcher.searchRoots()) {
      if (await import_promises3.default.lstat(root).catch(() => null)) stack.unshift({ path: root, level: 1 });
    }
    const chain = [];
    while (stack.length) {
      const item = (
        /** @type {{ path: string, level: number }} */
        stack.pop()
      );
      const bits = matcher.classify(item.path);
      if (bits === 0) continue;
      const match = bits & 3;
      const stats = await import_promises3.default.stat(item.path).catch(() => null);
      if (!stats) continue;
      if (stats.isDirectory()) {
        const real = await import_promises3.default.realpath(item.path);
        while (chain.length >= item.level) chain.pop();
        if (chain.includes(real)) continue;
        chain.push(real);
        if (match & MATCH_DIRECTORY) out.push(item.path);
        else if (match === 0 && !(bits & 4)) continue;
        const names = await import_promises3.default.readdir(item.path);
        for (let i = names.length - 1; i >= 0; i--) stack.push({ path: import_node_path5.default.join(item.path, names[i]), level: item.level + 1 });
      } else if (match & MATCH_FILE) {
        out.push(item.path);
      }
    }
    return out;
  } finally {
    matcher.free();
  }
}

// js/src/store/local.js
var import_node_crypto2 = require("node:crypto");
var import_node_fs4 = __toESM(require("node:fs"), 1);
var import_promises4 = __toESM(require("node:fs/promises"), 1);
var import_node_os6 = __toESM(require("node:os"), 1);
var import_node_path6 = __toESM(require("node:path"), 1);
var import_promises5 = require("node:stream/promises");
function defaultStoreDir(env = process.env) {
  const base = env.XDG_CACHE_HOME || import_node_path6.default.join(import_node_os6.default.homedir(), ".cache");
  return import_node_path6.default.join(base, "cachet");
}
function extension(compression) {
  return compression === "gzip" ? "tgz" : "tzst";
}
var LocalStore = class {
  /** @param {string} dir */
  constructor(dir) {
    this.dir = import_node_path6.default.resolve(dir);
    this.root = import_node_path6.default.join(this.dir, "v1");
  }
  /** @param {string} version @param {string} key */
  metaPath(version, key) {
    return import_node_path6.default.join(this.root, version, (0, import_node_crypto2.createHash)("sha256").update(key).digest("hex") + ".json");
  }
  /**
   * Entries of one version.
   * @param {string} version
   * @returns {Promise<LocalEntry[]>}
   */
  async list(version) {
    if (!/^[0-9a-f]{64}$/.test(version)) throw new Error(`bad version '${version}'`);
    const dir = import_node_path6.default.join(this.root, version);
    const names = await import_promises4.default.readdir(dir).catch((e) => {
      if (e.code === "ENOENT") return [];
      throw e;
    });
    const entries = [];
    for (const name of names) {
      if (!name.endsWith(".json")) continue;
      try {
        entries.push(JSON.parse(await import_promises4.default.readFile(import_node_path6.default.join(dir, name), "utf8")));
      } catch {
      }
    }
    return entries;
  }
  /**
   * Finds the entry a restore would use.
   * @param {string} key
   * @param {string[]} restoreKeys
   * @param {string} version
   * @returns {Promise<{ entry: LocalEntry, file: string } | null>}
   */
  async lookup(key, restoreKeys, version) {
    const entries = await this.list(version);
    const found = matchEntry(
      entries.map((e) => ({ key: e.key, version: e.version, createdAt: Math.floor(e.createdAt * 1e3) })),
      key,
      restoreKeys,
      version
    );
    if (!found) return null;
    const entry = (
      /** @type {LocalEntry} */
      entries.find((e) => e.key === found.key)
    );
    return { entry, file: import_node_path6.default.join(this.root, version, entry.archive) };
  }
  /** @param {string} key @param {string} version */
  async exists(key, version) {
    return import_node_fs4.default.existsSync(this.metaPath(version, key));
  }
  /**
   * Writes an entry from a stream of archive bytes. Resolves to `saved` or `alreadyExists`
   * (another writer committed the same key and version first; entries are immutable).
   *
   * @param {{ key: string, version: string, compression: string, source: AsyncIterable<Buffer>, sourceDone: Promise<void>, onBytes?: (n: number) => void }} options
   * @returns {Promise<{ outcome: 'saved' | 'alreadyExists', size: number }>}
   */
  async write({ key, version, compression, source, sourceDone, onBytes }) {
    const tmpDir = import_node_path6.default.join(this.root, "tmp");
    const versionDir = import_node_path6.default.join(this.root, version);
    await import_promises4.default.mkdir(tmpDir, { recursive: true });
    await import_promises4.default.mkdir(versionDir, { recursive: true });
    const id = (0, import_node_crypto2.randomBytes)(8).toString("hex");
    const tmp = import_node_path6.default.join(tmpDir, `${id}.partial`);
    let size = 0;
    try {
      await (0, import_promises5.pipeline)(
        source,
        async function* count(chunks) {
          for await (const chunk of chunks) {
            size += chunk.length;
            onBytes?.(size);
            yield chunk;
          }
        },
        import_node_fs4.default.createWriteStream(tmp)
      );
      await sourceDone;
      const archive = `${(0, import_node_crypto2.createHash)("sha256").update(key).digest("hex")}-${id}.${extension(compression)}`;
      await import_promises4.default.rename(tmp, import_node_path6.default.join(versionDir, archive));
      const entry = { key, version, createdAt: performance.timeOrigin + performance.now(), size, compression, archive };
      try {
        await import_promises4.default.writeFile(this.metaPath(version, key), JSON.stringify(entry, null, 2) + "\n", { flag: "wx" });
      } catch (e) {
        await import_promises4.default.rm(import_node_path6.default.join(versionDir, archive), { force: true });
        if (
          /** @type {any} */
          e.code === "EEXIST"
        ) return { outcome: "alreadyExists", size };
        throw e;
      }
      return { outcome: "saved", size };
    } catch (e) {
      await import_promises4.default.rm(tmp, { force: true });
      throw e;
    }
  }
};

// js/src/driver.js
var Mailbox = class {
  constructor() {
    this.queue = [];
    this.wake = null;
  }
  /** @param {() => void} event applied to the machine by the loop */
  post(event) {
    this.queue.push(event);
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
  /**
   * Resolves when an event is queued or `ms` have passed.
   * @param {number} [ms]
   */
  wait(ms) {
    if (this.queue.length) return Promise.resolve();
    return new Promise((resolve) => {
      let timer;
      this.wake = () => {
        if (timer) clearTimeout(timer);
        resolve(void 0);
      };
      if (ms !== void 0) {
        timer = setTimeout(() => {
          this.wake = null;
          resolve(void 0);
        }, Math.max(0, ms));
      }
    });
  }
};
async function runMachine(machine, io, { mailbox = new Mailbox(), hooks = {}, maxSteps = 1e7 } = {}) {
  const inFlight = /* @__PURE__ */ new Map();
  const abortAll = () => {
    for (const controller of inFlight.values()) controller.abort();
    inFlight.clear();
  };
  try {
    return await loop();
  } catch (e) {
    abortAll();
    throw e;
  }
  async function loop() {
    for (let steps = 0; steps < maxSteps; steps++) {
      while (mailbox.queue.length) mailbox.queue.shift()();
      const step = machine.poll(io.now());
      switch (step.type) {
        case "send": {
          const request = (
            /** @type {MachineRequest} */
            step.request
          );
          const controller = new AbortController();
          inFlight.set(request.id, controller);
          hooks.onSend?.(request);
          io.send(request, controller.signal).then(
            (result) => {
              inFlight.delete(request.id);
              if (controller.signal.aborted) return;
              hooks.onResult?.(request, result);
              mailbox.post(() => {
                if ("response" in result) machine.handleResponse(request.id, result.response, io.now());
                else machine.handleTransportError(request.id, result.error, io.now());
              });
            },
            (error) => {
              mailbox.post(() => {
                throw error;
              });
            }
          );
          continue;
        }
        case "release":
          io.release?.(step.index);
          continue;
        case "waitUntil":
          await mailbox.wait(step.at - io.now());
          continue;
        case "pending":
          await mailbox.wait();
          continue;
        case "done":
          abortAll();
          return step.outcome;
        default:
          throw new Error(`unknown machine step '${step.type}'`);
      }
    }
    throw new Error(`the machine did not finish within ${maxSteps} steps`);
  }
}

// js/src/io/http-node.js
var import_node_http = __toESM(require("node:http"), 1);
var import_node_https = __toESM(require("node:https"), 1);
var redactUrl = (url) => url.includes("?") ? `${logUrl(url)}?…` : url;
var MAX_TEXT = 16 * 1024 * 1024;
var WRITE_SLICE = 1024 * 1024;
function createNodeHttpIo({ blocks = /* @__PURE__ */ new Map(), archive, maxSockets = 16, onBytes } = {}) {
  const agents = {
    "http:": new import_node_http.default.Agent({ keepAlive: true, maxSockets }),
    "https:": new import_node_https.default.Agent({ keepAlive: true, maxSockets })
  };
  function send(request, signal) {
    return new Promise((resolve) => {
      let settled = false;
      let received = 0;
      let status;
      let idleTimer;
      const idleMs = request.idleTimeoutMs;
      const finish = (result) => {
        if (settled) return;
        settled = true;
        if (idleTimer) clearTimeout(idleTimer);
        signal.removeEventListener("abort", onAbort);
        resolve(result);
      };
      const fail = (kind, message) => finish({ error: { kind, message, received, ...status !== void 0 ? { status } : {} } });
      const armIdle = () => {
        if (idleTimer) clearTimeout(idleTimer);
        if (idleMs > 0) {
          idleTimer = setTimeout(() => {
            fail("stalled", `no data moved for ${idleMs} ms (${request.method} ${redactUrl(request.url)})`);
            req.destroy();
          }, idleMs);
        }
      };
      const pauseIdle = () => {
        if (idleTimer) clearTimeout(idleTimer);
        idleTimer = void 0;
      };
      const onAbort = () => {
        fail("network", "aborted");
        req.destroy();
      };
      let body = null;
      if (request.body.type === "text") body = Buffer.from(request.body.text, "utf8");
      else if (request.body.type === "block") {
        const block = blocks.get(request.body.index);
        if (!block || block.length !== request.body.len) {
          throw new Error(`archive block ${request.body.index} is not held (or has the wrong length): driver bug`);
        }
        body = block;
      }
      const url = new URL(request.url);
      const agent = agents[
        /** @type {'http:' | 'https:'} */
        url.protocol
      ];
      if (!agent) {
        fail("network", `unsupported URL scheme '${url.protocol}' in ${redactUrl(request.url)}`);
        return;
      }
      const headers = {};
      for (const [name, value] of request.headers) headers[name.toLowerCase()] = value;
      if (body || request.method === "PUT" || request.method === "POST") headers["content-length"] = String(body?.length ?? 0);
      const req = (url.protocol === "https:" ? import_node_https.default : import_node_http.default).request(url, { method: request.method, headers, agent });
      signal.addEventListener("abort", onAbort);
      armIdle();
      req.on("error", (e) => {
        const code = (
          /** @type {any} */
          e.code
        );
        fail("network", `${code ? code + ": " : ""}${e.message.split(request.url).join(redactUrl(request.url))}`);
      });
      req.on("response", (res) => {
        status = res.statusCode ?? 0;
        armIdle();
        const responseHeaders = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) responseHeaders.push([res.rawHeaders[i], res.rawHeaders[i + 1]]);
        const sink = request.sink;
        const text = [];
        let textLen = 0;
        const toArchive = sink.type === "archive" && status >= 200 && status < 300;
        res.on("data", (chunk) => {
          if (settled) return;
          armIdle();
          onBytes?.("down", chunk.length);
          if (toArchive) {
            const offset = (
              /** @type {{ offset: number }} */
              sink.offset + received
            );
            received += chunk.length;
            const writing = (
              /** @type {NonNullable<typeof archive>} */
              archive.write(offset, chunk)
            );
            res.pause();
            pauseIdle();
            writing.then(
              () => {
                if (settled) return;
                armIdle();
                res.resume();
              },
              (e) => {
                fail("network", `the archive pipeline failed: ${e?.message ?? e}`);
                req.destroy();
              }
            );
          } else {
            received += chunk.length;
            if (textLen < MAX_TEXT) {
              text.push(chunk);
              textLen += chunk.length;
            }
          }
        });
        res.on("aborted", () => fail("network", `the connection closed after ${received} bytes of the body`));
        res.on("error", (e) => fail("network", e.message));
        res.on("end", () => {
          if (!res.complete) {
            fail("network", `the connection closed after ${received} bytes of the body`);
            return;
          }
          finish({
            response: {
              status,
              headers: responseHeaders,
              body: sink.type === "text" || sink.type === "archive" && !toArchive ? { type: "text", text: Buffer.concat(text).toString("utf8") } : { type: "received", len: received }
            }
          });
        });
      });
      if (!body) {
        req.end();
        return;
      }
      let off = 0;
      const writeMore = () => {
        while (off < /** @type {Uint8Array} */
        body.length) {
          const end = Math.min(
            off + WRITE_SLICE,
            /** @type {Uint8Array} */
            body.length
          );
          const slice = (
            /** @type {Uint8Array} */
            body.subarray(off, end)
          );
          const n = slice.length;
          off = end;
          const ok = req.write(slice, () => {
            if (settled) return;
            armIdle();
            onBytes?.("up", n);
          });
          if (!ok) {
            req.once("drain", writeMore);
            return;
          }
        }
        req.end();
      };
      writeMore();
    });
  }
  return {
    send,
    now: () => Date.now(),
    /** @param {number} index */
    release(index) {
      blocks.delete(index);
    },
    blocks,
    close() {
      agents["http:"].destroy();
      agents["https:"].destroy();
    }
  };
}

// js/src/progress.js
function formatBytes(n) {
  if (n < 1e3) return `${n} B`;
  const units = ["kB", "MB", "GB", "TB"];
  let v = n;
  let i = -1;
  do {
    v /= 1e3;
    i++;
  } while (v >= 1e3 && i < units.length - 1);
  return `${v.toFixed(1)} ${units[i]}`;
}
function formatProgress(p) {
  const seconds = p.elapsedMs / 1e3;
  const rate = seconds > 0 ? p.bytes / seconds : 0;
  let line = `${p.operation}: ${formatBytes(p.bytes)}`;
  if (p.total !== null && p.total > 0) {
    line += ` of ${formatBytes(p.total)} (${Math.floor(100 * p.bytes / p.total)}%)`;
  }
  line += `, ${formatBytes(rate)}/s`;
  if (p.total !== null && rate > 0 && p.bytes < p.total) line += `, ETA ${Math.ceil((p.total - p.bytes) / rate)} s`;
  return line;
}
function createProgressTracker(report, { operation, intervalMs = 5e3, now = Date.now }) {
  const start = now();
  let bytes = 0;
  let total = null;
  let last = start;
  let reported = false;
  const snapshot = () => ({ operation, bytes, total, elapsedMs: now() - start });
  return {
    /** @param {number} n */
    add(n) {
      bytes += n;
      const t = now();
      if (t - last >= intervalMs) {
        last = t;
        reported = true;
        report(snapshot());
      }
    },
    /** @param {number | null} n */
    setTotal(n) {
      total = n;
    },
    get bytes() {
      return bytes;
    },
    /** A closing line, for transfers long enough to have shown progress. */
    finish() {
      if (reported) report(snapshot());
    },
    elapsedMs: () => now() - start
  };
}

// js/src/cache.js
var PACKAGE_VERSION = "0.1.0";
var CacheInputError = class extends Error {
  /** @param {string} message @param {string} code */
  constructor(message, code) {
    super(message);
    this.name = "CacheInputError";
    this.code = code;
  }
};
function common(options) {
  const env = options.env ?? process.env;
  const workspace = import_node_path7.default.resolve(options.workspace ?? env.GITHUB_WORKSPACE ?? process.cwd());
  const tempDir = options.tempDir ?? env.RUNNER_TEMP ?? import_node_os7.default.tmpdir();
  let service = options.service;
  if (!service && !options.store && env.ACTIONS_RESULTS_URL && env.ACTIONS_RUNTIME_TOKEN) {
    service = { resultsUrl: env.ACTIONS_RESULTS_URL, runtimeToken: env.ACTIONS_RUNTIME_TOKEN, cacheMode: env.ACTIONS_CACHE_MODE };
  }
  const policy = {
    ...options.blockSize !== void 0 && { blockSize: positive(options.blockSize, "blockSize") },
    ...options.concurrency !== void 0 && { concurrency: positive(options.concurrency, "concurrency") },
    ...options.idleTimeoutMs !== void 0 && { idleTimeoutMs: positive(options.idleTimeoutMs, "idleTimeoutMs") },
    ...options.maxAttempts !== void 0 && { maxAttempts: positive(options.maxAttempts, "maxAttempts") },
    ...options.backoffBaseMs !== void 0 && { baseBackoffMs: positive(options.backoffBaseMs, "backoffBaseMs") },
    ...options.rateLimitBudgetMs !== void 0 && { rateLimitBudgetMs: Math.max(0, options.rateLimitBudgetMs) }
  };
  if (policy.blockSize !== void 0) policy.singlePutMax = policy.blockSize;
  return { env, workspace, tempDir, service, policy };
}
function prepare(paths, key, restoreKeys, options) {
  checkPathList(paths);
  checkKeys2(key, restoreKeys);
  const settings = common(options);
  const compression = chooseCompression(options.compression);
  const explained = explainCacheVersion({
    paths,
    compressionMethod: compression,
    enableCrossOsArchive: options.enableCrossOsArchive,
    platform: options.platform
  });
  return { ...settings, compression, explained, backend: settings.service ? (
    /** @type {const} */
    "service"
  ) : (
    /** @type {const} */
    "local"
  ) };
}
function positive(value, name) {
  if (!Number.isFinite(value) || value <= 0 || !Number.isInteger(value)) {
    throw new CacheInputError(`${name} must be a positive whole number (got ${value})`, "bad_option");
  }
  return value;
}
function checkPathList(paths) {
  if (!Array.isArray(paths) || paths.length === 0 || paths.every((p) => p.trim() === "")) {
    throw new CacheInputError("no path given: name at least one file or directory to cache", "no_paths");
  }
}
function seed() {
  return (0, import_node_crypto3.randomBytes)(6).readUIntBE(0, 6);
}
function serviceConfig(service) {
  return {
    resultsUrl: service.resultsUrl,
    runtimeToken: service.runtimeToken,
    cacheMode: service.cacheMode || void 0,
    userAgent: `cachet/${PACKAGE_VERSION}`
  };
}
async function saveCache(paths, key, options = {}) {
  const started = Date.now();
  const { workspace, tempDir, service, policy, compression, explained, backend } = prepare(paths, key, [], options);
  const base = { key, version: explained.version, versionComponents: explained.components, backend };
  const result = (r) => (
    /** @type {SaveResult} */
    { ...base, ...r, elapsedMs: Date.now() - started }
  );
  const { members, missing } = await resolveSavePaths(paths, { workspace, glob: globPaths });
  if (members.length === 0) {
    return result({
      outcome: "failed",
      code: "no_files",
      message: `none of the paths exist (${missing.join(", ")}), so nothing was saved. Check the paths, relative to ${workspace}.`
    });
  }
  const progress = createProgressTracker((p) => options.onProgress?.(p), {
    operation: "save",
    intervalMs: options.progressIntervalMs
  });
  if (!service) {
    const store = new LocalStore(options.store ?? defaultStoreDir(options.env));
    if (await store.exists(key, explained.version)) {
      return result({ outcome: "alreadyExists", message: `an entry for key '${key}' and this version already exists in ${store.dir}; entries are immutable: use a new key` });
    }
    const archive2 = await startArchive({ workspace, paths: members, compression, level: options.compressionLevel, tempDir });
    let last = 0;
    const written = await store.write({
      key,
      version: explained.version,
      compression,
      source: archive2.output,
      sourceDone: archive2.done,
      onBytes: (n) => {
        progress.add(n - last);
        last = n;
      }
    }).catch((e) => ({ outcome: (
      /** @type {const} */
      "failed"
    ), error: e, size: 0 }));
    if ("error" in written) {
      archive2.kill();
      return result({ outcome: "failed", code: written.error?.code ?? "store_failed", message: String(written.error?.message ?? written.error) });
    }
    progress.finish();
    if (written.outcome === "alreadyExists") {
      return result({ outcome: "alreadyExists", message: `another save committed key '${key}' first; entries are immutable` });
    }
    return result({ outcome: "saved", size: written.size });
  }
  const machine = new SaveMachine(
    { service: serviceConfig(service), key, version: explained.version, policy },
    seed()
  );
  const blockSize = machine.blockSize();
  const mailbox = new Mailbox();
  let roomWaiters = [];
  const io = createNodeHttpIo({
    maxSockets: (policy.concurrency ?? 4) + 2,
    onBytes: (direction, n) => direction === "up" && progress.add(n)
  });
  const release = io.release;
  io.release = (index) => {
    release(index);
    const waiters = roomWaiters;
    roomWaiters = [];
    for (const w of waiters) w();
  };
  let finished = false;
  let archive = null;
  let stopProducer = () => {
  };
  const stopped = new Promise((resolve) => stopProducer = () => resolve(void 0));
  const unlessStopped = (p) => Promise.race([p, stopped]);
  const producing = (async () => {
    archive = await startArchive({ workspace, paths: members, compression, level: options.compressionLevel, tempDir });
    try {
      if (finished) return;
      await cutBlocks(archive.output, blockSize, async (index, bytes, last) => {
        if (finished) throw new Error("the save is over");
        io.blocks.set(index, bytes);
        await unlessStopped(new Promise((resolve) => mailbox.post(() => {
          machine.handleBlock(index, bytes.length, last);
          resolve(void 0);
        })));
        while (!finished && !machine.canAcceptBlock()) await unlessStopped(new Promise((resolve) => roomWaiters.push(() => resolve(void 0))));
      });
      await archive.done;
    } finally {
      if (finished) archive.kill();
    }
  })();
  producing.catch((e) => {
    if (!finished) mailbox.post(() => {
      throw e;
    });
  });
  try {
    const outcome = await runMachine(machine, io, { mailbox });
    finished = true;
    if (outcome.type === "saved") progress.finish();
    return result(saveOutcome(outcome));
  } catch (e) {
    finished = true;
    const err = (
      /** @type {any} */
      e
    );
    return result({ outcome: "failed", code: err?.code ?? "save_failed", message: String(err?.message ?? err) });
  } finally {
    finished = true;
    stopProducer();
    archive?.kill();
    io.close();
  }
}
function saveOutcome(outcome) {
  const { type, ...rest } = outcome;
  return { outcome: type, ...rest };
}
async function restoreCache(paths, key, restoreKeys = [], options = {}) {
  const started = Date.now();
  const { workspace, tempDir, service, policy, compression, explained, backend } = prepare(paths, key, restoreKeys, options);
  const base = { key, restoreKeys, version: explained.version, versionComponents: explained.components, backend };
  const result = (r) => (
    /** @type {RestoreResult} */
    { ...base, ...r, elapsedMs: Date.now() - started }
  );
  const roots = declaredRoots(paths, { workspace });
  const progress = createProgressTracker((p) => options.onProgress?.(p), {
    operation: "restore",
    intervalMs: options.progressIntervalMs
  });
  if (!service) {
    const store = new LocalStore(options.store ?? defaultStoreDir(options.env));
    const found = await store.lookup(key, restoreKeys, explained.version);
    if (!found) return result({ outcome: "miss" });
    const hit = { matchedKey: found.entry.key, exact: found.entry.key === key, size: found.entry.size };
    if (options.lookupOnly) return result({ outcome: "hit", ...hit, downloaded: false });
    try {
      progress.setTotal(found.entry.size);
      await extractFile(found.file, { workspace, roots, compression: found.entry.compression, tempDir });
      progress.add(found.entry.size);
      progress.finish();
    } catch (e) {
      const err = (
        /** @type {any} */
        e
      );
      return result({ outcome: "failed", code: err?.code ?? "extract_failed", message: String(err?.message ?? err), ...hit });
    }
    return result({ outcome: "hit", ...hit, downloaded: true });
  }
  const machine = new RestoreMachine(
    { service: serviceConfig(service), key, restoreKeys, version: explained.version, policy, lookupOnly: !!options.lookupOnly },
    seed()
  );
  let extraction = null;
  let starting = (
    /** @type {Promise<Awaited<ReturnType<typeof startExtraction>>> | null} */
    /** @type {unknown} */
    null
  );
  const assembler = new ArchiveAssembler({
    async write(chunk) {
      starting ??= startExtraction({ workspace, roots, compression, tempDir });
      extraction = await starting;
      await extraction.write(chunk);
    }
  });
  const io = createNodeHttpIo({
    archive: assembler,
    maxSockets: (policy.concurrency ?? 4) + 2,
    onBytes: (direction, n) => {
      if (direction === "down") {
        if (progress.bytes === 0) progress.setTotal(machine.archiveSize() ?? null);
        progress.add(n);
      }
    }
  });
  try {
    const outcome = await runMachine(machine, io);
    if (outcome.type !== "hit" || !outcome.downloaded) {
      if (starting) await (await starting).abort();
      const { type: type2, ...rest2 } = outcome;
      return result({ outcome: type2, ...rest2 });
    }
    await assembler.drain();
    starting ??= startExtraction({ workspace, roots, compression, tempDir });
    extraction = await starting;
    await extraction.finish();
    progress.finish();
    const { type, ...rest } = outcome;
    return result({ outcome: "hit", ...rest });
  } catch (e) {
    if (starting) await (await starting).abort().catch(() => {
    });
    const err = (
      /** @type {any} */
      e
    );
    return result({ outcome: "failed", code: err?.code ?? "restore_failed", message: String(err?.message ?? err) });
  } finally {
    io.close();
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
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
});
