// The layers of the codebase and who may import whom; read by eslint.config.js and by the test that
// proves the rule fails (src/testing/layer-rule.test.ts). A layer imports only itself and the ones
// listed after it; a feature imports no other feature; nothing imports app; e2e and server share no
// code with src (test-support/ holds what all three test suites use).
export const layers = [
  { type: 'app', pattern: 'src/app' },
  { type: 'feature', pattern: 'src/features/*', capture: ['name'] },
  { type: 'shared', pattern: 'src/shared/*', capture: ['name'] },
  { type: 'entity', pattern: 'src/entities/*', capture: ['name'] },
  { type: 'ui', pattern: 'src/components/ui' },
  { type: 'lib', pattern: 'src/lib' },
  { type: 'testing', pattern: 'src/testing' },
  { type: 'test-support', pattern: 'test-support' },
  { type: 'e2e', pattern: 'e2e' },
  { type: 'server', pattern: 'server' },
]

const to = (...types) => ({ to: { element: { types: { anyOf: types } } } })
const below = { feature: ['shared', 'entity', 'ui', 'lib'], shared: ['shared', 'entity', 'ui', 'lib'], entity: ['entity', 'ui', 'lib'] }

export const layerPolicies = [
  { from: { element: { type: 'app' } }, allow: to('app', 'feature', ...below.feature) },
  { from: { element: { type: 'feature' } }, allow: to(...below.feature) },
  {
    from: { element: { type: 'feature' } },
    allow: { to: { element: { type: 'feature', captured: { name: '{{ from.element.captured.name }}' } } } },
  },
  { from: { element: { type: 'shared' } }, allow: to(...below.shared) },
  { from: { element: { type: 'entity' } }, allow: to(...below.entity) },
  { from: { element: { type: 'ui' } }, allow: to('ui', 'lib') },
  { from: { element: { type: 'lib' } }, allow: to('lib') },
  { from: { element: { type: 'testing' } }, allow: to('testing', 'test-support', 'app', 'feature', ...below.feature) },
  { from: { file: { categories: 'test' } }, allow: to('testing', 'test-support') },
  { from: { element: { type: 'test-support' } }, allow: to('test-support') },
  { from: { element: { type: 'e2e' } }, allow: to('e2e', 'test-support') },
  { from: { element: { type: 'server' } }, allow: to('server', 'test-support') },
]
