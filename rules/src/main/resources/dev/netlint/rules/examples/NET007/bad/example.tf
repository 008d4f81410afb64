resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {  # violation error @3
    subnet_ids             = [aws_subnet.a.id, aws_subnet.b.id]
    endpoint_public_access = false
  }
}
