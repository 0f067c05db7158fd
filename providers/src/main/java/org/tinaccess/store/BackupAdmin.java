package org.tinaccess.store;

/**
 * A member's place as one of a TIN's backup admins: named by the admin, a backup admin only once the
 * member agrees. No value on a membership: an ordinary member.
 */
public enum BackupAdmin {
    NOMINATED,
    CONFIRMED
}
