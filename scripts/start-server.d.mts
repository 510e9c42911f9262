export function startServer(options: {
  port: number;
  env?: Record<string, string>;
  command?: string[];
  cwd?: string;
  readyPath?: string;
  timeoutMs?: number;
  hint?: string;
}): Promise<{ base: string; stop: () => void }>;
