/**
 * Lets a child process run the TypeScript sources directly (`node -r ./test/support/register-ts.js
 * apps/worker/src/main.ts`), as Jest does in-process: SWC transpiles, and `@accord/*` resolves to
 * libs/. Tests that kill and restart real worker processes use it, so they never run a stale build.
 */
const Module = require('node:module');
const path = require('node:path');
const fs = require('node:fs');
const { transformSync } = require('@swc/core');

const root = path.resolve(__dirname, '..', '..');
const swcrc = JSON.parse(fs.readFileSync(path.join(root, '.swcrc'), 'utf8'));
delete swcrc.$schema;

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...swcrc, filename, swcrc: false, sourceMaps: 'inline' });
  module._compile(code, filename);
};

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const alias = /^@accord\/([a-z-]+)(?:\/(.*))?$/.exec(request);
  if (alias) {
    const target = path.join(root, 'libs', alias[1], 'src', alias[2] ?? 'index');
    return resolve.call(this, target, ...rest);
  }
  return resolve.call(this, request, ...rest);
};
