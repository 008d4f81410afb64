// 2. A predicate over Service fields: no load-balanced Service exposes an administration port.
rule('ORG102', 'no-admin-ports-on-load-balancers') {
    severity ERROR
    summary 'A LoadBalancer or NodePort Service does not expose SSH, RDP, telnet or SNMP'
    fix 'Remove the port from spec.ports, or reach the workload through a bastion or SSM instead.'

    check(services().that(have('spec.type', oneOf('LoadBalancer', 'NodePort')))
            .should(satisfy(not(have('spec.ports', anyOf(tcp(22), tcp(3389), port(23), udp(161)))))))
}
