package org.tinaccess.request;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.keycloak.utils.EmailValidationUtil;
import org.tinaccess.phone.UsPhone;
import org.tinaccess.tin.Npn;

/**
 * Step 1 of the request ("Enter Contact Information"): who asks to become a TIN admin.
 * Built only by {@link #validate}, so an instance in hand is complete and clean. {@code agencyNpn}
 * is the agency's National Producer Number when the requester registers an insurance agency,
 * {@code null} otherwise; an agency is not a billing service.
 */
public record ContactDetails(String firstName, String lastName, String phone, String email, String organization, String jobTitle,
        boolean billingService, String agencyNpn) {

    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String ORGANIZATION = "organization";
    public static final String JOB_TITLE = "jobTitle";

    /** "I am a billing service", a checkbox: the only field that may be left empty. */
    public static final String BILLING_SERVICE = "billingService";

    /** "I am an insurance agency", a checkbox; then {@link #AGENCY_NPN} is required. */
    public static final String AGENCY = "agency";

    /** The agency's National Producer Number, asked only of an agency. */
    public static final String AGENCY_NPN = "agencyNpn";

    /** The required field names in page order; also the auth-note and form names. */
    public static final String[] FIELDS = {FIRST_NAME, LAST_NAME, PHONE, EMAIL, ORGANIZATION, JOB_TITLE};

    /** Every field of the page, the required ones and the checkbox: what is kept between steps. */
    public static final String[] ALL_FIELDS = {FIRST_NAME, LAST_NAME, PHONE, EMAIL, ORGANIZATION, JOB_TITLE, BILLING_SERVICE, AGENCY,
        AGENCY_NPN};

    /** Column sizes of TA_ACCESS_REQUEST: longer input is refused, never cut. */
    private static final Map<String, Integer> MAX_LENGTH = Map.of(
            FIRST_NAME, 100, LAST_NAME, 100, PHONE, 30, EMAIL, 254, ORGANIZATION, 200, JOB_TITLE, 100);

    /** The outcome of checking a submitted form: the details, or a message key per faulty field. */
    public record Validation(ContactDetails details, Map<String, String> errors) {

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    public static Validation validate(Map<String, String> form, Set<String> phoneRegions) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = clean(form.get(field));
            values.put(field, value);
            if (value.isEmpty()) {
                errors.put(field, "requestFieldRequired");
            } else if (value.length() > MAX_LENGTH.get(field)) {
                errors.put(field, "requestFieldTooLong");
            }
        }
        String phone = values.get(PHONE);
        if (!errors.containsKey(PHONE)) {
            phone = UsPhone.normalise(phone, phoneRegions).orElse(null);
            if (phone == null) {
                errors.put(PHONE, "requestPhoneInvalid");
            }
        }
        if (!errors.containsKey(EMAIL) && !EmailValidationUtil.isValidEmail(values.get(EMAIL))) {
            errors.put(EMAIL, "requestEmailInvalid");
        }
        boolean billingService = checked(form.get(BILLING_SERVICE));
        boolean agency = checked(form.get(AGENCY));
        Npn agencyNpn = null;
        if (agency && billingService) {
            errors.put(AGENCY, "requestAgencyNotBillingService");
        } else if (agency) {
            String typed = clean(form.get(AGENCY_NPN));
            agencyNpn = Npn.parse(typed).orElse(null);
            if (agencyNpn == null) {
                errors.put(AGENCY_NPN, typed.isEmpty() ? "requestAgencyNpnRequired" : "requestNpnInvalid");
            }
        }
        if (!errors.isEmpty()) {
            return new Validation(null, errors);
        }
        return new Validation(new ContactDetails(values.get(FIRST_NAME), values.get(LAST_NAME), phone,
                values.get(EMAIL).toLowerCase(Locale.ROOT), values.get(ORGANIZATION), values.get(JOB_TITLE), billingService,
                agencyNpn == null ? null : agencyNpn.digits()), errors);
    }

    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(FIRST_NAME, firstName);
        map.put(LAST_NAME, lastName);
        map.put(PHONE, phone);
        map.put(EMAIL, email);
        map.put(ORGANIZATION, organization);
        map.put(JOB_TITLE, jobTitle);
        map.put(BILLING_SERVICE, billingService ? "on" : "");
        map.put(AGENCY, agencyNpn != null ? "on" : "");
        map.put(AGENCY_NPN, agencyNpn == null ? "" : agencyNpn);
        return map;
    }

    /** A checkbox's value: browsers send {@code on} when checked and nothing otherwise. */
    private static boolean checked(String value) {
        return value != null && (value.equals("on") || value.equals("true"));
    }

    /** Trims and drops control characters, which have no place in a name or title. */
    private static String clean(String value) {
        return value == null ? "" : value.strip().replaceAll("\\p{Cntrl}", "");
    }
}
