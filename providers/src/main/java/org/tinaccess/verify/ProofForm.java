package org.tinaccess.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.tinaccess.store.ProofMethod;
import org.tinaccess.tin.Npi;
import org.tinaccess.tin.Tin;

/**
 * The request-access step that asks, for one TIN, how the requester will prove it, and the
 * provider's Type 2 NPIs. Pure validation: field errors are message keys of the login theme.
 */
public final class ProofForm {

    /** The form's fields; {@code proof} is check, notice, mail or review. */
    public static final List<String> FIELDS = List.of("proof", "checkIdType", "vendorNumber", "checkNpi", "checkNumber", "noticeNpi",
            "noticeNumber", "npis");
    public static final int MAX_NPIS = 20;

    private static final Pattern PAYMENT_NUMBER = Pattern.compile("[A-Z0-9 -]{1,40}");
    private static final Pattern NOTICE_NUMBER = Pattern.compile("NP[A-Z0-9]{1,28}");
    private static final Pattern NPI_SEPARATORS = Pattern.compile("[\\s,;]+");

    /**
     * What the form says: the method, the payment to check (check and notice only), the NPIs (with
     * the payment's NPI among them), or the errors by field.
     */
    public record Result(ProofMethod method, PaymentProof payment, List<Npi> npis, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private ProofForm() {}

    public static Result read(Tin tin, Function<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Npi> npis = readNpis(value(form, "npis"), errors);
        String proof = value(form, "proof");
        ProofMethod method = null;
        PaymentProof payment = null;
        switch (proof) {
            case "check" -> {
                method = ProofMethod.PAYMENT;
                payment = check(tin, form, errors);
            }
            case "notice" -> {
                method = ProofMethod.PAYMENT;
                payment = notice(tin, form, errors);
            }
            case "mail" -> method = ProofMethod.MAIL;
            case "review" -> method = ProofMethod.REVIEW;
            default -> errors.put("proof", "proofRequired");
        }
        if (payment != null && payment.kind() != PaymentProof.Kind.VENDOR) {
            Npi paymentNpi = Npi.parse(payment.identifier()).orElseThrow();
            if (!npis.contains(paymentNpi)) {
                npis.add(0, paymentNpi);
            }
        }
        return new Result(method, errors.isEmpty() ? payment : null, npis, errors);
    }

    private static PaymentProof check(Tin tin, Function<String, String> form, Map<String, String> errors) {
        String number = paymentNumber(value(form, "checkNumber"), "checkNumber", "proofCheckNumberRequired", "proofCheckNumberInvalid", errors);
        if ("npi".equals(value(form, "checkIdType"))) {
            Optional<Npi> npi = npi(value(form, "checkNpi"), "checkNpi", errors);
            return npi.isPresent() && number != null ? new PaymentProof(tin, PaymentProof.Kind.NPI, npi.get().digits(), number) : null;
        }
        String vendor = paymentNumber(value(form, "vendorNumber"), "vendorNumber", "proofVendorRequired", "proofVendorInvalid", errors);
        return vendor != null && number != null ? new PaymentProof(tin, PaymentProof.Kind.VENDOR, vendor, number) : null;
    }

    private static PaymentProof notice(Tin tin, Function<String, String> form, Map<String, String> errors) {
        Optional<Npi> npi = npi(value(form, "noticeNpi"), "noticeNpi", errors);
        String typed = PaymentNumbers.normalize(value(form, "noticeNumber"));
        String number = null;
        if (typed.isEmpty()) {
            errors.put("noticeNumber", "proofNoticeNumberRequired");
        } else if (!NOTICE_NUMBER.matcher(typed).matches()) {
            errors.put("noticeNumber", "proofNoticeNumberInvalid");
        } else {
            number = typed;
        }
        return npi.isPresent() && number != null ? new PaymentProof(tin, PaymentProof.Kind.NOTICE, npi.get().digits(), number) : null;
    }

    /** A vendor, check or EFT number: letters, digits, spaces and dashes as printed; compared as {@link PaymentNumbers} says. */
    private static String paymentNumber(String typed, String field, String requiredKey, String invalidKey, Map<String, String> errors) {
        if (typed.isEmpty()) {
            errors.put(field, requiredKey);
            return null;
        }
        String normalized = PaymentNumbers.normalize(typed);
        if (!PAYMENT_NUMBER.matcher(typed.toUpperCase(Locale.ROOT)).matches() || normalized.isEmpty()) {
            errors.put(field, invalidKey);
            return null;
        }
        return normalized;
    }

    private static Optional<Npi> npi(String typed, String field, Map<String, String> errors) {
        if (typed.isEmpty()) {
            errors.put(field, "proofNpiRequired");
            return Optional.empty();
        }
        Optional<Npi> npi = Npi.parse(typed);
        if (npi.isEmpty()) {
            errors.put(field, "proofNpiInvalid");
        }
        return npi;
    }

    /** The Type 2 NPIs typed in one field (commas, spaces or lines between them); a problem goes into {@code errors}. */
    public static List<Npi> readNpis(String typed, Map<String, String> errors) {
        List<Npi> npis = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return npis;
        }
        for (String part : NPI_SEPARATORS.split(typed)) {
            if (part.isEmpty()) {
                continue;
            }
            Optional<Npi> npi = Npi.parse(part);
            if (npi.isEmpty()) {
                errors.put("npis", "proofNpisInvalid");
                return npis;
            }
            if (!npis.contains(npi.get())) {
                npis.add(npi.get());
            }
        }
        if (npis.size() > MAX_NPIS) {
            errors.put("npis", "proofNpisTooMany");
        }
        return npis;
    }

    private static String value(Function<String, String> form, String field) {
        String value = form.apply(field);
        return value == null ? "" : value.strip();
    }
}
