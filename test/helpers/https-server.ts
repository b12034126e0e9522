// A local HTTPS server for tests of what the platform fetches from other hosts (did:web DID
// documents): a self-signed certificate for localhost made here with openssl, nothing
// downloaded; every request is counted so that a test can prove none went out.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface LocalHttpsServer {
  port: number;
  /** The certificate (PEM) to trust: it is its own CA. */
  ca: string;
  /** The path of every request received, in order. */
  requests: string[];
  /** Answers by path; an unknown path gets 404. */
  routes: Map<string, Handler>;
  close(): Promise<void>;
}

/** A self-signed certificate for localhost and 127.0.0.1, valid for a day. */
export function selfSignedCertificate(): { key: string; cert: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'microcred-tls-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: fs.readFileSync(path.join(dir, 'key.pem'), 'utf8'), cert: fs.readFileSync(path.join(dir, 'cert.pem'), 'utf8') };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function startHttpsServer(): Promise<LocalHttpsServer> {
  const { key, cert } = selfSignedCertificate();
  const requests: string[] = [];
  const routes = new Map<string, Handler>();
  const server = https.createServer({ key, cert }, (request, response) => {
    const pathname = new URL(request.url ?? '/', 'https://localhost').pathname;
    requests.push(pathname);
    const handler = routes.get(pathname);
    if (handler) handler(request, response);
    else response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    ca: cert,
    requests,
    routes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler answering JSON. */
export function json(value: unknown): Handler {
  return (_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
}
