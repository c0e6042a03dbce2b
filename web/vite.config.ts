import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { initialJsBudget } from './scripts/initial-js-budget.ts';

// The API runs on another port in development; the console calls it as /api.
const apiTarget = process.env.TIERLINE_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react(), initialJsBudget({ maxGzipBytes: 500 * 1024 })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { '/api': apiTarget } },
});
