// Jest runs the unit suites twice, under UTC and under a time zone east of it (dates cross the
// Sheets boundary as JS Date objects), and the browser suites once.
const tsJest = [
  'ts-jest',
  { tsconfig: { module: 'CommonJS', moduleResolution: 'Node', verbatimModuleSyntax: false } },
];

/**
 * Suites with no JS Date crossing into or out of the code under test: plans whose months are
 * DATE formulas computed by HyperFormula with AsOfDate fixed by the test, and Prepare for sharing's
 * formula text. They are the slowest (whole workbooks evaluated many times), so they run under UTC
 * only; every suite that hands Dates to the functions, the import or the preview runs twice. The
 * self-test's end-to-end run is here for its time: its one Date-sensitive part, the probes of
 * typed dates, runs under both zones in test/server/selfTestProbes.test.ts (and this suite's
 * Russian run sets the spreadsheet in Moscow).
 */
const ZONE_FREE = [
  '<rootDir>/test/workbook/planWorkbook.test.ts',
  '<rootDir>/test/server/sharing.test.ts',
  '<rootDir>/test/server/importBudget.test.ts',
  '<rootDir>/test/server/selfTest.test.ts',
  '<rootDir>/test/workbook/actual.test.ts',
  '<rootDir>/test/sharing/native.test.ts',
  '<rootDir>/test/workbook/grid.test.ts',
  '<rootDir>/test/workbook/events.test.ts',
  '<rootDir>/test/workbook/deciding.test.ts',
  '<rootDir>/test/workbook/sheets.test.ts',
  '<rootDir>/test/workbook/applied.test.ts',
  '<rootDir>/test/workbook/cadence.test.ts',
];

const unit = (displayName, tz, ignored = []) => ({
  displayName,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': tsJest },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/', ...ignored],
  setupFiles: [`<rootDir>/test/support/tz-${tz}.ts`],
});

module.exports = {
  // Jest's default leaves a core idle (cores − 1 workers: one on a 2-core machine); the suites are
  // CPU-bound and independent, so use every core.
  maxWorkers: '100%',
  projects: [
    unit('UTC', 'utc'),
    unit('Asia/Kolkata', 'kolkata', ZONE_FREE),
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': tsJest },
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      setupFiles: ['<rootDir>/test/support/tz-utc.ts'],
    },
  ],
};
