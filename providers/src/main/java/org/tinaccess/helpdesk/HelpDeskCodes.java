package org.tinaccess.helpdesk;

import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.theme.FreeMarkerException;
import org.tinaccess.letter.AddressOfRecord;
import org.tinaccess.letter.Letter;
import org.tinaccess.letter.LetterLayout;
import org.tinaccess.letter.LetterSender;
import org.tinaccess.mail.PortalMail;
import org.tinaccess.mfa.CodeCheck;
import org.tinaccess.mfa.PhoneNumbers;
import org.tinaccess.mfa.PhoneOtpCredentialModel;
import org.tinaccess.mfa.sender.PhoneMessage;
import org.tinaccess.mfa.sender.PhoneSendException;
import org.tinaccess.mfa.sender.PhoneSender;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.rest.ApiException;
import org.tinaccess.settings.VerificationSettings;
import org.tinaccess.tin.Tin;
import org.tinaccess.verify.MailedPin;
import org.tinaccess.verify.ProviderVerifier;

/**
 * The codes the caller reads back to the help desk: six digits to the phone on
 * file (valid {@link #SPOKEN_LIFESPAN}), or a letter code to the provider's address of record (valid as
 * long as a registration PIN). Only hashes are kept; the code itself goes out once.
 */
final class HelpDeskCodes {

    static final Duration SPOKEN_LIFESPAN = Duration.ofMinutes(10);
    private static final String SHA = "sha256";
    private static final Logger LOG = Logger.getLogger(HelpDeskCodes.class);

    /** What went out: the stored hash, until when it works, and where it went as the help desk may read it. */
    record Sent(String hash, long expiresAt, String sentTo) {}

    private final KeycloakSession session;
    private final RealmModel realm;

    HelpDeskCodes(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    static Optional<String> emailOnFile(UserModel person) {
        return Optional.ofNullable(person.getEmail()).filter(email -> !email.isBlank() && person.isEmailVerified());
    }

    static Optional<PhoneOtpCredentialModel> phoneOnFile(UserModel person) {
        return person.credentialManager().getStoredCredentialsByTypeStream(PhoneOtpCredentialModel.TYPE)
                .map(PhoneOtpCredentialModel::of)
                .findFirst();
    }

    /** {@code jane.doe@example.com} becomes {@code j***@example.com}: enough for the caller to recognise, not to learn. */
    static String maskedEmail(String email) {
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    Sent byPhone(UserModel person, long now) {
        PhoneOtpCredentialModel phone = phoneOnFile(person)
                .orElseThrow(() -> ApiException.conflict("no_phone", "This person has no phone for codes on file."));
        String code = CodeCheck.newCode();
        String text = "Your Provider Portal help desk code is " + code + ". Read it out only to the Provider Assistance Center you called."
                + " It expires in " + SPOKEN_LIFESPAN.toMinutes() + " minutes.";
        try {
            session.getProvider(PhoneSender.class).send(new PhoneMessage(phone.channel(), phone.phone(), code, text));
        } catch (PhoneSendException e) {
            LOG.warnf("Help-desk code not sent to %s: %s", PhoneNumbers.masked(phone.phone()), e.getMessage());
            throw new ApiException(Response.Status.SERVICE_UNAVAILABLE, "phone_unavailable",
                    "The code could not be sent to the phone now; try again, or choose another way.");
        }
        return new Sent(spokenHash(code), now + SPOKEN_LIFESPAN.toMillis(), PhoneNumbers.masked(phone.phone()));
    }

    Sent byLetter(UserModel person, Tin tin, String caseId, long now) {
        Optional<AddressOfRecord> address;
        try {
            address = session.getProvider(ProviderVerifier.class).addressOfRecord(tin);
        } catch (ProviderVerifier.VerifierUnavailable e) {
            LOG.warnf("No address of record for %s: %s", tin.masked(), e.getMessage());
            throw new ApiException(Response.Status.SERVICE_UNAVAILABLE, "records_unavailable",
                    "The plan's provider records cannot be read now; try again later, or choose another way.");
        }
        if (address.isEmpty()) {
            throw ApiException.conflict("no_address", "The plan has no address of record for this Tax ID.");
        }
        String code = MailedPin.generate();
        long expiresAt = now + VerificationSettings.of(realm).pinLifespan().toMillis();
        String reference = "HD-" + caseId.substring(0, 8).toUpperCase(Locale.ROOT);
        OrganizationModel provider = ProviderOrganization.of(session, tin);
        try {
            String body = new PortalMail(session, realm).render("letter/help-desk-letter.ftl", Map.of(
                    "personName", (nullToEmpty(person.getFirstName()) + " " + nullToEmpty(person.getLastName())).strip(),
                    "provider", provider == null ? "" : provider.getName(),
                    "tinEnding", tin.digits().substring(5),
                    "code", code,
                    "expiryDate", date(expiresAt),
                    "reference", reference));
            byte[] pdf = LetterLayout.render(realm.getDisplayName() == null || realm.getDisplayName().isBlank() ? realm.getName() : realm.getDisplayName(),
                    date(now), address.get().lines(), body);
            session.getProvider(LetterSender.class).send(new Letter(reference, address.get(), pdf));
        } catch (IOException | FreeMarkerException | LetterSender.LetterSendException e) {
            LOG.errorf(e, "Help-desk letter %s not sent", reference);
            throw new ApiException(Response.Status.SERVICE_UNAVAILABLE, "letter_unavailable",
                    "The letter could not be sent now; try again later, or choose another way.");
        }
        LOG.infof("Help-desk letter %s handed to the letter sender", reference);
        return new Sent(MailedPin.hash(code), expiresAt, "the address of record of the Tax ID ending " + tin.digits().substring(5));
    }

    /** Whether {@code typed} is the code {@code stored} was made from (either kind), compared in constant time. */
    static boolean matches(String stored, String typed) {
        if (stored == null || typed == null) {
            return false;
        }
        if (stored.startsWith(SHA + "$")) {
            String[] parts = stored.split("\\$");
            String candidate = typed.replaceAll("\\s", "");
            return parts.length == 3 && MessageDigest.isEqual(
                    CodeCheck.hash(candidate, parts[1]).getBytes(StandardCharsets.US_ASCII),
                    parts[2].getBytes(StandardCharsets.US_ASCII));
        }
        return MailedPin.matches(typed, stored);
    }

    private static String spokenHash(String code) {
        String salt = CodeCheck.newSalt();
        return SHA + "$" + salt + "$" + CodeCheck.hash(code, salt);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String date(long millis) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.US).withZone(ZoneId.systemDefault())
                .format(Instant.ofEpochMilli(millis));
    }
}
