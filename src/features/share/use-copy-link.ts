import { useCallback, useEffect, useRef, useState } from 'react';
import { copyText } from './copy-text';

export type CopyStatus = 'idle' | 'copied' | 'failed';

/** How long "Copied" stays on the button (milliseconds). */
export const COPY_FEEDBACK_MS = 2000;

/**
 * Copying the link, shared by the button and Ctrl/Cmd+S so that both show the same feedback.
 * `url` is called at the moment of copying: the address bar may lag the state by the debounce.
 */
export function useCopyLink(url: () => string): { copy: () => void; status: CopyStatus } {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(url);
  useEffect(() => {
    latest.current = url;
  }, [url]);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copy = useCallback(() => {
    void copyText(latest.current()).then((copied) => {
      setStatus(copied ? 'copied' : 'failed');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => setStatus('idle'), COPY_FEEDBACK_MS);
    });
  }, []);
  return { copy, status };
}
