import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { formatMessage, languageFromLocales, LANGUAGES } from './languages';
import { appMessages } from './messages/app';
import type { Language, Message } from './languages';

const STORAGE_KEY = 'ckpt-builder.language';

interface LanguageContextValue {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageContextValue | null>(null);

/** The stored choice, else the browser's language. */
export function initialLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
  } catch {
    // Storage may be unavailable (private mode, sandboxed frame): fall back to the browser's.
  }
  return languageFromLocales(navigator.languages ?? [navigator.language]);
}

/** Holds the UI language: a local preference, never part of the shared state. */
export function LanguageProvider({
  children,
  initial,
}: {
  children: ReactNode;
  initial?: Language;
}) {
  const [language, setLanguageState] = useState<Language>(() => initial ?? initialLanguage());
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembering the choice is acceptable; the page keeps working.
    }
  }, []);
  useEffect(() => {
    // The prerendered document is English (ADR 9): its language, title and description follow
    // the page's on a first load in Chinese and on every switch.
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = appMessages.documentTitle[language];
    document
      .querySelector('meta[name="description"]')
      ?.setAttribute('content', appMessages.documentDescription[language]);
  }, [language]);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The current language and its setter. */
export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useLanguage needs a <LanguageProvider> above it');
  return value;
}

/** A translator for the current language: `t(messages.title)`, `t(messages.keeps, { n: 5 })`. */
export function useT(): (message: Message, params?: Record<string, string | number>) => string {
  const { language } = useLanguage();
  return useCallback(
    (message: Message, params?: Record<string, string | number>) =>
      formatMessage(message[language], params),
    [language],
  );
}
