package org.tinaccess.request;

import java.util.Map;
import java.util.Optional;

/**
 * "the person who registered has left": on a TIN's proof page the requester may say the
 * TIN's admin has left, and why. It is offered for every TIN, so the page still says nothing about
 * whether a TIN has an admin; reviewers read it, and may move the TIN to the requester once the TIN
 * is proved (see {@code TinApproval}).
 */
final class AdminLeft {

    static final String CHECKBOX = "adminLeft";
    static final String REASON = "adminLeftReason";
    static final int MAX_REASON = 500;

    private AdminLeft() {}

    /**
     * The reason when the box is ticked, empty when it is not; a ticked box without a reason, or a
     * reason over {@value #MAX_REASON} characters, puts an error on the reason field.
     */
    static Optional<String> read(String checked, String reason, Map<String, String> errors) {
        if (checked == null || checked.isBlank()) {
            return Optional.empty();
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            errors.put(REASON, "adminLeftReasonRequired");
        } else if (text.length() > MAX_REASON) {
            errors.put(REASON, "adminLeftReasonTooLong");
        }
        return Optional.of(text);
    }
}
