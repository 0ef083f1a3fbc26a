import { defineConfig, devices } from '@playwright/test'

// e2e runs in Debian's Chromium (Playwright cannot download its own browser here) against the real
// embedded server with a fresh, seeded database: scripts/e2e-server.mjs. `npm test` builds dist first.
const port = Number(process.env.E2E_PORT ?? 8799)

// e2e/profiles/*.spec.ts runs once per Ed-Fi API release the embedded server can play (EDFI_PROFILE,
// ROUTES), each project against its own server on E2E_PORT + 44 + n (8799 -> 8843…). The other
// specs stay in the default project (ODS/API 7.3, shared routes).
const profilePortBase = Number(process.env.E2E_PROFILE_PORT ?? port + 44)
const profiles: { name: string; env: Record<string, string>; testMatch?: string }[] = [
  { name: 'ods-7.3-profile', env: { EDFI_PROFILE: '7.3' } },
  { name: 'ods-6.2', env: { EDFI_PROFILE: '6.2' } },
  { name: 'ods-7.1', env: { EDFI_PROFILE: '7.1', CHANGE_QUERIES: 'off' } },
  { name: 'ods-7.2', env: { EDFI_PROFILE: '7.2', SNAPSHOTS: 'off' } },
  { name: 'ods-7.3-year-specific', env: { EDFI_PROFILE: '7.3', ROUTES: 'year-specific' } },
  { name: 'ods-6.2-year-specific', env: { EDFI_PROFILE: '6.2', ROUTES: 'year-specific' } },
  { name: 'edfi-api-8', env: { EDFI_PROFILE: '8' } },
  // Data Standard 6 (120-character session names): only the form-rules spec runs against it.
  { name: 'ods-7.3-ds6', env: { EDFI_PROFILE: '7.3', DATA_STANDARD: '6' }, testMatch: 'profiles/form-rules.spec.ts' },
]
const profileServers = profiles.map((profile, i) => ({ ...profile, port: profilePortBase + i }))

// The default 7.3 specs are split over two servers (two databases), so the two workers share them
// without one spec's writes reaching the other's. Specs that name the first server's URL stay on it.
const secondShardPort = Number(process.env.E2E_SECOND_PORT ?? port + 40)
const secondShard = ['sessions-editor.spec.ts', 'export.spec.ts', 'bulk-*.spec.ts', 'data-quality.spec.ts', 'year-overview.spec.ts']

const serverDefaults = {
  command: 'node scripts/e2e-server.mjs',
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
  stdout: 'ignore',
  stderr: 'pipe',
} as const

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  // Each 7.3 shard runs in one worker; the profile projects (each its own server) fill the gaps.
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    // Specs of one shard share one server and one database: one worker each.
    { name: 'ods-7.3', testIgnore: ['profiles/**', ...secondShard], workers: 1 },
    { name: 'ods-7.3-b', testMatch: secondShard, workers: 1, use: { baseURL: `http://127.0.0.1:${secondShardPort}` } },
    ...profileServers.map((profile) => ({
      name: profile.name,
      testMatch: profile.testMatch ?? 'profiles/*.spec.ts',
      use: { baseURL: `http://127.0.0.1:${profile.port}` },
    })),
  ],
  webServer: [
    { ...serverDefaults, url: `http://127.0.0.1:${port}/api/`, env: { PORT: String(port) } },
    { ...serverDefaults, url: `http://127.0.0.1:${secondShardPort}/api/`, env: { PORT: String(secondShardPort) } },
    ...profileServers.map((profile) => ({
      ...serverDefaults,
      url: `http://127.0.0.1:${profile.port}/api/`,
      env: { PORT: String(profile.port), ROUTE_YEAR: '2026', ...profile.env },
    })),
  ],
})
