import { activeCapabilities } from '../../lib/api-client.ts'
import { wholeSetWalk, type WholeSetWalk } from '../../lib/edfi/capabilities.ts'
import { readCursorPage } from './list-sessions.ts'
import { offsetTokens, offsetToken, readOffsetPage, type OffsetPageSource, type WalkPageReader } from './offset-walk.ts'
import { MAX_PAGE_SIZE, planPartitions, type PartitionPlan } from './partition-plan.ts'
import { listSessionPartitions } from './session-changes.ts'

export type { WholeSetWalk }

export interface WalkPlan {
  walk: WholeSetWalk
  plan: PartitionPlan
  tokens: string[]
  concurrency: number
}

export interface WalkOptions {
  pageSize?: number
  maxPartitions?: number
  signal?: AbortSignal
}

export async function planWholeSetWalk(source: OffsetPageSource, expectedRows: number, options: WalkOptions = {}): Promise<WalkPlan> {
  const { filters, changeWindow, snapshot } = source
  const walk = wholeSetWalk(await activeCapabilities(), snapshot)
  const plan = planPartitions(expectedRows, { pageSize: options.pageSize ?? MAX_PAGE_SIZE, maxPartitions: options.maxPartitions })
  if (plan.expectedRows === 0) return { walk, plan, tokens: [], concurrency: 1 }
  if (walk === 'offset-sequential') return { walk, plan: { ...plan, partitions: 1 }, tokens: [offsetToken(0, undefined)], concurrency: 1 }
  if (walk === 'offset-parallel') {
    const tokens = offsetTokens(plan.expectedRows, plan.partitions, plan.pageSize)
    return { walk, plan: { ...plan, partitions: tokens.length }, tokens, concurrency: tokens.length }
  }
  const tokens = await listSessionPartitions(
    { ...filters, ...changeWindow, snapshot, number: plan.partitions, allowSmallPartitions: plan.allowSmallPartitions || undefined },
    options.signal,
  )
  return { walk, plan, tokens, concurrency: plan.partitions }
}

/** ODS page tokens are base64, never with ':'. */
export const readWalkPage: WalkPageReader = async (source, token, pageSize, schema, signal) => {
  if (token.startsWith('o:')) return readOffsetPage(source, token, pageSize, schema, signal)
  const { filters, changeWindow, snapshot } = source
  const page = await readCursorPage({ ...filters, ...changeWindow, snapshot, pageToken: token, pageSize }, schema, signal)
  return { items: page.items, nextToken: page.nextPageToken }
}
