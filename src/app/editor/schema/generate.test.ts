// The committed schema files are what the generator makes now, and the generator reads the
// engine's explain data and validation faithfully.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kubernetesSchema, presetMinors, type JsonSchema } from './generate.ts';

function committed(minor: number): unknown {
  const path = fileURLToPath(new URL(`k8s-1.${minor}.json`, import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function branch(schema: JsonSchema, apiVersion: string, kind: string): JsonSchema | undefined {
  return schema.anyOf?.find(
    (b) => b.properties?.apiVersion?.const === apiVersion && b.properties?.kind?.const === kind,
  );
}

describe('kubernetesSchema', () => {
  it('matches the committed files (run npm run gen:schema after changing explain data)', () => {
    for (const minor of presetMinors()) {
      expect(committed(minor), `k8s-1.${minor}.json`).toEqual(kubernetesSchema(minor));
    }
  });

  const v133 = kubernetesSchema(33);
  const v120 = kubernetesSchema(20);

  it('has a branch per served kind and version', () => {
    expect(branch(v133, 'apps/v1', 'Deployment')).toBeDefined();
    expect(branch(v133, 'networking.k8s.io/v1', 'Ingress')).toBeDefined();
    // extensions/v1beta1 Ingress was removed in v1.22 and served by v1.20.
    expect(branch(v133, 'extensions/v1beta1', 'Ingress')).toBeUndefined();
    expect(branch(v120, 'extensions/v1beta1', 'Ingress')).toBeDefined();
  });

  it("takes the Service type's values from the API server's validation", () => {
    const spec = v133.definitions?.V1ServiceSpec;
    expect(spec?.properties?.type?.enum).toEqual([
      'ClusterIP',
      'ExternalName',
      'LoadBalancer',
      'NodePort',
    ]);
    // internalTrafficPolicy is a v1.21 field (alpha), absent from v1.20's API.
    expect(v120.definitions?.V1ServiceSpec?.properties?.internalTrafficPolicy).toBeUndefined();
    expect(spec?.properties?.internalTrafficPolicy?.enum).toEqual(['Cluster', 'Local']);
  });

  it("describes fields with the release's own wording", () => {
    const port = v133.definitions?.V1ServicePort?.properties?.nodePort;
    expect(port?.type).toBe('integer');
    expect(port?.description).toMatch(/^The port on each node on which this service is exposed/);
    expect(v133.definitions?.V1ServicePort?.required).toEqual(['port']);
    const target = v133.definitions?.V1ServicePort?.properties?.targetPort;
    expect(target?.type).toEqual(['integer', 'string']);
  });

  it('types lists and maps', () => {
    const meta = v133.definitions?.V1ObjectMeta?.properties;
    expect(meta?.labels).toMatchObject({
      type: 'object',
      additionalProperties: { type: 'string' },
    });
    const containers = v133.definitions?.V1PodSpec?.properties?.containers;
    expect(containers).toMatchObject({
      type: 'array',
      items: { $ref: '#/definitions/V1Container' },
    });
  });
});
