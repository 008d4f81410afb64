package dev.netlint.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netlint.core.analysis.UserDataMaxPods.State;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class UserDataMaxPodsTest {

    private static UserDataMaxPods read(String text) {
        return UserDataMaxPods.read(text);
    }

    private static void assertSet(UserDataMaxPods result, int n, String sourcePart) {
        assertThat(result.state()).as(result.toString()).isEqualTo(State.SET);
        assertThat(result.maxPods()).isEqualTo(n);
        assertThat(result.source()).contains(sourcePart);
    }

    // ---- AL2 bootstrap.sh

    @Test
    void al2KubeletExtraArgs() {
        assertSet(read("#!/bin/bash\n/etc/eks/bootstrap.sh main --use-max-pods false --kubelet-extra-args '--max-pods=110'\n"),
                110, "bootstrap.sh --max-pods");
    }

    @Test
    void al2SpaceSeparatedFlagAmongOtherKubeletArgs() {
        assertSet(read("#!/bin/bash\nset -ex\n/etc/eks/bootstrap.sh my-cluster \\\n  --kubelet-extra-args \"--node-labels=a=b --max-pods 58\"\n"),
                58, "bootstrap.sh");
    }

    @Test
    void al2RepeatedMaxPodsLastWins() {
        assertSet(read("/etc/eks/bootstrap.sh main --kubelet-extra-args '--max-pods=20 --max-pods=40'"), 40, "--max-pods");
    }

    @Test
    void al2UseMaxPodsFalseWithoutMaxPodsIsTheKubeletDefault() {
        assertSet(read("#!/bin/bash\n/etc/eks/bootstrap.sh main --use-max-pods false\n"), 110, "kubelet default");
    }

    @Test
    void al2WithoutMaxPodsIsNotSet() {
        UserDataMaxPods result = read("#!/bin/bash\n/etc/eks/bootstrap.sh main\n");
        assertThat(result.state()).isEqualTo(State.NOT_SET);
        assertThat(result.source()).isEqualTo("bootstrap.sh");
        assertThat(read("#!/bin/bash\n/etc/eks/bootstrap.sh main --use-max-pods true --kubelet-extra-args '--node-labels=x=y'\n")
                .state()).isEqualTo(State.NOT_SET);
    }

    @Test
    void al2ShellVariableIsUnknown() {
        assertThat(read("#!/bin/bash\n/etc/eks/bootstrap.sh main --kubelet-extra-args \"--max-pods=$MAX_PODS\"\n").state())
                .isEqualTo(State.UNKNOWN);
        assertThat(read("#!/bin/bash\n/etc/eks/bootstrap.sh main --kubelet-extra-args \"$KUBELET_EXTRA_ARGS\"\n").state())
                .isEqualTo(State.UNKNOWN);
    }

    @Test
    void scriptThatEditsTheKubeletConfigItselfIsUnknown() {
        assertThat(read("#!/bin/bash\n/etc/eks/bootstrap.sh main\n"
                + "jq '.maxPods = 110' /etc/kubernetes/kubelet/kubelet-config.json > /tmp/k\n").state())
                .isEqualTo(State.UNKNOWN);
    }

    @Test
    void scriptWithoutAKnownBootstrapIsUnknown() {
        assertThat(read("#!/bin/bash\necho hello\n").state()).isEqualTo(State.UNKNOWN);
        assertThat(read("").state()).isEqualTo(State.UNKNOWN);
        assertThat(read(null).state()).isEqualTo(State.UNKNOWN);
    }

    // ---- AL2023 nodeadm

    private static final String NODE_CONFIG = """
            apiVersion: node.eks.aws/v1alpha1
            kind: NodeConfig
            spec:
              cluster:
                name: main
                apiServerEndpoint: https://example.com
                certificateAuthority: Y2E=
                cidr: 10.100.0.0/16
              kubelet:
                config:
                  maxPods: 110
            """;

    @Test
    void nodeadmConfigMaxPods() {
        assertSet(read(NODE_CONFIG), 110, "NodeConfig spec.kubelet.config.maxPods");
    }

    @Test
    void nodeadmFlagsOverrideConfig() {
        assertSet(read(NODE_CONFIG + "    flags:\n      - --node-labels=a=b\n      - --max-pods=58\n"), 58,
                "spec.kubelet.flags");
    }

    @Test
    void nodeadmWithoutMaxPodsIsNotSet() {
        UserDataMaxPods result = read(NODE_CONFIG.replace("    config:\n      maxPods: 110\n", "    flags: [--node-labels=a=b]\n"));
        assertThat(result.state()).as(result.toString()).isEqualTo(State.NOT_SET);
        assertThat(result.source()).isEqualTo("nodeadm NodeConfig");
    }

    @Test
    void nodeadmInMimeMultipart() {
        String mime = "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"BOUNDARY\"\r\n\r\n"
                + "--BOUNDARY\r\nContent-Type: text/x-shellscript; charset=\"us-ascii\"\r\n\r\n"
                + "#!/bin/bash\necho pre-bootstrap\n\r\n"
                + "--BOUNDARY\r\nContent-Type: application/node.eks.aws\r\n\r\n"
                + NODE_CONFIG.replace("\n", "\r\n")
                + "\r\n--BOUNDARY--\r\n";
        assertSet(read(mime), 110, "NodeConfig");
    }

    @Test
    void base64EncodedMimePartAndNestedMultipart() {
        String encoded = Base64.getMimeEncoder().encodeToString(NODE_CONFIG.getBytes(StandardCharsets.UTF_8));
        String inner = "Content-Type: multipart/mixed; boundary=inner\n\n"
                + "--inner\nContent-Type: application/node.eks.aws\nContent-Transfer-Encoding: base64\n\n"
                + encoded + "\n--inner--\n";
        String mime = "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=outer\n\n--outer\n" + inner + "--outer--\n";
        assertSet(read(mime), 110, "NodeConfig");
    }

    @Test
    void malformedNodeConfigIsUnknownAndDoesNotThrow() {
        assertThat(read("apiVersion: node.eks.aws/v1alpha1\nkind: NodeConfig\nspec: [unclosed\n").state())
                .isEqualTo(State.UNKNOWN);
        assertThat(read("apiVersion: node.eks.aws/v1alpha1\nkind: NodeConfig\nspec:\n  kubelet:\n    config:\n      maxPods: many\n")
                .state()).isEqualTo(State.UNKNOWN);
        String bomb = "apiVersion: node.eks.aws/v1alpha1\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\n"
                + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c]\n";
        assertThat(read(bomb).state()).isEqualTo(State.UNKNOWN);
    }

    @Test
    void malformedMimeDoesNotThrow() {
        assertThat(read("Content-Type: multipart/mixed; boundary=X\n\n--X\nContent-Type: application/node.eks.aws\n"
                + "Content-Transfer-Encoding: base64\n\n!!!not base64!!!\n").state()).isEqualTo(State.UNKNOWN);
        assertThat(read("Content-Type: multipart/mixed\n\nno boundary\n").state()).isEqualTo(State.UNKNOWN);
        assertThat(read("Content-Type: multipart/mixed; boundary=X\n\n--X\n").state()).isEqualTo(State.UNKNOWN);
    }

    // ---- Bottlerocket

    @Test
    void bottlerocketTable() {
        assertSet(read("[settings.kubernetes]\napi-server = \"https://example.com\"\nmax-pods = 110 # raised\n"),
                110, "Bottlerocket settings.kubernetes.max-pods");
    }

    @Test
    void bottlerocketDottedKeys() {
        assertSet(read("[settings]\nkubernetes.max-pods = 234\n"), 234, "Bottlerocket");
        assertSet(read("settings.kubernetes.max-pods = 58\n"), 58, "Bottlerocket");
    }

    @Test
    void bottlerocketWithoutMaxPodsIsNotSet() {
        UserDataMaxPods result = read("[settings.kubernetes]\ncluster-name = \"main\"\n[settings.host-containers.admin]\nenabled = true\n");
        assertThat(result.state()).isEqualTo(State.NOT_SET);
        assertThat(result.source()).isEqualTo("Bottlerocket settings");
    }

    @Test
    void bottlerocketMaxPodsInAnotherTableIsNotRead() {
        assertThat(read("[settings.kubernetes]\ncluster-name = \"main\"\n[settings.other]\nmax-pods = 5\n").state())
                .isEqualTo(State.NOT_SET);
    }

    @Test
    void bottlerocketNonIntegerIsUnknown() {
        assertThat(read("[settings.kubernetes]\nmax-pods = \"lots\"\n").state()).isEqualTo(State.UNKNOWN);
    }

    // ---- Windows

    @Test
    void windowsKubeletExtraArgs() {
        String script = "<powershell>\n[string]$EKSBinDir = \"$env:ProgramFiles\\Amazon\\EKS\"\n"
                + "[string]$EKSBootstrapScriptName = 'Start-EKSBootstrap.ps1'\n"
                + "& $EKSBootstrapScriptFile -EKSClusterName main -KubeletExtraArgs '--node-labels=a=b --max-pods=20' 3>&1\n"
                + "</powershell>\n";
        assertSet(read(script), 20, "Start-EKSBootstrap.ps1 -KubeletExtraArgs");
        assertThat(read(script.replace(" --max-pods=20", "")).state()).isEqualTo(State.NOT_SET);
    }

    // ---- shell word splitting

    @Test
    void shellWords() {
        assertThat(UserDataMaxPods.ShellWords.split("a 'b c' \"d \\\"e\" f\\ g # comment"))
                .containsExactly("a", "b c", "d \"e", "f g");
        assertThat(UserDataMaxPods.ShellWords.split("x 'unclosed")).containsExactly("x", "unclosed");
    }
}
