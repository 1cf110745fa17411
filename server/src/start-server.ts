import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { getRequestListener } from '@hono/node-server';

import { createSignatureAnswerer } from './answer-signature-request.ts';
import { createApp } from './app.ts';
import type { AppOptions } from './app.ts';
import type { ServerConfig } from './config.ts';
import { createNodeSignaturePath, isSignatureRequest } from './node-signature-path.ts';
import { signMeetingSignatureNode } from './sign-signature-node.ts';
import { writeStdoutLine } from './write-line.ts';

export interface RunningServer {
  /** Base URL with the port actually bound, e.g. `http://127.0.0.1:4000/`. */
  url: string;
  /** Stops listening and drops open connections; resolves once the port is free. */
  close(): Promise<void>;
}

export interface StartOptions extends AppOptions {
  /**
   * The process runs this server and nothing else (main.ts), so the Node adapter may replace
   * the global Request and Response with its lightweight ones. Replies built from those are
   * written in one piece; the standard Response turns each JSON reply into a stream that the
   * adapter reads back. Tests and `npm start` share their process, so they leave it off.
   */
  ownsProcess?: boolean;
}

/** Serves the backend on `config.host` and `config.port` (0 picks a free port). */
export async function startServer(
  config: ServerConfig,
  options: StartOptions = {},
): Promise<RunningServer> {
  const { ownsProcess = false, ...appOptions } = options;
  const sign = appOptions.sign ?? signMeetingSignatureNode;
  const log = appOptions.log ?? writeStdoutLine;
  const app = createApp(config, { ...appOptions, sign, log });

  const listener = getRequestListener(app.fetch, { overrideGlobalObjects: ownsProcess });
  // Signing, the route every join calls, skips Hono's request and reply objects; it is
  // answered by the same function as Hono's route (node-signature-path.ts says how).
  const signaturePath = createNodeSignaturePath(
    config.corsOrigins,
    createSignatureAnswerer(config, sign),
    log,
  );
  // Both listeners settle every request themselves, turning failures into 500 replies.
  const server = createServer((request, response) => {
    if (isSignatureRequest(request)) signaturePath(request, response);
    else void listener(request, response);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  // Always an AddressInfo for a TCP listener; only pipe servers report a string.
  const { port } = server.address() as AddressInfo;

  const close = (): Promise<void> => {
    if (!server.listening) return Promise.resolve();

    return new Promise((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      // Node closes idle sockets itself; a client that never finishes its request would
      // otherwise hold `close` open until the request timeout, minutes later.
      server.closeAllConnections();
    });
  };

  return { url: `http://${formatHost(config.host)}:${port}/`, close };
}

// An IPv6 address needs brackets inside a URL.
function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
