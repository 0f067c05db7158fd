package org.tinaccess.store;

/** One member of a TIN as listed: our membership joined with Keycloak's user row. */
public record MemberRow(String userId, String username, String email, String firstName, String lastName, boolean emailVerified,
        MemberStatus status, String invitedNpn, BackupAdmin backupAdmin) {

    /**
     * While an existing account is only invited, its admin sees the e-mail and the names they typed,
     * never the account's own username or names: the invitation discloses nothing about the account.
     * The same holds for an agent's NPN ({@code invitedNpn}: what the agency's admin typed).
     */
    public static MemberRow of(String userId, String username, String email, String firstName, String lastName, boolean emailVerified,
            MemberStatus status, String invitedFirstName, String invitedLastName, String invitedNpn, BackupAdmin backupAdmin) {
        if (status == MemberStatus.INVITED) {
            return new MemberRow(userId, email, email, invitedFirstName, invitedLastName, false, status, invitedNpn, null);
        }
        return new MemberRow(userId, username, email, firstName, lastName, emailVerified, status, null, backupAdmin);
    }
}
