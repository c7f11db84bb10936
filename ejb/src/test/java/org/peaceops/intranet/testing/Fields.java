package org.peaceops.intranet.testing;

import jakarta.persistence.EntityManager;

/**
 * Wires a bean's package-private fields in tests that build services and repositories by hand (no
 * container): the field is looked up on the class and its superclasses.
 */
public final class Fields {

    private Fields() {
    }

    public static void set(Object target, String field, Object value) {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                var f = type.getDeclaredField(field);
                f.setAccessible(true);
                f.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException("No field " + field + " in " + target.getClass());
    }

    /** A JPA repository with its entity manager set. */
    public static <T> T withEm(T repository, EntityManager em) {
        set(repository, "em", em);
        return repository;
    }
}
