// The Unicode property table behind POSIX classes in hashFiles() patterns (`[[:alpha:]]`),
// checked against this Node's own regular expressions, which is what minimatch uses.
//
// Regenerate crates/core/src/glob/unicode.rs with:
//   CACHET_WRITE_UNICODE=1 node --test tests/js/hash-files-unicode.test.js
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const tableFile = path.join(root, 'crates/core/src/glob/unicode.rs');

/** The properties minimatch's POSIX classes translate to, in the table's bit order. */
const PROPERTIES = ['L', 'Nl', 'Nd', 'Zs', 'Cc', 'Z', 'C', 'Ll', 'P', 'Lu', 'Pc'];

/** Runs of code points with the same set of properties: `(start << 11) | bits`. */
function buildRuns() {
  const res = PROPERTIES.map((p) => new RegExp(`^\\p{${p}}$`, 'u'));
  const runs = [];
  let previous = -1;
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    const s = String.fromCodePoint(cp);
    let bits = 0;
    for (let i = 0; i < res.length; i++) if (res[i].test(s)) bits |= 1 << i;
    if (bits !== previous) {
      runs.push(((cp << 11) | bits) >>> 0);
      previous = bits;
    }
  }
  return runs;
}

function render(runs) {
  const lines = [];
  for (let i = 0; i < runs.length; i += 8) {
    lines.push('    ' + runs.slice(i, i + 8).map((r) => '0x' + r.toString(16).padStart(8, '0') + ',').join(' '));
  }
  return [
    '//! Unicode general-category membership for the POSIX classes of hashFiles() patterns',
    '//! (`[[:alpha:]]` and friends), which minimatch turns into `\\p{..}` escapes.',
    '//!',
    `//! Generated from Node ${process.version} (Unicode ${process.versions.unicode}) by`,
    '//! tests/js/hash-files-unicode.test.js, which also checks it. Do not edit by hand. Data only.',
    '',
    '/// The properties, in bit order.',
    `pub(crate) const PROPERTIES: [&str; ${PROPERTIES.length}] = [${PROPERTIES.map((p) => JSON.stringify(p)).join(', ')}];`,
    '',
    '/// Runs of code points sharing the same properties: `(first code point << 11) | bits`.',
    '#[rustfmt::skip]',
    `pub(crate) static RUNS: [u32; ${runs.length}] = [`,
    ...lines,
    '];',
    '',
    '/// The property bits of a code point.',
    'pub(crate) fn properties(cp: u32) -> u32 {',
    '    let i = RUNS.partition_point(|run| (run >> 11) <= cp);',
    '    // RUNS[0] starts at code point 0, so `i >= 1`.',
    '    RUNS[i - 1] & 0x7ff',
    '}',
    '',
  ].join('\n');
}

test('the POSIX-class Unicode table matches this Node', () => {
  const expected = render(buildRuns());
  if (process.env.CACHET_WRITE_UNICODE) fs.writeFileSync(tableFile, expected);
  const actual = fs.readFileSync(tableFile, 'utf8');
  // The header names the Node version that generated the table; compare the data.
  const data = (s) => s.slice(s.indexOf('/// The properties'));
  assert.equal(data(actual), data(expected), 'regenerate with CACHET_WRITE_UNICODE=1');
});
