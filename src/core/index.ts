/**
 * The core's public surface (../shared/spec/core-api.md). Plain TypeScript: importable from Node,
 * the page, the tests and the benchmarks alike. Keep these names stable.
 */
export {
  MINDSPORE_VERSIONS,
  DEFAULT_VERSION,
  ARGUMENTS,
  VERSION_FACTS,
  argumentsFor,
  argumentSpec,
  isArgumentOf,
  isMindSporeVersion,
  positionalParameters,
  versionAtLeast,
} from './versions';
export type {
  ArgumentKind,
  ArgumentSection,
  ArgumentSpec,
  LocalisedText,
  MindSporeVersion,
  VersionFacts,
} from './versions';
export type { PyValue, PyTagged, PyDict, NumpyScalarType } from './python/py-value';
export { isTagged, isPyInt, pyIntValue, pyTruthy } from './python/py-value';
export { pyClassName, pyFloatRepr, pyRepr, pyStr, pyTypeName } from './python/repr';
export { builderStateSchema, partialBuilderStateSchema } from './config/state-schema';
export {
  changeVersion,
  completeState,
  defaultConfig,
  defaultState,
  holdsKeyMaterial,
  samePyValue,
  DEFAULT_CALLBACK,
} from './config/state';
export type {
  BuilderState,
  CallbackArguments,
  ConfigArguments,
  PartialBuilderState,
} from './config/state';
export { DEFAULT_RUN, DEVICE_TARGETS, EXECUTION_MODES, PARALLEL_MODES } from './config/run-model';
export { runModelSchema } from './config/run-model-schema';
export type { DeviceTarget, ExecutionMode, ParallelMode, RunModel } from './config/run-model';
export { DEFAULT_ENC_KEY_REF, ENC_KEY_SOURCES, ENC_KEY_TYPES, isEncKeyRef } from './config/enc-key';
export type { EncKeyRef } from './config/enc-key';
export type {
  Diagnostic,
  DiagnosticKind,
  ImportProblem,
  ImportProblemId,
  RunProblem,
  RunProblemId,
} from './mindspore/diagnostic';
export { effectivePolicy, POLICY_FIELDS } from './mindspore/policy';
export type { EffectivePolicy, PolicyField } from './mindspore/policy';
export { HIDDEN_KEY, validate, validateRun } from './mindspore/validate';
export { detectFormat, importText } from './formats/import-text';
export { importMindFormersYaml } from './formats/yaml-import';
export { parsePython } from './formats/python-import';
export type { ParsedPython, PythonCall } from './formats/python-import';
export { parsePythonValue } from './python/evaluate';
export type { PythonValueResult } from './python/evaluate';
export { PySyntaxError } from './python/tokenize';
export { IMPORT_NOTE_IDS, importNoteKey } from './formats/import-result';
export type {
  ImportFormat,
  ImportNote,
  ImportNoteId,
  ImportOptions,
  ImportResult,
} from './formats/import-result';
export { exportText } from './formats/export-text';
export type { ExportFormat, ExportOptions } from './formats/export-text';
export { runProblemOf, simulate, unsupportedReasonOf } from './simulation/simulate';
export { firstSaveError } from './simulation/first-save';
export type { FirstSaveError } from './simulation/first-save';
export type {
  DeleteEvent,
  SaveEvent,
  SimulateOptions,
  SimulationEvent,
  SimulationResult,
  SimulationSeries,
  SimulationStats,
} from './simulation/types';
export {
  findWarnings,
  fixWarning,
  warningExplanation,
  warningMessage,
} from './warnings/find-warnings';
export { WARNING_RULES, warningRule } from './warnings/registry';
export type { FindWarningsOptions } from './warnings/context';
export type {
  RuleFinding,
  RuleFix,
  Warning,
  WarningRule,
  WarningSeverity,
  WarningWhen,
} from './warnings/types';
export type { Language } from './warnings/text';
export { describePolicy } from './describe/describe-policy';
export { encodeShareState, SHARE_FORMAT_VERSION } from './share/share-state';
export { decodeShareState } from './share/share-decode';
export type { ShareNotice, ShareNoticeReason } from './share/share-state';
export {
  PRESETS,
  applyPreset,
  matchingPreset,
  presetConfig,
  presetMatches,
} from './config/presets';
export type { Preset, PresetId } from './config/presets';
