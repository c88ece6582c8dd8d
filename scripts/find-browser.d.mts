export function findChromium(): string | undefined;
export const HOW_TO_GET_CHROMIUM: string;
export function findOrInstallChromium(): string | undefined;
