// The runner protocol without @actions/core: the file-command and workflow-command formats,
// checked against @actions/core itself (the reference every action uses) and against the
// runner's reading rules; masking, URL redaction and the summary's 1 MiB bound.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import {
  SUMMARY_LIMIT,
  createRunner,
  escapeData,
  escapeProperty,
  formatCommand,
  formatFileCommand,
  inputEnvName,
  parseFileCommands,
  redactUrls,
} from '../../js/src/action/runner.js';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cachet-action-runner-'));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));
let n = 0;
function file(name) {
  const f = path.join(scratch, `${++n}-${name}`);
  fs.writeFileSync(f, '');
  return f;
}

/** Runs `fn` with process.env entries set and process.stdout captured. */
function withCore(env, fn) {
  const saved = {};
  for (const [k, v] of Object.entries(env)) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  const write = process.stdout.write;
  let out = '';
  process.stdout.write = /** @type {any} */ ((chunk) => {
    out += chunk;
    return true;
  });
  try {
    fn();
  } finally {
    process.stdout.write = write;
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  return out;
}

const awkward = ['plain', '', 'two\nlines', 'crlf\r\nline', '100%', 'a:b,c=d', 'ends with newline\n', '  spaces  ', '::warning::not a command', 'unicode ✓ — ok'];

test('input names: INPUT_ + upper case, spaces to underscores, hyphens kept (as @actions/core reads them)', () => {
  for (const [name, env] of [['path', 'INPUT_PATH'], ['restore-keys', 'INPUT_RESTORE-KEYS'], ['enableCrossOsArchive', 'INPUT_ENABLECROSSOSARCHIVE'], ['my input', 'INPUT_MY_INPUT']]) {
    assert.equal(inputEnvName(name), env);
    const value = `v-${name}`;
    const got = withCore({ [env]: value }, () => assert.equal(core.getInput(name), value));
    assert.equal(got, '');
  }
});

test('workflow command escaping matches @actions/core', () => {
  for (const message of awkward) {
    const ours = formatCommand('warning', { title: 'a:b,c%d\ne' }, message);
    const theirs = withCore({}, () => core.warning(message, { title: 'a:b,c%d\ne' })).replace(/\r?\n$/, '');
    assert.equal(ours, theirs, JSON.stringify(message));
    assert.ok(!ours.includes('\n') && !ours.includes('\r'), 'one line');
  }
  assert.equal(escapeData('a%b\r\nc'), 'a%25b%0D%0Ac');
  assert.equal(escapeProperty('a:b,c'), 'a%3Ab%2Cc');
  assert.equal(formatCommand('debug', {}, 'x'), '::debug::x');
  assert.equal(formatCommand('error', { title: '', file: undefined }, 'x'), '::error::x');
});

test('file commands: heredoc entries that @actions/core and the runner read the same way', () => {
  for (const value of awkward) {
    const ours = file('ours');
    fs.appendFileSync(ours, formatFileCommand('out', value));
    const theirs = file('theirs');
    withCore({ GITHUB_OUTPUT: theirs }, () => core.setOutput('out', value));
    // The runner reads the file line by line: any line ending becomes '\n' in the value.
    const read = value.replace(/\r\n|\r/g, '\n');
    assert.deepEqual(parseFileCommands(fs.readFileSync(ours, 'utf8')).entries, [['out', read]], JSON.stringify(value));
    assert.deepEqual(parseFileCommands(fs.readFileSync(theirs, 'utf8')).entries, [['out', read]], JSON.stringify(value));
  }
  const text = formatFileCommand('k', 'v1\nv2', 'EOF_X');
  assert.equal(text, 'k<<EOF_X\nv1\nv2\nEOF_X\n');
  assert.throws(() => formatFileCommand('k', 'has EOF_X inside', 'EOF_X'), /delimiter/);
  assert.throws(() => formatFileCommand('a\nb', 'v', 'EOF_X'), /invalid/);
  assert.throws(() => formatFileCommand('', 'v', 'EOF_X'), /invalid/);
});

test('parseFileCommands reads both forms, keeps order, and the last value wins', () => {
  const parsed = parseFileCommands('a=1\nb<<D\nx\n\ny\nD\n\na=2=3\n');
  assert.deepEqual(parsed.entries, [['a', '1'], ['b', 'x\n\ny'], ['a', '2=3']]);
  assert.deepEqual(parsed.values, { a: '2=3', b: 'x\n\ny' });
  assert.throws(() => parseFileCommands('b<<D\nx\n'), /closing delimiter/);
  assert.throws(() => parseFileCommands('novalue\n'), /invalid line/);
});

test('createRunner: outputs, state, env and summary go to their files; state comes back as STATE_*', () => {
  const env = {
    GITHUB_OUTPUT: file('output'),
    GITHUB_STATE: file('state'),
    GITHUB_ENV: file('env'),
    GITHUB_STEP_SUMMARY: file('summary'),
    'INPUT_RESTORE-KEYS': ' a\nb ',
    STATE_cachet: '{"v":1}',
  };
  let out = '';
  const runner = createRunner({ env, write: (s) => (out += s), delimiter: () => 'DELIM' });
  assert.equal(runner.input('restore-keys'), ' a\nb ');
  assert.equal(runner.input('missing'), '');
  assert.equal(runner.state('cachet'), '{"v":1}');
  runner.setOutput('cache-hit', 'true');
  runner.saveState('cachet', '{"key":"k"}');
  runner.exportVariable('CACHET_SAVE_ON_FAILURE', 'true');
  assert.equal(env.CACHET_SAVE_ON_FAILURE, 'true', 'exported to this process too');
  runner.appendSummary('### hello');
  assert.equal(fs.readFileSync(env.GITHUB_OUTPUT, 'utf8'), 'cache-hit<<DELIM\ntrue\nDELIM\n');
  assert.deepEqual(parseFileCommands(fs.readFileSync(env.GITHUB_STATE, 'utf8')).values, { cachet: '{"key":"k"}' });
  assert.deepEqual(parseFileCommands(fs.readFileSync(env.GITHUB_ENV, 'utf8')).values, { CACHET_SAVE_ON_FAILURE: 'true' });
  assert.equal(fs.readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8'), '### hello\n');
  assert.equal(out, '');
  assert.equal(runner.failed, false);
  runner.setFailed('bad\ninput');
  assert.equal(runner.failed, true);
  assert.equal(out, '::error::bad%0Ainput\n');
});

test('without the files, outputs and state fall back to the legacy commands', () => {
  let out = '';
  const runner = createRunner({ env: {}, write: (s) => (out += s) });
  runner.setOutput('cache-hit', 'false');
  runner.saveState('cachet', 'x\ny');
  assert.equal(out, '::set-output name=cache-hit::false\n::save-state name=cachet::x%0Ay\n');
  assert.equal(runner.appendSummary('x'), false);
});

test('a masked secret is announced once with ::add-mask:: and never printed again, in any command', () => {
  let out = '';
  const secret = 'eyJhbGciOi.secret-token.sig';
  const runner = createRunner({ env: {}, write: (s) => (out += s) });
  runner.addMask(secret);
  runner.info(`token ${secret} in info`);
  runner.debug(`token ${secret} in debug`);
  runner.warning(`token ${secret} in warning`, { title: 'w' });
  runner.error(`token ${secret}`);
  runner.startGroup(`group ${secret}`);
  runner.endGroup();
  const lines = out.trim().split('\n');
  assert.equal(lines[0], `::add-mask::${secret}`);
  for (const line of lines.slice(1)) assert.ok(!line.includes(secret), line);
  assert.ok(lines.some((l) => l === '::debug::token *** in debug'));
});

test('signed URLs lose their query (the signature) in every log line and in the summary', () => {
  const url = 'https://acct.blob.core.windows.net/c/blob.tzst?sv=2020-04-08&sig=SECRETSIG%3D&se=2026';
  assert.equal(redactUrls(`GET ${url} failed`), 'GET https://acct.blob.core.windows.net/c/blob.tzst failed');
  assert.equal(redactUrls(`('${url}')`), "('https://acct.blob.core.windows.net/c/blob.tzst')");
  assert.equal(redactUrls('http://127.0.0.1:1234/x#frag and http://h/y'), 'http://127.0.0.1:1234/x and http://h/y');
  assert.equal(redactUrls('no url ? here'), 'no url ? here');
  let out = '';
  const summary = file('summary');
  const runner = createRunner({ env: { GITHUB_STEP_SUMMARY: summary }, write: (s) => (out += s) });
  runner.debug(`request ${url}`);
  runner.warning(`upload to ${url} refused`);
  runner.info(url);
  runner.appendSummary(`see ${url}`);
  assert.ok(!out.includes('SECRETSIG') && !out.includes('sig='), out);
  assert.ok(!fs.readFileSync(summary, 'utf8').includes('SECRETSIG'));
});

test('the summary stays within the runner\'s 1 MiB per step', () => {
  const summary = file('summary');
  const runner = createRunner({ env: { GITHUB_STEP_SUMMARY: summary }, write: () => {} });
  assert.equal(runner.appendSummary('a'.repeat(600 * 1024)), true);
  assert.equal(runner.appendSummary('é'.repeat(600 * 1024)), false);
  assert.equal(runner.appendSummary('more'), false);
  const text = fs.readFileSync(summary, 'utf8');
  assert.ok(Buffer.byteLength(text) <= SUMMARY_LIMIT, `${Buffer.byteLength(text)} bytes`);
  assert.match(text, /summary cut/);
  assert.ok(!text.includes('\uFFFD'), 'no broken character at the cut');
});
