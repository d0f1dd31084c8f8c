import type { CodegenConfig } from "@graphql-codegen/cli";

// Typed operations from the committed schema: an API change that breaks a query the console
// sends breaks `npm run build`.
const config: CodegenConfig = {
  schema: "../schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: "string", NaiveDate: "string" },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
