package org.peaceops.intranet.identity.infrastructure.keycloak;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.peaceops.intranet.identity.application.directory.DirectoryException;
import org.peaceops.intranet.identity.application.directory.IdentityDirectory;

/**
 * Runs keycloak-admin-client in a class loader of its own. Its RESTEasy client installs a JVM-wide JAX-RS
 * {@code RuntimeDelegate} and, on an application class path, broke Payara's OIDC sessions and every
 * {@code asadmin} command after an undeploy (Foundation issue). Here it gets its own copy of the JAX-RS
 * API, so whatever it installs stays in its loader, which is closed with the application.
 *
 * <p>The jars travel inside this EJB jar under {@code META-INF/keycloak-admin/} (see ejb/pom.xml), are
 * copied to a temporary directory on first use, and only the {@link IdentityDirectory} port and its
 * values are shared with the application.
 */
@ApplicationScoped
public class IsolatedKeycloakAdmin {

    private static final Logger LOG = Logger.getLogger(IsolatedKeycloakAdmin.class.getName());
    private static final String JARS = "META-INF/keycloak-admin/";
    private static final String BRIDGE = "org.peaceops.intranet.identity.infrastructure.keycloak.bridge.";
    private static final String SHARED = "org.peaceops.intranet.identity.application.directory.";

    private ChildFirstClassLoader loader;
    private Path unpacked;

    /** A connection to the realm as its service account; the caller closes it. */
    public IdentityDirectory connect(String serverUrl, String realm, String clientId, String clientSecret) {
        ClassLoader isolated = loader();
        Object bridge = withContextLoader(isolated, () -> isolated.loadClass(BRIDGE + "KeycloakAdminBridge")
                .getConstructor(String.class, String.class, String.class, String.class)
                .newInstance(serverUrl, realm, clientId, clientSecret));
        InvocationHandler handler = (proxy, method, args) ->
                withContextLoader(isolated, () -> method.invoke(bridge, args));
        return (IdentityDirectory) Proxy.newProxyInstance(IdentityDirectory.class.getClassLoader(),
                new Class<?>[] {IdentityDirectory.class}, handler);
    }

    private synchronized ClassLoader loader() {
        if (loader == null) {
            ClassLoader application = IsolatedKeycloakAdmin.class.getClassLoader();
            loader = new ChildFirstClassLoader("keycloak-admin", unpack(application), application, List.of(SHARED), BRIDGE);
        }
        return loader;
    }

    private URL[] unpack(ClassLoader application) {
        try (InputStream index = application.getResourceAsStream(JARS + "jars.index")) {
            if (index == null) {
                throw new DirectoryException(DirectoryException.Reason.NOT_CONFIGURED,
                        "The Keycloak admin client is missing from this build (" + JARS + "jars.index)");
            }
            unpacked = Files.createTempDirectory("intranet-keycloak-admin");
            List<URL> urls = new ArrayList<>();
            for (String entry : new String(index.readAllBytes(), StandardCharsets.UTF_8).strip().split(",")) {
                urls.add(copy(application, entry.strip(), unpacked));
            }
            LOG.info(() -> "Keycloak admin client isolated in its own class loader (" + urls.size() + " jars)");
            return urls.toArray(URL[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack the Keycloak admin client", e);
        }
    }

    private static URL copy(ClassLoader application, String resource, Path dir) throws IOException {
        try (InputStream jar = application.getResourceAsStream(resource)) {
            if (jar == null) {
                throw new IOException("Missing " + resource);
            }
            Path target = dir.resolve(resource.substring(resource.lastIndexOf('/') + 1));
            Files.copy(jar, target, StandardCopyOption.REPLACE_EXISTING);
            return toUrl(target);
        }
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    synchronized void close() {
        if (loader != null) {
            try {
                loader.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "Closing the isolated loader", e);
            }
            loader = null;
        }
        if (unpacked != null) {
            try (Stream<Path> files = Files.walk(unpacked)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                LOG.log(Level.FINE, "Removing " + unpacked, e);
            }
        }
    }

    /** The admin client finds its JAX-RS implementation through the context class loader: make it ours. */
    private static <T> T withContextLoader(ClassLoader isolated, Call<T> call) throws DirectoryException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(isolated);
        try {
            return call.run();
        } catch (InvocationTargetException e) {
            throw unwrap(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The isolated Keycloak admin client could not be started", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws ReflectiveOperationException;
    }
}
