package org.tinaccess.notlisted;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.FormMessage;
import org.tinaccess.join.Coverage;
import org.tinaccess.limits.PublicFormLimits;
import org.tinaccess.provider.PersonProfile;
import org.tinaccess.rest.FormToken;
import org.tinaccess.settings.HelpContacts;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.store.RequestKind;

/**
 * {@code /tin-access/join/not-listed}: the plan's "My provider is not listed" form, a public page in
 * the realm's login theme reached from the join page. Cross-site posts are refused by the same
 * double-submit token as the join page, with a cookie of its own.
 */
public class NotListedPage {

    static final String TEMPLATE = "not-listed.ftl";
    static final String SENT_TEMPLATE = "not-listed-sent.ftl";
    static final String CSRF_COOKIE = "TA_NOT_LISTED_CSRF";
    private static final FormToken CSRF = new FormToken(CSRF_COOKIE);

    private final KeycloakSession session;
    private final RealmModel realm;

    public NotListedPage(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form() {
        return page(Map.of(), List.of(), Response.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(MultivaluedMap<String, String> form, @CookieParam(CSRF_COOKIE) String csrfCookie) {
        Map<String, String> values = new HashMap<>();
        for (String field : NotListedForm.FIELDS) {
            values.put(field, form == null || form.getFirst(field) == null ? "" : form.getFirst(field));
        }
        if (form == null || !FormToken.matches(csrfCookie, form.getFirst("csrf"))) {
            return page(values, List.of(new FormMessage(null, "notListedFormExpired")), Response.Status.BAD_REQUEST);
        }
        NotListedForm.Validation validation = NotListedForm.validate(values, TinAccessSettings.from(realm::getAttribute).ssnAsTin(),
                TinAccessSettings.from(realm::getAttribute).phoneRegions());
        List<FormMessage> errors = new ArrayList<>(validation.errors().entrySet().stream()
                .map(error -> new FormMessage(error.getKey(), error.getValue())).toList());
        // The same names the realm's user profile would accept, as on the join page: they may become an account's.
        PersonProfile.nameProblems(session, values, validation.errors().keySet())
                .forEach(problem -> errors.add(new FormMessage(problem.attribute(), problem.messageKey())));
        if (!errors.isEmpty() || validation.form() == null) {
            return page(values, errors, Response.Status.BAD_REQUEST);
        }
        NotListedForm checked = validation.form();
        Optional<PublicFormLimits.Refusal> limited = PublicFormLimits.check(session, realm, RequestKind.NOT_LISTED, checked.email(),
                checked.tin() == null ? List.of() : List.of(checked.tin()));
        if (limited.isPresent()) {
            PublicFormLimits.record(session, realm, RequestKind.NOT_LISTED, checked.email(), limited.get());
            return PublicFormLimits.withRetryAfter(page(values, List.of(new FormMessage(null, limited.get().messageKey())),
                    Response.Status.TOO_MANY_REQUESTS), limited.get());
        }
        String reference = new NotListedRequests(session, realm).submit(checked);
        return session.getProvider(LoginFormsProvider.class)
                .setAttribute("reference", reference)
                .setAttribute("helpContacts", HelpContacts.of(realm))
                .setAttribute("joinUrl", joinUri().toString())
                .createForm(SENT_TEMPLATE);
    }

    private Response page(Map<String, String> values, List<FormMessage> errors, Response.Status status) {
        String csrf = FormToken.next();
        Response page = session.getProvider(LoginFormsProvider.class)
                .setAttribute("notListedUrl", pageUri().toString())
                .setAttribute("joinUrl", joinUri().toString())
                .setAttribute("values", values)
                .setAttribute("csrf", csrf)
                .setAttribute("messageMax", NotListedForm.MESSAGE_MAX)
                .setAttribute("programs", Coverage.PROGRAMS)
                .setAttribute("states", Coverage.STATES)
                .setErrors(errors)
                .setStatus(status)
                .createForm(TEMPLATE);
        return CSRF.withCookie(page, csrf, pageUri());
    }

    private URI joinUri() {
        return session.getContext().getUri().getBaseUriBuilder().path("realms").path(realm.getName()).path("tin-access").path("join").build();
    }

    private URI pageUri() {
        return session.getContext().getUri().getBaseUriBuilder().path("realms").path(realm.getName()).path("tin-access").path("join")
                .path("not-listed").build();
    }
}
