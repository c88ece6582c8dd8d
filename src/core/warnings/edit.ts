import type { EncKeyRef } from '../config/enc-key';
import type { BuilderState } from '../config/state';
import type { PyValue } from '../python/py-value';

/** The state with one config argument set; `state` is not modified: `withConfig(s, 'crc_check', false)`. */
export function withConfig(
  state: BuilderState,
  name: string,
  value: PyValue | EncKeyRef,
): BuilderState {
  return { ...state, config: { ...state.config, [name]: value } };
}

/** The state without a config argument (as if the keyword were not passed): `withoutConfig(s, 'foo')`. */
export function withoutConfig(state: BuilderState, name: string): BuilderState {
  const config = { ...state.config };
  delete config[name];
  return { ...state, config };
}

/**
 * Python's os.path.splitext extension: from the last '.' to the end, where leading dots do not
 * start one (spec §6.2): `splitExt('a.ckpt') === '.ckpt'`, `splitExt('.ckpt') === ''`.
 */
export function splitExt(name: string): string {
  const stripped = name.slice(name.lastIndexOf('/') + 1).replace(/^\.+/, '');
  const dot = stripped.lastIndexOf('.');
  return dot >= 0 ? stripped.slice(dot) : '';
}
