/** Layout rules: contracts stand alone, web never reaches the server, modules meet only through index.ts. */
module.exports = {
  forbidden: [
    {
      name: 'contracts-stand-alone',
      comment: 'contracts are shared by server and web and import nothing but zod and each other',
      severity: 'error',
      from: { path: '^contracts/' },
      to: { pathNot: ['^contracts/', '^node_modules/zod/'] },
    },
    {
      name: 'web-not-server',
      comment: 'the web app talks to the server over HTTP only',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: ['^server/', '^scripts/'] },
    },
    {
      name: 'platform-has-no-domain',
      comment: 'server/platform knows no module',
      severity: 'error',
      from: { path: '^server/platform/', pathNot: '\\.test\\.ts$' },
      to: { path: '^server/modules/' },
    },
    {
      name: 'modules-through-index',
      comment: 'a module reaches another only through its index.ts',
      severity: 'error',
      from: { path: '^server/modules/([^/]+)/' },
      to: { path: '^server/modules/([^/]+)/', pathNot: ['^server/modules/$1/', '^server/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'server-not-tests',
      comment: 'production code never imports test helpers',
      severity: 'error',
      from: { path: '^(server|scripts)/', pathNot: ['\\.test\\.ts$', '\\.test-fixture\\.ts$', '^server/test/', '^scripts/bench/'] },
      to: { path: '^server/test/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, pathNot: '^node_modules/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^web/dist/', '^data/', '^node_modules/'] },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
