package org.tinaccess.members;

import org.tinaccess.tin.Tin;
import org.tinaccess.token.TinsClaim;

/**
 * Who manages a TIN's people in a call, and in which role: its admin, or one of its backup admins,
 * whose powers stop at the admin and at the other backup admins. Events name the role
 * ({@link #actingAs()}), so the plan can tell who acted as what.
 */
public record TinManager(Tin tin, boolean backup) {

    /** The role as the {@code tins} claim spells it: {@code admin} or {@code backup-admin}. */
    public String actingAs() {
        return backup ? TinsClaim.BACKUP_ADMIN : TinsClaim.ADMIN;
    }
}
