// The app's first scenario: the NodePort example of the k8sinfra book (a Deployment of three
// echo-hname pods behind a NodePort Service on 30000), requested from the learner's laptop.
import { NP_PODS_DEPLOYMENT, NP_SVC } from '../../engine/presets/examples.ts';

export const nodePortExample = {
  preset: 'k8sinfra',
  seed: 1,
  /** w2-k8s's address and the Service's nodePort. */
  target: 'http://192.168.1.102:30000',
  manifest: `${NP_PODS_DEPLOYMENT}---\n${NP_SVC}`,
} as const;
