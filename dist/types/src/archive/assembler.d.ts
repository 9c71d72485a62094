/**
 * Puts the ranges of a parallel download back in order and feeds them to a sink (the
 * decompressor) as soon as they are contiguous. Only data that arrived ahead of a gap is held
 * in memory; the protocol machine bounds how far ahead it asks, so this buffer is bounded too.
 * A writer whose bytes are next in line is slowed to the sink's pace (backpressure); a writer
 * ahead of a gap is not, so the gap can never wait on the data behind it. It does no I/O itself.
 */
export class ArchiveAssembler {
    /**
     * @param {{ write(chunk: Uint8Array): Promise<void> }} sink
     */
    constructor(sink: {
        write(chunk: Uint8Array): Promise<void>;
    });
    sink: {
        write(chunk: Uint8Array): Promise<void>;
    };
    /** Bytes handed to the sink. */
    written: number;
    /** End of the data that is contiguous from the start (written or queued for the sink). */
    contiguousEnd: number;
    /** @type {Map<number, Uint8Array>} */
    pending: Map<number, Uint8Array>;
    buffered: number;
    peakBuffered: number;
    /** @type {Promise<void> | null} */
    pumping: Promise<void> | null;
    /** @type {any} */
    failure: any;
    /**
     * Accepts bytes at an archive offset. Bytes before `contiguousEnd` were already received
     * (a resumed range can overlap by design): they are dropped.
     * @param {number} offset
     * @param {Uint8Array} chunk
     * @returns {Promise<void>}
     */
    write(offset: number, chunk: Uint8Array): Promise<void>;
    /** @returns {Promise<void>} */
    kick(): Promise<void>;
    pump(): Promise<void>;
    /** Resolves when everything contiguous has reached the sink. */
    drain(): Promise<void>;
}
