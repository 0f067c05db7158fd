package org.tinaccess.join;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.keycloak.utils.EmailValidationUtil;
import org.tinaccess.phone.UsPhone;
import org.tinaccess.tin.Npn;

/**
 * The plan's form: "Coverage &amp; State Details" (program and state), the provider chosen from the
 * search, and "Requestor Details": First Name, Last Name, Position/Title, Email + Confirm Email,
 * Phone + Ext, Reason (at most 500 characters). {@code npn}: an insurance agent's own National Producer
 * Number, which an agency's admin needs to approve them; optional, {@code null} when not given.
 */
public record JoinRequestForm(String providerId, String firstName, String lastName, String title, String email, String phone,
        String phoneExt, String reason, Coverage coverage, String npn) {

    public static final String[] FIELDS = {"program", "state", "provider", "firstName", "lastName", "title", "email", "confirmEmail", "phone",
        "phoneExt", "reason", "npn"};
    public static final int REASON_MAX = 500;

    /** The checked form, or a message key per faulty field. */
    public record Validation(JoinRequestForm form, Map<String, String> errors) {}

    public static Validation validate(Map<String, String> input, Set<String> phoneRegions) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = input.get(field);
            values.put(field, value == null ? "" : value.strip().replaceAll("[\\p{Cntrl}&&[^\\n]]", ""));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Coverage coverage = Coverage.read(values, errors).orElse(null);
        required(values, errors, "provider", 36, "joinProviderRequired");
        required(values, errors, "firstName", 100, "requestFieldRequired");
        required(values, errors, "lastName", 100, "requestFieldRequired");
        required(values, errors, "title", 100, "requestFieldRequired");
        required(values, errors, "email", 254, "requestFieldRequired");
        required(values, errors, "reason", REASON_MAX, "requestFieldRequired");
        for (String field : new String[] {"firstName", "lastName", "title", "email", "phone", "phoneExt"}) {
            if (!errors.containsKey(field) && values.get(field).contains("\n")) {
                errors.put(field, "joinSingleLine");
            }
        }
        if (!errors.containsKey("email") && !EmailValidationUtil.isValidEmail(values.get("email"))) {
            errors.put("email", "requestEmailInvalid");
        }
        if (!errors.containsKey("email") && !values.get("email").equalsIgnoreCase(values.get("confirmEmail"))) {
            errors.put("confirmEmail", "joinEmailsDiffer");
        }
        String phone = UsPhone.normalise(values.get("phone"), phoneRegions).orElse(null);
        if (phone == null) {
            errors.put("phone", "requestPhoneInvalid");
        }
        if (!values.get("phoneExt").matches("[0-9]{0,6}")) {
            errors.put("phoneExt", "joinExtInvalid");
        }
        if (values.get("reason").length() > REASON_MAX) {
            errors.put("reason", "joinReasonTooLong");
        }
        Npn npn = Npn.parse(values.get("npn")).orElse(null);
        if (npn == null && !values.get("npn").isEmpty()) {
            errors.put("npn", "requestNpnInvalid");
        }
        if (!errors.isEmpty()) {
            return new Validation(null, errors);
        }
        return new Validation(new JoinRequestForm(values.get("provider"), values.get("firstName"), values.get("lastName"),
                values.get("title"), values.get("email").toLowerCase(Locale.ROOT), phone,
                values.get("phoneExt").isEmpty() ? null : values.get("phoneExt"), values.get("reason"), coverage,
                npn == null ? null : npn.digits()), errors);
    }

    private static void required(Map<String, String> values, Map<String, String> errors, String field, int max, String missingKey) {
        String value = values.get(field);
        if (value.isEmpty()) {
            errors.put(field, missingKey);
        } else if (value.length() > max) {
            errors.put(field, "reason".equals(field) ? "joinReasonTooLong" : "requestFieldTooLong");
        }
    }
}
