import { defineConfig, defaultClientConditions } from "vite";

// Workspace packages are resolved from their TypeScript sources ("source"
// export condition), so the app needs no prior build of packages/*.
const conditions = ["source", ...defaultClientConditions];

// The bundled sample is imported as `@skills-network/sample-data/data/<file>?raw`.
// The alias reaches the package's data folder directly, whatever its `exports` list.
const sampleDataDirectory = decodeURIComponent(new URL("../../packages/sample-data/data/", import.meta.url).pathname);

export default defineConfig({
  // Relative asset URLs: the built app works from any path (a sub-folder, GitHub Pages, file servers).
  base: "./",
  resolve: {
    conditions,
    alias: [{ find: /^@skills-network\/sample-data\/data\//, replacement: sampleDataDirectory }],
  },
  worker: {
    format: "es",
  },
  build: {
    target: "es2022",
    sourcemap: false,
    // The worker chunk (readers, text pipeline) is large by nature; the start-up bundle is what must stay small.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    fs: { allow: ["../.."] },
  },
});
