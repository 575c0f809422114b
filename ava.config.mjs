// Tests are TypeScript run through tsx, so no separate compile step is needed for them.
// The build (`npm run build`) still runs first in `npm test`: tests that drive Pulumi's
// dynamic-provider plugin load the compiled provider from an installed package.
export default {
  files: ["tests/**/*.test.ts"],
  extensions: { ts: "commonjs" },
  nodeArguments: ["--import=tsx"],
  timeout: "2m",
  workerThreads: false,
};
