/**
 * A tiny static file server on 127.0.0.1 for the start-up figure: each URL prefix maps to one
 * built folder, so both pages are served the same way by the same process.
 */
import fsp from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/** A running server and how to stop it. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string
  close(): Promise<void>
}

async function fileFor(folders: Readonly<Record<string, string>>, url: string): Promise<string | undefined> {
  const path = decodeURIComponent(new URL(url, 'http://localhost').pathname)
  const prefix = Object.keys(folders).find((name) => path === `/${name}` || path.startsWith(`/${name}/`))
  if (prefix === undefined) {
    return undefined
  }
  const relative = normalize(path.slice(prefix.length + 1) || '/').replace(/^(\.\.[/\\])+/, '')
  const file = join(folders[prefix] ?? '', relative.endsWith('/') ? `${relative}index.html` : relative)
  const stats = await fsp.stat(file).catch(() => undefined)
  return stats?.isFile() === true ? file : undefined
}

/** Serves `folders` (URL prefix without slashes → folder) on a free loopback port. */
export async function startStaticServer(folders: Readonly<Record<string, string>>): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    fileFor(folders, request.url ?? '/')
      .then(async (file) => {
        if (file === undefined) {
          response.writeHead(404).end()
          return
        }
        const body = await fsp.readFile(file)
        response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
        response.end(body)
      })
      .catch(() => response.writeHead(500).end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error === undefined ? resolve() : reject(error)))),
  }
}
