resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {  # violation warning @3
    subnet_ids          = [aws_subnet.a.id, aws_subnet.b.id]
    public_access_cidrs = ["203.0.113.0/24"]
  }
}
