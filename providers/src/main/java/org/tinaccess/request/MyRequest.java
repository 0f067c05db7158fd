package org.tinaccess.request;

import java.util.List;
import java.util.Locale;
import org.tinaccess.store.AccessRequestEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.JoinRequestStore;
import org.tinaccess.store.RequestKind;
import org.tinaccess.store.RequestTinEntity;
import org.tinaccess.tin.Tin;

/**
 * One of a person's own requests as they see it in the account console: an admin request (the TINs
 * they typed, in full) or a join request (the provider's TIN masked, as the join page showed it),
 * each TIN's status (pending, approved, denied, expired, withdrawn), reason and note.
 */
public record MyRequest(String id, String kind, String reference, long receivedAt, String status, String provider, Long deadline,
        List<Line> tins) {

    public record Line(String tin, String status, String reason, String note, Long decidedAt, String verification, String verificationState) {}

    static MyRequest of(AccessRequestEntity request, List<RequestTinEntity> lines, String providerName) {
        boolean admin = RequestKind.ADMIN.name().equals(request.getKind());
        return new MyRequest(request.getId(), lower(request.getKind()), request.getReference(), request.getCreatedAt(),
                lower(request.getStatus()), providerName, request.getDeadlineAt(),
                lines.stream().map(line -> line(line, admin)).toList());
    }

    private static Line line(RequestTinEntity line, boolean admin) {
        Tin tin = Tin.parse(line.getTin()).orElseThrow();
        return new Line(admin ? tin.formatted() : tin.masked(), status(line), line.getReasonCode(), line.getNote(), line.getDecidedAt(),
                lower(line.getVerification()), line.getVerificationState() == null ? null : lower(line.getVerificationState()));
    }

    private static String status(RequestTinEntity line) {
        if (JoinRequestStore.EXPIRED.equals(line.getReasonCode())) {
            return "expired";
        }
        if (AdminRequestStore.WITHDRAWN.equals(line.getReasonCode())) {
            return "withdrawn";
        }
        return lower(line.getStatus());
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
