// Jest runs the unit suites twice, under UTC and under a time zone east of it (dates cross the
// Sheets boundary as JS Date objects), and the browser suites once.
const tsJest = [
  'ts-jest',
  { tsconfig: { module: 'CommonJS', moduleResolution: 'Node', verbatimModuleSyntax: false } },
];

const unit = (displayName, tz) => ({
  displayName,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': tsJest },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
  setupFiles: [`<rootDir>/test/support/tz-${tz}.ts`],
});

module.exports = {
  projects: [
    unit('UTC', 'utc'),
    unit('Asia/Kolkata', 'kolkata'),
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/support/tz-utc.ts'],
    },
  ],
};
