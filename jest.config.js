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
  // Jest runs each module in a vm realm, where every read of a global (Math, Map, …) goes
  // through Node's interceptor: checks that hash and count millions of values ran several
  // times slower than in Node. Injected, the realm's globals are module locals. Not Buffer,
  // TextDecoder or TextEncoder: modules declare their own (exceljs: const {Buffer} = require("buffer")).
  sandboxInjectedGlobals: ["Math", "Number", "String", "Object", "Array", "Map", "Set", "JSON", "Symbol", "Uint32Array", "Uint8Array", "Int32Array", "Float64Array", "RegExp", "Error", "Boolean", "Reflect", "BigInt", "WeakMap", "ArrayBuffer", "DataView", "parseInt", "parseFloat", "isNaN", "isFinite"],
};
