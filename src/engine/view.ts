// TEMPORARY STUB
import type { ClusterView } from './types.ts';
export function clusterView(_cluster: unknown): ClusterView {
  throw new Error('not implemented yet');
}
