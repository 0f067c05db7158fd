package org.tinaccess.helpdesk;

import java.util.List;

/**
 * A person the help desk found, with the ways their caller can be verified: a code to the e-mail
 * address or phone on file (shown masked), or through one of their Tax IDs (the admin's confirmation,
 * a letter to the address of record). {@code coolingOff}: the person manages a TIN, so a reset waits.
 */
public record PersonRepresentation(String id, String username, String firstName, String lastName, boolean enabled, boolean coolingOff,
        String email, String phone, List<PersonTin> tins, List<CaseRepresentation> checks) {

    /** One of the person's active Tax IDs: its role, and whether someone else there could confirm the caller. */
    public record PersonTin(String tin, String provider, String role, boolean adminCanConfirm) {}
}
