import type { FieldErrors, Resolver } from 'react-hook-form';
import type * as FormResolver from './form-resolver';
import type { FormTexts, FormValues } from './form-resolver';

type FormResolverModule = typeof FormResolver;

let loading: Promise<FormResolverModule> | null = null;

/**
 * The form's checks (form-resolver.ts: the state's schema and MindSpore's rules). The page's first
 * load carries no schema library (ADR 13): they are loaded once the page is hydrated, or when the
 * form first needs them, whichever comes first. A failed load is tried again at the next need.
 */
export function loadFormChecks(): Promise<FormResolverModule> {
  loading ??= import('./form-resolver').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** The form's resolver, loading the checks the first time it runs. */
export function lazyFormResolver(texts: FormTexts): Resolver<FormValues> {
  let resolver: Resolver<FormValues> | null = null;
  return async (values, context, options) => {
    if (resolver === null) {
      const checks = await loadFormChecks();
      resolver = checks.builderResolver(checks.formSchema(texts), texts.language);
    }
    return resolver(values, context, options);
  };
}

/** The whole form's check (see `checkFormValues`), with the checks loaded first. */
export async function checkForm(
  resolver: Resolver<FormValues>,
  values: FormValues,
): Promise<FieldErrors<FormValues>> {
  return (await loadFormChecks()).checkFormValues(resolver, values);
}
