package org.tinaccess.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A person's access to one TIN (the provider's Keycloak Organization holds the same membership). */
@Entity
@Table(name = "TA_MEMBER")
@IdClass(MemberId.class)
public class MemberEntity {

    @Id
    @Column(name = "REALM_ID", length = 36, nullable = false)
    private String realmId;

    @Id
    @Column(name = "TIN", length = 9, nullable = false)
    private String tin;

    @Id
    @Column(name = "USER_ID", length = 36, nullable = false)
    private String userId;

    @Column(name = "ORG_ID", length = 36, nullable = false)
    private String orgId;

    @Column(name = "STATUS", length = 16, nullable = false)
    private String status;

    @Column(name = "ADDED_AT", nullable = false)
    private long addedAt;

    @Column(name = "ADDED_BY", length = 36)
    private String addedBy;

    /** What the TIN admin typed when inviting an existing account: all they see of it until the owner accepts. */
    @Column(name = "INVITED_FIRST_NAME", length = 255)
    private String invitedFirstName;

    @Column(name = "INVITED_LAST_NAME", length = 255)
    private String invitedLastName;

    /** The NPN an agency's admin typed for an agent, until the agent accepts and the NPN becomes the account's. */
    @Column(name = "INVITED_NPN", length = 10)
    private String invitedNpn;

    /** On a billing service's membership: its admin lets this user ask providers for access too. */
    @Column(name = "REQUESTS_CLIENTS", nullable = false)
    private boolean requestsClients;

    /** Named a backup admin by the TIN's admin (null: an ordinary member). */
    @Column(name = "BACKUP_ADMIN", length = 16)
    private String backupAdmin;

    protected MemberEntity() {
        // for JPA
    }

    public MemberEntity(String realmId, String tin, String userId, String orgId, String addedBy, long addedAt) {
        this.realmId = realmId;
        this.tin = tin;
        this.userId = userId;
        this.orgId = orgId;
        this.status = MemberStatus.ACTIVE.name();
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    /** An invitation to an existing account, waiting for its owner. */
    public static MemberEntity invitation(String realmId, String tin, String userId, String orgId, String addedBy, long addedAt,
            String firstName, String lastName) {
        MemberEntity member = new MemberEntity(realmId, tin, userId, orgId, addedBy, addedAt);
        member.status = MemberStatus.INVITED.name();
        member.invitedFirstName = firstName;
        member.invitedLastName = lastName;
        return member;
    }

    public String getInvitedFirstName() {
        return invitedFirstName;
    }

    public String getInvitedLastName() {
        return invitedLastName;
    }

    public String getInvitedNpn() {
        return invitedNpn;
    }

    public void setInvitedNpn(String invitedNpn) {
        this.invitedNpn = invitedNpn;
    }

    public String getTin() {
        return tin;
    }

    public String getUserId() {
        return userId;
    }

    public String getOrgId() {
        return orgId;
    }

    public MemberStatus getStatus() {
        return MemberStatus.valueOf(status);
    }

    public void setStatus(MemberStatus status) {
        this.status = status.name();
    }

    public boolean requestsClients() {
        return requestsClients;
    }

    public void setRequestsClients(boolean requestsClients) {
        this.requestsClients = requestsClients;
    }

    public BackupAdmin getBackupAdmin() {
        return backupAdmin == null ? null : BackupAdmin.valueOf(backupAdmin);
    }

    public void setBackupAdmin(BackupAdmin backupAdmin) {
        this.backupAdmin = backupAdmin == null ? null : backupAdmin.name();
    }

    /** A backup admin who agreed and whose membership is active: only then does the role give power. */
    public boolean isActiveBackupAdmin() {
        return getBackupAdmin() == BackupAdmin.CONFIRMED && getStatus() == MemberStatus.ACTIVE;
    }

    public long getAddedAt() {
        return addedAt;
    }
}
