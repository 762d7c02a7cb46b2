// Vite builds the browser app; vitest reads its `test` block from here too.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs, so the static build works from any folder (hash routing does the rest).
  base: './',
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
