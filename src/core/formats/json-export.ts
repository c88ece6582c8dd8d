import type { BuilderState } from '../config/state';
import { withheldKeyMaterial } from './export-shared';

/**
 * The builder's whole state as JSON (core-api.md), which `importText` reads back to the same state:
 * `JSON.parse(jsonExport(defaultState())).mindspore_version === '2.2'`. Key material, which a
 * state never legitimately holds (ADR 0003), is written as None.
 */
export function jsonExport(state: BuilderState): string {
  const config = withheldKeyMaterial(state) ? { ...state.config, enc_key: null } : state.config;
  const ordered = {
    mindspore_version: state.mindspore_version,
    config,
    callback: { prefix: state.callback.prefix, directory: state.callback.directory },
    run: state.run,
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
