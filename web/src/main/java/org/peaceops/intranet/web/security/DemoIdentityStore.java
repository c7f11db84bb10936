package org.peaceops.intranet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import org.peaceops.intranet.identity.application.UserDirectory;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.shared.Role;

/**
 * LOCAL DEMO ONLY: validates the built-in demo accounts. Answers nothing at all outside demo mode, so
 * it can never let anyone in when the intranet runs on Keycloak.
 */
@ApplicationScoped
public class DemoIdentityStore implements IdentityStore {

    @Inject
    UserDirectory directory;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return directory.authenticateDemo(login.getCaller(), login.getPasswordAsString())
                .map(DemoIdentityStore::valid)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static CredentialValidationResult valid(Caller profile) {
        Set<String> groups = profile.roles().stream().map(Role::roleName).collect(Collectors.toSet());
        return new CredentialValidationResult(profile.username(), groups);
    }
}
