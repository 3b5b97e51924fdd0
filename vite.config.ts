import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer: React, built to dist/renderer with relative paths (Electron loads it from file://).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
