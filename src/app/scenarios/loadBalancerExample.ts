// The playground on another preset (`#/playground?preset=lab`): three echo-hname pods behind a
// LoadBalancer Service, so the preset's balancer (MetalLB's VIP, a cloud LB) is in the picture.
export function loadBalancerExample(preset: string) {
  return {
    preset,
    seed: 1,
    target: '',
    manifest: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: echo-hname
        image: sysnet4admin/echo-hname
        ports:
        - containerPort: 80
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: LoadBalancer
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 80
`,
  };
}
