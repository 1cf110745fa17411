// The Node entry: `npx tsx server/src/main.ts`. Reads settings, starts the backend, and
// stops it cleanly on Ctrl+C or a service manager's SIGTERM.
import { existsSync } from 'node:fs';

import { ConfigError, loadConfig } from './config.ts';
import { startServer } from './start-server.ts';
import { writeStderrLine, writeStdoutLine } from './write-line.ts';

const ENV_FILE = '.env';

async function main(): Promise<void> {
  // Variables already set in the environment win over the file (Node's own rule).
  if (existsSync(ENV_FILE)) process.loadEnvFile(ENV_FILE);

  const config = readConfig();
  if (!config) return;

  const server = await startServer(config, { ownsProcess: true }).catch((error: unknown) => {
    writeStderrLine(`Could not listen on ${config.host}:${config.port}: ${describe(error)}`);
    process.exitCode = 1;
    return undefined;
  });
  if (!server) return;

  writeStdoutLine(`Signature backend listening on ${server.url}`);

  const stop = (): void => {
    void server.close().catch((error: unknown) => {
      writeStderrLine(`Could not stop cleanly: ${describe(error)}`);
      process.exitCode = 1;
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function readConfig(): ReturnType<typeof loadConfig> | undefined {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;

    writeStderrLine(error.message);
    process.exitCode = 1;
    return undefined;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

await main();
