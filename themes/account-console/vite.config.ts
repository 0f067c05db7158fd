import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The build lands where Keycloak's account console looks for it: resources/ of the tin-access
// account theme. Keycloak reads .vite/manifest.json there to find the entry script and its CSS.
// Maven passes --outDir with its own build directory (a build against another Keycloak version
// has its own); the default below is the pinned build's.
export default defineConfig({
  base: "",
  plugins: [react()],
  resolve: {
    alias: {
      // The styles of the Keycloak pages we reuse; the package's exports map does not list them.
      "keycloak-account-ui.css": fileURLToPath(
        new URL("node_modules/@keycloak/keycloak-account-ui/lib/keycloak-account-ui.css", import.meta.url),
      ),
    },
  },
  build: {
    outDir: "../target/classes/theme/tin-access/account/resources",
    emptyOutDir: true,
    manifest: true,
    target: "es2022",
    chunkSizeWarningLimit: 4096,
    rollupOptions: { input: "src/main.tsx" },
  },
  test: {
    include: ["src/**/*.test.ts"],
  },
});
