resource "aws_eks_cluster" "legacy" {
  vpc_config {
    subnet_ids = aws_subnet.this.*.id
  }
}
