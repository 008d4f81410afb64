resource "aws_subnet" "a" {
  cidr_block = @
}
