/** Whether a `zstd` binary runs here (actions/cache's rule for choosing zstd over gzip). */
export function hasZstd(): boolean;
/**
 * The compression method a save uses: what the caller asked for, else what actions/cache
 * would pick on this machine (`zstd-without-long` when zstd runs, else `gzip`).
 * @param {string} [requested] `zstd-without-long`, `zstd` (long mode, opt-in) or `gzip`
 */
export function chooseCompression(requested?: string): string;
/**
 * The tar arguments actions/cache uses for creation, writing the archive to standard output.
 * @param {{ workspace: string, manifest: string, compression: string, level?: number }} options
 */
export function tarCreateArgs({ workspace, manifest, compression, level }: {
    workspace: string;
    manifest: string;
    compression: string;
    level?: number;
}): string[];
/**
 * Starts tar | compressor on the given workspace-relative paths.
 *
 * @param {{ workspace: string, paths: string[], compression: string, level?: number, tempDir?: string }} options
 * @returns {Promise<{ output: AsyncIterable<Buffer>, done: Promise<void>, kill(): void }>}
 */
export function startArchive({ workspace, paths, compression, level, tempDir }: {
    workspace: string;
    paths: string[];
    compression: string;
    level?: number;
    tempDir?: string;
}): Promise<{
    output: AsyncIterable<Buffer>;
    done: Promise<void>;
    kill(): void;
}>;
/**
 * Cuts a byte stream into blocks of exactly `blockSize` bytes (the last one shorter), calling
 * `onBlock(index, bytes, last)` for each and awaiting it: the caller applies backpressure by
 * not resolving until it can take another block. A full block is held back until the next
 * byte arrives, so that the last block is always announced as last, even when the stream's
 * length is a multiple of the block size. An empty stream gives one empty last block.
 *
 * @param {AsyncIterable<Buffer>} source
 * @param {number} blockSize
 * @param {(index: number, bytes: Buffer, last: boolean) => Promise<void>} onBlock
 * @returns {Promise<number>} the total length
 */
export function cutBlocks(source: AsyncIterable<Buffer>, blockSize: number, onBlock: (index: number, bytes: Buffer, last: boolean) => Promise<void>): Promise<number>;
export class ArchiveError extends Error {
    /** @param {string} message @param {string} code */
    constructor(message: string, code: string);
    code: string;
}
