package org.tinaccess.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One call to the help desk about a person's second factor: how the caller is verified, by whom,
 * and what came of it. The code, when there is one, is kept only as a salted hash.
 */
@Entity
@Table(name = "TA_HELP_DESK_CASE")
public class HelpDeskCaseEntity {

    @Id
    @Column(name = "ID", length = 36, nullable = false)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Enumerated(EnumType.STRING)
    @Column(name = "METHOD", length = 16, nullable = false)
    private HelpDeskMethod method;

    @Column(name = "TIN", length = 9)
    private String tin;

    @Column(name = "OPENED_BY", length = 36, nullable = false)
    private String openedBy;

    @Column(name = "OPENED_AT", nullable = false)
    private long openedAt;

    @Column(name = "CODE_HASH", length = 255)
    private String codeHash;

    @Column(name = "CODE_EXPIRES_AT")
    private Long codeExpiresAt;

    @Column(name = "TRIES", nullable = false)
    private int tries;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private HelpDeskCaseStatus status;

    @Column(name = "VERIFIED_BY", length = 36)
    private String verifiedBy;

    @Column(name = "VERIFIED_AT")
    private Long verifiedAt;

    @Column(name = "DUE_AT")
    private Long dueAt;

    @Column(name = "CLOSED_BY", length = 36)
    private String closedBy;

    @Column(name = "CLOSED_AT")
    private Long closedAt;

    protected HelpDeskCaseEntity() {
        // for JPA
    }

    public HelpDeskCaseEntity(String id, String realmId, String userId, HelpDeskMethod method, String tin, String openedBy, long openedAt) {
        this.id = id;
        this.realmId = realmId;
        this.userId = userId;
        this.method = method;
        this.tin = tin;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.status = HelpDeskCaseStatus.OPEN;
    }

    public String getId() {
        return id;
    }

    String realmId() {
        return realmId;
    }

    public String getUserId() {
        return userId;
    }

    public HelpDeskMethod getMethod() {
        return method;
    }

    public String getTin() {
        return tin;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public long getOpenedAt() {
        return openedAt;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public Long getCodeExpiresAt() {
        return codeExpiresAt;
    }

    public void setCode(String codeHash, long expiresAt) {
        this.codeHash = codeHash;
        this.codeExpiresAt = expiresAt;
        this.tries = 0;
    }

    public int getTries() {
        return tries;
    }

    public void setTries(int tries) {
        this.tries = tries;
    }

    public HelpDeskCaseStatus getStatus() {
        return status;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Long getVerifiedAt() {
        return verifiedAt;
    }

    public void verified(String by, long at) {
        this.status = HelpDeskCaseStatus.VERIFIED;
        this.verifiedBy = by;
        this.verifiedAt = at;
    }

    public Long getDueAt() {
        return dueAt;
    }

    public void scheduled(long due) {
        this.status = HelpDeskCaseStatus.SCHEDULED;
        this.dueAt = due;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Long getClosedAt() {
        return closedAt;
    }

    /** DONE, FAILED or STOPPED, by {@code by} (null: the clock, or the system). */
    public void close(HelpDeskCaseStatus outcome, String by, long at) {
        this.status = outcome;
        this.closedBy = by;
        this.closedAt = at;
    }
}
