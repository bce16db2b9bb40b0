package io.planmon.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The namespace enforces the Pod Security "restricted" profile (namespace.yaml), so every pod must meet it or the API
 * server refuses to create it: non-root, the runtime's seccomp profile, no privilege escalation, no capabilities.
 */
class PodSecurityTest {

    @Test
    void theNamespaceEnforcesRestrictedAndEveryPodMeetsIt() {
        assertThat(Tree.string(
                        Rendered.one("Namespace", "planmon"),
                        "metadata",
                        "labels",
                        "pod-security.kubernetes.io/enforce"))
                .isEqualTo("restricted");
        for (Map<String, Object> deployment :
                Tree.byKindAndName(Rendered.planmon(), "Deployment").values()) {
            String name = Tree.string(deployment, "metadata", "name");
            Map<String, Object> pod = Tree.podSpec(deployment);
            assertThat(Tree.at(pod, "securityContext", "runAsNonRoot")).as(name).isEqualTo(true);
            assertThat(Tree.string(pod, "securityContext", "seccompProfile", "type"))
                    .as(name)
                    .isEqualTo("RuntimeDefault");
            for (Map<String, Object> container : Tree.containers(pod)) {
                assertThat(Tree.at(container, "securityContext", "allowPrivilegeEscalation"))
                        .as(name)
                        .isEqualTo(false);
                assertThat(Tree.at(container, "securityContext", "capabilities", "drop"))
                        .as(name)
                        .isEqualTo(List.of("ALL"));
                assertThat(Tree.at(container, "securityContext", "capabilities", "add"))
                        .as(name)
                        .isNull();
            }
            for (Object volume : Tree.list(pod.get("volumes"))) {
                assertThat(Tree.map(volume)).as(name + " volume").doesNotContainKey("hostPath");
            }
        }
    }
}
