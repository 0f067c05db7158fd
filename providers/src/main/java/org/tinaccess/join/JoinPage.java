package org.tinaccess.join;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.keycloak.models.ClientModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.FormMessage;
import org.tinaccess.activation.ActivationLink;
import org.tinaccess.limits.PublicFormLimits;
import org.tinaccess.provider.PersonProfile;
import org.tinaccess.rest.FormToken;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.store.RequestKind;
import org.tinaccess.tin.Npi;
import org.tinaccess.tin.Tin;

/**
 * {@code /tin-access/join}: the plan's "Request access to an existing provider", a public page in
 * the realm's login theme. Cross-site posts are refused by a double-submit token: a random value
 * in a SameSite=Strict cookie that the form must echo (no server-side state, any node can check it).
 */
public class JoinPage {

    static final String TEMPLATE = "join-request.ftl";
    static final String SENT_TEMPLATE = "join-request-sent.ftl";
    static final String CSRF_COOKIE = "TA_JOIN_CSRF";
    private static final FormToken CSRF = new FormToken(CSRF_COOKIE);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final ProviderDirectory directory;

    public JoinPage(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
        this.directory = new ProviderDirectory(session, realm);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response search(@QueryParam("npi") String npi, @QueryParam("name") String name) {
        Map<String, String> values = new HashMap<>();
        values.put("npi", npi == null ? "" : npi.strip());
        values.put("name", name == null ? "" : name.strip());
        List<FormMessage> errors = new ArrayList<>();
        List<ProviderDirectory.Provider> results = found(values, errors);
        return page(results, values, errors, Response.Status.OK);
    }

    /** The providers the search in {@code values} finds (null when there is no search), its problems added to {@code errors}. */
    private List<ProviderDirectory.Provider> found(Map<String, String> values, List<FormMessage> errors) {
        if (!values.get("npi").isEmpty()) {
            Optional<Npi> parsed = Npi.parse(values.get("npi"));
            if (parsed.isEmpty()) {
                errors.add(new FormMessage("npi", "joinNpiInvalid"));
                return null;
            }
            return directory.byNpi(parsed.get());
        }
        if (!values.get("name").isEmpty()) {
            if (values.get("name").length() < ProviderDirectory.MIN_NAME_LENGTH) {
                errors.add(new FormMessage("name", "joinNameTooShort"));
                return null;
            }
            return directory.byName(values.get("name"));
        }
        return null;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(MultivaluedMap<String, String> form, @CookieParam(CSRF_COOKIE) String csrfCookie) {
        if (!FormToken.matches(csrfCookie, form.getFirst("csrf"))) {
            return page(null, Map.of(), List.of(new FormMessage(null, "joinFormExpired")), Response.Status.BAD_REQUEST);
        }
        Map<String, String> values = new HashMap<>();
        for (String field : JoinRequestForm.FIELDS) {
            values.put(field, form.getFirst(field) == null ? "" : form.getFirst(field));
        }
        // The search travels with the form: without a provider chosen, its results are shown again (WCAG 3.3.1).
        for (String search : new String[] {"npi", "name"}) {
            values.put(search, form.getFirst(search) == null ? "" : form.getFirst(search).strip());
        }
        Optional<OrganizationModel> provider = directory.registered(values.get("provider"));
        List<ProviderDirectory.Provider> chosen = provider.map(p -> List.of(ProviderDirectory.Provider.of(p)))
                .orElseGet(() -> found(values, new ArrayList<>()));
        JoinRequestForm.Validation validation = JoinRequestForm.validate(values, TinAccessSettings.from(realm::getAttribute).phoneRegions());
        List<FormMessage> errors = new ArrayList<>(validation.errors().entrySet().stream()
                .map(error -> new FormMessage(error.getKey(), error.getValue())).toList());
        // The names become an account's names if the admin approves: the realm's user profile has the last word.
        PersonProfile.nameProblems(session, values, validation.errors().keySet())
                .forEach(problem -> errors.add(new FormMessage(problem.attribute(), problem.messageKey())));
        if (provider.isEmpty() && !validation.errors().containsKey("provider")) {
            errors.add(new FormMessage("provider", "joinProviderRequired"));
        }
        if (!errors.isEmpty() || validation.form() == null) {
            return page(chosen, values, errors, Response.Status.BAD_REQUEST);
        }
        Tin tin = Tin.parse(provider.get().getAlias()).orElseThrow();
        Optional<PublicFormLimits.Refusal> limited = PublicFormLimits.check(session, realm, RequestKind.JOIN, validation.form().email(),
                List.of(tin.digits()));
        if (limited.isPresent()) {
            PublicFormLimits.record(session, realm, RequestKind.JOIN, validation.form().email(), limited.get());
            return PublicFormLimits.withRetryAfter(page(chosen, values, List.of(new FormMessage(null, limited.get().messageKey())),
                    Response.Status.TOO_MANY_REQUESTS), limited.get());
        }
        String reference = new JoinRequests(session, realm).submit(validation.form(), provider.get());
        return session.getProvider(LoginFormsProvider.class)
                .setAttribute("reference", reference)
                .setAttribute("provider", provider.get().getName())
                .setAttribute("deadlineDays", TinAccessSettings.from(realm::getAttribute).joinRequestDeadline().toDays())
                .setAttribute("backUrl", backUrl())
                .createForm(SENT_TEMPLATE);
    }

    /**
     * The plan's "Back": where the person came from, the portal's sign-in (its base URL), or the
     * realm's account console, which signs in too, when the portal has none.
     */
    private String backUrl() {
        ClientModel portal = ActivationLink.portal(realm);
        String base = portal == null ? null : portal.getBaseUrl();
        if (base != null && (base.startsWith("https://") || base.startsWith("http://"))) {
            return base;
        }
        return session.getContext().getUri().getBaseUriBuilder().path("realms").path(realm.getName()).path("account").build().toString();
    }

    private Response page(List<ProviderDirectory.Provider> results, Map<String, String> values, List<FormMessage> errors,
            Response.Status status) {
        String csrf = FormToken.next();
        Response page = session.getProvider(LoginFormsProvider.class)
                .setAttribute("joinUrl", joinUri().toString())
                .setAttribute("results", results)
                .setAttribute("values", values)
                .setAttribute("csrf", csrf)
                .setAttribute("reasonMax", JoinRequestForm.REASON_MAX)
                .setAttribute("backUrl", backUrl())
                .setAttribute("programs", Coverage.PROGRAMS)
                .setAttribute("states", Coverage.STATES)
                .setErrors(errors)
                .setStatus(status)
                .createForm(TEMPLATE);
        return CSRF.withCookie(page, csrf, joinUri());
    }

    private URI joinUri() {
        return session.getContext().getUri().getBaseUriBuilder().path("realms").path(realm.getName()).path("tin-access").path("join").build();
    }
}
