package org.tinaccess.review;

import java.util.Arrays;
import java.util.Optional;

/** Why a TIN line was denied, with the sentence the requester reads in the e-mail. */
public enum DenialReason {
    ADMIN_EXISTS("denialReasonAdminExists"),
    TIN_NOT_ENROLLED("denialReasonTinNotEnrolled"),
    THIRD_PARTY("denialReasonThirdParty"),
    /** Needs a note: the reviewer's own words are the reason. */
    OTHER("denialReasonOther");

    private final String messageKey;

    DenialReason(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean needsNote() {
        return this == OTHER;
    }

    public static Optional<DenialReason> fromCode(String code) {
        return Arrays.stream(values()).filter(reason -> reason.name().equals(code)).findFirst();
    }
}
