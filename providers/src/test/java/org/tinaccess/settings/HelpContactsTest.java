package org.tinaccess.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelpContactsTest {

    @Test
    void realmWithoutHelpSettingsHasNothingToShow() {
        HelpContacts help = HelpContacts.from(name -> null);

        assertFalse(help.isPresent());
        assertEquals(List.of(), help.phones());
        assertEquals("", help.url());
    }

    @Test
    void numbersAreTrimmedAndEmptyEntriesDropped() {
        HelpContacts help = HelpContacts.from(Map.of(HelpContacts.PHONES, " 715-631-7412, ,855-931-4851 ", HelpContacts.TTY, "711")::get);

        assertEquals(List.of("715-631-7412", "855-931-4851"), help.phones());
        assertEquals(List.of("711"), help.tty());
        assertTrue(help.isPresent());
    }

    @Test
    void onlyAnAbsoluteWebAddressIsKept() {
        assertEquals("https://plan.example/help", HelpContacts.from(Map.of(HelpContacts.URL, " https://plan.example/help ")::get).url());
        assertEquals("", HelpContacts.from(Map.of(HelpContacts.URL, "javascript:alert(1)")::get).url());
        assertEquals("", HelpContacts.from(Map.of(HelpContacts.URL, "/help")::get).url());
        assertEquals("", HelpContacts.from(Map.of(HelpContacts.URL, "https://bad host/\"x")::get).url());
    }

    @Test
    void hoursAloneAreNotEnoughToShowTheBlock() {
        assertFalse(HelpContacts.from(Map.of(HelpContacts.HOURS, "8 a.m. to 5 p.m.")::get).isPresent());
    }

    @Test
    void anAudienceReadsItsOwnLineAndFallsBackToTheProvidersForTheRest() {
        Map<String, String> realm = Map.of(HelpContacts.PHONES, "715-631-7412", HelpContacts.HOURS, "8 a.m. to 5 p.m. Central",
                HelpContacts.PHONES + ".agents", "833-951-3196, 715-787-7404", HelpContacts.EMAIL, "help@plan.example");

        HelpContacts agents = HelpContacts.from(realm::get, HelpAudience.AGENTS);
        HelpContacts services = HelpContacts.from(realm::get, HelpAudience.BILLING_SERVICES);

        assertEquals(List.of("833-951-3196", "715-787-7404"), agents.phones());
        assertEquals("8 a.m. to 5 p.m. Central", agents.hours(), "not set for agents: the providers' hours");
        assertEquals("help@plan.example", agents.email());
        assertEquals(List.of("715-631-7412"), services.phones(), "no line of their own: the providers'");
    }

    @Test
    void onlyAPlainEmailAddressIsKept() {
        assertEquals("help@plan.example", HelpContacts.from(Map.of(HelpContacts.EMAIL, " help@plan.example ")::get).email());
        assertTrue(HelpContacts.from(Map.of(HelpContacts.EMAIL, "help@plan.example")::get).isPresent());
        assertEquals("", HelpContacts.from(Map.of(HelpContacts.EMAIL, "help@plan.example?cc=x@y.z")::get).email());
        assertEquals("", HelpContacts.from(Map.of(HelpContacts.EMAIL, "\"><script>@x.y")::get).email());
        assertEquals("", HelpContacts.from(Map.of(HelpContacts.EMAIL, "no-at-sign")::get).email());
    }
}
