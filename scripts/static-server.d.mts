import type { Server } from 'node:http';

export interface SiteFile {
  body: Buffer;
  gzipped: Buffer;
  type: string;
  cache: string;
}
export function loadSite(dir: string): Map<string, SiteFile>;
export function serveStatic(dir: string, port: number): Promise<Server>;
