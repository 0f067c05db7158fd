package org.tinaccess.activation;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.executors.ExecutorsProvider;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.tinaccess.limits.ClusterRateLimit;
import org.tinaccess.mail.MailDates;
import org.tinaccess.mail.PortalMail;
import org.tinaccess.mfa.SecondFactors;
import org.tinaccess.settings.TinAccessSettings;

/**
 * "Didn't get it?": a new activation link for an address whose account waits to be activated (an
 * approved admin or an invited user who has not set up their sign-in). The previous link stops
 * working. Nothing tells the asker whether the address is known: the page is the same, and the mail
 * leaves on another thread after the answer, so the answer does not wait for a mail server either way.
 * At most {@link #PER_ADDRESS} asks an hour per address and {@link #PER_ACCOUNT} new links a day per
 * account, counted across the cluster; past them nothing is sent, and the page still says the same.
 */
final class ActivationResend {

    static final int PER_ADDRESS = 3;
    static final int PER_ACCOUNT = 5;
    private static final Logger LOG = Logger.getLogger(ActivationResend.class);

    private ActivationResend() {}

    static void request(KeycloakSession session, RealmModel realm, String email) {
        ClusterRateLimit limits = new ClusterRateLimit(session, realm);
        if (!limits.tryAcquire("activation-resend-address", email.toLowerCase(Locale.ROOT), PER_ADDRESS, Duration.ofHours(1))) {
            return;
        }
        UserModel user = session.users().getUserByEmail(realm, email);
        if (user == null || !waitsForActivation(user)) {
            return;
        }
        if (!limits.tryAcquire("activation-resend-account", user.getId(), PER_ACCOUNT, Duration.ofDays(1))) {
            LOG.infof("Activation link for user %s not resent: %d today already", user.getId(), PER_ACCOUNT);
            return;
        }
        String link = ActivationLink.issue(session, realm, user);
        long expiresAt = Time.currentTimeMillis() + TinAccessSettings.from(realm::getAttribute).activationLifespan().toMillis();
        mailAfterCommit(session, realm.getId(), user.getEmail(), Map.of(
                "firstName", user.getFirstName() == null ? "" : user.getFirstName(),
                "link", link,
                "expiryDate", MailDates.day(expiresAt)));
    }

    /** An enabled account with a link out and no second factor yet: one who has not finished activating. */
    static boolean waitsForActivation(UserModel user) {
        return user.isEnabled() && user.getFirstAttribute(ActivationLink.NONCE_ATTRIBUTE) != null && !SecondFactors.has(user);
    }

    /** Once the new link is stored (the old one void), the mail goes out on Keycloak's executor, in a session of its own. */
    private static void mailAfterCommit(KeycloakSession session, String realmId, String address, Map<String, Object> attributes) {
        KeycloakSessionFactory factory = session.getKeycloakSessionFactory();
        var executor = session.getProvider(ExecutorsProvider.class).getExecutor("tin-access-mail");
        session.getTransactionManager().enlistAfterCompletion(new AbstractKeycloakTransaction() {
            @Override
            protected void commitImpl() {
                executor.execute(() -> KeycloakModelUtils.runJobInTransaction(factory, mailing -> {
                    RealmModel realm = mailing.realms().getRealm(realmId);
                    mailing.getContext().setRealm(realm);
                    new PortalMail(mailing, realm).send(address, "activationResentSubject", List.of(), "activation-resent.ftl", attributes);
                }));
            }

            @Override
            protected void rollbackImpl() {
                // no new link was stored, so none is sent
            }
        });
    }
}
