import { zodResolver } from '@hookform/resolvers/zod';
import { z } from '../../core/zod';
import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import { builderStateSchema, isEncKeyRef, validate } from '../../core/index';
import type { BuilderState, Diagnostic } from '../../core/index';
import { formatMessage, type Language } from '../../i18n/languages';
import { reasonText } from '../../ui/reason-text';

/**
 * The form's values: the builder's state itself, typed loosely for react-hook-form (its path
 * types cannot walk the recursive Python value type).
 */
export interface FormValues {
  mindspore_version: string;
  config: Record<string, unknown>;
  callback: Record<string, unknown>;
  run: Record<string, unknown>;
  [key: string]: unknown;
}

/** What the form's checks say in the page's language. */
export interface FormTexts {
  encNameRequired: string;
  /** The builder's own sentences (a value it cannot know) are said in it; MindSpore's are not. */
  language: Language;
}

/** The builder's own rules on top of the state schema, with translated messages. */
export function formSchema(texts: FormTexts) {
  return builderStateSchema.check(
    z.superRefine((state, context) => {
      const key = state.config['enc_key'];
      if (isEncKeyRef(key) && key.name.trim() === '') {
        context.addIssue({
          code: 'custom',
          path: ['config', 'enc_key'],
          message: texts.encNameRequired,
        });
      }
    }),
  );
}

/** Where a diagnostic is shown in the form: `save_checkpoint_steps` → `config.save_checkpoint_steps`. */
export function diagnosticPath(diagnostic: Diagnostic): string {
  const field = diagnostic.field;
  if (field === undefined) return 'root';
  if (field === 'prefix' || field === 'directory') return `callback.${field}`;
  if (field.startsWith('run.')) return field;
  return `config.${field}`;
}

/**
 * The error text under a field: `TypeError: <MindSpore's exact message>`, or for the builder's
 * own "Unsupported" (a value it cannot know), its sentence in `language`.
 */
export function diagnosticText(diagnostic: Diagnostic, language: Language = 'en'): string {
  const reason = diagnostic.reason;
  const message = reason
    ? reasonText(reason, (text, params) => formatMessage(text[language], params))
    : diagnostic.message;
  return `${diagnostic.kind}: ${message}`;
}

/** Diagnostics as react-hook-form errors, the first one per field (MindSpore raises the first). */
export function diagnosticErrors(
  diagnostics: readonly Diagnostic[],
  language: Language = 'en',
): FieldErrors<FormValues> {
  const errors: Record<string, unknown> = {};
  for (const diagnostic of diagnostics) {
    const path = diagnosticPath(diagnostic).split('.');
    const error: FieldError = {
      type: diagnostic.code ?? diagnostic.kind,
      message: diagnosticText(diagnostic, language),
    };
    let node = errors;
    for (const [index, part] of path.entries()) {
      if (index === path.length - 1) {
        if (!(part in node)) node[part] = error;
      } else {
        node[part] ??= {};
        node = node[part] as Record<string, unknown>;
      }
    }
  }
  return errors as FieldErrors<FormValues>;
}

/**
 * zod checks the shape and the builder's own rules; MindSpore's checks (`validate`) run on what
 * passes. A field with a shape error shows that one.
 */
export function builderResolver(
  schema: ReturnType<typeof formSchema>,
  language: Language = 'en',
): Resolver<FormValues> {
  const structural = zodResolver(schema) as unknown as Resolver<FormValues>;
  return async (values, context, options) => {
    const result = await structural(values, context, options);
    const parsed = builderStateSchema.safeParse(values);
    const mindspore = parsed.success
      ? diagnosticErrors(validate(values as unknown as BuilderState), language)
      : {};
    const errors = mergeErrors(mindspore, result.errors);
    return Object.keys(errors).length === 0
      ? { values, errors: {} }
      : { values: {}, errors: errors as FieldErrors<FormValues> };
  };
}

/**
 * The whole form's check outside a field's own events: as the form opens or its state changes
 * from outside, and at build time for the prerendered page's seed. The errors it finds (none when
 * the values pass).
 */
export async function checkFormValues(
  resolver: Resolver<FormValues>,
  values: FormValues,
): Promise<FieldErrors<FormValues>> {
  const result = await resolver(values, undefined, {
    fields: {},
    shouldUseNativeValidation: false,
  });
  return result.errors;
}

function mergeErrors(base: object, over: object): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over)) {
    const existing = merged[key];
    const isLeaf = (item: unknown) =>
      typeof item === 'object' && item !== null && 'message' in item && 'type' in item;
    merged[key] =
      existing && !isLeaf(existing) && !isLeaf(value) && typeof value === 'object' && value !== null
        ? mergeErrors(existing, value)
        : value;
  }
  return merged;
}
