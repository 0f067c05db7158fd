package org.tinaccess.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One access review of one TIN: its managers confirm or remove each person's access by
 * {@code dueAt}. {@code openTin} is the TIN while the review is open and null once it closed; its
 * unique key with the realm keeps a TIN to one open review, whoever starts one at the same time.
 */
@Entity
@Table(name = "TA_ACCESS_REVIEW")
public class AccessReviewEntity {

    @Id
    @Column(name = "ID", length = 36, nullable = false)
    private String id;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "TIN", length = 9, nullable = false)
    private String tin;

    @Column(name = "OPEN_TIN", length = 9)
    private String openTin;

    @Column(name = "STARTED_AT", nullable = false)
    private long startedAt;

    /** The reviewer who started it, or null when the schedule did. */
    @Column(name = "STARTED_BY", length = 36)
    private String startedBy;

    @Column(name = "DUE_AT", nullable = false)
    private long dueAt;

    @Column(name = "REMINDERS_SENT", nullable = false)
    private int remindersSent;

    @Column(name = "CLOSED_AT")
    private Long closedAt;

    protected AccessReviewEntity() {
        // for JPA
    }

    public AccessReviewEntity(String id, String realmId, String tin, long startedAt, String startedBy, long dueAt) {
        this.id = id;
        this.realmId = realmId;
        this.tin = tin;
        this.openTin = tin;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
        this.dueAt = dueAt;
    }

    public String getId() {
        return id;
    }

    String realmId() {
        return realmId;
    }

    public String getTin() {
        return tin;
    }

    public long getStartedAt() {
        return startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public long getDueAt() {
        return dueAt;
    }

    public int getRemindersSent() {
        return remindersSent;
    }

    public void setRemindersSent(int remindersSent) {
        this.remindersSent = remindersSent;
    }

    public Long getClosedAt() {
        return closedAt;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public void close(long now) {
        this.closedAt = now;
        this.openTin = null;
    }
}
