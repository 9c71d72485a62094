// @ts-check
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
  constructor(sink) {
    this.sink = sink;
    /** Bytes handed to the sink. */
    this.written = 0;
    /** End of the data that is contiguous from the start (written or queued for the sink). */
    this.contiguousEnd = 0;
    /** @type {Map<number, Uint8Array>} */
    this.pending = new Map();
    this.buffered = 0;
    this.peakBuffered = 0;
    /** @type {Promise<void> | null} */
    this.pumping = null;
    /** @type {any} */
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
      const next = /** @type {Uint8Array} */ (this.pending.get(this.contiguousEnd));
      if (this.contiguousEnd === offset) joined = true;
      this.contiguousEnd += next.length;
    }
    if (!joined) return Promise.resolve();
    return this.kick();
  }

  /** @returns {Promise<void>} */
  kick() {
    // A pump that is finishing may already have looked at `pending`: chain a new one after it.
    if (this.pumping) return this.pumping.then(() => (this.pending.has(this.written) ? this.kick() : undefined));
    this.pumping = this.pump().finally(() => {
      this.pumping = null;
    });
    return this.pumping;
  }

  async pump() {
    try {
      while (this.pending.has(this.written)) {
        const chunk = /** @type {Uint8Array} */ (this.pending.get(this.written));
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
}
