import { argumentsFor, argumentSpec } from '../../versions';
import { withoutConfig } from '../edit';
import type { RuleFinding, WarningRule } from '../types';

/** Levenshtein distance of two short strings: `distance('kitten', 'sitting') === 3`. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The argument a misspelt keyword most likely meant, if one is close: 'keep_checkpoints_max' → 'keep_checkpoint_max'. */
export function closestArgument(name: string, names: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of names) {
    const d = distance(name.toLowerCase(), candidate);
    if (d <= 3 && (best === undefined || d < best.distance))
      best = { name: candidate, distance: d };
  }
  return best?.name;
}

/** A keyword no version of CheckpointConfig reads: accepted and ignored. */
export const unknownKeyword: WarningRule = {
  id: 'unknown-keyword',
  severity: 'warning',
  source: 'r2.2 L158',
  messages: {
    en: 'MindSpore silently accepts and ignores the unknown keyword {name}; check the spelling.',
    zh: 'MindSpore 会悄悄接受并忽略未知关键字 {name}；请检查拼写。',
  },
  variants: {
    suggestion: {
      en: 'MindSpore silently accepts and ignores the unknown keyword {name}; did you mean {suggestion}?',
      zh: 'MindSpore 会悄悄接受并忽略未知关键字 {name}；是否想写 {suggestion}？',
    },
  },
  explanation: {
    en: 'CheckpointConfig ends its signature with **kwargs, so a misspelt keyword (keep_checkpoints_max, save_checkpoint_step …) raises no error: it is stored nowhere and the argument you meant keeps its default.',
    zh: 'CheckpointConfig 的参数列表以 **kwargs 结尾，因此拼错的关键字（keep_checkpoints_max、save_checkpoint_step 等）不会报错：它不会被保存，你想设置的参数仍保持默认值。',
  },
  check(context) {
    const known = argumentsFor(context.version).map((argument) => argument.name);
    const findings: RuleFinding[] = [];
    for (const name of Object.keys(context.state.config)) {
      if (argumentSpec(name) !== undefined) continue;
      const suggestion = closestArgument(name, known);
      findings.push({
        fields: [name],
        params: suggestion === undefined ? { name } : { variant: 'suggestion', name, suggestion },
      });
    }
    return findings;
  },
  fix: {
    label: { en: 'Remove the keyword', zh: '删除该关键字' },
    preservesBehaviour: true,
    apply: (state, warning) => withoutConfig(state, String(warning.params?.name)),
  },
};
