import type { ChildProcess } from 'node:child_process';

export function untilServed(url: string, server?: ChildProcess, timeoutMs?: number): Promise<void>;
