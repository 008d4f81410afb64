import java.util.function.BiFunction

// 4. Subjects beyond Services, and selections joined with or(): the organisation's VPCs take their range from
// 10.0.0.0/8 and its launch templates name the security groups of their instances (ORG104); Services in the payments
// or billing namespace name their cost center (ORG105).
def fromTheOrgRange = DescribedPredicate.<Vpc>of('take their CIDR block from 10.0.0.0/8',
        { Vpc vpc, EvalContext context -> vpc.cidrBlock().isKnown()
                ? cidrWithin('10.0.0.0/8').test(vpc.cidrBlock().orNull(), context) : Tri.UNKNOWN }
                as BiFunction<Vpc, EvalContext, Tri>)
def nameTheirSecurityGroups = DescribedPredicate.<LaunchTemplate>of('name the security groups of their instances',
        { LaunchTemplate template, EvalContext context -> template.securityGroupIds().isUnknown() ? Tri.UNKNOWN
                : Tri.of(!template.securityGroupIds().isAbsent()) }
                as BiFunction<LaunchTemplate, EvalContext, Tri>)

rule('ORG104', 'network-plan') {
    severity WARNING
    summary 'VPCs take their range from 10.0.0.0/8 and launch templates name their security groups'
    fix 'Allocate the VPC from 10.0.0.0/8; set vpc_security_group_ids on the launch template.'

    check(vpcs().should(satisfy(fromTheOrgRange)))
    check(launchTemplates().should(satisfy(nameTheirSecurityGroups)))
}

rule('ORG105', 'payment-services-name-a-cost-center') {
    severity ERROR
    summary 'Services in the payments and billing namespaces name their cost center'
    fix 'Add the annotation example.com/cost-center to the Service.'

    check(services().that().areInNamespace('payments').or().areInNamespace('billing')
            .should().haveAnnotation('example.com/cost-center'))
}

// Named fields reach every subject: clusters take their Service range from the organisation's plan and subnets give
// their instances no public address (ORG106); the VPC CNI hands out /28 prefixes (ORG107).
rule('ORG106', 'cluster-address-plan') {
    severity ERROR
    summary 'Clusters take their Service range from 172.16.0.0/12 and subnets give no public IPs'
    fix 'Set kubernetes_network_config.service_ipv4_cidr within 172.16.0.0/12; set map_public_ip_on_launch = false.'

    check(clusters().should(satisfy(have('kubernetes_network_config.service_ipv4_cidr', cidrWithin('172.16.0.0/12')))))
    check(subnets().should(satisfy(not(have('map_public_ip_on_launch', equalTo(true))))))
}

rule('ORG107', 'cni-uses-prefix-delegation') {
    severity WARNING
    summary 'The VPC CNI assigns /28 prefixes'
    fix 'Set ENABLE_PREFIX_DELEGATION = "true" in the vpc-cni add-on configuration.'

    check(cniConfigurations().should(satisfy(have('ENABLE_PREFIX_DELEGATION', equalTo('true')))))
}
