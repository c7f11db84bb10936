package org.peaceops.intranet.identity.infrastructure.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

/**
 * A class loader that sees the JDK, its own jars, and nothing of Payara's. Two exceptions: the
 * {@code shared} packages (the port and its values) come from the application so both sides agree on
 * them, and the {@code guest} package (the bridge compiled into our jar) is defined here from our
 * jar's bytes, so the bridge links against the isolated admin client rather than against nothing.
 */
final class ChildFirstClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader application;
    private final List<String> shared;
    private final String guest;

    ChildFirstClassLoader(String name, URL[] jars, ClassLoader application, List<String> shared, String guest) {
        super(name, jars, ClassLoader.getPlatformClassLoader());
        this.application = application;
        this.shared = List.copyOf(shared);
        this.guest = guest;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (shared.stream().anyMatch(name::startsWith)) {
            return application.loadClass(name);
        }
        if (name.startsWith(guest)) {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : defineGuest(name);
            }
        }
        return super.loadClass(name, resolve);
    }

    private Class<?> defineGuest(String name) throws ClassNotFoundException {
        try (InputStream in = application.getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name, e);
        }
    }
}
