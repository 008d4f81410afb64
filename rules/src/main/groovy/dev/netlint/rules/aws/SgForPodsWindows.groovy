package dev.netlint.rules.aws

rule('NET019', 'sg-for-pods-windows') {
    severity ERROR
    summary 'Security groups for pods do not work on Windows nodes'
    notes 'EKS-NETWORKING.md:132 "Trunk and Branch ENIs cannot be used with Windows nodes"'
    rationale 'Branch network interfaces, which carry a pod\'s own security groups, cannot be attached to Windows ' +
            'nodes. A workload pinned to kubernetes.io/os: windows that a SecurityGroupPolicy of its namespace selects ' +
            '(podSelector and serviceAccountSelector ANDed; an empty podSelector selects every pod) cannot get its ' +
            'security groups (error). When every EC2 node group of the input is Windows, no node can serve a ' +
            'SecurityGroupPolicy (warning).'
    fix 'Use Kubernetes NetworkPolicy for Windows pods, or run the selected pods on Linux nodes.'
    docs 'https://docs.aws.amazon.com/eks/latest/userguide/security-groups-for-pods.html'

    yamlExample('''
apiVersion: vpcresources.k8s.aws/v1beta1
kind: SecurityGroupPolicy
metadata: {name: db-access, namespace: shop}
spec:
  podSelector: {matchLabels: {role: db-client}}
  securityGroups: {groupIds: [sg-0123456789abcdef0]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: legacy-app, namespace: shop}
spec:
  selector: {matchLabels: {app: legacy-app}}
  template:
    metadata: {labels: {app: legacy-app, role: db-client}}
    spec:
      nodeSelector: {kubernetes.io/os: windows}
      containers: [{name: app, image: mcr.microsoft.com/windows/servercore/iis}]''', '''
apiVersion: vpcresources.k8s.aws/v1beta1
kind: SecurityGroupPolicy
metadata: {name: db-access, namespace: shop}
spec:
  podSelector: {matchLabels: {role: db-client}}
  securityGroups: {groupIds: [sg-0123456789abcdef0]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: legacy-app, namespace: shop}
spec:
  selector: {matchLabels: {app: legacy-app}}
  template:
    metadata: {labels: {app: legacy-app, role: db-client}}
    spec:
      nodeSelector: {kubernetes.io/os: linux}
      containers: [{name: app, image: nginx}]''')

    check(workloads().should(notBeSelectedBySecurityGroupPolicies())
            .because('Windows nodes cannot attach branch interfaces'))
    check(WARNING, securityGroupPolicies().should(haveLinuxNodesToRunOn())
            .because('Windows nodes cannot attach branch interfaces'))
}
