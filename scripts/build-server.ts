// Bundles the Node entry of the signature backend into one file, server/dist/main.mjs, with its
// dependencies inside: the Docker image then needs Node alone, no node_modules.
// Run: npx tsx scripts/build-server.ts [outDir]

import { build } from 'vite';

const outDir = process.argv[2] ?? 'server/dist';

await build({
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: 'server/src/main.ts',
    outDir,
    emptyOutDir: true,
    target: 'node20',
    rolldownOptions: { output: { entryFileNames: 'main.mjs' } },
  },
  // Everything bundled, Node's own modules excepted: the image has no node_modules.
  ssr: { noExternal: true, target: 'node' },
});
