package org.peaceops.intranet.toolbox.community.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peaceops.intranet.toolbox.domain.ToolboxAccessDenied;
import org.peaceops.intranet.toolbox.domain.ToolboxConflict;
import org.peaceops.intranet.toolbox.domain.ToolboxRuleException;

/**
 * A community of practice of one specialty: its members, some of whom moderate it. Joining is open to
 * every signed-in person (a community is for sharing practice, not a closed room); only members ask and
 * answer, and only moderators approve, reject, appoint other moderators and raise a question for guidance.
 * The founder (an administrator or a Best Practices Officer, as the service checks) is its first moderator.
 */
@Entity
@Table(name = "community", schema = "toolbox")
public class Community {

    public static final int MAX_NAME = 120;
    public static final int MAX_DESCRIPTION = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "community_seq")
    @SequenceGenerator(name = "community_seq", sequenceName = "toolbox.community_seq", allocationSize = 1)
    private Long id;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "specialty", nullable = false, length = 40)
    private Specialty specialty;

    @Column(name = "description", length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "created_by", nullable = false, updatable = false, length = 255)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "community_member", schema = "toolbox", joinColumns = @JoinColumn(name = "community_id"))
    private List<Membership> members = new ArrayList<>();

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Community() {
        // for JPA
    }

    /** A new community; its founder is its first member and moderator. */
    public static Community found(String name, Specialty specialty, String description, String founder, Instant at) {
        Community c = new Community();
        c.name = PostText.line(name, MAX_NAME, "community.nameRequired", "name");
        c.specialty = Objects.requireNonNull(specialty, "specialty");
        String cleanDescription = description == null ? "" : description.strip();
        if (cleanDescription.length() > MAX_DESCRIPTION) {
            throw new ToolboxRuleException("community.description.tooLong", "At most " + MAX_DESCRIPTION + " characters",
                    MAX_DESCRIPTION).onField("description");
        }
        c.description = cleanDescription.isEmpty() ? null : cleanDescription;
        c.createdBy = Objects.requireNonNull(founder, "founder");
        c.createdAt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        c.members.add(new Membership(founder, true, at));
        return c;
    }

    /** Joins; joining twice changes nothing. */
    public void join(String subject, Instant at) {
        if (membership(subject).isEmpty()) {
            members.add(new Membership(subject, false, at));
        }
    }

    /** A moderator names a member as another moderator. */
    public void appointModerator(String moderator, String member) {
        requireModerator(moderator);
        Membership m = membership(member).orElseThrow(() -> new ToolboxRuleException("community.notAMember",
                member + " is not a member of the community"));
        if (m.isModerator()) {
            throw new ToolboxRuleException("community.alreadyModerator", member + " moderates the community already");
        }
        m.appoint();
    }

    public boolean isMember(String subject) {
        return membership(subject).isPresent();
    }

    public boolean isModerator(String subject) {
        return membership(subject).map(Membership::isModerator).orElse(false);
    }

    /** Asking and answering are for members: joining is one click away. */
    public void requireMember(String subject) {
        if (!isMember(subject)) {
            throw new ToolboxAccessDenied("community.membersOnly", "Join the community to ask or answer");
        }
    }

    public void requireModerator(String subject) {
        if (!isModerator(subject)) {
            throw new ToolboxAccessDenied("community.moderatorsOnly", "Only the community's moderators do this");
        }
    }

    /** Of two moderators acting on the community at once, the second is told. */
    public void requireUnchangedSince(long seenVersion) {
        if (seenVersion != rowVersion) {
            throw new ToolboxConflict("community.changed", "Community " + id + " changed since it was shown");
        }
    }

    private Optional<Membership> membership(String subject) {
        return members.stream().filter(m -> m.subject().equals(subject)).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String name() {
        return name;
    }

    public Specialty specialty() {
        return specialty;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public List<Membership> members() {
        return List.copyOf(members);
    }

    public List<Membership> moderators() {
        return members.stream().filter(Membership::isModerator).toList();
    }

    public long rowVersion() {
        return rowVersion;
    }
}
