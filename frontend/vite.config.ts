import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const backend = process.env.QIANSHOU_BACKEND_URL ?? 'http://localhost:8080';
const proxy = {
  '/api': { target: backend, changeOrigin: true },
  '/health': { target: backend, changeOrigin: true },
};

// JSX is compiled by esbuild (tsconfig "jsx": "react-jsx"); no React plugin is needed.
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: 'target/classes/public',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
  },
  server: { proxy },
  preview: { proxy },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['e2e/**', 'node_modules/**', 'node/**'],
    restoreMocks: true,
    testTimeout: 20_000,
    pool: 'threads',
    maxWorkers: 2,
  },
});
