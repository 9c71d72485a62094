/* tslint:disable */
/* eslint-disable */
/**
 * A request that produced no complete response.
 */
export interface TransportError {
    /**
     * What went wrong.
     */
    kind: TransportErrorKind;
    /**
     * The host's description (never containing a signed URL's query).
     */
    message: string;
    /**
     * For [`Sink::Archive`] requests: body bytes already fed to the pipeline before the failure,
     * so the machine resumes after them instead of fetching them again.
     */
    received: number;
    /**
     * The status, when the failure came after a status line (a body cut short).
     */
    status?: number;
}

/**
 * A response, as the host received it.
 */
export interface Response {
    /**
     * HTTP status.
     */
    status: number;
    /**
     * Header names (any case) and values.
     */
    headers: [string, string][];
    /**
     * What the host did with the body, per the request's [`Sink`].
     */
    body: ResponseBody;
}

/**
 * An HTTP request the host must send.
 */
export interface Request {
    /**
     * Echo this in `handle_response` / `handle_transport_error`.
     */
    id: RequestId;
    /**
     * `GET`, `HEAD`, `POST` or `PUT`.
     */
    method: string;
    /**
     * The full URL. Signed URLs carry secrets in their query: log [`Request::log_url`] instead.
     */
    url: string;
    /**
     * Header names and values, in order. `Content-Length` is the host's to set.
     */
    headers: [string, string][];
    /**
     * What to send.
     */
    body: Body;
    /**
     * Where the response body goes.
     */
    sink: Sink;
    /**
     * What the request is for, for logs and progress.
     */
    purpose: Purpose;
    /**
     * Abort the request when no byte moves for this long (the host reports a
     * [`TransportErrorKind::Stalled`] error with the bytes received so far).
     */
    idleTimeoutMs: Millis;
}

/**
 * Everything the cache `version` depends on.
 */
export interface VersionInputs {
    /**
     * The path patterns, verbatim and in order (never resolved).
     */
    paths: string[];
    /**
     * `zstd-without-long`, `zstd`, `gzip`, or absent. An empty string counts as absent,
     * as it does in `@actions/cache` (it tests the value's truthiness).
     */
    compressionMethod?: string;
    /**
     * With `true`, Windows entries can be restored on other systems and vice versa.
     */
    enableCrossOsArchive?: boolean;
    /**
     * `process.platform` of the machine that saves or restores (`linux`, `darwin`, `win32`…).
     */
    platform: string;
}

/**
 * How a path matches the pattern list (`MatchKind` in `@actions/glob`).
 */
export type MatchKind = "none" | "directory" | "file" | "all";

/**
 * How a restore ended. Only `failed` and `rateLimited` are failures.
 */
export type RestoreOutcome = { type: "hit"; matchedKey: string; exact: boolean; size: number | null; downloaded: boolean } | { type: "miss" } | { type: "skipped"; reason: string } | { type: "rateLimited"; retryAfterMs?: Millis; message: string } | { type: "failed"; code: FailureCode; message: string; status?: number };

/**
 * How a save ended. Only `failed` and `rateLimited` are failures; the others are normal endings.
 */
export type SaveOutcome = { type: "saved"; size: number; entryId?: number } | { type: "alreadyExists"; message: string } | { type: "writeDenied"; message: string } | { type: "rateLimited"; retryAfterMs?: Millis; message: string } | { type: "skipped"; reason: string } | { type: "failed"; code: FailureCode; message: string; status?: number };

/**
 * Identifies a request within one machine; responses are matched to requests by it.
 */
export type RequestId = number;

/**
 * Kinds of transport failure.
 */
export type TransportErrorKind = "network" | "stalled";

/**
 * Milliseconds on the host's clock (`Date.now()`); only differences matter.
 */
export type Millis = number;

/**
 * One pattern as the globber uses it, for explanations.
 */
export interface PatternExplained {
    /**
     * The line it comes from, trimmed (an implicit pattern repeats its parent's line).
     */
    line: string;
    /**
     * The absolute pattern that is matched.
     */
    resolved: string;
    /**
     * Matches are removed (`!`).
     */
    negate: boolean;
    /**
     * Matches directories only (trailing `/`).
     */
    directoriesOnly: boolean;
    /**
     * Added by implicit descendants (`resolved` ends with `/**`).
     */
    implicit: boolean;
    /**
     * The literal folder before the first wildcard.
     */
    searchPath: string;
}

/**
 * Retry and timing policy shared by both machines. Every field has a default.
 */
export interface TransferPolicy {
    /**
     * Attempts per request for 5xx and network errors (the first try included).
     */
    maxAttempts?: number;
    /**
     * First back-off; each next one is 1.5 times longer, with jitter from the seed.
     */
    baseBackoffMs?: Millis;
    /**
     * Total time the machine may spend waiting on `Retry-After` for 429s before giving up.
     */
    rateLimitBudgetMs?: Millis;
    /**
     * A request with no byte moving for this long is aborted and resumed.
     */
    idleTimeoutMs?: Millis;
    /**
     * Bytes per Put Block and per ranged GET.
     */
    blockSize?: number;
    /**
     * Requests carrying archive bytes in flight at once.
     */
    concurrency?: number;
    /**
     * Archives up to this size go up in one Put Blob.
     */
    singlePutMax?: number;
}

/**
 * Stable codes of the `failed` outcomes of both machines.
 */
export type FailureCode = "usage_exceeded" | "finalize_failed" | "service_error" | "network_error" | "protocol_error" | "upload_failed" | "download_failed" | "url_expired" | "size_mismatch";

/**
 * The body of a request.
 */
export type Body = { type: "empty" } | { type: "text"; text: string } | { type: "block"; index: number; len: number };

/**
 * The cache version and the components it was hashed from, in order.
 */
export interface VersionExplained {
    /**
     * 64 lowercase hex characters.
     */
    version: string;
    /**
     * The strings joined with `|` and hashed: the paths, then the compression method (when
     * set), then `windows-only` (on Windows without cross-OS), then the salt `1.0`.
     */
    components: string[];
}

/**
 * The parsed pattern list: every pattern in matching order, and the search roots.
 */
export interface MatcherExplained {
    /**
     * Patterns in the order they are applied, implicit ones right after their parent.
     */
    patterns: PatternExplained[];
    /**
     * Where the walk starts, in order.
     */
    searchRoots: string[];
}

/**
 * The response body as far as the machine sees it.
 */
export type ResponseBody = { type: "text"; text: string } | { type: "received"; len: number };

/**
 * The step type of a restore, as TypeScript sees it.
 */
export type RestoreStep = Step<RestoreOutcome>;

/**
 * The step type of a save, as TypeScript sees it.
 */
export type SaveStep = Step<SaveOutcome>;

/**
 * What the host does next.
 */
export type Step<O> = { type: "send"; request: Request } | { type: "release"; index: number } | { type: "waitUntil"; at: Millis } | { type: "pending" } | { type: "done"; outcome: O };

/**
 * What the matching rule needs to know of an entry.
 */
export interface EntryMeta {
    /**
     * The entry's full key.
     */
    key: string;
    /**
     * The entry's version.
     */
    version: string;
    /**
     * When it was created (milliseconds since the epoch, or any increasing clock).
     */
    createdAt: number;
}

/**
 * What to restore.
 */
export interface RestoreParams {
    /**
     * The cache service.
     */
    service: ServiceConfig;
    /**
     * The primary key: matched exactly, then as a prefix.
     */
    key: string;
    /**
     * Further prefixes to try, in order, when the key matches nothing.
     */
    restoreKeys?: string[];
    /**
     * The entry's version (see [`crate::key::cache_version`]).
     */
    version: string;
    /**
     * Retries, timeouts, range size and concurrency.
     */
    policy?: TransferPolicy;
    /**
     * Only look the entry up: do not download it.
     */
    lookupOnly?: boolean;
}

/**
 * What to save and where.
 */
export interface SaveParams {
    /**
     * The cache service.
     */
    service: ServiceConfig;
    /**
     * The entry's key.
     */
    key: string;
    /**
     * The entry's version (see [`crate::key::cache_version`]).
     */
    version: string;
    /**
     * Retries, timeouts, block size and concurrency.
     */
    policy?: TransferPolicy;
}

/**
 * Where the cache service is and how to authenticate.
 */
export interface ServiceConfig {
    /**
     * `ACTIONS_RESULTS_URL`; a path prefix is kept (`{base}/twirp/...`).
     */
    resultsUrl: string;
    /**
     * `ACTIONS_RUNTIME_TOKEN`, sent as `Authorization: Bearer`.
     */
    runtimeToken: string;
    /**
     * `ACTIONS_CACHE_MODE`: `read`, `write`, `write-only`, `none`, or empty for read and write.
     */
    cacheMode?: string;
    /**
     * The `User-Agent` header.
     */
    userAgent?: string;
}

/**
 * Where the host puts a response body.
 */
export type Sink = { type: "text" } | { type: "discard" } | { type: "archive"; offset: number };

/**
 * Why a request is made: for logs and progress lines, never for decisions in the host.
 */
export type Purpose = "createCacheEntry" | "finalizeCacheEntryUpload" | "getCacheEntryDownloadUrl" | "putBlob" | "putBlock" | "putBlockList" | "getRange";


/**
 * The pattern side of the runner's `hashFiles()`, built once per pattern list.
 *
 * Classification bytes: `0` skip the path; otherwise look at it: descend if it is a
 * directory, and yield it when it is not a directory and bit `2` is set. Bit `1` means a
 * directory match, bit `4` a partial match (something below may match).
 */
export class HashFilesMatcher {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * The classification bytes of the children of the normalized folder `dir`, whose names
     * are given joined by `/` (a character no name contains), in the same order.
     */
    classifyChildren(dir: string, names: string): Uint8Array;
    /**
     * The classification byte of one path.
     */
    classify(path: string): number;
    /**
     * The patterns as parsed (with the implicit ones) and the search roots.
     */
    explain(): MatcherExplained;
    /**
     * A matcher without implicit descendants: how actions/cache resolves `path:` for a save
     * (a folder named by a pattern matches itself; tar then archives what is below it).
     */
    static forCachePaths(patterns: string, workspace: string, home_dir?: string | null): HashFilesMatcher;
    /**
     * Parses patterns separated by `\n`. `workspace` (absolute) is where relative patterns
     * resolve; `homeDir` is what `~` expands to. Throws a `CachetError` whose `code` is
     * `pattern_relative`, `pattern_empty`, `pattern_invalid`, `pattern_too_long`,
     * `home_unknown`, `home_not_absolute` or `workspace_not_absolute`.
     */
    constructor(patterns: string, workspace: string, home_dir?: string | null);
    /**
     * Where the walk starts, in order.
     */
    searchRoots(): string[];
}

/**
 * Restores one cache entry: look it up, then download its archive with ranged GETs into the
 * host's archive pipeline. Same run loop as `SaveMachine`.
 */
export class RestoreMachine {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * The archive size, once the blob store said.
     */
    archiveSize(): number | undefined;
    /**
     * Archive bytes received so far.
     */
    bytesReceived(): number;
    /**
     * Reports the response to request `id`.
     */
    handleResponse(id: number, response: Response, now: number): void;
    /**
     * Reports that request `id` failed without a complete response (`error.received`: archive
     * bytes already fed to the pipeline).
     */
    handleTransportError(id: number, error: TransportError, now: number): void;
    /**
     * The key of the entry found, once the service said.
     */
    matchedKey(): string | undefined;
    /**
     * A machine for one restore; `seed` (a whole number) drives jitter.
     */
    constructor(params: RestoreParams, seed: number);
    /**
     * What the host does next.
     */
    poll(now: number): RestoreStep;
}

/**
 * Saves one cache entry: reserve, upload the archive blocks the host announces, finalize.
 * Drive it with the run loop: `poll(now)` until `pending`, `waitUntil` or `done`, and report
 * every completed request with `handleResponse` or `handleTransportError`.
 */
export class SaveMachine {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * Whether the last block has been announced.
     */
    archiveFinished(): boolean;
    /**
     * The size of every block but the last.
     */
    blockSize(): number;
    /**
     * Bytes of all blocks announced so far.
     */
    bytesAnnounced(): number;
    /**
     * Bytes acknowledged by the blob store.
     */
    bytesUploaded(): number;
    /**
     * Whether the host may produce and announce another block now.
     */
    canAcceptBlock(): boolean;
    /**
     * Announces archive block `index` (in order; every block but the last is `blockSize()` long).
     */
    handleBlock(index: number, len: number, last: boolean): void;
    /**
     * Reports the response to request `id`.
     */
    handleResponse(id: number, response: Response, now: number): void;
    /**
     * Reports that request `id` failed without a complete response.
     */
    handleTransportError(id: number, error: TransportError, now: number): void;
    /**
     * A machine for one save; `seed` (a whole number) drives jitter and block ids.
     */
    constructor(params: SaveParams, seed: number);
    /**
     * What the host does next.
     */
    poll(now: number): SaveStep;
}

/**
 * An incremental SHA-256, fed chunk by chunk (keep chunks of 64 KiB or more).
 */
export class Sha256 {
    free(): void;
    [Symbol.dispose](): void;
    /**
     * The 32-byte digest; the object can be used again from empty.
     */
    digest(): Uint8Array;
    /**
     * A fresh digest.
     */
    constructor();
    /**
     * Adds bytes.
     */
    update(bytes: Uint8Array): void;
}

/**
 * Checks a primary key and its restore keys as `@actions/cache` does; throws a `CachetError`
 * naming the key at fault.
 */
export function checkKeys(key: string, restore_keys: string[]): void;

/**
 * Computes the cache `version` exactly as `@actions/cache` does, with the components hashed.
 */
export function explainVersion(inputs: VersionInputs): VersionExplained;

/**
 * A URL without its query: what may be logged of a signed URL.
 */
export function logUrl(url: string): string;

/**
 * The entry a restore with `key` and `restoreKeys` gets from `entries` (GitHub's rule: same
 * version; exact key, then newest prefix match; then each restore key the same way), or
 * `undefined` for a miss.
 */
export function matchEntry(entries: EntryMeta[], key: string, restore_keys: string[], version: string): EntryMeta | undefined;

/**
 * Lowercase hex SHA-256 of bytes, for hosts without a native digest (the browser's
 * `crypto.subtle` cannot stream).
 */
export function sha256Hex(bytes: Uint8Array): string;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly __wbg_hashfilesmatcher_free: (a: number, b: number) => void;
    readonly __wbg_restoremachine_free: (a: number, b: number) => void;
    readonly __wbg_savemachine_free: (a: number, b: number) => void;
    readonly __wbg_sha256_free: (a: number, b: number) => void;
    readonly checkKeys: (a: number, b: number, c: number, d: number) => [number, number];
    readonly explainVersion: (a: any) => [number, number, number];
    readonly hashfilesmatcher_classify: (a: number, b: number, c: number) => number;
    readonly hashfilesmatcher_classifyChildren: (a: number, b: number, c: number, d: number, e: number) => [number, number];
    readonly hashfilesmatcher_explain: (a: number) => [number, number, number];
    readonly hashfilesmatcher_forCachePaths: (a: number, b: number, c: number, d: number, e: number, f: number) => [number, number, number];
    readonly hashfilesmatcher_new: (a: number, b: number, c: number, d: number, e: number, f: number) => [number, number, number];
    readonly hashfilesmatcher_searchRoots: (a: number) => [number, number];
    readonly logUrl: (a: number, b: number) => [number, number];
    readonly matchEntry: (a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number) => [number, number, number];
    readonly restoremachine_archiveSize: (a: number) => [number, number];
    readonly restoremachine_bytesReceived: (a: number) => number;
    readonly restoremachine_handleResponse: (a: number, b: number, c: any, d: number) => [number, number];
    readonly restoremachine_handleTransportError: (a: number, b: number, c: any, d: number) => [number, number];
    readonly restoremachine_matchedKey: (a: number) => [number, number];
    readonly restoremachine_new: (a: any, b: number) => [number, number, number];
    readonly restoremachine_poll: (a: number, b: number) => [number, number, number];
    readonly savemachine_archiveFinished: (a: number) => number;
    readonly savemachine_blockSize: (a: number) => number;
    readonly savemachine_bytesAnnounced: (a: number) => number;
    readonly savemachine_bytesUploaded: (a: number) => number;
    readonly savemachine_canAcceptBlock: (a: number) => number;
    readonly savemachine_handleBlock: (a: number, b: number, c: number, d: number) => [number, number];
    readonly savemachine_handleResponse: (a: number, b: number, c: any, d: number) => [number, number];
    readonly savemachine_handleTransportError: (a: number, b: number, c: any, d: number) => [number, number];
    readonly savemachine_new: (a: any, b: number) => [number, number, number];
    readonly savemachine_poll: (a: number, b: number) => [number, number, number];
    readonly sha256Hex: (a: number, b: number) => [number, number];
    readonly sha256_digest: (a: number) => [number, number];
    readonly sha256_new: () => number;
    readonly sha256_update: (a: number, b: number, c: number) => void;
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_exn_store: (a: number) => void;
    readonly __externref_table_alloc: () => number;
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __externref_table_dealloc: (a: number) => void;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __externref_drop_slice: (a: number, b: number) => void;
    readonly __wbindgen_start: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
