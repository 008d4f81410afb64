apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  type: NodePort
