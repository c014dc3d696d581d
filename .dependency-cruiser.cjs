// The layers (see docs/architecture.md). `npm run lint` runs this over src, scripts, bench and tests.
//   core      pure logic, no browser APIs: imports only core (and the data JSON under src/data)
//   platform  the small browser layer (ext shim, i18n, direction, lookup client): core + itself
//   content, background, pages, cli   the entry points: core + platform + their own folder, never each other
//   scripts, bench, tests   tools: may import the product, the product never imports them
// Test files (*.test.ts[x]) are tools wherever they sit: they may reach across layers to build their inputs.
// Run through scripts/lint-layers.mjs (dependency-cruiser's API): its CLI refuses Node 20, which we support.
/** @type {import('dependency-cruiser').IConfiguration} */
const apps = ['content', 'background', 'pages', 'cli'];
const product = { path: '^src/', pathNot: '\\.test\\.tsx?$' };

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes load order matter and the layers meaningless.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'src/core imports only src/core and the data files under src/data (no browser layer, no entry points).',
      from: { path: '^src/core/', pathNot: product.pathNot },
      to: { path: '^src/', pathNot: ['^src/core/', '^src/data/[^/]+\\.json$'] },
    },
    {
      name: 'platform-over-core',
      severity: 'error',
      comment: 'src/platform imports core and itself (and the locale files it bundles).',
      from: { path: '^src/platform/', pathNot: product.pathNot },
      to: { path: '^src/', pathNot: ['^src/core/', '^src/platform/', '^src/data/[^/]+\\.json$', '^src/public/_locales/'] },
    },
    ...apps.map((app) => ({
      name: `${app}-stays-in-its-lane`,
      severity: 'error',
      comment: `src/${app} imports core, platform and its own folder; the other entry points never.`,
      from: { path: `^src/${app}/`, pathNot: product.pathNot },
      to: { path: '^src/', pathNot: ['^src/core/', '^src/platform/', `^src/${app}/`, '^src/data/[^/]+\\.json$', '^src/public/'] },
    })),
    {
      name: 'pages-share-through-shared',
      severity: 'error',
      comment: 'One extension page imports another only through src/pages/shared (the reader, below, also shows the card).',
      from: { path: '^src/pages/([^/]+)/', pathNot: [product.pathNot, '^src/pages/reader/'] },
      to: { path: '^src/pages/', pathNot: ['^src/pages/$1/', '^src/pages/shared/'] },
    },
    {
      name: 'reader-shows-the-card',
      severity: 'error',
      comment: 'The reader frame mounts the company card; otherwise it follows the rule above.',
      from: { path: '^src/pages/reader/', pathNot: product.pathNot },
      to: { path: '^src/pages/', pathNot: ['^src/pages/(reader|shared|card)/'] },
    },
    {
      name: 'product-never-imports-tools',
      severity: 'error',
      comment: 'The product does not depend on its tools, benchmarks or tests.',
      from: product,
      to: { path: '^(scripts|bench|tests)/' },
    },
    {
      name: 'content-stays-small',
      severity: 'error',
      comment:
        'The content script has a 30 KB gz budget: no Preact, floating-ui, Readability (its small readerable check is fine) or webextension-polyfill.',
      from: { path: '^src/(content|core|platform)/', pathNot: product.pathNot },
      to: {
        path: 'node_modules/(preact|@floating-ui|webextension-polyfill)/|node_modules/@mozilla/readability/(?!Readability-readerable)',
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
