package org.peaceops.intranet.identity.infrastructure.keycloak.bridge;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.peaceops.intranet.identity.application.directory.DirectoryAccount;
import org.peaceops.intranet.identity.application.directory.DirectoryException;
import org.peaceops.intranet.identity.application.directory.DirectoryException.Reason;
import org.peaceops.intranet.identity.application.directory.DirectoryGroup;
import org.peaceops.intranet.identity.application.directory.DirectoryRole;
import org.peaceops.intranet.identity.application.directory.IdentityDirectory;
import org.peaceops.intranet.identity.application.directory.NewAccount;

/**
 * {@link IdentityDirectory} on keycloak-admin-client, signed in with the realm's service account
 * (client credentials). Runs only inside the isolated class loader. Keycloak's failures become one
 * {@link DirectoryException} with the reason the screens show.
 */
public class KeycloakAdminBridge implements IdentityDirectory {

    private static final String MISSIONS = "/missions";
    private static final String CATEGORIES = "/categories";
    /** Member counts are shown up to here ("1000+" beyond), so an overview never lists a whole realm. */
    private static final int COUNT_LIMIT = 1000;

    private final Keycloak keycloak;
    private final String realm;

    public KeycloakAdminBridge(String serverUrl, String realm, String clientId, String clientSecret) {
        this.realm = realm;
        this.keycloak = KeycloakBuilder.builder().serverUrl(serverUrl).realm(realm)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(clientId).clientSecret(clientSecret).build();
    }

    @Override
    public List<DirectoryAccount> accounts(String search, int first, int max) {
        return call(r -> r.users().search(blankToNull(search), first, max, true).stream()
                .map(u -> account(r, u)).toList());
    }

    @Override
    public int countAccounts(String search) {
        return call(r -> blankToNull(search) == null ? r.users().count() : r.users().count(search.strip()));
    }

    @Override
    public DirectoryAccount account(String id) {
        return call(r -> account(r, r.users().get(id).toRepresentation()));
    }

    @Override
    public List<DirectoryAccount> snapshot() {
        return call(r -> {
            Map<String, String> missions = memberships(r, MISSIONS);
            Map<String, String> categories = memberships(r, CATEGORIES);
            List<DirectoryAccount> all = new ArrayList<>();
            int page = 500;
            for (int first = 0;; first += page) {
                List<UserRepresentation> users = r.users().list(first, page);
                users.forEach(u -> all.add(new DirectoryAccount(u.getId(), u.getUsername(), u.getFirstName(),
                        u.getLastName(), u.getEmail(), Boolean.TRUE.equals(u.isEnabled()), Set.of(),
                        missions.get(u.getId()), categories.get(u.getId()), List.of())));
                if (users.size() < page) {
                    return all;
                }
            }
        });
    }

    /** Account id to the name of its group under {@code parentPath}. */
    private static Map<String, String> memberships(RealmResource r, String parentPath) {
        Map<String, String> byAccount = new java.util.HashMap<>();
        GroupRepresentation parent = r.getGroupByPath(parentPath);
        int page = 500;
        for (GroupRepresentation group : r.groups().group(parent.getId()).getSubGroups(0, COUNT_LIMIT, true)) {
            for (int first = 0;; first += page) {
                List<UserRepresentation> members = r.groups().group(group.getId()).members(first, page, true);
                members.forEach(m -> byAccount.put(m.getId(), group.getName()));
                if (members.size() < page) {
                    break;
                }
            }
        }
        return byAccount;
    }

    @Override
    public String create(NewAccount account) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(account.username());
        user.setFirstName(account.firstName());
        user.setLastName(account.lastName());
        user.setEmail(account.email());
        user.setEnabled(true);
        user.setRequiredActions(new ArrayList<>(account.requiredActions()));
        if (account.personnelNumber() != null) {
            // Declared in the realm's user profile; mapped to the personnel_number claim.
            user.singleAttribute("personnel_number", account.personnelNumber());
        }
        return call(r -> {
            try (Response response = r.users().create(user)) {
                if (response.getStatus() == 409) {
                    throw new DirectoryException(Reason.CONFLICT, "An account with this username or e-mail exists already");
                }
                if (response.getStatus() != 201) {
                    throw new DirectoryException(Reason.REJECTED, "Keycloak answered " + response.getStatus()
                            + ": " + response.readEntity(String.class));
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
    }

    @Override
    public void setEnabled(String id, boolean enabled) {
        run(r -> {
            UserResource user = r.users().get(id);
            UserRepresentation representation = user.toRepresentation();
            representation.setEnabled(enabled);
            user.update(representation);
        });
    }

    @Override
    public void sendActionsEmail(String id, List<String> requiredActions) {
        run(r -> r.users().get(id).executeActionsEmail(new ArrayList<>(requiredActions)));
    }

    @Override
    public void setPassword(String id, String password, boolean temporary) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(temporary);
        run(r -> r.users().get(id).resetPassword(credential));
    }

    @Override
    public void setRealmRoles(String id, Set<String> roles, Set<String> managedRoles) {
        run(r -> {
            var realmLevel = r.users().get(id).roles().realmLevel();
            Set<String> current = new HashSet<>();
            realmLevel.listAll().forEach(role -> current.add(role.getName()));
            List<RoleRepresentation> remove = managedRoles.stream()
                    .filter(name -> current.contains(name) && !roles.contains(name))
                    .map(name -> r.roles().get(name).toRepresentation()).toList();
            List<RoleRepresentation> add = roles.stream().filter(name -> !current.contains(name))
                    .map(name -> r.roles().get(name).toRepresentation()).toList();
            if (!remove.isEmpty()) {
                realmLevel.remove(remove);
            }
            if (!add.isEmpty()) {
                realmLevel.add(add);
            }
        });
    }

    @Override
    public void setMissionAndCategory(String id, String missionCode, String categoryCode) {
        run(r -> {
            UserResource user = r.users().get(id);
            moveWithin(r, user, MISSIONS, missionCode);
            moveWithin(r, user, CATEGORIES, categoryCode == null ? null : categoryCode.toLowerCase());
        });
    }

    /** Leaves every group under {@code parent} except {@code code}, and joins {@code parent/code}. */
    private static void moveWithin(RealmResource r, UserResource user, String parent, String code) {
        if (code == null || code.isBlank()) {
            return;
        }
        String target = parent + "/" + code;
        GroupRepresentation group = r.getGroupByPath(target);
        boolean member = false;
        for (GroupRepresentation current : user.groups()) {
            if (current.getPath().equals(target)) {
                member = true;
            } else if (current.getPath().startsWith(parent + "/")) {
                user.leaveGroup(current.getId());
            }
        }
        if (!member) {
            user.joinGroup(group.getId());
        }
    }

    @Override
    public List<DirectoryRole> roles(Set<String> names) {
        return call(r -> names.stream().sorted().map(name -> {
            var role = r.roles().get(name);
            RoleRepresentation representation = role.toRepresentation();
            List<String> composites = Boolean.TRUE.equals(representation.isComposite())
                    ? role.getRoleComposites().stream().map(RoleRepresentation::getName).sorted().toList()
                    : List.of();
            int members = role.getUserMembers(0, COUNT_LIMIT + 1).size();
            return new DirectoryRole(name, representation.getDescription(), composites, members);
        }).toList());
    }

    @Override
    public List<DirectoryGroup> missionGroups() {
        return call(r -> subGroups(r, MISSIONS));
    }

    @Override
    public List<DirectoryGroup> categoryGroups() {
        return call(r -> subGroups(r, CATEGORIES));
    }

    private static List<DirectoryGroup> subGroups(RealmResource r, String parentPath) {
        GroupRepresentation parent = r.getGroupByPath(parentPath);
        return r.groups().group(parent.getId()).getSubGroups(0, COUNT_LIMIT, false).stream().map(g -> {
            Map<String, List<String>> attributes = g.getAttributes() == null ? Map.of() : g.getAttributes();
            String code = attributes.getOrDefault("mission", List.of(g.getName())).get(0);
            int members = r.groups().group(g.getId()).members(0, COUNT_LIMIT + 1, true).size();
            return new DirectoryGroup(g.getId(), g.getPath(), code, g.getName(), members);
        }).toList();
    }

    @Override
    public String createMissionGroup(String code, String name) {
        GroupRepresentation group = new GroupRepresentation();
        group.setName(code);
        group.setAttributes(Map.of("mission", List.of(code), "displayName", List.of(name)));
        return call(r -> {
            GroupRepresentation parent = r.getGroupByPath(MISSIONS);
            try (Response response = r.groups().group(parent.getId()).subGroup(group)) {
                if (response.getStatus() == 409) {
                    throw new DirectoryException(Reason.CONFLICT, "The mission group " + code + " exists already");
                }
                if (response.getStatus() != 201) {
                    throw new DirectoryException(Reason.REJECTED, "Keycloak answered " + response.getStatus());
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
    }

    private DirectoryAccount account(RealmResource r, UserRepresentation u) {
        UserResource user = r.users().get(u.getId());
        Set<String> roles = new HashSet<>();
        user.roles().realmLevel().listAll().forEach(role -> roles.add(role.getName()));
        String mission = null;
        String category = null;
        for (GroupRepresentation group : user.groups()) {
            if (group.getPath().startsWith(MISSIONS + "/")) {
                mission = group.getName();
            } else if (group.getPath().startsWith(CATEGORIES + "/")) {
                category = group.getName();
            }
        }
        return new DirectoryAccount(u.getId(), u.getUsername(), u.getFirstName(), u.getLastName(), u.getEmail(),
                Boolean.TRUE.equals(u.isEnabled()), Set.copyOf(roles), mission, category,
                u.getRequiredActions() == null ? List.of() : List.copyOf(u.getRequiredActions()));
    }

    private void run(java.util.function.Consumer<RealmResource> action) {
        call(r -> {
            action.accept(r);
            return null;
        });
    }

    private <T> T call(Function<RealmResource, T> action) {
        try {
            return action.apply(keycloak.realm(realm));
        } catch (ProcessingException e) {
            throw new DirectoryException(Reason.UNREACHABLE, "Keycloak did not answer: " + rootMessage(e));
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            String detail = errorMessage(e);
            Reason reason = switch (status) {
                case 401, 403 -> Reason.FORBIDDEN;
                case 404 -> Reason.NOT_FOUND;
                case 409 -> Reason.CONFLICT;
                case 502, 503, 504 -> Reason.UNREACHABLE;
                default -> Reason.REJECTED;
            };
            throw new DirectoryException(reason, "Keycloak answered " + status + (detail.isEmpty() ? "" : ": " + detail));
        }
    }

    private static String errorMessage(WebApplicationException e) {
        try {
            String body = e.getResponse().readEntity(String.class);
            return body == null ? "" : body.strip();
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public void close() {
        keycloak.close();
    }
}
