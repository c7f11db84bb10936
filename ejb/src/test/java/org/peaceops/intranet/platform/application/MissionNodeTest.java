package org.peaceops.intranet.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.identity.application.AccessControl;
import org.peaceops.intranet.identity.application.AccessDeniedException;
import org.peaceops.intranet.identity.domain.Action;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.shared.refusal.Refusal;
import org.peaceops.intranet.shared.refusal.Unavailable;

class MissionNodeTest {

    private static final String HQ = "https://intranet.example.org/intranet";

    private static Caller person(Role... roles) {
        return new Caller("sub-1", "amina", "Amina Diallo", Set.of(roles), "UNMISS", PersonnelCategory.CIVILIAN);
    }

    private static AccessControl accessOn(MissionNode node) throws Exception {
        AccessControl access = new AccessControl();
        var field = AccessControl.class.getDeclaredField("node");
        field.setAccessible(true);
        field.set(access, node);
        return access;
    }

    @Test
    void an_instance_without_a_headquarters_address_is_headquarters() {
        assertThat(MissionNode.of(null).isNode()).isFalse();
        assertThat(MissionNode.of("  ").isNode()).isFalse();
        assertThatCode(() -> MissionNode.of("").requireHeadquarters("APPROVE")).doesNotThrowAnyException();
    }

    @Test
    void a_node_names_its_headquarters_in_the_refusal() {
        MissionNode node = MissionNode.of(" " + HQ + " ");

        assertThat(node.isNode()).isTrue();
        assertThat(node.headquarters()).contains(HQ);
        assertThatThrownBy(() -> node.requireHeadquarters("APPROVE"))
                .isInstanceOf(Unavailable.class)
                .satisfies(e -> {
                    Refusal refusal = (Refusal) e;
                    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.UNAVAILABLE);
                    assertThat(refusal.key()).isEqualTo(MissionNode.HEADQUARTERS_ONLY);
                    assertThat(refusal.arguments()).containsExactly(HQ);
                });
    }

    @Test
    void on_a_node_a_contributor_is_sent_to_headquarters_to_draft() throws Exception {
        AccessControl access = accessOn(MissionNode.of(HQ));

        assertThatThrownBy(() -> access.require(person(Role.READER, Role.CONTRIBUTOR), Action.CREATE_DRAFT, "UNMISS"))
                .isInstanceOf(Unavailable.class).hasMessageContaining(HQ);
    }

    @Test
    void on_a_node_someone_who_may_not_administer_is_told_that_rather_than_where_to_go() throws Exception {
        AccessControl access = accessOn(MissionNode.of(HQ));

        assertThatThrownBy(() -> access.require(person(Role.READER), Action.ADMINISTER, "HQ"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> access.require(person(Role.ADMIN), Action.ADMINISTER, "HQ"))
                .isInstanceOf(Unavailable.class);
    }

    @Test
    void at_headquarters_the_same_administrator_administers() throws Exception {
        AccessControl access = accessOn(MissionNode.of(null));

        assertThatCode(() -> access.require(person(Role.ADMIN), Action.ADMINISTER, "HQ")).doesNotThrowAnyException();
    }
}
