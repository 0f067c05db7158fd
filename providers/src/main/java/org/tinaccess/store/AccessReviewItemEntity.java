package org.tinaccess.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One person's access (or one billing service's grant) in an access review, as it stood when the
 * review started, and what became of it: the evidence a plan keeps of who confirmed what, when.
 */
@Entity
@Table(name = "TA_ACCESS_REVIEW_ITEM")
public class AccessReviewItemEntity {

    @Id
    @Column(name = "ID", length = 36, nullable = false)
    private String id;

    @Column(name = "REVIEW_ID", length = 36, nullable = false)
    private String reviewId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 16, nullable = false)
    private AccessReviewItemKind kind;

    /** The member's user id, or the grant's id. */
    @Column(name = "SUBJECT_ID", length = 36, nullable = false)
    private String subjectId;

    @Column(name = "NAME", length = 255)
    private String name;

    @Column(name = "EMAIL", length = 255)
    private String email;

    @Column(name = "ROLE", length = 32, nullable = false)
    private String role;

    /** Comma-separated, as they stood when the review started. */
    @Column(name = "ENTITLEMENTS", length = 1000)
    private String entitlements;

    @Column(name = "NPIS", length = 2000)
    private String npis;

    @Enumerated(EnumType.STRING)
    @Column(name = "DECISION", length = 16)
    private AccessReviewDecision decision;

    /** The manager who decided, or null for the deadline. */
    @Column(name = "DECIDED_BY", length = 36)
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private Long decidedAt;

    protected AccessReviewItemEntity() {
        // for JPA
    }

    public AccessReviewItemEntity(String id, String reviewId, AccessReviewItemKind kind, String subjectId, String name, String email, String role,
            String entitlements, String npis) {
        this.id = id;
        this.reviewId = reviewId;
        this.kind = kind;
        this.subjectId = subjectId;
        this.name = name;
        this.email = email;
        this.role = role;
        this.entitlements = entitlements;
        this.npis = npis;
    }

    public String getId() {
        return id;
    }

    public String getReviewId() {
        return reviewId;
    }

    public AccessReviewItemKind getKind() {
        return kind;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getRole() {
        return role;
    }

    public String getEntitlements() {
        return entitlements;
    }

    public String getNpis() {
        return npis;
    }

    public AccessReviewDecision getDecision() {
        return decision;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Long getDecidedAt() {
        return decidedAt;
    }

    public void decide(AccessReviewDecision decision, String decidedBy, long now) {
        this.decision = decision;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
    }
}
