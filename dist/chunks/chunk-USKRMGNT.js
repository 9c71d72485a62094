import {
  SAVE_ON_FAILURE_ENV,
  STATE_NAME,
  describeRestore,
  encodeState,
  isExactKeyMatch,
  prepare,
  restoreSummary,
  transferOptions
} from "./chunk-J4B2DU3X.js";
import {
  formatProgress,
  restoreCache
} from "./chunk-X7JTKCET.js";

// js/src/action/restore-step.js
async function restoreStep(runner, kind) {
  const prepared = await prepare(runner, kind);
  if (!prepared) return;
  const { inputs, key, hashed } = prepared;
  const lookupOnly = inputs["lookup-only"];
  if (kind === "cache" && inputs["save-on-failure"]) {
    runner.exportVariable(SAVE_ON_FAILURE_ENV, "true");
  }
  runner.setOutput("cache-primary-key", key);
  const state = {
    key,
    inputs,
    hashFiles: hashed ? { hash: hashed.hash, patterns: hashed.patterns, count: hashed.count } : null,
    matchedKey: null,
    exactHit: false,
    restoreOutcome: "failed"
  };
  try {
    const { options, notes } = transferOptions(inputs, "restore");
    for (const note of notes) runner.info(`Note: ${note}`);
    let result;
    try {
      result = await restoreCache(inputs.path, key, inputs["restore-keys"], {
        env: runner.env,
        workspace: prepared.workspace,
        enableCrossOsArchive: inputs.enableCrossOsArchive,
        lookupOnly,
        ...options,
        onProgress: (p) => runner.info(formatProgress(p))
      });
    } catch (e) {
      const err = (
        /** @type {any} */
        e
      );
      if (err?.name === "CacheInputError") {
        runner.setFailed(`cachet: ${err.message}`, { title: "cachet: invalid input" });
        return;
      }
      runner.debug(String(err?.stack ?? err));
      result = {
        outcome: "failed",
        key,
        restoreKeys: inputs["restore-keys"],
        version: "",
        versionComponents: [],
        backend: prepared.backend,
        code: err?.code ?? "unexpected",
        message: String(err?.message ?? err),
        elapsedMs: 0
      };
    }
    const hit = result.outcome === "hit";
    const exact = hit && isExactKeyMatch(key, result.matchedKey);
    state.restoreOutcome = result.outcome;
    if (hit) {
      state.matchedKey = result.matchedKey ?? null;
      state.exactHit = exact;
      runner.setOutput("cache-hit", exact ? "true" : "false");
      runner.setOutput("cache-matched-key", result.matchedKey ?? "");
    }
    const description = describeRestore(result, { exact, lookupOnly });
    if (description.level === "warning") runner.warning(description.text, { title: `cachet: restore ${description.title}` });
    else runner.info(description.text);
    if (result.code) runner.debug(`restore outcome ${result.outcome}, code ${result.code}`);
    if (result.versionComponents.length) {
      runner.appendSummary(
        restoreSummary(result, {
          keyInput: inputs.key,
          pathCount: inputs.path.length,
          hashed,
          description,
          storeDir: prepared.storeDir,
          exact,
          lookupOnly
        })
      );
    }
    if (!hit && inputs["fail-on-cache-miss"]) {
      runner.setFailed(
        `Failed to restore cache entry. Exiting as fail-on-cache-miss is set. Input key: ${key}` + (result.outcome === "miss" ? "" : ` (the restore did not complete: ${description.title})`)
      );
    }
  } finally {
    if (kind === "cache") runner.saveState(STATE_NAME, encodeState(state));
  }
}

export {
  restoreStep
};
