package dev.netlint.core.parse.terraform;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which remote modules a rule could need when they are not expanded. netlint's rules read clusters, node groups,
 * instances, security groups, VPCs, subnets and routes; a module about IAM, KMS, S3, ECR and the like creates none of
 * those and exports nothing they read, so leaving it unexpanded loses nothing and deserves no note. The module's name
 * is the last name in its source ({@code terraform-aws-modules/iam/aws//modules/iam-role} is {@code iam-role}, a Git
 * source {@code github.com/org/terraform-aws-kms} is {@code kms}).
 */
final class RemoteModules {

    /** Words in a module's name that say it makes nothing the rules read. */
    private static final Set<String> NOT_READ = Set.of("iam", "kms", "s3", "ecr", "ecs", "acm", "sns", "sqs",
            "dynamodb", "rds", "aurora", "lambda", "cloudwatch", "cloudtrail", "logs", "log", "bucket", "label",
            "tags", "secrets", "secretsmanager", "ssm", "route53", "backup", "ses", "kinesis", "firehose", "glue",
            "athena", "sso", "identity", "policy", "role", "roles", "user", "users", "account", "budget", "budgets",
            "eventbridge", "events", "step", "sfn", "cognito", "waf", "wafv2", "config", "guardduty", "organization",
            "organizations", "cloudfront", "apigateway", "api", "efs", "elasticache", "redis", "opensearch", "msk",
            "dns", "certificate", "oidc", "irsa", "pair", "keypair", "github", "gitlab", "null", "random", "tls");

    private static final Pattern VERSION_OR_QUERY = Pattern.compile("[?#].*$");

    private RemoteModules() {
    }

    /** False only for modules whose name says no rule reads them; unknown modules are assumed read. */
    static boolean isReadByRules(String source) {
        for (String word : nameOf(source).split("[-_.]")) {
            if (NOT_READ.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** {@code terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks} is that last folder. */
    static String nameOf(String source) {
        String s = VERSION_OR_QUERY.matcher(source.toLowerCase(Locale.ROOT)).replaceAll("");
        int subdir = s.indexOf("//", s.indexOf("://") + (s.contains("://") ? 3 : 0));
        if (subdir >= 0) {
            String sub = s.substring(subdir + 2);
            sub = sub.endsWith("/") ? sub.substring(0, sub.length() - 1) : sub;
            return sub.substring(sub.lastIndexOf('/') + 1);
        }
        s = s.endsWith(".git") ? s.substring(0, s.length() - 4) : s;
        String[] parts = s.split("/");
        if (parts.length >= 3 && !s.contains("://") && !s.contains(":") && parts.length <= 4
                && !parts[0].contains(".")) {
            return parts[1]; // registry address: namespace/name/provider
        }
        if (parts.length >= 4 && parts[0].contains(".") && !s.contains("://")) {
            return parts[2]; // host/namespace/name/provider
        }
        String last = parts[parts.length - 1];
        return last.startsWith("terraform-aws-") ? last.substring("terraform-aws-".length()) : last;
    }
}
