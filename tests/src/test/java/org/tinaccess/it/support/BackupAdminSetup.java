package org.tinaccess.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

/** A TIN's people as the backup-admin tests need them: activated users, some named backup admins who agreed. */
public final class BackupAdminSetup {

    private BackupAdminSetup() {}

    /** A new user of {@code tin}, added by its admin ({@code adminToken}), activated through the invitation and signed in. */
    public static PortalUsers.SignedIn member(TinAccessServer server, String adminToken, String tin, String who) {
        String email = RealmUsers.uniqueEmail(who.toLowerCase(Locale.ROOT));
        TinAccessApi.Answer added = TinAccessApi.at(server, "/tins/" + tin, adminToken).post("/members", "{\"email\":\"" + email
                + "\",\"firstName\":\"Robin\",\"lastName\":\"" + who + "\",\"entitlements\":[\"claims\"]}");
        assertEquals(201, added.status(), added.toString());
        return PortalUsers.activateAndSignIn(server, email, server.inbox().awaitMessageTo(email));
    }

    /** The admin names {@code person} (the admin's second factor is recent: just signed in) and the person agrees. */
    public static void makeBackupAdmin(TinAccessServer server, String adminToken, String tin, PortalUsers.SignedIn person) {
        TinAccessApi.Answer named = TinAccessApi.at(server, "/tins/" + tin, adminToken).put("/members/" + person.userId() + "/backup-admin", "");
        assertEquals(200, named.status(), named.toString());
        String providerId = Providers.ofTin(server, tin).getId();
        TinAccessApi.Answer agreed = TinAccessApi.at(server, "/tins/backup-admin", person.apiToken()).post("/" + providerId + "/accept", null);
        assertEquals(200, agreed.status(), agreed.toString());
    }
}
