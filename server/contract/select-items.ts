// Prunes a Postman collection to the items a selection names. Every top-level folder that is not
// selected must be excluded with a reason, so a suite update that adds a folder cannot slip by.

export interface PostmanNode {
  name: string
  item?: PostmanNode[]
  [key: string]: unknown
}

export interface CollectionSelection {
  file: string
  include: string[]
  exclude: Record<string, string>
}

export interface Pruned {
  items: PostmanNode[]
  unclassified: string[]
  unknown: string[]
}

const SEP = ' / '

function mentions(paths: string[], path: string): boolean {
  return paths.some((p) => p.startsWith(path + SEP))
}

function nodeName(node: PostmanNode, siblings: PostmanNode[]): string {
  const shared = siblings.filter((s) => s.name === node.name).length > 1
  const method = (node.request as { method?: string } | undefined)?.method
  return shared && method ? `${node.name} [${method}]` : node.name
}

export function pruneItems(items: PostmanNode[], selection: CollectionSelection): Pruned {
  const excluded = Object.keys(selection.exclude)
  const seen = new Set<string>()
  const unclassified: string[] = []

  const walk = (nodes: PostmanNode[], parent: string): PostmanNode[] =>
    nodes.flatMap((node) => {
      const path = (parent ? parent + SEP : '') + nodeName(node, nodes)
      if (selection.include.includes(path)) {
        seen.add(path)
        return [node]
      }
      if (excluded.includes(path)) {
        seen.add(path)
        return []
      }
      if (node.item && (mentions(selection.include, path) || mentions(excluded, path))) {
        const children = walk(node.item, path)
        return children.length ? [{ ...node, item: children }] : []
      }
      unclassified.push(path)
      return []
    })

  const kept = walk(items, '')
  const unknown = [...selection.include, ...excluded].filter((p) => !seen.has(p))
  return { items: kept, unclassified, unknown }
}
