// Writes the editor's schema files, one per preset release (npm run gen:schema). The files are
// committed so the dev server, the build and Playwright need no extra step; generate.test.ts fails
// when they no longer match what the engine's explain data and validation say.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { kubernetesSchema, presetMinors } from './generate.ts';

export function schemaFileName(minor: number): string {
  return `k8s-1.${minor}.json`;
}

for (const minor of presetMinors()) {
  const path = fileURLToPath(new URL(schemaFileName(minor), import.meta.url));
  // Formatted as the repository's prettier check expects.
  writeFileSync(path, await format(JSON.stringify(kubernetesSchema(minor)), { parser: 'json' }));
  console.log(`wrote ${path}`);
}
