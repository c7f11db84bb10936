package org.peaceops.intranet.identity.infrastructure.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.identity.application.directory.DirectoryException;
import org.peaceops.intranet.identity.application.directory.IdentityDirectory;

/**
 * The admin client runs in its own class loader: its JAX-RS API (and so the JVM-wide RuntimeDelegate it
 * installs) is its own, the port is shared, and a Keycloak that does not answer is one clear reason.
 */
class IsolatedKeycloakAdminTest {

    private final IsolatedKeycloakAdmin isolated = new IsolatedKeycloakAdmin();

    @AfterEach
    void close() {
        isolated.close();
    }

    @Test
    void an_unreachable_keycloak_is_reported_as_unreachable_and_the_context_loader_is_restored() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (IdentityDirectory directory = isolated.connect("http://127.0.0.1:" + closedPort, "peaceops",
                "intranet-admin", "secret")) {
            assertThatThrownBy(() -> directory.countAccounts(null))
                    .isInstanceOfSatisfying(DirectoryException.class,
                            e -> assertThat(e.reason()).isEqualTo(DirectoryException.Reason.UNREACHABLE));
        }
        assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(before);
    }

    @Test
    void jax_rs_and_the_bridge_live_in_the_isolated_loader_and_the_port_is_shared() throws Exception {
        isolated.connect("http://127.0.0.1:9", "peaceops", "intranet-admin", "secret").close();
        Field field = IsolatedKeycloakAdmin.class.getDeclaredField("loader");
        field.setAccessible(true);
        ClassLoader loader = (ClassLoader) field.get(isolated);

        Class<?> delegate = loader.loadClass("jakarta.ws.rs.ext.RuntimeDelegate");
        assertThat(delegate.getClassLoader()).isSameAs(loader);
        assertThat(delegate).isNotSameAs(jakarta.ws.rs.ext.RuntimeDelegate.class);

        Class<?> bridge = loader.loadClass("org.peaceops.intranet.identity.infrastructure.keycloak.bridge.KeycloakAdminBridge");
        assertThat(bridge.getClassLoader()).isSameAs(loader);
        assertThat(IdentityDirectory.class.isAssignableFrom(bridge)).isTrue();
        assertThat(loader.loadClass(IdentityDirectory.class.getName())).isSameAs(IdentityDirectory.class);
    }
}
