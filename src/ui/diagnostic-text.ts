import type { RunProblem } from '../core/index';
import type { Message } from '../i18n/languages';
import { runProblemMessages } from '../i18n/messages/run-problems';

type Translate = (message: Message, params?: Record<string, string | number>) => string;

/**
 * A diagnostic's text in the reader's language. MindSpore's exceptions stay as MindSpore prints
 * them (their explanations are translated elsewhere); the builder's own reasons a training run
 * cannot be played (`problem`, kind "RunModel") are said in a sentence of the page's language.
 */
export function diagnosticText(
  message: string,
  problem: RunProblem | undefined,
  t: Translate,
): string {
  return problem === undefined ? message : t(runProblemMessages[problem.id], { ...problem.values });
}
