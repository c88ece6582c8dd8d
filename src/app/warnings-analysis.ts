// The warnings (34 rules, their texts, and the simulator some of them run) load after the first
// paint: they are a fifth of the page's code and the form is useful without them for a moment.
export { findWarnings, fixWarning } from '../core/index';
export { diagnosedFields, warningFieldNotes } from '../features/warnings/warning-notes';
