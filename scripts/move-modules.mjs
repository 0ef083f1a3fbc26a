// Moves source files and rewrites every relative import that points at them (or out of them).
//   node scripts/move-modules.mjs scripts/module-moves.json [--dry-run]
// The map lists [old, new] pairs of files or folders; the longest matching old prefix wins. Files still
// under an old path are moved with `git mv`; then every import, export, dynamic import() and
// side-effect import in src/, e2e/, server/, bench/ and scripts/ is resolved against where its file
// used to be and rewritten to where the target is now. Running it again after a merge moves files a
// branch added under an old folder and mends the imports that still name old paths.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, posix, relative } from 'node:path'
import ts from 'typescript'

const [mapFile, ...flags] = process.argv.slice(2)
const dryRun = flags.includes('--dry-run')
const pairs = JSON.parse(readFileSync(mapFile, 'utf8')).sort((a, b) => b[0].length - a[0].length)

function mapPath(path) {
  for (const [from, to] of pairs) {
    if (path === from) return to
    if (path.startsWith(`${from}/`)) return to + path.slice(from.length)
  }
  return path
}

const tracked = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { encoding: 'utf8' }).split('\n').filter(Boolean)
const oldOf = new Map()
for (const file of tracked) {
  const target = mapPath(file)
  if (target === file) continue
  if (!dryRun) {
    execFileSync('mkdir', ['-p', dirname(target)])
    execFileSync('git', ['mv', file, target])
  }
  oldOf.set(target, file)
  console.log(`moved ${file} -> ${target}`)
}

const sources = (
  dryRun ? tracked : execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { encoding: 'utf8' }).split('\n')
).filter((f) => /^(src|e2e|server|bench|scripts|test-support)\//.test(f) && /\.(ts|tsx|mts|mjs)$/.test(f))

function specifiers(sourceFile) {
  const found = []
  const visit = (node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier)
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0])
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal)
    }
    ts.forEachChild(node, visit)
  }
  visit(sourceFile)
  return found
}

let changedFiles = 0
for (const file of sources) {
  if (!existsSync(file)) continue
  const text = readFileSync(file, 'utf8')
  const was = oldOf.get(file) ?? file
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind)
  const edits = []
  for (const literal of specifiers(sourceFile)) {
    const spec = literal.text
    if (!spec.startsWith('.')) continue
    const target = mapPath(posix.normalize(posix.join(posix.dirname(was), spec)))
    let next = relative(posix.dirname(file), target).split('\\').join('/')
    if (!next.startsWith('.')) next = `./${next}`
    if (next !== spec) edits.push({ start: literal.getStart(sourceFile) + 1, end: literal.getEnd() - 1, next })
  }
  if (edits.length === 0) continue
  let out = text
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.next + out.slice(edit.end)
  changedFiles += 1
  if (!dryRun) writeFileSync(file, out)
  console.log(`imports ${file}: ${edits.length}`)
}
console.log(`${oldOf.size} files moved, ${changedFiles} files with rewritten imports`)
