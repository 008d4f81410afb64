# A dual-stack VPC for an IPv6 EKS cluster: IPv4 CIDR (a VPC needs one) plus an Amazon-provided IPv6 /56.
resource "aws_vpc" "main" {
  cidr_block                       = "10.20.0.0/16"
  assign_generated_ipv6_cidr_block = true
  enable_dns_support               = true
  enable_dns_hostnames             = true
}

resource "aws_subnet" "private_a" {
  vpc_id                          = aws_vpc.main.id
  cidr_block                      = "10.20.0.0/19"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.main.ipv6_cidr_block, 8, 0)
  assign_ipv6_address_on_creation = true
  availability_zone               = "eu-west-1a"
}

resource "aws_subnet" "private_b" {
  vpc_id                          = aws_vpc.main.id
  cidr_block                      = "10.20.32.0/19"
  ipv6_cidr_block                 = cidrsubnet(aws_vpc.main.ipv6_cidr_block, 8, 1)
  assign_ipv6_address_on_creation = true
  availability_zone               = "eu-west-1b"
}
