package org.tinaccess.notlisted;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.keycloak.utils.EmailValidationUtil;
import org.tinaccess.join.Coverage;
import org.tinaccess.phone.UsPhone;
import org.tinaccess.tin.Npi;
import org.tinaccess.tin.Tin;
import org.tinaccess.tin.TinProblem;

/**
 * The plan's "My provider is not listed" form: who the person is, how to reach them, the
 * organisation, optionally its TIN and Type 2 NPI, the program (and state) and a message of at most
 * 500 characters. The TIN and NPI are checked for form only, never looked up.
 *
 * @param tin nine digits, or {@code null} when none was given
 * @param npi ten digits, or {@code null} when none was given
 */
public record NotListedForm(String firstName, String lastName, String email, String phone, String organization, String tin, String npi,
        Coverage coverage, String message) {

    public static final String[] FIELDS = {"firstName", "lastName", "email", "phone", "organization", "tin", "npi", "program", "state",
        "message"};
    public static final int MESSAGE_MAX = 500;

    /** The checked form, or a message key per faulty field. */
    public record Validation(NotListedForm form, Map<String, String> errors) {}

    /** {@code ssnAsTin}: the realm's tinAccess.ssnAsTin setting, as the request flow honours it. */
    public static Validation validate(Map<String, String> input, boolean ssnAsTin, Set<String> phoneRegions) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = input.get(field);
            values.put(field, value == null ? "" : value.strip().replaceAll("[\\p{Cntrl}&&[^\\n]]", ""));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        required(values, errors, "firstName", 100);
        required(values, errors, "lastName", 100);
        required(values, errors, "email", 254);
        required(values, errors, "organization", 200);
        for (String field : new String[] {"firstName", "lastName", "email", "phone", "organization", "tin", "npi"}) {
            if (!errors.containsKey(field) && values.get(field).contains("\n")) {
                errors.put(field, "joinSingleLine");
            }
        }
        if (!errors.containsKey("email") && !EmailValidationUtil.isValidEmail(values.get("email"))) {
            errors.put("email", "requestEmailInvalid");
        }
        String phone = UsPhone.normalise(values.get("phone"), phoneRegions).orElse(null);
        if (phone == null) {
            errors.put("phone", "requestPhoneInvalid");
        }
        String tin = null;
        if (!values.get("tin").isEmpty() && !errors.containsKey("tin")) {
            Optional<TinProblem> problem = Tin.check(values.get("tin"), ssnAsTin);
            if (problem.isPresent()) {
                errors.put("tin", problem.get().messageKey());
            } else {
                tin = Tin.parse(values.get("tin")).orElseThrow().digits();
            }
        }
        String npi = null;
        if (!values.get("npi").isEmpty() && !errors.containsKey("npi")) {
            npi = Npi.parse(values.get("npi")).map(Npi::digits).orElse(null);
            if (npi == null) {
                errors.put("npi", "joinNpiInvalid");
            }
        }
        Coverage coverage = Coverage.read(values, errors).orElse(null);
        if (values.get("message").isEmpty()) {
            errors.put("message", "requestFieldRequired");
        } else if (values.get("message").length() > MESSAGE_MAX) {
            errors.put("message", "notListedMessageTooLong");
        }
        if (!errors.isEmpty()) {
            return new Validation(null, errors);
        }
        return new Validation(new NotListedForm(values.get("firstName"), values.get("lastName"), values.get("email").toLowerCase(Locale.ROOT),
                phone, values.get("organization"), tin, npi, coverage, values.get("message")), errors);
    }

    private static void required(Map<String, String> values, Map<String, String> errors, String field, int max) {
        String value = values.get(field);
        if (value.isEmpty()) {
            errors.put(field, "requestFieldRequired");
        } else if (value.length() > max) {
            errors.put(field, "requestFieldTooLong");
        }
    }
}
