package org.tinaccess.review;

import java.util.List;
import java.util.Locale;
import org.tinaccess.store.AccessRequestEntity;
import org.tinaccess.store.RequestTinEntity;

/** An admin request as reviewers see it: contact details and every TIN in full, with its decision. */
public record AdminRequestRepresentation(String id, String reference, long receivedAt, String status, Contact contact, List<Line> tins) {

    public record Contact(String firstName, String lastName, String email, String phone, String organization, String jobTitle) {}

    public record Line(String tin, String status, String reason, String note, Long decidedAt, String decidedBy) {}

    static AdminRequestRepresentation of(AccessRequestEntity request, List<RequestTinEntity> lines) {
        return new AdminRequestRepresentation(request.getId(), request.getReference(), request.getCreatedAt(),
                lower(request.getStatus()),
                new Contact(request.getFirstName(), request.getLastName(), request.getEmail(), request.getPhone(),
                        request.getOrganization(), request.getJobTitle()),
                lines.stream()
                        .map(line -> new Line(line.getTin(), lower(line.getStatus()), line.getReasonCode(), line.getNote(),
                                line.getDecidedAt(), line.getDecidedBy()))
                        .toList());
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
