// Vite builds the browser app; vitest reads its `test` block from here too.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs, so the static build works from any folder (hash routing does the rest).
  base: './',
  // Monaco's workers (editor core and monaco-yaml's YAML language server) are ES module workers.
  worker: { format: 'es' },
  // Pre-bundled for the dev server, else it reloads the page the first time the editor opens.
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
