import { describe, expect, it } from 'vitest'
import { pruneItems, type PostmanNode } from './select-items.ts'

const request = (name: string, method = 'GET'): PostmanNode => ({ name, request: { method } })
const suite: PostmanNode[] = [
  { name: 'Sessions', item: [request('Create', 'POST'), request('Read')] },
  { name: 'Students', item: [request('Create', 'POST')] },
  { name: 'Weeks', item: [request('Check', 'POST'), request('Check', 'PUT'), request('List')] },
]

describe('pruneItems', () => {
  it('keeps included folders whole and requests by path, telling same-named siblings apart by method', () => {
    const pruned = pruneItems(suite, {
      file: 'x',
      include: ['Sessions', 'Weeks / Check [POST]'],
      exclude: { Students: 'not hosted', 'Weeks / Check [PUT]': 'PUT not offered', 'Weeks / List': 'reads what PUT wrote' },
    })
    expect(pruned.unclassified).toEqual([])
    expect(pruned.unknown).toEqual([])
    expect(pruned.items.map((n) => n.name)).toEqual(['Sessions', 'Weeks'])
    expect(pruned.items[1]!.item).toEqual([request('Check', 'POST')])
  })

  it('reports a folder that is neither selected nor excluded with a reason, and names that do not exist', () => {
    const pruned = pruneItems(suite, {
      file: 'x',
      include: ['Sessions', 'Teachers'],
      exclude: { 'Weeks / Check [PUT]': 'PUT not offered' },
    })
    expect(pruned.unclassified).toEqual(['Students', 'Weeks / Check [POST]', 'Weeks / List'])
    expect(pruned.unknown).toEqual(['Teachers'])
  })
})
