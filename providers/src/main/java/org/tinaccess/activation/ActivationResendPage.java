package org.tinaccess.activation;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.utils.EmailValidationUtil;
import org.tinaccess.rest.FormToken;
import org.tinaccess.settings.HelpContacts;

/**
 * {@code /tin-access/activation/resend}: "Didn't get your activation e-mail?", a public page in the
 * realm's login theme. Whatever address is typed, the answer is the same page (check the inbox and the
 * spam folder, the earlier link no longer works, whom to call); see {@link ActivationResend}.
 * Cross-site posts are refused by a double-submit token, as on the join page.
 */
public class ActivationResendPage {

    static final String TEMPLATE = "activation-resend.ftl";
    static final String SENT_TEMPLATE = "activation-resend-sent.ftl";
    static final String CSRF_COOKIE = "TA_RESEND_CSRF";
    private static final FormToken CSRF = new FormToken(CSRF_COOKIE);
    private static final int EMAIL_MAX = 254;

    private final KeycloakSession session;
    private final RealmModel realm;

    public ActivationResendPage(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form() {
        return page("", List.of(), Response.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(MultivaluedMap<String, String> form, @CookieParam(CSRF_COOKIE) String csrfCookie) {
        String email = form == null || form.getFirst("email") == null ? "" : form.getFirst("email").strip();
        if (form == null || !FormToken.matches(csrfCookie, form.getFirst("csrf"))) {
            return page(email, List.of(new FormMessage(null, "resendFormExpired")), Response.Status.BAD_REQUEST);
        }
        if (email.isEmpty() || email.length() > EMAIL_MAX || !EmailValidationUtil.isValidEmail(email)) {
            return page(email, List.of(new FormMessage("email", "requestEmailInvalid")), Response.Status.BAD_REQUEST);
        }
        ActivationResend.request(session, realm, email);
        return session.getProvider(LoginFormsProvider.class)
                .setAttribute("email", email)
                .setAttribute("helpContacts", HelpContacts.of(realm))
                .setAttribute("resendUrl", pageUri().toString())
                .createForm(SENT_TEMPLATE);
    }

    private Response page(String email, List<FormMessage> errors, Response.Status status) {
        String csrf = FormToken.next();
        LoginFormsProvider forms = session.getProvider(LoginFormsProvider.class)
                .setAttribute("resendUrl", pageUri().toString())
                .setAttribute("email", email)
                .setAttribute("csrf", csrf)
                .setStatus(status);
        if (!errors.isEmpty()) {
            forms.setErrors(errors);
        }
        return CSRF.withCookie(forms.createForm(TEMPLATE), csrf, pageUri());
    }

    /** The page's own address: linked from the sign-in page, the request pages and the mails that carry a link. */
    static URI pageUri(KeycloakSession session, RealmModel realm) {
        return session.getContext().getUri().getBaseUriBuilder().path("realms").path(realm.getName()).path("tin-access").path("activation")
                .path("resend").build();
    }

    private URI pageUri() {
        return pageUri(session, realm);
    }
}
