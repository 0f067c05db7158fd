package org.tinaccess.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The PIN mailed for one request line, as a slow salted hash, with its lifetime and its one use. */
@Entity
@Table(name = "TA_MAILED_PIN")
public class MailedPinEntity {

    @Id
    @Column(name = "LINE_ID", length = 36, nullable = false)
    private String lineId;

    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Column(name = "PIN_HASH", length = 200, nullable = false)
    private String pinHash;

    @Column(name = "ISSUED_AT", nullable = false)
    private long issuedAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private long expiresAt;

    @Column(name = "USED_AT")
    private Long usedAt;

    protected MailedPinEntity() {
        // for JPA
    }

    public MailedPinEntity(String lineId, String realmId, String pinHash, long issuedAt, long expiresAt) {
        this.lineId = lineId;
        this.realmId = realmId;
        this.pinHash = pinHash;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    public String getLineId() {
        return lineId;
    }

    public String getRealmId() {
        return realmId;
    }

    public String getPinHash() {
        return pinHash;
    }

    public long getIssuedAt() {
        return issuedAt;
    }

    public long getExpiresAt() {
        return expiresAt;
    }

    public Long getUsedAt() {
        return usedAt;
    }

    public void setUsedAt(Long usedAt) {
        this.usedAt = usedAt;
    }

    /** A new letter's PIN in place of the earlier one, which stops working. */
    public void replace(String pinHash, long issuedAt, long expiresAt) {
        this.pinHash = pinHash;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.usedAt = null;
    }
}
