package org.peaceops.intranet.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Collection;
import java.util.Map;

/**
 * What a web session holds can travel: on a cluster Payara replicates sessions (and the view-scoped beans
 * kept in them) to another instance through Hazelcast, which serialises them. So every session-, view- or
 * conversation-scoped bean is {@link Serializable}, and each field it keeps is either injected (a
 * serialisable client proxy), transient, or of a serialisable type. A bean that breaks this works on one
 * instance and loses the user's page state on failover.
 *
 * <p>An injected field is never {@code transient}: CDI does not inject again after a session is deserialised,
 * so on the other instance a transient service would be null. Kept, it is a client proxy or an EJB reference
 * (both serialisable), and the deployment verifies that every bean injected into a passivating scope is
 * passivation-capable (WELD-001413 otherwise).
 */
@AnalyzeClasses(packages = "org.peaceops.intranet.web", importOptions = ImportOption.DoNotIncludeTests.class)
class SessionStateArchitectureTest {

    @ArchTest
    static final ArchRule sessionStateIsSerialisable = classes().that().areAnnotatedWith(SessionScoped.class)
            .or().areAnnotatedWith(ViewScoped.class).or().areAnnotatedWith(ConversationScoped.class)
            .should().beAssignableTo(Serializable.class)
            .andShould(keepOnlySerialisableFields());

    @ArchTest
    static final ArchRule injectedServicesTravelWithTheSession = classes().that().areAnnotatedWith(SessionScoped.class)
            .or().areAnnotatedWith(ViewScoped.class).or().areAnnotatedWith(ConversationScoped.class)
            .should(keepInjectedFieldsNonTransient());

    private static ArchCondition<JavaClass> keepInjectedFieldsNonTransient() {
        return new ArchCondition<>("keep injected fields non-transient") {
            @Override
            public void check(JavaClass bean, ConditionEvents events) {
                for (JavaField field : bean.getAllFields()) {
                    if (field.isAnnotatedWith(Inject.class) && field.getModifiers().contains(JavaModifier.TRANSIENT)) {
                        events.add(SimpleConditionEvent.violated(field, field.getFullName()
                                + " is injected and transient: it would be null after the session moves to another instance"));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> keepOnlySerialisableFields() {
        return new ArchCondition<>("keep only injected, transient or serialisable fields") {
            @Override
            public void check(JavaClass bean, ConditionEvents events) {
                for (JavaField field : bean.getAllFields()) {
                    if (!field.getOwner().getPackageName().startsWith("org.peaceops")) {
                        continue;
                    }
                    if (field.getModifiers().contains(JavaModifier.STATIC)
                            || field.getModifiers().contains(JavaModifier.TRANSIENT)
                            || field.isAnnotatedWith(Inject.class) || travels(field.getRawType())) {
                        continue;
                    }
                    events.add(SimpleConditionEvent.violated(field, field.getFullName() + " of type "
                            + field.getRawType().getName() + " would not survive a session's move to another instance"));
                }
            }
        };
    }

    /**
     * Primitives, the collection interfaces (their JDK implementations are serialisable), and serialisable
     * types whose own fields travel too: a serialisable record holding a type of ours that is not would
     * still fail when the session moves.
     */
    private static boolean travels(JavaClass type) {
        return travels(type, new java.util.HashSet<>());
    }

    private static boolean travels(JavaClass type, java.util.Set<String> seen) {
        if (type.isPrimitive() || type.isEnum() || type.isAssignableTo(Collection.class) || type.isAssignableTo(Map.class)) {
            return true;
        }
        if (type.isArray()) {
            return travels(type.getComponentType(), seen);
        }
        if (!type.isAssignableTo(Serializable.class)) {
            return false;
        }
        if (!type.getPackageName().startsWith("org.peaceops") || !seen.add(type.getName())) {
            return true;
        }
        return type.getAllFields().stream()
                .filter(f -> f.getOwner().getPackageName().startsWith("org.peaceops"))
                .filter(f -> !f.getModifiers().contains(JavaModifier.STATIC) && !f.getModifiers().contains(JavaModifier.TRANSIENT))
                .filter(f -> !f.isAnnotatedWith(Inject.class)) // a page reached from its own inner class: proxies travel
                .allMatch(f -> travels(f.getRawType(), seen));
    }
}
