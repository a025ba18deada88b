/** Layering (STYLE.md): a layer imports only from the layers below it; core is pure (no I/O). */
module.exports = {
  forbidden: [
    {
      name: 'core-is-pure',
      comment: 'src/core runs unchanged in the browser, Node and tests: no node builtins, no I/O packages.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: {
        dependencyTypes: ['core'],
      },
    },
    {
      name: 'core-imports-no-io-packages',
      severity: 'error',
      from: { path: '^src/core/', pathNot: '\\.test(-support)?\\.ts$' },
      to: {
        dependencyTypes: ['npm', 'npm-dev'],
        pathNot: '^node_modules/(zod|minisearch|@messageformat/runtime)/',
      },
    },
    {
      name: 'core-imports-no-other-layer',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(store|app|server|cli|web)/' },
    },
    {
      name: 'store-below-app',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/(app|server|cli|web)/' },
    },
    {
      name: 'app-below-interfaces',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: '^src/(server|cli|web)/' },
    },
    {
      name: 'interfaces-do-not-import-each-other',
      severity: 'error',
      from: { path: '^src/(server|cli)/' },
      to: { path: '^src/web/' },
    },
    {
      name: 'web-uses-core-and-its-api-client-only',
      comment: 'The browser bundle must not pull in the database or server.',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/(store|app|server|cli)/' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    preserveSymlinks: true,
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js'] },
  },
};
