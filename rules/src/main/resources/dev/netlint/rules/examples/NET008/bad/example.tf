resource "aws_vpc" "main" {  # violation error @1
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "a" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_eks_cluster" "main" {
  name     = "main"
  role_arn = aws_iam_role.cluster.arn
  vpc_config {
    subnet_ids              = [aws_subnet.a.id]
    endpoint_private_access = true
  }
}
