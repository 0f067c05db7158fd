package org.tinaccess.request;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.forms.login.LoginFormsProvider;
import org.keycloak.models.utils.FormMessage;
import org.tinaccess.flow.LoginTimeout;
import org.tinaccess.flow.StatelessAuthenticator;
import org.tinaccess.limits.PublicFormLimits;
import org.tinaccess.settings.DisclosureMode;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.RequestKind;
import org.tinaccess.tin.Npi;
import org.tinaccess.tin.Tin;
import org.tinaccess.tin.TinProblem;
import org.tinaccess.verify.ProofOutcomes;

/**
 * Steps 2 to 4 of the request-access flow: the TINs, added one at a time; for each, how it is
 * proved ({@link TinProofStep}); then review and submit. Validates every TIN and applies the
 * single-admin rule as far as the configured disclosure mode allows. The flow never completes: it
 * ends on the "Request confirmed" page, since no account exists until the TIN is approved.
 */
public class TinClaimAuthenticator implements StatelessAuthenticator {

    static final String TINS_PAGE = "request-tins.ftl";
    static final String REVIEW_PAGE = "request-review.ftl";
    static final String CONFIRMED_PAGE = "request-confirmed.ftl";
    private static final String TIN_FIELD = "tin";
    private static final String PROOF_KEEP_GOING = "proof-" + LoginTimeout.KEEP_GOING;
    private static final String REVIEW_KEEP_GOING = "review-" + LoginTimeout.KEEP_GOING;

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        RequestDraft draft = new RequestDraft(context.getAuthenticationSession());
        Optional<String> submitted = draft.submittedReference();
        context.challenge(submitted.isPresent() ? confirmed(context, submitted.get()) : tinsPage(context, draft, null, ""));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        RequestDraft draft = new RequestDraft(context.getAuthenticationSession());
        if (draft.submittedReference().isPresent()) {
            // A repeated or replayed submit shows the same confirmation and creates nothing.
            context.challenge(confirmed(context, draft.submittedReference().get()));
            return;
        }
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String action = Optional.ofNullable(form.getFirst("action")).orElse("");
        if (action.startsWith("remove:")) {
            List<Tin> tins = draft.tins();
            Tin.parse(action.substring("remove:".length())).ifPresent(removed -> {
                tins.remove(removed);
                draft.removeProof(removed);
            });
            draft.saveTins(tins);
            context.challenge(tinsPage(context, draft, null, ""));
            return;
        }
        switch (action) {
            case "add" -> add(context, draft, Optional.ofNullable(form.getFirst(TIN_FIELD)).orElse(""));
            case "back" -> backToContact(context, draft);
            case "next" -> context.challenge(draft.tins().isEmpty()
                    ? tinsPage(context, draft, new FormMessage(TIN_FIELD, "requestTinsRequired"), "")
                    : new TinProofStep(context, draft).page(0));
            case "proof-next" -> {
                Response next = new TinProofStep(context, draft).action(form, true);
                context.challenge(next != null ? next : afterProofs(context, draft));
            }
            case "proof-back" -> {
                Response previous = new TinProofStep(context, draft).action(form, false);
                context.challenge(previous != null ? previous : tinsPage(context, draft, null, ""));
            }
            case "submit" -> submit(context, draft);
            case LoginTimeout.KEEP_GOING -> context.challenge(tinsPage(context, draft, null, Optional.ofNullable(form.getFirst(TIN_FIELD)).orElse("")));
            case PROOF_KEEP_GOING -> {
                Response same = new TinProofStep(context, draft).keepGoing(form);
                context.challenge(same != null ? same : tinsPage(context, draft, null, ""));
            }
            case REVIEW_KEEP_GOING -> context.challenge(reviewPage(context, draft));
            default -> context.challenge(tinsPage(context, draft, null, ""));
        }
    }

    private void add(AuthenticationFlowContext context, RequestDraft draft, String typed) {
        Optional<FormMessage> refusal = refusal(context, draft, typed);
        if (refusal.isPresent()) {
            context.challenge(tinsPage(context, draft, refusal.get(), typed));
            return;
        }
        List<Tin> tins = draft.tins();
        tins.add(Tin.parse(typed).orElseThrow());
        draft.saveTins(tins);
        context.challenge(tinsPage(context, draft, null, ""));
    }

    /** Why {@code typed} cannot be added to this draft, if it cannot. */
    private Optional<FormMessage> refusal(AuthenticationFlowContext context, RequestDraft draft, String typed) {
        Optional<TinProblem> problem = Tin.check(typed, TinAccessSettings.from(context.getRealm()::getAttribute).ssnAsTin());
        if (problem.isPresent()) {
            return Optional.of(new FormMessage(TIN_FIELD, problem.get().messageKey()));
        }
        Tin tin = Tin.parse(typed).orElseThrow();
        List<Tin> tins = draft.tins();
        if (tins.contains(tin)) {
            return Optional.of(new FormMessage(TIN_FIELD, "requestTinAlreadyAdded"));
        }
        if (tins.size() >= RequestDraft.MAX_TINS) {
            return Optional.of(new FormMessage(TIN_FIELD, "requestTooManyTins", RequestDraft.MAX_TINS));
        }
        return ruleRefusal(context, draft, tin);
    }

    /** The refusals that depend on stored requests and claims, checked again at submit. */
    private Optional<FormMessage> ruleRefusal(AuthenticationFlowContext context, RequestDraft draft, Tin tin) {
        AdminRequestStore store = new AdminRequestStore(context.getSession(), context.getRealm().getId());
        String email = draft.contact().map(ContactDetails::email).orElse("");
        if (store.hasPendingLine(email, tin.digits())) {
            return Optional.of(new FormMessage(TIN_FIELD, "requestTinAlreadyPending", tin.formatted()));
        }
        DisclosureMode disclosure = TinClaimConfig.of(context.getAuthenticatorConfig()).disclosure();
        if (disclosure == DisclosureMode.IMMEDIATE && store.hasAdmin(tin.digits())) {
            return Optional.of(new FormMessage(TIN_FIELD, "requestTinHasAdmin", tin.formatted()));
        }
        return Optional.empty();
    }

    private void backToContact(AuthenticationFlowContext context, RequestDraft draft) {
        // Keycloak's flow reset clears the session's notes; the draft is put back right after.
        Map<String, String> snapshot = draft.snapshot();
        context.resetFlow(() -> new RequestDraft(context.getAuthenticationSession()).restore(snapshot, true));
    }

    private void submit(AuthenticationFlowContext context, RequestDraft draft) {
        Optional<ContactDetails> contact = draft.contact();
        List<Tin> tins = draft.tins();
        if (contact.isEmpty() || tins.isEmpty()) {
            context.challenge(tinsPage(context, draft, new FormMessage(TIN_FIELD, "requestTinsRequired"), ""));
            return;
        }
        for (Tin tin : tins) {
            Optional<FormMessage> refusal = ruleRefusal(context, draft, tin);
            if (refusal.isPresent()) {
                context.challenge(tinsPage(context, draft, refusal.get(), ""));
                return;
            }
        }
        Optional<Integer> unproved = new TinProofStep(context, draft).firstUnproved();
        if (unproved.isPresent()) {
            context.challenge(new TinProofStep(context, draft).page(unproved.get()));
            return;
        }
        Optional<PublicFormLimits.Refusal> limited = PublicFormLimits.check(context.getSession(), context.getRealm(), RequestKind.ADMIN,
                contact.get().email(), tins.stream().map(Tin::digits).toList());
        if (limited.isPresent()) {
            PublicFormLimits.record(context.getSession(), context.getRealm(), RequestKind.ADMIN, contact.get().email(), limited.get());
            // The review again, everything kept, saying when sending can work: the refusal is about timing, not about what was typed.
            Response page = reviewForm(context, draft)
                    .setErrors(List.of(retryMessage(limited.get())))
                    .setStatus(Response.Status.TOO_MANY_REQUESTS)
                    .createForm(REVIEW_PAGE);
            context.challenge(PublicFormLimits.withRetryAfter(page, limited.get()));
            return;
        }
        List<AdminRequestSubmission.ProvedTin> proved = tins.stream()
                .map(tin -> new AdminRequestSubmission.ProvedTin(tin, draft.proof(tin).orElseThrow(), draft.adminLeftReason(tin).orElse(null)))
                .toList();
        AdminRequestSubmission.Submitted submitted = new AdminRequestSubmission(context.getSession(), context.getRealm())
                .submit(contact.get(), proved);
        draft.markSubmitted(submitted.reference());
        context.challenge(confirmed(context, submitted.reference()));
    }

    private static Response tinsPage(AuthenticationFlowContext context, RequestDraft draft, FormMessage error, String typed) {
        return LoginTimeout.form(context)
                .setAttribute("tins", draft.tins().stream().map(TinLine::of).toList())
                .setAttribute("typedTin", typed)
                .setAttribute("maxTins", RequestDraft.MAX_TINS)
                .setErrors(error == null ? List.of() : List.of(error))
                .createForm(TINS_PAGE);
    }

    /** Once every TIN has its proof: the review; otherwise the page of the first TIN still without one. */
    private static Response afterProofs(AuthenticationFlowContext context, RequestDraft draft) {
        TinProofStep proofs = new TinProofStep(context, draft);
        return proofs.firstUnproved().map(proofs::page).orElseGet(() -> reviewPage(context, draft));
    }

    private static Response reviewPage(AuthenticationFlowContext context, RequestDraft draft) {
        return reviewForm(context, draft).createForm(REVIEW_PAGE);
    }

    private static LoginFormsProvider reviewForm(AuthenticationFlowContext context, RequestDraft draft) {
        return LoginTimeout.form(context)
                .setAttribute("contact", draft.contactValues())
                .setAttribute("tins", draft.tins().stream().map(tin -> ReviewLine.of(tin, draft.proof(tin).orElse(null))).toList())
                .setAttribute("reviewTime", TinAccessSettings.from(context.getRealm()::getAttribute).reviewTime());
    }

    /** A limit's words, with when to send again in whole minutes (or hours) when the limit ends by itself. */
    static FormMessage retryMessage(PublicFormLimits.Refusal refusal) {
        long seconds = refusal.retryAfterSeconds();
        if (seconds <= 0) {
            return new FormMessage(null, refusal.messageKey());
        }
        long minutes = (seconds + 59) / 60;
        return minutes <= 90
                ? new FormMessage(null, refusal.messageKey() + "RetryMinutes", minutes)
                : new FormMessage(null, refusal.messageKey() + "RetryHours", (minutes + 59) / 60);
    }

    /** The confirmation, with where each TIN stands; a repeated submit shows it again from the stored request. */
    private static Response confirmed(AuthenticationFlowContext context, String reference) {
        AdminRequestStore store = new AdminRequestStore(context.getSession(), context.getRealm().getId());
        List<ProofOutcomes.Line> outcomes = store.requestByReference(reference)
                .map(request -> store.lines(request.getId()).stream().map(ProofOutcomes.Line::of).toList())
                .orElse(List.of());
        return context.form()
                .setAttribute("reference", reference)
                .setAttribute("outcomes", outcomes)
                .setAttribute("reviewTime", TinAccessSettings.from(context.getRealm()::getAttribute).reviewTime())
                .createForm(CONFIRMED_PAGE);
    }

    /** A TIN on the review page with how it will be proved. */
    public record ReviewLine(String digits, String formatted, String method, String state, List<String> npis) {
        static ReviewLine of(Tin tin, TinProof proof) {
            return new ReviewLine(tin.digits(), tin.formatted(), proof == null ? "" : proof.method().value(),
                    proof == null || proof.state() == null ? "" : proof.state().value(),
                    proof == null ? List.of() : proof.npis().stream().map(Npi::digits).toList());
        }
    }

    /** A TIN as the requester's pages show it: the requester typed it, so it is shown whole. */
    public record TinLine(String digits, String formatted) {
        static TinLine of(Tin tin) {
            return new TinLine(tin.digits(), tin.formatted());
        }
    }

    @Override
    public boolean requiresUser() {
        return false;
    }
}
