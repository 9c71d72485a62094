/**
 * A file writer: queue operations, then `flush()` to wait for all of them. Operations after a
 * failure are dropped, and the failure is thrown by the next `flush()` (or queueing call).
 */
export function createFileWriter(): {
    /** @param {string} path */
    mkdir: (path: string) => Promise<void>;
    /**
     * A whole (small) file.
     * @param {string} path @param {Uint8Array} data @param {number} mode @param {number} mtime
     */
    writeFile(path: string, data: Uint8Array, mode: number, mtime: number): Promise<void>;
    /** A large file, written in pieces. @param {string} path */
    open(path: string): Promise<{
        /** @param {Uint8Array} chunk */
        append(chunk: Uint8Array): Promise<void>;
        /** @param {number} mode @param {number} mtime */
        close(mode: number, mtime: number): Promise<void>;
    }>;
    /** Waits until every queued operation is applied; throws the first failure. */
    flush(): Promise<void>;
    /** Closes files left open (after a failure) and stops the worker. Idempotent. */
    close(): Promise<void>;
};
export type WriteOp = {
    op: "mkdir";
    path: string;
} | {
    op: "file";
    path: string;
    off: number;
    len: number;
    mode: number;
    mtime: number;
} | {
    op: "open";
    id: number;
    path: string;
} | {
    op: "append";
    id: number;
    off: number;
    len: number;
} | {
    op: "close";
    id: number;
    path: string;
    mode: number;
    mtime: number;
} | {
    op: "closeAll";
};
