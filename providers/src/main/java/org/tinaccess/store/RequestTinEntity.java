package org.tinaccess.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One TIN of an access request. Each line is decided on its own; RECEIVED_AT repeats the
 * request's time so "the earliest pending line for a TIN" is one indexed query.
 */
@Entity
@Table(name = "TA_REQUEST_TIN")
public class RequestTinEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "REQUEST_ID", length = 36, nullable = false)
    private String requestId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "TIN", length = 9, nullable = false)
    private String tin;

    @Column(name = "STATUS", length = 16, nullable = false)
    private String status;

    @Column(name = "REASON_CODE", length = 32)
    private String reasonCode;

    @Column(name = "NOTE", length = 1000)
    private String note;

    @Column(name = "RECEIVED_AT", nullable = false)
    private long receivedAt;

    @Column(name = "DECIDED_AT")
    private Long decidedAt;

    @Column(name = "DECIDED_BY", length = 36)
    private String decidedBy;

    @Column(name = "VERIFICATION", length = 16, nullable = false)
    private String verification = "REVIEW";

    @Column(name = "VERIFICATION_STATE", length = 16)
    private String verificationState;

    /** Why the requester says the TIN's admin has left; {@code null} when they do not. */
    @Column(name = "ADMIN_LEFT_REASON", length = 500)
    private String adminLeftReason;

    /** The Type 2 NPIs the requester gave for this TIN, comma-separated. */
    /** When the requester last asked for another PIN letter for this line (none: never). */
    @Column(name = "LETTER_ASKED_AT")
    private Long letterAskedAt;

    /** How many more PIN letters the requester asked for (none: none). */
    @Column(name = "LETTERS_ASKED")
    private Integer lettersAsked;

    @Column(name = "NPIS", length = 1100)
    private String npis;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getRequestId() {
        return requestId;
    }

    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public String getRealmId() {
        return realmId;
    }

    public void setRealmId(String realmId) {
        this.realmId = realmId;
    }

    public String getTin() {
        return tin;
    }

    public void setTin(String tin) {
        this.tin = tin;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getReasonCode() {
        return reasonCode;
    }

    public void setReasonCode(String reasonCode) {
        this.reasonCode = reasonCode;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(long receivedAt) {
        this.receivedAt = receivedAt;
    }

    public Long getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(Long decidedAt) {
        this.decidedAt = decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public String getVerification() {
        return verification;
    }

    public void setVerification(String verification) {
        this.verification = verification;
    }

    public String getVerificationState() {
        return verificationState;
    }

    public void setVerificationState(String verificationState) {
        this.verificationState = verificationState;
    }

    public String getNpis() {
        return npis;
    }

    public void setNpis(String npis) {
        this.npis = npis;
    }

    public String getAdminLeftReason() {
        return adminLeftReason;
    }

    public void setAdminLeftReason(String adminLeftReason) {
        this.adminLeftReason = adminLeftReason;
    }

    public Long getLetterAskedAt() {
        return letterAskedAt;
    }

    public int getLettersAsked() {
        return lettersAsked == null ? 0 : lettersAsked;
    }

    /** Notes one more ask for a PIN letter, at {@code now}. */
    public void letterAsked(long now) {
        this.letterAskedAt = now;
        this.lettersAsked = getLettersAsked() + 1;
    }
}
