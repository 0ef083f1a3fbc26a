// @vitest-environment node
// The layer rule (docs/decisions/011-layer-boundaries.md) must fail lint when a violation is added,
// not only report zero today: each snippet is linted as if it were saved at the path given.
import { ESLint } from 'eslint'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
let eslint: ESLint
beforeAll(() => {
  eslint = new ESLint({ cwd: root })
})

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result!.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message)
}

describe('the layer rule', () => {
  it('fails a feature that imports another feature', async () => {
    const errors = await layerErrors('src/features/changes/probe.ts', "export { ExportButton } from '../export/export-button.tsx'\n")
    expect(errors).toEqual([expect.stringContaining('name="export"')])
  })

  it('fails an entity that imports a feature, and anything that imports app', async () => {
    expect(
      await layerErrors(
        'src/entities/sessions/probe.ts',
        "export { SessionsPage } from '../../features/sessions-list/sessions-page.tsx'\n",
      ),
    ).toHaveLength(1)
    expect(await layerErrors('src/features/history/probe.ts', "export { createAppRouter } from '../../app/router.tsx'\n")).toHaveLength(1)
  })

  it('fails e2e code that imports src', async () => {
    expect(
      await layerErrors('e2e/probe.ts', "export { sessionResourceSchema } from '../src/entities/sessions/session-schema.ts'\n"),
    ).toHaveLength(1)
  })

  it('lets a feature use its own files, entities, shared state, the UI kit and lib', async () => {
    const code = [
      "export { FeedFilters } from './components/feed-filters.tsx'",
      "export { sessionQueries } from '../../entities/sessions/session-queries.ts'",
      "export { useSnapshotMode } from '../../shared/snapshot/snapshot-mode.tsx'",
      "export { ApiErrorAlert } from '../../components/ui/api-error-alert.tsx'",
      "export { ApiError } from '../../lib/api-error.ts'",
      '',
    ].join('\n')
    expect(await layerErrors('src/features/changes/probe.ts', code)).toEqual([])
  })
})
