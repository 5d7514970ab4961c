// ESM mode: NestJS 12 ships as ES modules only, so Jest runs with --experimental-vm-modules.
const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^#(contracts|messaging|platform|working-calendar)$': '<rootDir>/libs/$1/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true }],
    // ES-module-only packages that CommonJS dependencies require(): Node 20 loads them natively, Jest's
    // CommonJS loader cannot, so they are compiled to CommonJS for the tests only.
    '/node_modules/content-disposition/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', moduleResolution: 'node10', customConditions: null, isolatedModules: true } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
};

export default {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,scripts}/**/*.spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'] },
  ],
};
