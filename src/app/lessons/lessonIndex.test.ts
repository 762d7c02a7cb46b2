// The home's lesson list, computed by the build (vite.config.ts serves it as
// `virtual:lesson-index`), is what the browser's own reading of the lesson files gives.
import { describe, expect, it } from 'vitest';
import index from 'virtual:lesson-index';
import { loadIndex } from './catalog.ts';

describe('the lesson index made at build time', () => {
  it('equals the catalog read in the browser: every lesson, in study-note order', () => {
    const { lessons, errors } = loadIndex();
    expect(index).toEqual({ lessons, errors: errors.length });
    expect(index.errors).toBe(0);
    expect(index.lessons[0]?.id).toBe('000-1-nodeport');
    expect(index.lessons[0]?.preset).toBe('k8sinfra');
    expect(index.lessons.length).toBeGreaterThanOrEqual(50);
  });
});
