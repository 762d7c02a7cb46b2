import { describe, expect, it } from 'vitest';
import { lessonRoute, parseRoute } from '../route.ts';

describe('lesson routes', () => {
  it('reads the lesson and its step', () => {
    expect(lessonRoute(parseRoute('#/lessons/000-1-nodeport?step=2'))).toEqual({
      id: '000-1-nodeport',
      step: 2,
    });
    expect(lessonRoute(parseRoute('#/lessons/002-10-external-traffic-policy'))).toEqual({
      id: '002-10-external-traffic-policy',
      step: 1,
    });
    expect(lessonRoute(parseRoute('#/lessons/000-1-nodeport?step=x'))?.step).toBe(1);
    expect(lessonRoute(parseRoute('#/playground'))).toBeNull();
    expect(lessonRoute(parseRoute('#/lessons/../x'))).toBeNull();
    expect(parseRoute('').path).toBe('/');
  });
});
