import { defineConfig } from "vite";
import preact from "@preact/preset-vite";

// The bundle is committed (web/dist) and embedded in the `skupaj` binary. No inline script
// (the server's Content-Security-Policy forbids it), hashed file names under /assets/ (served
// with a year-long cache), and no request to any other host.
export default defineConfig({
  plugins: [preact()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: "es2022",
  },
  server: {
    proxy: {
      "/graphql": { target: "http://127.0.0.1:8080", ws: true },
      "/auth": "http://127.0.0.1:8080",
    },
  },
});
