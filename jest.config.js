const moduleNameMapper = {
  '^@accord/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
  '^@accord/([a-z-]+)$': '<rootDir>/libs/$1/src/index.ts',
};
const transform = { '^.+\\.ts$': ['@swc/jest'] };

/** Unit tests (pure domain code, next to it) and integration/e2e tests (real PostgreSQL and Redis, under test/). */
module.exports = {
  // The integration tests wait on PostgreSQL and Redis more than on the CPU.
  maxWorkers: 3,
  testTimeout: 120000,
  projects: [
    { displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'], transform, moduleNameMapper, testEnvironment: 'node' },
    {
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      transform,
      moduleNameMapper,
      testEnvironment: 'node',
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
