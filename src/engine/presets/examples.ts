// The seed's NodePort example (000_72a06e59e33305cf.txt, ch. 3.3.1), as manifests: the app's first
// scenario and the tests' common ground. `np-pods` is what `kubectl create deployment np-pods
// --image=sysnet4admin/echo-hname` makes, scaled to 3; `np-svc` is the book's nodeport.yaml.

export const NP_PODS_DEPLOYMENT = `apiVersion: apps/v1
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
`;

export const NP_SVC = `apiVersion: v1
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
`;
