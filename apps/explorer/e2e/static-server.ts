/**
 * A tiny static file server for the production build (apps/explorer/dist), so
 * the browser tests and the browser benchmark exercise what users get.
 */
import { createServer, type Server } from "node:http";
import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";

/** apps/explorer/dist, next to this folder. */
export const distDirectory = resolve(fileURLToPath(new URL("../dist", import.meta.url)));

const MIME_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Folder to serve. */
  root: string;
  /** Port to listen on; 0 picks a free one. */
  port: number;
}

export const staticServerDefaults: StaticServerOptions = { root: distDirectory, port: 0 };

/** Serves `root` on 127.0.0.1. Fails with a clear message when the build is missing. */
export async function startStaticServer(options: Partial<StaticServerOptions> = {}): Promise<StaticServer> {
  const { root, port } = { ...staticServerDefaults, ...options };
  if (!existsSync(join(root, "index.html"))) {
    throw new Error(
      `@skills-network/explorer e2e: no production build in ${root}. Run npm run build first (or npm run build -w @skills-network/explorer).`,
    );
  }
  const server = createServer((request, response) => {
    serveFile(root, request.url ?? "/").then(
      ({ status, type, body }) => {
        response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
        response.end(body);
      },
      (error: unknown) => {
        response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        response.end(String(error));
      },
    );
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => done());
  });
  const address = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}`, close: () => closeServer(server) };
}

async function serveFile(root: string, requestUrl: string): Promise<{ status: number; type: string; body: Buffer | string }> {
  const pathname = decodeURIComponent(new URL(requestUrl, "http://localhost").pathname);
  const file = normalize(join(root, pathname.endsWith("/") ? `${pathname}index.html` : pathname));
  // Never serve anything outside the build folder.
  if (file !== root && !file.startsWith(root + sep)) return { status: 403, type: "text/plain", body: "forbidden" };
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return { status: 404, type: "text/plain; charset=utf-8", body: `not found: ${pathname}` };
  const type = MIME_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  return { status: 200, type, body: await readFile(file) };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}
