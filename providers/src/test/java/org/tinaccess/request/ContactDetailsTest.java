package org.tinaccess.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tinaccess.phone.UsPhone;
import org.tinaccess.settings.TinAccessSettings;

class ContactDetailsTest {

    private static final Set<String> US = TinAccessSettings.DEFAULT_PHONE_REGIONS;

    private static Map<String, String> form() {
        Map<String, String> form = new HashMap<>();
        form.put("firstName", " Jane ");
        form.put("lastName", "Doe");
        form.put("phone", "(715) 555-0123");
        form.put("email", "Jane.Doe@Clinic.org");
        form.put("organization", "Northwoods Clinic");
        form.put("jobTitle", "Office Manager");
        return form;
    }

    @Test
    void completeFormIsCleanedAndNormalised() {
        ContactDetails.Validation validation = ContactDetails.validate(form(), US);

        assertTrue(validation.isValid());
        assertEquals(new ContactDetails("Jane", "Doe", "+17155550123", "jane.doe@clinic.org", "Northwoods Clinic", "Office Manager", false, null),
                validation.details());
    }

    @Test
    void aBillingServiceSaysSoWithTheCheckboxWhichMayBeLeftEmpty() {
        Map<String, String> form = form();
        form.put("billingService", "on");

        assertTrue(ContactDetails.validate(form, US).details().billingService());
        assertFalse(ContactDetails.validate(form(), US).details().billingService());
        assertEquals("on", ContactDetails.validate(form, US).details().asMap().get("billingService"));
    }

    @Test
    void anAgencyGivesItsNpnWhichIsKeptWithoutLeadingZeros() {
        Map<String, String> form = form();
        form.put("agency", "on");
        form.put("agencyNpn", " 0019294727 ");

        ContactDetails details = ContactDetails.validate(form, US).details();
        assertEquals("19294727", details.agencyNpn());
        assertEquals("on", details.asMap().get("agency"));
        assertEquals("19294727", details.asMap().get("agencyNpn"));
        assertEquals(null, ContactDetails.validate(form(), US).details().agencyNpn());
    }

    @ParameterizedTest
    @CsvSource(value = {"'',requestAgencyNpnRequired", "12345678901,requestNpnInvalid", "0000,requestNpnInvalid", "12-345,requestNpnInvalid"})
    void anAgencyWithoutAValidNpnIsToldWhy(String npn, String message) {
        Map<String, String> form = form();
        form.put("agency", "on");
        form.put("agencyNpn", npn);

        assertEquals(Map.of("agencyNpn", message), ContactDetails.validate(form, US).errors());
    }

    @Test
    void anNpnTypedWithoutTickingAgencyIsIgnored() {
        Map<String, String> form = form();
        form.put("agencyNpn", "12345");

        assertEquals(null, ContactDetails.validate(form, US).details().agencyNpn());
    }

    @Test
    void anAgencyIsNotABillingService() {
        Map<String, String> form = form();
        form.put("agency", "on");
        form.put("agencyNpn", "12345");
        form.put("billingService", "on");

        assertEquals(Map.of("agency", "requestAgencyNotBillingService"), ContactDetails.validate(form, US).errors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"firstName", "lastName", "phone", "email", "organization", "jobTitle"})
    void everyFieldIsRequired(String field) {
        Map<String, String> form = form();
        form.put(field, "  ");

        ContactDetails.Validation validation = ContactDetails.validate(form, US);

        assertFalse(validation.isValid());
        assertEquals(Map.of(field, "requestFieldRequired"), validation.errors());
    }

    @Test
    void tooLongValuesAreRefusedNotCut() {
        Map<String, String> form = form();
        form.put("lastName", "x".repeat(101));

        assertEquals(Map.of("lastName", "requestFieldTooLong"), ContactDetails.validate(form, US).errors());
    }

    @Test
    void badEmailAndPhoneAreEachReportedOnTheirField() {
        Map<String, String> form = form();
        form.put("email", "jane@");
        form.put("phone", "555-0123");

        assertEquals(Map.of("email", "requestEmailInvalid", "phone", "requestPhoneInvalid"), ContactDetails.validate(form, US).errors());
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({
        "(715) 555-0123, +17155550123",
        "715.555.0123, +17155550123",
        "1-715-555-0123, +17155550123",
        "+1 715 555 0123, +17155550123",
    })
    void usPhoneNumbersAreNormalisedToE164(String typed, String e164) {
        assertEquals(Optional.of(e164), UsPhone.normalise(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"555-0123", "015-555-0123", "715-055-0123", "+44 20 7946 0958", "715-555-0123 x12", "phone"})
    void nonUsOrMalformedPhoneNumbersAreRefused(String typed) {
        assertEquals(Optional.empty(), UsPhone.normalise(typed));
    }

    /** The rule the sign-in codes follow: a Caribbean or premium number the codes refuse is refused where it is typed. */
    @ParameterizedTest
    @ValueSource(strings = {"(876) 555-0123", "+1 809 555 0123", "900-555-0123"})
    void aNanpNumberOutsideTheRealmsPhoneRegionsIsRefusedAsTheCodesRefuseIt(String typed) {
        assertTrue(UsPhone.normalise(typed).isPresent(), "a well-formed NANP number");
        assertEquals(Optional.empty(), UsPhone.normalise(typed, US));
        Map<String, String> form = form();
        form.put("phone", typed);
        assertEquals(Map.of("phone", "requestPhoneInvalid"), ContactDetails.validate(form, US).errors());
    }

    @Test
    void referenceIsReadableAndRandom() {
        String reference = RequestReference.next("AR");

        assertTrue(reference.matches("AR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), reference);
        assertFalse(reference.equals(RequestReference.next("AR")));
    }
}
