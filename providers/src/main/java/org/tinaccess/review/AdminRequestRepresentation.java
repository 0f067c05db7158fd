package org.tinaccess.review;

import java.util.List;
import java.util.Locale;
import org.tinaccess.store.AccessRequestEntity;
import org.tinaccess.store.RequestTinEntity;
import org.tinaccess.tin.Npi;

/**
 * An admin request as reviewers see it: contact details and every TIN in full, with its decision;
 * {@code billingService} when the requester registers a billing service, {@code agencyNpn}
 * (the agency's National Producer Number) when they register an insurance agency.
 */
public record AdminRequestRepresentation(String id, String reference, long receivedAt, String status, Contact contact, List<Line> tins,
        boolean billingService, String agencyNpn) {

    public record Contact(String firstName, String lastName, String email, String phone, String organization, String jobTitle) {}

    /**
     * One TIN. {@code verification} is how the requester proves it (payment, mail, review) and
     * {@code verificationState} how far that got (verified, unavailable, letter_sent, no_address,
     * letter_failed, pin_verified); {@code decidedBy} is empty when the plan's records decided;
     * {@code adminLeftReason} is the requester's word that the TIN's admin has left, if given.
     */
    public record Line(String tin, String status, String reason, String note, Long decidedAt, String decidedBy, String verification,
            String verificationState, List<String> npis, String adminLeftReason) {}

    static AdminRequestRepresentation of(AccessRequestEntity request, List<RequestTinEntity> lines) {
        return new AdminRequestRepresentation(request.getId(), request.getReference(), request.getCreatedAt(),
                lower(request.getStatus()),
                new Contact(request.getFirstName(), request.getLastName(), request.getEmail(), request.getPhone(),
                        request.getOrganization(), request.getJobTitle()),
                lines.stream()
                        .map(line -> new Line(line.getTin(), lower(line.getStatus()), line.getReasonCode(), line.getNote(),
                                line.getDecidedAt(), line.getDecidedBy(), lower(line.getVerification()),
                                line.getVerificationState() == null ? null : lower(line.getVerificationState()),
                                Npi.listOf(line.getNpis()).stream().map(Npi::digits).toList(), line.getAdminLeftReason()))
                        .toList(),
                request.isBillingService(), request.getAgencyNpn());
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
