/**
 * Stages entries under a temporary folder that mirrors each declared root, and moves them into
 * place on `commit()`: a root that does not exist yet is moved with one rename; an existing one
 * is merged entry by entry (files replaced, folders kept).
 * @param {{ workspace: string, roots: string[], tempDir?: string }} options
 */
export function createStagedWriter({ workspace, roots, tempDir }: {
    workspace: string;
    roots: string[];
    tempDir?: string;
}): Promise<{
    onEntry: (entry: import("./tar-reader.js").TarEntry) => Promise<{
        /** @param {Buffer} chunk */
        write(chunk: Buffer): void;
        end(): Promise<void>;
    } | null>;
    commit: () => Promise<void>;
    abort: () => Promise<void>;
}>;
/**
 * A decompressor process or stream for an archive's compression method.
 * @param {string} compression `zstd-without-long`, `zstd` or `gzip`
 * @returns {{ input: import('node:stream').Writable, output: AsyncIterable<Buffer>, done: Promise<void>, kill(): void }}
 */
export function startDecompressor(compression: string): {
    input: import("node:stream").Writable;
    output: AsyncIterable<Buffer>;
    done: Promise<void>;
    kill(): void;
};
/**
 * An extraction in progress: write compressed archive bytes in order, then `finish()`.
 * `finish()` resolves once every entry is in place, or rejects (and restores nothing).
 *
 * @param {{ workspace: string, roots: string[], compression: string, tempDir?: string }} options
 */
export function startExtraction({ workspace, roots, compression, tempDir }: {
    workspace: string;
    roots: string[];
    compression: string;
    tempDir?: string;
}): Promise<{
    /**
     * Feeds compressed bytes; resolves when the decompressor can take more.
     * @param {Uint8Array} chunk
     */
    write(chunk: Uint8Array): Promise<void>;
    /** All bytes written: wait for the archive to be read, then move entries into place. */
    finish(): Promise<{
        entries: number;
        tarBytes: number;
        archiveBytes: number;
    }>;
    /** Gives up: stops the decompressor and removes what was staged. */
    abort(): Promise<void>;
}>;
/**
 * Extracts a whole archive from a file (the local store's path).
 * @param {string} file
 * @param {{ workspace: string, roots: string[], compression: string, tempDir?: string }} options
 */
export function extractFile(file: string, options: {
    workspace: string;
    roots: string[];
    compression: string;
    tempDir?: string;
}): Promise<{
    entries: number;
    tarBytes: number;
    archiveBytes: number;
}>;
export class ExtractError extends Error {
    /** @param {string} message @param {string} code */
    constructor(message: string, code: string);
    code: string;
}
