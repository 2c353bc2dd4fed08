import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { errorBody } from '../http/error.filter';

export const CONSOLE_PATH = '/console';

/**
 * Stricter than the rest of the service's pages: the console's scripts and styles are files of its
 * own build, so nothing inline runs, and it talks to its own origin only.
 */
export const CONSOLE_CSP = [
  `default-src 'self'`,
  `script-src 'self'`,
  `script-src-attr 'none'`,
  `style-src 'self'`,
  `img-src 'self' data:`,
  `font-src 'self'`,
  `connect-src 'self'`,
  `object-src 'none'`,
  `base-uri 'self'`,
  `form-action 'self'`,
  `frame-ancestors 'none'`,
].join('; ');

/** Where `npm run build:console` writes the console: apps/console/dist of the checkout, from the sources as from dist/. */
export function consoleDirectory(): string {
  let folder = __dirname;
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`no package.json above ${__dirname}`);
    folder = parent;
  }
  return join(folder, 'apps', 'console', 'dist');
}

/**
 * Serves the console's static build at /console. Hashed assets are cached for good; index.html is
 * asked for again each time, and answers every other page path, since the console routes in the
 * browser. A missing build answers 503 saying how to make it, rather than a bare 404.
 */
export async function mountConsole(app: NestFastifyApplication, directory = consoleDirectory()): Promise<void> {
  const built = existsSync(join(directory, 'index.html'));
  await app.getHttpAdapter().getInstance().register(
    async (scope) => {
      scope.addHook('onRequest', async (_request, reply) => {
        reply.header('content-security-policy', CONSOLE_CSP);
      });
      if (!built) {
        // A not-found handler, not a wildcard route: no route is served that the document does not list.
        scope.setNotFoundHandler(async (_request, reply) => reply.status(503).send(errorBody(503, 'The console is not built: run npm run build:console (npm start does)', 'CONSOLE.NOT_BUILT')));
        return;
      }
      // The files are listed once, at boot: only what the build wrote is ever served.
      await scope.register(fastifyStatic, {
        root: directory,
        prefix: '/',
        wildcard: false,
        setHeaders: (reply, path) => void reply.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
      });
      scope.setNotFoundHandler(async (request, reply) => {
        const page = request.method === 'GET' && !request.url.startsWith(`${CONSOLE_PATH}/assets/`);
        if (!page) return reply.status(404).send(errorBody(404, 'no such file in the console'));
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      });
    },
    { prefix: CONSOLE_PATH },
  );
}
