import { type IncomingHttpHeaders, request } from 'node:http';

// node:http rather than fetch: fetch will not send a Host header of our choosing, nor keep uploading once the
// server has answered, and both are what the hardening tests are about.

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RawRequestOptions {
  method?: string;
  /** The request-target as sent: a path, or an absolute URL. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export function send(base: string, opts: RawRequestOptions): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request(
      { hostname, port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

export interface UploadResult {
  status: number;
  body: string;
  /** Body bytes handed to the socket before the server answered or hung up. */
  bytesSent: number;
}

export interface UploadOptions {
  /** Bytes of body to offer; the upload stops early once the server has answered. */
  totalBytes: number;
  /** Sent as Content-Length; without it the body goes chunked. */
  declaredLength?: number;
  headers?: Record<string, string>;
}

/** POSTs a large JSON-typed body in 1 MB writes, minding backpressure, and stops as soon as a status arrives. */
export function upload(base: string, path: string, opts: UploadOptions): Promise<UploadResult> {
  const { hostname, port } = new URL(base);
  const chunk = Buffer.alloc(1024 * 1024, 'a');
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...opts.headers };
  if (opts.declaredLength !== undefined) headers['Content-Length'] = String(opts.declaredLength);
  return new Promise((resolve, reject) => {
    let bytesSent = 0;
    let answered = false;
    const req = request({ hostname, port, path, method: 'POST', headers }, (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (part: string) => {
        body += part;
      });
      const done = () => {
        resolve({ status: res.statusCode ?? 0, body, bytesSent });
        req.destroy();
      };
      res.on('end', done);
      // The server may cut the connection once it has answered; what arrived is the answer.
      res.on('error', done);
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    // Otherwise node holds the headers back until the first body write, which may never come.
    req.flushHeaders();
    const pump = () => {
      while (!answered && bytesSent < opts.totalBytes) {
        const part = chunk.subarray(0, Math.min(chunk.length, opts.totalBytes - bytesSent));
        bytesSent += part.length;
        if (!req.write(part)) {
          req.once('drain', pump);
          return;
        }
      }
      // A declared length the body does not reach is left hanging open: the server must answer without it.
      if (!answered && (opts.declaredLength ?? bytesSent) === bytesSent) req.end();
    };
    pump();
  });
}
