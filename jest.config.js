import { readFileSync } from 'node:fs';

// ESM mode: NestJS 12 ships as ES modules only, so Jest runs with --experimental-vm-modules.

// The `#…` imports resolve as in development: package.json's "imports" map, read here so that a new subpath needs no second entry.
const packageImports = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).imports;
const sourceOfImport = Object.fromEntries(
  Object.entries(packageImports).map(([specifier, targets]) => [`^${specifier}$`, targets.development.replace(/^\.\//, '<rootDir>/')]),
);

const shared = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    ...sourceOfImport,
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
