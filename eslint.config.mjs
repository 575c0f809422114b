// Lint rules run by CI (`npm run lint`). Formatting is Prettier's job; these catch mistakes.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "examples/**/node_modules/**", "**/*.js", "**/*.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-console": "off",
      // sdk/ and tests import each dynamic provider module whole (`import x = require(...)`):
      // Pulumi then stores a short require of that module in state instead of copying its code.
      "@typescript-eslint/no-require-imports": [
        "error",
        { allow: ["/provider/resource-providers/"] },
      ],
    },
  },
);
