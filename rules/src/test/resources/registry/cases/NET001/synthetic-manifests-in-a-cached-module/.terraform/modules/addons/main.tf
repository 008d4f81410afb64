resource "kubectl_manifest" "heredoc" {
  yaml_body = <<-YAML
    apiVersion: v1
    kind: Service
    metadata:
      name: heredoc
    spec:
      type: NodePort
  YAML
}

resource "kubectl_manifest" "template" {
  yaml_body = templatefile("${path.module}/manifests/service.yaml.tpl", { name = "template" })
}

resource "kubernetes_manifest" "own" {
  manifest = yamldecode(file("${path.module}/manifests/own.yaml"))
}
