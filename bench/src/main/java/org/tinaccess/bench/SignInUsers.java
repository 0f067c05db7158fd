package org.tinaccess.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.PartialImportRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * People who can sign in with password and an authenticator app, imported with both credentials
 * (and, in our realm, a chosen security image), so a sign-in walks only the sign-in pages.
 */
final class SignInUsers {

    static final String PASSWORD = "Harbor-Lights-77";
    /** What the security-image step shows them (themes' image and caption ids). */
    private static final Map<String, List<String>> CHOSEN_IMAGE = Map.of("tinAccess.securityImage", List.of("lighthouse"),
            "tinAccess.securityCaption", List.of("harbor-lights"));

    /** One person: username and the OTP secret as stored (Keycloak keys the HMAC with its UTF-8 bytes). */
    record Person(String username, String otpSecret) {}

    private SignInUsers() {}

    /**
     * {@code count} people named {@code prefix-NN@bench.test}. OTP codes are made reusable within their
     * 30 s in the realm, the same in every realm measured: sign-ins follow each other faster than
     * codes change, and the check costs the same either way.
     */
    static List<Person> create(RealmResource realm, String prefix, int count, boolean withSecurityImage) {
        RealmRepresentation settings = realm.toRepresentation();
        settings.setOtpPolicyCodeReusable(true);
        realm.update(settings);
        List<Person> people = new ArrayList<>();
        List<UserRepresentation> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Person person = new Person(String.format("%s-%03d@bench.test", prefix, i), String.format("bench-otp-secret-%s-%03d", prefix, i));
            people.add(person);
            users.add(user(person, withSecurityImage, settings.getRealm()));
        }
        PartialImportRepresentation batch = new PartialImportRepresentation();
        batch.setUsers(users);
        batch.setIfResourceExists(PartialImportRepresentation.Policy.SKIP.name());
        realm.partialImport(batch).close();
        return people;
    }

    /** An import grants no default roles by itself; people created by the admin API or by registering have them. */
    private static UserRepresentation user(Person person, boolean withSecurityImage, String realmName) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(person.username());
        user.setEmail(person.username());
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Bench");
        user.setLastName("Person");
        user.setRealmRoles(List.of("default-roles-" + realmName));
        if (withSecurityImage) {
            user.setAttributes(CHOSEN_IMAGE);
        }
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        CredentialRepresentation otp = new CredentialRepresentation();
        otp.setType("otp");
        otp.setUserLabel("bench app");
        otp.setSecretData("{\"value\":\"" + person.otpSecret() + "\"}");
        otp.setCredentialData("{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,\"algorithm\":\"HmacSHA1\"}");
        user.setCredentials(List.of(password, otp));
        return user;
    }
}
