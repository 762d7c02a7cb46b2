// The app's first scenario: the NodePort example of the k8sinfra book (a Deployment of three
// echo-hname pods behind a NodePort Service on 30000), requested from the learner's laptop.

export const nodePortExample = {
  preset: 'k8sinfra',
  seed: 1,
  /** w2-k8s's address and the Service's nodePort. */
  target: 'http://192.168.1.102:30000',
  manifest: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: np-pods
  labels:
    app: np-pods
spec:
  replicas: 3
  selector:
    matchLabels:
      app: np-pods
  template:
    metadata:
      labels:
        app: np-pods
    spec:
      containers:
      - name: echo-hname
        image: sysnet4admin/echo-hname
---
apiVersion: v1
kind: Service
metadata:
  name: np-svc
spec:
  selector:
    app: np-pods
  ports:
    - name: http
      protocol: TCP
      port: 80
      targetPort: 80
      nodePort: 30000
  type: NodePort
`,
} as const;
