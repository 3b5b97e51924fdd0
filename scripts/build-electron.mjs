// Bundles the Electron main process and preload into dist-electron/ (CommonJS, as Electron loads them).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning' };
await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs', external: ['electron', 'better-sqlite3', 'subset-font', 'harfbuzzjs', '@pdf-lib/fontkit'] });
// The sandboxed preload may only require('electron').
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs', external: ['electron'] });
