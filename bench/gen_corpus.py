#!/usr/bin/env python3
"""Writes a reproducible synthetic netlint corpus: Kubernetes files and Terraform folders.

    bench/gen_corpus.py --files 10000 --seed 42 --out bench/target/corpus-10000

--files N is the total number of files: half are Kubernetes files (multi-document YAML: a Deployment, a Service
of a rotating type, an Ingress with AWS Load Balancer Controller annotations, a ConfigMap), half are Terraform
files grouped five to a folder (network.tf: VPC and subnets; security.tf: security groups with inline and
standalone rules; eks.tf: cluster; nodes.tf: node group and launch template; variables.tf: variables and locals).
With --shape large, --files N gives N Kubernetes files of four objects each and N Terraform files, all large
(see write_large). The same seed, shape and N always give byte-identical files. A small fraction of resources carry the mistakes netlint
reports, so the rules have findings to produce (as in a real repository).
"""
import argparse
import os
import random
import shutil

APPS = ["api", "web", "cart", "search", "billing", "auth", "orders", "catalog", "media", "events"]
TEAMS = ["shop", "payments", "platform", "data", "identity"]
SERVICE_TYPES = ["ClusterIP", "NodePort", "LoadBalancer-nlb", "LoadBalancer-legacy", "LoadBalancer-nlb-ip",
                 "ExternalName", "ClusterIP-headless"]
INSTANCE_TYPES = ["m5.large", "m6i.xlarge", "c6g.large", "t3.medium", "r6i.2xlarge", "m4.large", "t2.medium"]


def k8s_file(rng, i, large=False):
    app = f"{rng.choice(APPS)}-{i}"
    ns = rng.choice(TEAMS)
    port = rng.choice([80, 443, 8080, 9090])
    target = rng.choice([8080, 8443, 3000, 9000])
    replicas = rng.randint(1, 6)
    docs = []
    docs.append(f"""# Workload {i}: {app}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {app}
  namespace: {ns}
  labels:
    app: {app}
    team: {ns}
spec:
  replicas: {replicas}
  selector:
    matchLabels:
      app: {app}
  template:
    metadata:
      labels:
        app: {app}
    spec:
      containers:
      - name: {app}
        image: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/{app}:1.{rng.randint(0, 40)}.{rng.randint(0, 9)}"
        ports:
        - containerPort: {target}
          name: http
        env:
        - name: LOG_LEVEL
          value: "{rng.choice(['info', 'debug', 'warn'])}"
{large_env(rng, i) if large else ""}        resources:
          requests: {{cpu: "{rng.choice(['100m', '250m', '500m'])}", memory: "{rng.choice(['128Mi', '256Mi', '1Gi'])}"}}
          limits: {{memory: "{rng.choice(['256Mi', '512Mi', '2Gi'])}"}}
        readinessProbe:
          httpGet: {{path: /healthz, port: {target}}}
""")
    kind = SERVICE_TYPES[i % len(SERVICE_TYPES)]
    annotations = []
    spec = []
    if kind.startswith("LoadBalancer"):
        spec.append("  type: LoadBalancer")
        if kind == "LoadBalancer-nlb":
            spec.append("  loadBalancerClass: service.k8s.aws/nlb")
            annotations.append("service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing")
            if rng.random() < 0.3:
                annotations.append("service.beta.kubernetes.io/aws-load-balancer-ip-address-type: dualstack")
        elif kind == "LoadBalancer-nlb-ip":
            annotations.append("service.beta.kubernetes.io/aws-load-balancer-type: external")
            annotations.append("service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip")
            annotations.append("service.beta.kubernetes.io/aws-load-balancer-scheme: internal")
            spec.append("  externalTrafficPolicy: Local")
        else:
            annotations.append("service.beta.kubernetes.io/aws-load-balancer-type: nlb")
    elif kind == "NodePort":
        spec.append("  type: NodePort")
    elif kind == "ExternalName":
        spec.append("  type: ExternalName")
        spec.append(f"  externalName: {app}.{ns}.example.com")
    elif kind == "ClusterIP-headless":
        spec.append("  clusterIP: None")
    ann = ""
    if annotations:
        ann = "  annotations:\n" + "".join(f"    {a}\n" for a in annotations)
    docs.append(f"""apiVersion: v1
kind: Service
metadata:
  name: {app}
  namespace: {ns}
{ann}spec:
{chr(10).join(spec) + chr(10) if spec else ""}  selector:
    app: {app}
  ports:
  - name: http
    port: {port}
    targetPort: {target}
    protocol: TCP
""")
    if rng.random() < 0.6 or large:
        # An ALB group is one load balancer (at most 100 listener rules), so real groups are small: about ten
        # neighbouring Ingresses of a team share one.
        group = f"{ns}-{i // 20}"
        target_type = rng.choice(["ip", "ip", "instance"])
        ingress_ann = [
            "kubernetes.io/ingress.class: alb" if rng.random() < 0.15 else None,
            f"alb.ingress.kubernetes.io/scheme: {rng.choice(['internet-facing', 'internal'])}",
            f"alb.ingress.kubernetes.io/target-type: {target_type}",
            f"alb.ingress.kubernetes.io/group.name: {group}" if rng.random() < 0.7 else None,
            f"alb.ingress.kubernetes.io/group.order: '{rng.randint(1, 100)}'" if rng.random() < 0.3 else None,
            "alb.ingress.kubernetes.io/listen-ports: '[{\"HTTPS\": 443}]'",
            "alb.ingress.kubernetes.io/healthcheck-path: /healthz",
        ]
        ingress_ann = [a for a in ingress_ann if a]
        ingress_class = "" if ingress_ann[0].startswith("kubernetes.io/") else "  ingressClassName: alb\n"
        docs.append(f"""apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {app}
  namespace: {ns}
  annotations:
{"".join(f"    {a}{chr(10)}" for a in ingress_ann)}spec:
{ingress_class}  rules:
  - host: {app}.{ns}.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: {app}
            port:
              number: {port}
""")
    docs.append(f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: {app}-config
  namespace: {ns}
data:
  application.yaml: |
    server:
      port: {target}
    feature_flags:
      new_checkout: {rng.choice(['true', 'false'])}
  upstream: "http://{rng.choice(APPS)}.{rng.choice(TEAMS)}.svc.cluster.local:{rng.choice([80, 8080])}"
{large_data(rng, i) if large else ""}""")
    return "---\n".join(docs)


def large_env(rng, i):
    """About 3 KB more of a Deployment: the environment a real service carries."""
    return "".join(f"""        - name: SETTING_{k:02d}
          value: "{rng.choice(APPS)}-{rng.randint(0, 9999)}.{rng.choice(TEAMS)}.svc.cluster.local"
""" for k in range(40))


def large_data(rng, i):
    """About 2 KB more of a ConfigMap: a properties file."""
    return "  app.properties: |\n" + "".join(
        f"    {rng.choice(APPS)}.setting{k}={rng.choice(['true', 'false', rng.randint(0, 99999)])}\n" for k in range(60))


def tf_network(rng, i, ipv6):
    octet = i % 250
    lines = [f"""# Network of environment {i}
resource "aws_vpc" "main" {{
  cidr_block                       = "10.{octet}.0.0/16"
  assign_generated_ipv6_cidr_block = {str(ipv6).lower()}
  enable_dns_support               = true
  enable_dns_hostnames             = true
  tags = merge(local.tags, {{ Name = "${{local.name}}-vpc" }})
}}
"""]
    for s, zone in enumerate(["a", "b", "c"]):
        v6 = f"""  ipv6_cidr_block                 = cidrsubnet(aws_vpc.main.ipv6_cidr_block, 8, {s})
  assign_ipv6_address_on_creation = true
""" if ipv6 else ""
        lines.append(f"""resource "aws_subnet" "private_{zone}" {{
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 3, {s})
{v6}  availability_zone = "${{var.region}}{zone}"
  tags = merge(local.tags, {{
    "kubernetes.io/role/internal-elb"             = "1"
    "kubernetes.io/cluster/${{local.name}}" = "shared"
  }})
}}

resource "aws_subnet" "public_{zone}" {{
  vpc_id                  = aws_vpc.main.id
  cidr_block              = cidrsubnet(aws_vpc.main.cidr_block, 8, {200 + s})
  map_public_ip_on_launch = true
  availability_zone       = "${{var.region}}{zone}"
  tags = merge(local.tags, {{ "kubernetes.io/role/elb" = "1" }})
}}
""")
    return "\n".join(lines)


def tf_security(rng, i):
    missing_egress = rng.random() < 0.2
    egress = "" if missing_egress else """
  egress {
    description = "all egress"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
"""
    extra = []
    for r in range(rng.randint(1, 4)):
        port = rng.choice([22, 443, 8080, 10250, 53, 3306])
        proto = "udp" if port == 53 else "tcp"
        extra.append(f"""resource "aws_security_group_rule" "node_extra_{r}" {{
  type                     = "ingress"
  description              = "extra {r}"
  from_port                = {port}
  to_port                  = {port}
  protocol                 = "{proto}"
  security_group_id        = aws_security_group.node.id
  source_security_group_id = aws_security_group.cluster.id
}}
""")
    return f"""resource "aws_security_group" "cluster" {{
  name_prefix = "${{local.name}}-cluster-"
  description = "EKS cluster security group"
  vpc_id      = aws_vpc.main.id

  ingress {{
    description = "API from the VPC"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = [aws_vpc.main.cidr_block]
  }}
{egress}}}

resource "aws_security_group" "node" {{
  name_prefix = "${{local.name}}-node-"
  description = "EKS node security group"
  vpc_id      = aws_vpc.main.id
{egress}  tags = local.tags
}}

resource "aws_security_group_rule" "node_from_cluster" {{
  type                     = "ingress"
  from_port                = 1025
  to_port                  = 65535
  protocol                 = "tcp"
  security_group_id        = aws_security_group.node.id
  source_security_group_id = aws_security_group.cluster.id
}}

resource "aws_vpc_security_group_ingress_rule" "node_self" {{
  security_group_id            = aws_security_group.node.id
  referenced_security_group_id = aws_security_group.node.id
  ip_protocol                  = "-1"
}}

{chr(10).join(extra)}"""


def tf_eks(rng, i, ipv6):
    family = "ipv6" if ipv6 else "ipv4"
    return f"""resource "aws_eks_cluster" "main" {{
  name     = local.name
  role_arn = var.cluster_role_arn
  version  = "{rng.choice(['1.29', '1.30', '1.31'])}"

  vpc_config {{
    subnet_ids              = [aws_subnet.private_a.id, aws_subnet.private_b.id, aws_subnet.private_c.id]
    security_group_ids      = [aws_security_group.cluster.id]
    endpoint_private_access = true
    endpoint_public_access  = {rng.choice(['true', 'false'])}
  }}

  kubernetes_network_config {{
    ip_family = "{family}"
  }}
  tags = local.tags
}}

resource "aws_eks_addon" "vpc_cni" {{
  cluster_name  = aws_eks_cluster.main.name
  addon_name    = "vpc-cni"
  addon_version = "v1.{rng.choice([12, 15, 18])}.{rng.randint(0, 5)}-eksbuild.1"
  configuration_values = jsonencode({{
    env = {{
      ENABLE_PREFIX_DELEGATION = "{rng.choice(['true', 'false'])}"
      WARM_PREFIX_TARGET       = "1"
    }}
  }})
}}
"""


def tf_nodes(rng, i):
    instance = rng.choice(INSTANCE_TYPES)
    return f"""resource "aws_launch_template" "node" {{
  name_prefix            = "${{local.name}}-node-"
  instance_type          = "{instance}"
  vpc_security_group_ids = [aws_security_group.node.id]

  metadata_options {{
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = {rng.choice([1, 2])}
  }}
  tag_specifications {{
    resource_type = "instance"
    tags          = local.tags
  }}
}}

resource "aws_eks_node_group" "default" {{
  cluster_name    = aws_eks_cluster.main.name
  node_group_name = "${{local.name}}-default"
  node_role_arn   = var.node_role_arn
  subnet_ids      = [aws_subnet.private_a.id, aws_subnet.private_b.id, aws_subnet.private_c.id]
  ami_type        = "{rng.choice(['AL2023_x86_64_STANDARD', 'AL2_x86_64', 'BOTTLEROCKET_x86_64'])}"

  launch_template {{
    id      = aws_launch_template.node.id
    version = aws_launch_template.node.latest_version
  }}
  scaling_config {{
    desired_size = {rng.randint(2, 6)}
    min_size     = 2
    max_size     = {rng.randint(6, 20)}
  }}
  labels = {{ team = "{rng.choice(TEAMS)}" }}
}}

resource "aws_eks_node_group" "spot" {{
  cluster_name    = aws_eks_cluster.main.name
  node_group_name = "${{local.name}}-spot"
  node_role_arn   = var.node_role_arn
  subnet_ids      = [for s in [aws_subnet.private_a, aws_subnet.private_b] : s.id]
  capacity_type   = "SPOT"
  instance_types  = ["{rng.choice(INSTANCE_TYPES)}", "{rng.choice(INSTANCE_TYPES)}"]

  scaling_config {{
    desired_size = 1
    min_size     = 0
    max_size     = {rng.randint(3, 10)}
  }}
}}
"""


def tf_variables(rng, i):
    return f"""variable "region" {{
  type    = string
  default = "{rng.choice(['eu-west-1', 'us-east-1', 'ap-southeast-2'])}"
}}

variable "environment" {{
  type    = string
  default = "env{i}"
}}

variable "cluster_role_arn" {{
  type    = string
  default = "arn:aws:iam::123456789012:role/eks-cluster-{i}"
}}

variable "node_role_arn" {{
  type    = string
  default = "arn:aws:iam::123456789012:role/eks-node-{i}"
}}

locals {{
  name = "${{var.environment}}-eks"
  tags = {{
    Environment = var.environment
    Team        = "{rng.choice(TEAMS)}"
    ManagedBy   = "terraform"
  }}
}}
"""


def write_large(rng, n, out):
    """The second shape (issue 18): many objects per file and large files, like a big repository. n Kubernetes files
    of four objects each (a Deployment with a long environment, a Service, an Ingress, a ConfigMap with a properties
    file; about 6 KB) and n Terraform files, each a whole environment in one main.tf in its own folder (VPC, subnets,
    security groups, cluster, node group, variables; about 7 KB)."""
    total_bytes = 0
    for i in range(n):
        path = os.path.join(out, "k8s", f"team{i % 20:02d}", f"app-{i:05d}.yaml")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        text = k8s_file(rng, i, large=True)
        total_bytes += len(text.encode())
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    for i in range(n):
        folder = os.path.join(out, "terraform", f"env-{i:05d}")
        os.makedirs(folder, exist_ok=True)
        ipv6 = rng.random() < 0.25
        text = "\n".join([tf_variables(rng, i), tf_network(rng, i, ipv6), tf_security(rng, i), tf_eks(rng, i, ipv6),
                          tf_nodes(rng, i)])
        total_bytes += len(text.encode())
        with open(os.path.join(folder, "main.tf"), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    print(f"{out}: {n} Kubernetes files, {n} Terraform files (large shape), {total_bytes / 1e6:.1f} MB")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, required=True, help="total number of files (half Kubernetes, half Terraform)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--out", required=True)
    parser.add_argument("--shape", choices=["mixed", "large"], default="mixed",
                        help="mixed (default): the layout above; large: --files Kubernetes files AND --files Terraform "
                             "files, each large (see write_large)")
    args = parser.parse_args()
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    rng = random.Random(args.seed)
    if args.shape == "large":
        write_large(rng, args.files, args.out)
        return
    k8s = args.files // 2
    folders = max(1, (args.files - k8s) // 5)
    total_bytes = 0
    for i in range(k8s):
        path = os.path.join(args.out, "k8s", f"team{i % 20:02d}", f"app-{i:05d}.yaml")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        text = k8s_file(rng, i)
        total_bytes += len(text.encode())
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    for i in range(folders):
        folder = os.path.join(args.out, "terraform", f"env-{i:05d}")
        os.makedirs(folder, exist_ok=True)
        ipv6 = rng.random() < 0.25
        files = {
            "network.tf": tf_network(rng, i, ipv6),
            "security.tf": tf_security(rng, i),
            "eks.tf": tf_eks(rng, i, ipv6),
            "nodes.tf": tf_nodes(rng, i),
            "variables.tf": tf_variables(rng, i),
        }
        for name, text in files.items():
            total_bytes += len(text.encode())
            with open(os.path.join(folder, name), "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
    print(f"{args.out}: {k8s} Kubernetes files, {folders} Terraform folders ({folders * 5} files), "
          f"{total_bytes / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
