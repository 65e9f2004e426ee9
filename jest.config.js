/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // Test files set globals on purpose (office.js defines its namespaces); no soft-delete warnings for them.
  testEnvironmentOptions: { globalsCleanup: "off" },
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testTimeout: 60000,
};
