import type { ExportFormat } from '../../core/index';

/** The file each format downloads as. */
export const EXPORT_FILE_NAMES: Record<ExportFormat, string> = {
  python: 'checkpoint_config.py',
  typescript: 'checkpoint_config.ts',
  json: 'checkpoint-builder-state.json',
  yaml: 'checkpoint_monitor.yaml',
};

const MIME_TYPES: Record<ExportFormat, string> = {
  python: 'text/x-python',
  typescript: 'text/plain',
  json: 'application/json',
  yaml: 'application/yaml',
};

/** Copies text; the Clipboard API needs a secure context, so fall back to a hidden textarea. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable: try the old way below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/** Saves text as a file through a temporary object URL and a download link. */
export function downloadText(text: string, format: ExportFormat): void {
  const url = URL.createObjectURL(
    new Blob([text], { type: `${MIME_TYPES[format]};charset=utf-8` }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = EXPORT_FILE_NAMES[format];
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
