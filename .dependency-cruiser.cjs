// The layers of src/, bottom first. A module may import its own layer and those below it, never one above:
// the pure text functions know nothing of the app, documents and ingest nothing of search, review or the
// pages, and so on up. The composition roots at the top of src/ (app, server, cli, app.dependencies,
// test-app) put the layers together; config.ts is a plain settings module anyone may read.
// Checked by `npm test` (`npm run lint:deps`), so an import against the direction fails the build.
const LAYERS = ['text', 'shared', 'db', 'auth', 'documents', 'units', 'ingest', 'demo', 'search', 'tracking', 'review', 'checklist', 'web'];

const layerRules = LAYERS.map((layer, index) => ({
  name: `${layer}-imports-only-below`,
  comment: `src/${layer} may import ${['config', ...LAYERS.slice(0, index + 1)].join(', ')} and packages`,
  severity: 'error',
  from: { path: `^src/${layer}/`, pathNot: '\\.test\\.tsx?$' },
  to: { path: '^src/', pathNot: `^src/(${['config\\.ts', ...LAYERS.slice(0, index + 1).map((l) => `${l}/`)].join('|')})` },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-circular',
      comment: 'No import cycles, not even through types.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-layer-imports-a-root',
      comment: 'The composition roots (app, server, cli, app.dependencies, test-app) are imported by nothing but tests and each other.',
      severity: 'error',
      from: { path: '^src/[^/]+/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^src/(app|server|cli|app\\.dependencies|test-app)\\.tsx?$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // drizzle-kit's list of every table sits outside the layers: nothing in the app imports it.
    exclude: { path: '^src/db/schema\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
