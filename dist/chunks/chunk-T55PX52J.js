import {
  STATE_NAME,
  backendOf,
  decodeState,
  describeSave,
  maskSecrets,
  prepare,
  printConfiguration,
  saveSummary,
  skippedSaveSummary,
  transferOptions,
  workspaceOf
} from "./chunk-J4B2DU3X.js";
import {
  formatProgress,
  restoreCache,
  saveCache
} from "./chunk-X7JTKCET.js";

// js/src/action/save-step.js
async function saveStep(runner, kind) {
  let prepared;
  if (kind === "post") {
    maskSecrets(runner);
    const state = decodeState(runner.state(STATE_NAME));
    if (!state) {
      runner.info("Cache not saved: the main step left no state (it failed before restoring, or did not run), so there is no key to save under.");
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
    printConfiguration(runner, { kind: "save", ...prepared });
  } else {
    const p = await prepare(runner, "save");
    if (!p) return;
    prepared = p;
  }
  const { inputs, key } = prepared;
  const { options, notes } = transferOptions(inputs, "save");
  for (const note of notes) runner.info(`Note: ${note}`);
  const common = { env: runner.env, workspace: prepared.workspace, enableCrossOsArchive: inputs.enableCrossOsArchive };
  let result;
  try {
    result = await saveCache(inputs.path, key, { ...common, ...options, onProgress: (p) => runner.info(formatProgress(p)) });
  } catch (e) {
    const err = (
      /** @type {any} */
      e
    );
    if (err?.name === "CacheInputError" && kind === "save") {
      runner.setFailed(`cachet: ${err.message}`, { title: "cachet: invalid input" });
      return;
    }
    runner.debug(String(err?.stack ?? err));
    result = {
      outcome: "failed",
      key,
      version: "",
      versionComponents: [],
      backend: prepared.backend,
      code: err?.code ?? "unexpected",
      message: String(err?.message ?? err),
      elapsedMs: 0
    };
  }
  let existing;
  if (result.outcome === "alreadyExists") existing = await whoHasTheKey(result, inputs.path, common);
  const description = describeSave(result, { existing });
  if (description.level === "warning") runner.warning(description.text, { title: `cachet: save ${description.title}` });
  else runner.info(description.text);
  if (result.code) runner.debug(`save outcome ${result.outcome}, code ${result.code}`);
  if (result.versionComponents.length) {
    runner.appendSummary(
      saveSummary(result, {
        keyInput: inputs.key,
        pathCount: inputs.path.length,
        hashed: prepared.hashed,
        description,
        storeDir: prepared.storeDir
      })
    );
  }
}
async function whoHasTheKey(result, paths, common) {
  if (result.backend === "local") return "committed";
  try {
    const found = await restoreCache(paths, result.key, [], { ...common, lookupOnly: true });
    if (found.outcome === "hit") return found.matchedKey === result.key ? "committed" : "pending";
    if (found.outcome === "miss") return "pending";
  } catch {
  }
  return "unknown";
}

export {
  saveStep
};
