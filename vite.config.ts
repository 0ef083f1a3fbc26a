import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// The embedded API runs on its own port during `npm run dev`; Vite proxies /api to it so the SPA
// keeps talking to its own origin, exactly as it does when the server serves the built bundle.
const apiTarget = process.env.API_TARGET ?? 'http://localhost:8765'

export default defineConfig({
  plugins: [react()],
  // changeOrigin off: the API sees the browser's Host, so discovery URLs stay on the Vite origin.
  server: { proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
  build: { outDir: 'dist', sourcemap: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: ['server/**/*.test.ts'],
          environment: 'node',
          pool: 'forks',
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['src/testing/setup.ts'],
        },
      },
    ],
  },
})
