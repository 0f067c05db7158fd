package org.tinaccess.helpdesk;

import org.keycloak.models.UserModel;
import org.tinaccess.mfa.PhoneNumbers;
import org.tinaccess.store.HelpDeskCaseEntity;
import org.tinaccess.store.HelpDeskMethod;

/**
 * A help-desk check as the agent sees it: where the code went (masked), how many tries are left,
 * and, once the reset is scheduled, when it takes effect. Never the code or its hash.
 */
public record CaseRepresentation(String id, String userId, String method, String tin, String status, String sentTo, int triesLeft,
        long openedAt, Long verifiedAt, Long dueAt) {

    static CaseRepresentation of(HelpDeskCaseEntity row, UserModel person) {
        return new CaseRepresentation(row.getId(), row.getUserId(), row.getMethod().value(), row.getTin(), row.getStatus().value(),
                sentTo(row, person), Math.max(0, HelpDeskCases.MAX_TRIES - row.getTries()), row.getOpenedAt(), row.getVerifiedAt(), row.getDueAt());
    }

    private static String sentTo(HelpDeskCaseEntity row, UserModel person) {
        if (person == null) {
            return null;
        }
        if (row.getMethod() == HelpDeskMethod.EMAIL) {
            return HelpDeskCodes.emailOnFile(person).map(HelpDeskCodes::maskedEmail).orElse(null);
        }
        if (row.getMethod() == HelpDeskMethod.PHONE) {
            return HelpDeskCodes.phoneOnFile(person).map(phone -> PhoneNumbers.masked(phone.phone())).orElse(null);
        }
        return null;
    }
}
