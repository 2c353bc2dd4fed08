import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

/** The budget for the console's JavaScript, gzipped: a page a reviewer on a slow line still opens. */
const SCRIPT_BUDGET_BYTES = 250 * 1024;

/** Fails the build when the scripts it wrote, gzipped, go past the budget; says how much they take either way. */
function scriptBudget(): Plugin {
  return {
    name: 'accord-script-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const gzipped = Object.values(bundle)
        .filter((file) => file.type === 'chunk')
        .reduce((total, chunk) => total + gzipSync(chunk.code, { level: 9 }).length, 0);
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
      if (gzipped > SCRIPT_BUDGET_BYTES) this.error(`the console's JavaScript is ${kb(gzipped)} gzipped, over its budget of ${kb(SCRIPT_BUDGET_BYTES)}`);
      this.info(`JavaScript: ${kb(gzipped)} gzipped of a ${kb(SCRIPT_BUDGET_BYTES)} budget`);
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  // No inline script or style in what is built: the API serves it under a CSP without 'unsafe-inline'.
  build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0, reportCompressedSize: false },
  plugins: [scriptBudget()],
});
