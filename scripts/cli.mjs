// npm run cli -- <command>: the pre-built CLI bundle (rebuilt only when a source is newer).
import { spawn } from 'node:child_process';
import { ensureNodeBundle } from './lib.mjs';

await ensureNodeBundle();
const child = spawn(process.execPath, ['--enable-source-maps', 'dist-node/cli.mjs', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
