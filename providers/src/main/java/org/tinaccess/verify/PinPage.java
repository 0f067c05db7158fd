package org.tinaccess.verify;

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
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.keycloak.common.util.Time;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.utils.FormMessage;
import org.tinaccess.mail.MailDates;
import org.tinaccess.rest.FormToken;
import org.tinaccess.store.AccessRequestEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.LineStatus;
import org.tinaccess.store.ProofMethod;
import org.tinaccess.store.ProofState;
import org.tinaccess.store.RequestTinEntity;
import org.tinaccess.tin.Tin;

/**
 * {@code /tin-access/pin}: where the requester types the PIN mailed to the provider, reached
 * through the link in their acknowledgement e-mail ({@link PinLink}). The right PIN, within its 30
 * days and used once, approves the TIN under the single-admin rule; anything else answers the same
 * words, within the day's try limits ({@link VerificationTries}).
 */
public class PinPage {

    static final String TEMPLATE = "pin-entry.ftl";
    static final String DONE_TEMPLATE = "pin-confirmed.ftl";
    private static final FormToken CSRF = new FormToken("TA_PIN_CSRF");
    /** The plan's business days, as the letters' dates, in the server's zone. */
    private static final ZoneId ZONE = ZoneId.systemDefault();

    private final KeycloakSession session;
    private final RealmModel realm;

    public PinPage(KeycloakSession session) {
        this.session = session;
        this.realm = session.getContext().getRealm();
    }

    /**
     * A TIN of the request that waits for its PIN: whether another letter may be asked for now, or
     * from which date ({@code letterAgainFrom}, empty once the requester asked as often as allowed).
     */
    public record PinLine(String id, String ending, boolean letterAgain, String letterAgainFrom) {}

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@QueryParam("key") String key) {
        Optional<AccessRequestEntity> request = request(key);
        if (request.isEmpty()) {
            return page(key, List.of(), List.of(new FormMessage(null, "pinLinkInvalid")), Response.Status.BAD_REQUEST);
        }
        return page(key, waiting(request.get()), List.of(), Response.Status.OK);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response enter(MultivaluedMap<String, String> form, @CookieParam("TA_PIN_CSRF") String csrfCookie) {
        String key = form.getFirst("key");
        Optional<AccessRequestEntity> request = request(key);
        if (request.isEmpty()) {
            return page(key, List.of(), List.of(new FormMessage(null, "pinLinkInvalid")), Response.Status.BAD_REQUEST);
        }
        List<PinLine> waiting = waiting(request.get());
        if (!FormToken.matches(csrfCookie, form.getFirst("csrf"))) {
            return page(key, waiting, List.of(new FormMessage(null, "pinFormExpired")), Response.Status.BAD_REQUEST);
        }
        Optional<RequestTinEntity> line = store().lines(request.get().getId()).stream()
                .filter(candidate -> candidate.getId().equals(form.getFirst("line")) && isWaiting(candidate))
                .findFirst();
        if (line.isEmpty()) {
            return page(key, waiting, List.of(new FormMessage("pin", "pinLineGone")), Response.Status.BAD_REQUEST);
        }
        if ("letter".equals(form.getFirst("action"))) {
            return letterAgain(key, request.get(), line.get());
        }
        String typed = Optional.ofNullable(form.getFirst("pin")).orElse("");
        if (MailedPin.normalize(typed).isEmpty()) {
            return page(key, waiting, List.of(new FormMessage("pin", "pinRequired")), Response.Status.BAD_REQUEST);
        }
        PinEntry.Outcome outcome = new PinEntry(session, realm).enter(request.get(), line.get(), typed);
        switch (outcome) {
            case TOO_MANY_TRIES:
                return page(key, waiting, List.of(new FormMessage("pin", "pinTooManyTries")), Response.Status.TOO_MANY_REQUESTS);
            case WRONG:
                return page(key, waiting, List.of(new FormMessage("pin", "pinWrong")), Response.Status.OK);
            case TRY_AGAIN:
                return page(key, waiting, List.of(new FormMessage("pin", "pinTryAgain")), Response.Status.CONFLICT);
            default:
                break;
        }
        Tin tin = Tin.parse(line.get().getTin()).orElseThrow();
        return session.getProvider(LoginFormsProvider.class)
                .setAttribute("tinEnding", tin.digits().substring(5))
                .setAttribute("approved", outcome == PinEntry.Outcome.APPROVED)
                .createForm(DONE_TEMPLATE);
    }

    /**
     * "Send another letter": after five business days, twice at most. A new PIN goes by letter if a
     * letter went before (the plan has an address); either way the page says the same.
     */
    private Response letterAgain(String key, AccessRequestEntity request, RequestTinEntity line) {
        long now = Time.currentTimeMillis();
        Optional<Long> from = LetterAgain.availableFrom(line, ZONE);
        if (from.isEmpty()) {
            return page(key, waiting(request), List.of(new FormMessage(null, "pinLetterNoMore")), Response.Status.CONFLICT);
        }
        if (now < from.get()) {
            return page(key, waiting(request), List.of(new FormMessage(null, "pinLetterNotYet", date(from.get()))), Response.Status.CONFLICT);
        }
        line.letterAsked(now);
        Tin tin = Tin.parse(line.getTin()).orElseThrow();
        new PinLetters(session, realm).sendAgain(request, line, tin);
        return page(key, waiting(request), List.of(), Response.Status.OK, line.getTin().substring(5));
    }

    private static String date(long millis) {
        return MailDates.day(millis);
    }

    private Optional<AccessRequestEntity> request(String key) {
        return PinLink.requestId(session, realm, key).flatMap(id -> store().request(id));
    }

    private List<PinLine> waiting(AccessRequestEntity request) {
        return store().lines(request.getId()).stream()
                .filter(PinPage::isWaiting)
                .map(line -> new PinLine(line.getId(), line.getTin().substring(5), LetterAgain.mayAsk(line, Time.currentTimeMillis(), ZONE),
                        LetterAgain.availableFrom(line, ZONE).map(PinPage::date).orElse("")))
                .toList();
    }

    /** Every pending US Mail line waits for a PIN, whether or not a letter could go: the page never says which. */
    private static boolean isWaiting(RequestTinEntity line) {
        return LineStatus.PENDING.name().equals(line.getStatus()) && ProofMethod.MAIL.name().equals(line.getVerification())
                && !ProofState.PIN_VERIFIED.name().equals(line.getVerificationState());
    }

    private Response page(String key, List<PinLine> waiting, List<FormMessage> errors, Response.Status status) {
        return page(key, waiting, errors, status, "");
    }

    /** {@code letterSentFor}: the TIN ending another letter was just asked for, or empty. */
    private Response page(String key, List<PinLine> waiting, List<FormMessage> errors, Response.Status status, String letterSentFor) {
        String csrf = FormToken.next();
        Response page = session.getProvider(LoginFormsProvider.class)
                .setAttribute("letterSentFor", letterSentFor)
                .setAttribute("pinUrl", pinUri().toString())
                .setAttribute("key", key == null ? "" : key)
                .setAttribute("lines", waiting)
                .setAttribute("csrf", csrf)
                .setErrors(errors)
                .setStatus(status)
                .createForm(TEMPLATE);
        return CSRF.withCookie(page, csrf, pinUri());
    }

    private AdminRequestStore store() {
        return new AdminRequestStore(session, realm.getId());
    }

    private URI pinUri() {
        return session.getContext().getUri().getBaseUriBuilder().path("realms").path(realm.getName()).path("tin-access").path("pin").build();
    }
}
