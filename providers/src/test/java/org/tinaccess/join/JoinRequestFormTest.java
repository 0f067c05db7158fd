package org.tinaccess.join;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tinaccess.settings.TinAccessSettings;

/** The join page's NPN: optional, an agent's own, checked like every NPN. */
class JoinRequestFormTest {

    private static final Set<String> US = TinAccessSettings.DEFAULT_PHONE_REGIONS;

    private static Map<String, String> form() {
        Map<String, String> form = new HashMap<>();
        form.put("program", "medicare");
        form.put("provider", "3f1c2d4e-0000-4000-8000-000000000001");
        form.put("firstName", "Pat");
        form.put("lastName", "Lee");
        form.put("title", "Agent");
        form.put("email", "pat@agency.test");
        form.put("confirmEmail", "pat@agency.test");
        form.put("phone", "715-555-0142");
        form.put("reason", "I sell the plan's policies.");
        return form;
    }

    @Test
    void withoutAnNpnTheRequestIsAsBefore() {
        JoinRequestForm.Validation validation = JoinRequestForm.validate(form(), US);

        assertEquals(Map.of(), validation.errors());
        assertNull(validation.form().npn());
    }

    @Test
    void anAgentsNpnIsKeptInItsCanonicalForm() {
        Map<String, String> form = form();
        form.put("npn", " 0019294727 ");

        assertEquals("19294727", JoinRequestForm.validate(form, US).form().npn());
    }

    @Test
    void aBadNpnIsTheFieldsError() {
        Map<String, String> form = form();
        form.put("npn", "12-345");

        assertEquals(Map.of("npn", "requestNpnInvalid"), JoinRequestForm.validate(form, US).errors());
    }
}
