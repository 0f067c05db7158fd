package org.tinaccess.request;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.utils.FormMessage;
import org.tinaccess.flow.LoginTimeout;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.settings.VerificationSettings;
import org.tinaccess.store.ProofMethod;
import org.tinaccess.store.ProofState;
import org.tinaccess.tin.Npi;
import org.tinaccess.tin.Tin;
import org.tinaccess.verify.PaymentCheck;
import org.tinaccess.verify.ProofForm;

/**
 * The request-access step between the TINs and the review, once per TIN: how will the requester
 * show this TIN is theirs (a payment from the plan, US Mail, or a reviewer), and the
 * provider's Type 2 NPIs. A payment is matched here, so a wrong number is said at once.
 */
final class TinProofStep {

    static final String PAGE = "request-proof.ftl";
    static final String TIN_FIELD = "proofTin";

    private final AuthenticationFlowContext context;
    private final RequestDraft draft;

    TinProofStep(AuthenticationFlowContext context, RequestDraft draft) {
        this.context = context;
        this.draft = draft;
    }

    /** The page for the draft's {@code index}-th TIN, filled in from what the draft holds. */
    Response page(int index) {
        Tin tin = draft.tins().get(index);
        Map<String, String> values = new HashMap<>();
        draft.proof(tin).ifPresent(proof -> {
            values.put("proof", switch (proof.method()) {
                case PAYMENT -> "check";
                case MAIL -> "mail";
                case REVIEW -> "review";
            });
            values.put("npis", proof.npis().stream().map(Npi::digits).collect(Collectors.joining(", ")));
        });
        draft.adminLeftReason(tin).ifPresent(reason -> {
            values.put(AdminLeft.CHECKBOX, "on");
            values.put(AdminLeft.REASON, reason);
        });
        return page(index, values, List.of(), Response.Status.OK);
    }

    /** "Continue" or "Back" on the page of the TIN named in the form: the next page, or this one with what is wrong. */
    Response action(MultivaluedMap<String, String> form, boolean forward) {
        List<Tin> tins = draft.tins();
        Optional<Tin> tin = Tin.parse(form.getFirst(TIN_FIELD)).filter(tins::contains);
        if (tin.isEmpty()) {
            return tins.isEmpty() ? null : page(0);
        }
        int index = tins.indexOf(tin.get());
        if (!forward) {
            return index == 0 ? null : page(index - 1);
        }
        Map<String, String> values = typed(form);
        Map<String, String> adminLeftErrors = new LinkedHashMap<>();
        Optional<String> adminLeft = AdminLeft.read(values.get(AdminLeft.CHECKBOX), values.get(AdminLeft.REASON), adminLeftErrors);
        if (!adminLeftErrors.isEmpty()) {
            return page(index, values, errors(adminLeftErrors), Response.Status.BAD_REQUEST);
        }
        draft.saveAdminLeftReason(tin.get(), adminLeft);
        Optional<Response> refused = prove(index, tin.get(), values);
        if (refused.isPresent()) {
            return refused.get();
        }
        return index + 1 < tins.size() ? page(index + 1) : null;
    }

    /** "Keep going" before the timeout: the same page with what was typed, nothing checked or saved. */
    Response keepGoing(MultivaluedMap<String, String> form) {
        List<Tin> tins = draft.tins();
        Optional<Tin> tin = Tin.parse(form.getFirst(TIN_FIELD)).filter(tins::contains);
        if (tin.isEmpty()) {
            return null;
        }
        return page(tins.indexOf(tin.get()), typed(form), List.of(), Response.Status.OK);
    }

    /** Index of the first TIN with no proof chosen yet, if any. */
    Optional<Integer> firstUnproved() {
        List<Tin> tins = draft.tins();
        for (int i = 0; i < tins.size(); i++) {
            if (draft.proof(tins.get(i)).isEmpty()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private Optional<Response> prove(int index, Tin tin, Map<String, String> values) {
        boolean keepsVerifiedPayment = draft.proof(tin).map(TinProof::paymentVerified).orElse(false)
                && List.of("check", "notice").contains(values.get("proof")) && paymentFieldsBlank(values);
        if (keepsVerifiedPayment) {
            // The payment was matched before (its numbers are not kept): only the NPIs can change.
            Map<String, String> errors = new LinkedHashMap<>();
            List<Npi> npis = ProofForm.readNpis(values.get("npis"), errors);
            if (!errors.isEmpty()) {
                return Optional.of(page(index, values, errors(errors), Response.Status.BAD_REQUEST));
            }
            draft.saveProof(tin, new TinProof(ProofMethod.PAYMENT, ProofState.VERIFIED, npis));
            return Optional.empty();
        }
        ProofForm.Result result = ProofForm.read(tin, values::get);
        if (!result.valid()) {
            return Optional.of(page(index, values, errors(result.errors()), Response.Status.BAD_REQUEST));
        }
        if (!VerificationSettings.of(context.getRealm()).methods().contains(result.method())) {
            return Optional.of(page(index, values, List.of(new FormMessage("proof", "proofRequired")), Response.Status.BAD_REQUEST));
        }
        if (result.method() != ProofMethod.PAYMENT) {
            draft.saveProof(tin, new TinProof(result.method(), null, result.npis()));
            return Optional.empty();
        }
        String email = draft.contact().map(ContactDetails::email).orElse("");
        return switch (new PaymentCheck(context.getSession(), context.getRealm(), context.getEvent()).check(result.payment(), email)) {
            case MATCH -> {
                draft.saveProof(tin, new TinProof(ProofMethod.PAYMENT, ProofState.VERIFIED, result.npis()));
                yield Optional.empty();
            }
            case UNAVAILABLE -> {
                // The plan's system did not answer: the TIN goes to a reviewer, as the page then says.
                draft.saveProof(tin, new TinProof(ProofMethod.REVIEW, ProofState.UNAVAILABLE, result.npis()));
                yield Optional.empty();
            }
            case NO_MATCH -> Optional.of(page(index, values, List.of(new FormMessage("proof", "proofPaymentNoMatch")), Response.Status.OK));
            case TOO_MANY_TRIES -> Optional.of(page(index, values, List.of(new FormMessage("proof", "proofTooManyTries")),
                    Response.Status.TOO_MANY_REQUESTS));
        };
    }

    private static Map<String, String> typed(MultivaluedMap<String, String> form) {
        Map<String, String> values = new HashMap<>();
        ProofForm.FIELDS.forEach(field -> values.put(field, Optional.ofNullable(form.getFirst(field)).orElse("")));
        List.of(AdminLeft.CHECKBOX, AdminLeft.REASON).forEach(field -> values.put(field, Optional.ofNullable(form.getFirst(field)).orElse("")));
        return values;
    }

    private static boolean paymentFieldsBlank(Map<String, String> values) {
        return List.of("vendorNumber", "checkNpi", "checkNumber", "noticeNpi", "noticeNumber").stream()
                .allMatch(field -> values.getOrDefault(field, "").isBlank());
    }

    private static List<FormMessage> errors(Map<String, String> errors) {
        return errors.entrySet().stream().map(error -> new FormMessage(error.getKey(), error.getValue())).toList();
    }

    private Response page(int index, Map<String, String> values, List<FormMessage> errors, Response.Status status) {
        Tin tin = draft.tins().get(index);
        VerificationSettings settings = VerificationSettings.of(context.getRealm());
        return LoginTimeout.form(context)
                .setAttribute("proofTin", TinClaimAuthenticator.TinLine.of(tin))
                .setAttribute("proofIndex", index + 1)
                .setAttribute("proofCount", draft.tins().size())
                .setAttribute("values", values)
                .setAttribute("paymentVerified", draft.proof(tin).map(TinProof::paymentVerified).orElse(false))
                .setAttribute("offersPayment", settings.methods().contains(ProofMethod.PAYMENT))
                .setAttribute("offersMail", settings.methods().contains(ProofMethod.MAIL))
                .setAttribute("reviewTime", TinAccessSettings.from(context.getRealm()::getAttribute).reviewTime())
                .setAttribute("maxNpis", ProofForm.MAX_NPIS)
                .setAttribute("maxAdminLeftReason", AdminLeft.MAX_REASON)
                .setErrors(errors)
                .setStatus(status)
                .createForm(PAGE);
    }
}
