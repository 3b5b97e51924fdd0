// npm run serve [-- --port N] [--empty]: browser mode. Builds the renderer if it is not built yet.
import { buildRenderer, rendererBuilt, startServe } from './lib.mjs';

if (!rendererBuilt() && !buildRenderer()) {
  console.error('Banso: building the renderer failed (see above).');
  process.exit(1);
}
await startServe(process.argv.slice(2));
