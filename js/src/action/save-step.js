// @ts-check
/**
 * The save step: the root action's post step (which reads everything from the main step's
 * state, so no input and no `hash-files` is evaluated again, and which skips the save when the
 * primary key was restored exactly) and the save/ action (which reads its inputs and always
 * tries to save, as actions/cache/save does).
 *
 * It never fails the step for a service problem: "already saved", "another job is saving",
 * "write denied", "rate limited" and quota errors each get their own message, as information or
 * a warning. Only invalid inputs fail the save/ action. It never restores files.
 */
import { restoreCache, saveCache } from '../cache.js';
import { formatProgress } from '../progress.js';
import { transferOptions } from './inputs.js';
import { describeSave } from './messages.js';
import { backendOf, maskSecrets, prepare, printConfiguration, workspaceOf } from './setup.js';
import { STATE_NAME, decodeState } from './state.js';
import { saveSummary, skippedSaveSummary } from './summary.js';

/**
 * @param {import('./runner.js').Runner} runner
 * @param {'post' | 'save'} kind `post` is the root action's post step
 */
export async function saveStep(runner, kind) {
  /** @type {import('./setup.js').Prepared} */
  let prepared;
  if (kind === 'post') {
    maskSecrets(runner);
    const state = decodeState(runner.state(STATE_NAME));
    if (!state) {
      runner.info('Cache not saved: the main step left no state (it failed before restoring, or did not run), so there is no key to save under.');
      return;
    }
    if (state.exactHit) {
      runner.info(`Cache hit occurred on the primary key ${state.key}, not saving cache.`);
      runner.appendSummary(skippedSaveSummary(state.key));
      return;
    }
    const env = runner.env;
    const { backend, storeDir } = backendOf(env);
    const hashed = state.hashFiles ? { ...state.hashFiles } : null;
    prepared = { inputs: state.inputs, key: state.key, hashed, workspace: workspaceOf(env), backend, storeDir };
    printConfiguration(runner, { kind: 'save', ...prepared });
  } else {
    const p = await prepare(runner, 'save');
    if (!p) return;
    prepared = p;
  }
  const { inputs, key } = prepared;
  const { options, notes } = transferOptions(inputs, 'save');
  for (const note of notes) runner.info(`Note: ${note}`);

  const common = { env: runner.env, workspace: prepared.workspace, enableCrossOsArchive: inputs.enableCrossOsArchive };
  /** @type {import('../cache.js').SaveResult} */
  let result;
  try {
    result = await saveCache(inputs.path, key, { ...common, ...options, onProgress: (p) => runner.info(formatProgress(p)) });
  } catch (e) {
    const err = /** @type {any} */ (e);
    if (err?.name === 'CacheInputError' && kind === 'save') {
      runner.setFailed(`cachet: ${err.message}`, { title: 'cachet: invalid input' });
      return;
    }
    runner.debug(String(err?.stack ?? err));
    result = {
      outcome: 'failed',
      key,
      version: '',
      versionComponents: [],
      backend: prepared.backend,
      code: err?.code ?? 'unexpected',
      message: String(err?.message ?? err),
      elapsedMs: 0,
    };
  }

  /** @type {'committed' | 'pending' | 'unknown' | undefined} */
  let existing;
  if (result.outcome === 'alreadyExists') existing = await whoHasTheKey(result, inputs.path, common);
  const description = describeSave(result, { existing });
  if (description.level === 'warning') runner.warning(description.text, { title: `cachet: save ${description.title}` });
  else runner.info(description.text);
  if (result.code) runner.debug(`save outcome ${result.outcome}, code ${result.code}`);

  if (result.versionComponents.length) {
    runner.appendSummary(
      saveSummary(result, {
        keyInput: inputs.key,
        pathCount: inputs.path.length,
        hashed: prepared.hashed,
        description,
        storeDir: prepared.storeDir,
      }),
    );
  }
}

/**
 * After "already exists": is the key's entry committed (an earlier run saved it), or still being
 * uploaded by another job (its reservation is held)? A lookup of the exact key tells.
 * The local store only reports "already exists" for committed entries.
 * @param {import('../cache.js').SaveResult} result
 * @param {string[]} paths
 * @param {{ env: NodeJS.ProcessEnv, workspace: string, enableCrossOsArchive: boolean }} common
 * @returns {Promise<'committed' | 'pending' | 'unknown'>}
 */
async function whoHasTheKey(result, paths, common) {
  if (result.backend === 'local') return 'committed';
  try {
    const found = await restoreCache(paths, result.key, [], { ...common, lookupOnly: true });
    if (found.outcome === 'hit') return found.matchedKey === result.key ? 'committed' : 'pending';
    if (found.outcome === 'miss') return 'pending';
  } catch {
    // fall through: the message says "already exists or being saved"
  }
  return 'unknown';
}
