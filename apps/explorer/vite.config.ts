import { defineConfig, defaultClientConditions } from "vite";

// Workspace packages are resolved from their TypeScript sources ("source"
// export condition), so the app needs no prior build of packages/*.
const conditions = ["source", ...defaultClientConditions];

export default defineConfig({
  // Relative asset URLs: the built app works from any path (GitHub Pages, a sub-folder, file servers).
  base: "./",
  resolve: { conditions },
  worker: {
    format: "es",
  },
  build: {
    target: "es2022",
    sourcemap: false,
    // The worker chunk (text pipeline, readers) is large by nature; the start-up bundle is what must stay small.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    fs: { allow: ["../.."] },
  },
});
