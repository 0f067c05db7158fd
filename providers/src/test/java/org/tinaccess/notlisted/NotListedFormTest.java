package org.tinaccess.notlisted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tinaccess.settings.TinAccessSettings;

class NotListedFormTest {

    private static final Set<String> US = TinAccessSettings.DEFAULT_PHONE_REGIONS;

    private static Map<String, String> filled() {
        Map<String, String> values = new HashMap<>();
        values.put("firstName", "Robin");
        values.put("lastName", "Nakamura");
        values.put("email", "Robin@Clinic.org");
        values.put("phone", "(715) 555-0187");
        values.put("organization", "Northwoods Rural Health");
        values.put("program", "medicare");
        values.put("message", "Please call me.");
        return values;
    }

    @Test
    void theTinAndNpiAreOptional() {
        NotListedForm.Validation validation = NotListedForm.validate(filled(), false, US);

        assertEquals(Map.of(), validation.errors());
        assertNull(validation.form().tin());
        assertNull(validation.form().npi());
        assertEquals("robin@clinic.org", validation.form().email());
        assertNull(validation.form().coverage().state(), "Medicare needs no state");
    }

    @Test
    void aGivenTinIsCheckedAndKeptAsNineDigits() {
        Map<String, String> values = filled();
        values.put("tin", "12-3456789");
        values.put("npi", "1245319599");

        NotListedForm form = NotListedForm.validate(values, false, US).form();

        assertEquals("123456789", form.tin());
        assertEquals("1245319599", form.npi());
    }

    @Test
    void anSsnIsATinOnlyWhereTheRealmAllowsIt() {
        Map<String, String> values = filled();
        values.put("tin", "078-05-1120".replace("-", ""));

        assertEquals("tinUnknownPrefix", NotListedForm.validate(values, false, US).errors().get("tin"));
        assertEquals("078051120", NotListedForm.validate(values, true, US).form().tin());
    }

    @Test
    void everyFaultyFieldHasItsMessageKey() {
        Map<String, String> values = filled();
        values.put("firstName", " ");
        values.put("email", "no-at-sign");
        values.put("phone", "12");
        values.put("organization", "o".repeat(201));
        values.put("tin", "12-34");
        values.put("npi", "1234567890");
        values.put("program", "medicaid");
        values.put("message", "m".repeat(NotListedForm.MESSAGE_MAX + 1));

        Map<String, String> errors = NotListedForm.validate(values, false, US).errors();

        assertEquals("requestFieldRequired", errors.get("firstName"));
        assertEquals("requestEmailInvalid", errors.get("email"));
        assertEquals("requestPhoneInvalid", errors.get("phone"));
        assertEquals("requestFieldTooLong", errors.get("organization"));
        assertEquals("tinNotNineDigits", errors.get("tin"));
        assertEquals("joinNpiInvalid", errors.get("npi"));
        assertEquals("joinStateRequired", errors.get("state"));
        assertEquals("notListedMessageTooLong", errors.get("message"));
        assertTrue(NotListedForm.validate(Map.of(), false, US).errors().keySet().containsAll(
                List.of("firstName", "lastName", "email", "phone", "organization", "program", "message")));
    }
}
