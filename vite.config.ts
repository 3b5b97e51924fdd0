import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY } from './shared/security.ts';

/**
 * The page's own CSP meta tag, from the one policy in shared/security.ts (the header the bridge and
 * Electron's session send carries the same). frame-ancestors is ignored in a meta tag, so it is left out.
 */
const cspMeta = (): Plugin => ({
  name: 'banso-csp-meta',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ') }, injectTo: 'head-prepend' },
  ],
});

// The renderer: React, built to dist/renderer with relative paths (Electron loads it from file://).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
