// @ts-check
/**
 * Progress of long transfers: a callback-friendly counter and a line formatter
 * ("restore: 412.0 MB of 1.07 GB (38%), 118.2 MB/s, ETA 6 s"). It never prints by itself;
 * the CLI and the action decide where lines go and how often.
 */

/**
 * @typedef {object} Progress
 * @property {'save' | 'restore'} operation
 * @property {number} bytes bytes transferred so far (compressed archive bytes)
 * @property {number | null} total the archive's size, when known
 * @property {number} elapsedMs since the transfer started
 */

/** @param {number} n */
export function formatBytes(n) {
  if (n < 1000) return `${n} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let v = n;
  let i = -1;
  do {
    v /= 1000;
    i++;
  } while (v >= 1000 && i < units.length - 1);
  return `${v.toFixed(1)} ${units[i]}`;
}

/** @param {Progress} p */
export function formatProgress(p) {
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.bytes / seconds : 0;
  let line = `${p.operation}: ${formatBytes(p.bytes)}`;
  if (p.total !== null && p.total > 0) {
    line += ` of ${formatBytes(p.total)} (${Math.floor((100 * p.bytes) / p.total)}%)`;
  }
  line += `, ${formatBytes(rate)}/s`;
  if (p.total !== null && rate > 0 && p.bytes < p.total) line += `, ETA ${Math.ceil((p.total - p.bytes) / rate)} s`;
  return line;
}

/**
 * Calls `report` at most every `intervalMs` with the latest progress, and once at the end
 * when it reported anything before (a quick transfer prints nothing).
 * @param {(p: Progress) => void} report
 * @param {{ operation: 'save' | 'restore', intervalMs?: number, now?: () => number }} options
 */
export function createProgressTracker(report, { operation, intervalMs = 5000, now = Date.now }) {
  const start = now();
  let bytes = 0;
  /** @type {number | null} */
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
    elapsedMs: () => now() - start,
  };
}
