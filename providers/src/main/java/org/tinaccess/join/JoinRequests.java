package org.tinaccess.join;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.keycloak.common.util.Time;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.KeycloakModelUtils;
import org.keycloak.organization.OrganizationProvider;
import org.tinaccess.mail.PortalMail;
import org.tinaccess.members.NewMember;
import org.tinaccess.members.TinMembership;
import org.tinaccess.provider.AgencyMark;
import org.tinaccess.request.RequestReference;
import org.tinaccess.rest.ApiException;
import org.tinaccess.settings.TinAccessSettings;
import org.tinaccess.store.AccessRequestEntity;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.JoinRequest;
import org.tinaccess.store.JoinRequestStore;
import org.tinaccess.store.LineStatus;
import org.tinaccess.store.RequestStatus;
import org.tinaccess.store.RequestTinEntity;
import org.tinaccess.tin.Tin;

/**
 * A person's request to become a user of a registered provider: submitted on the public
 * page, decided by the TIN's admin, or denied automatically once its deadline passes.
 */
public final class JoinRequests {

    /** Reason code of a line the admin denied. */
    static final String DENIED_BY_ADMIN = "ADMIN_DENIED";
    private static final Logger LOG = Logger.getLogger(JoinRequests.class);

    private final KeycloakSession session;
    private final RealmModel realm;
    private final JoinRequestStore store;

    public JoinRequests(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.store = new JoinRequestStore(session, realm.getId());
    }

    /**
     * Stores the request and tells the TIN's admin; returns the reference shown to the requester. When
     * the e-mail already waits for this provider's decision, nothing new is stored and the waiting
     * request's reference is the answer: the page then reads the same as for a new request, so it does
     * not tell anyone typing an address that its owner asked to join this provider.
     */
    String submit(JoinRequestForm form, OrganizationModel provider) {
        Tin tin = Tin.parse(provider.getAlias()).orElseThrow();
        Optional<String> waiting = store.pendingReference(tin.digits(), form.email());
        if (waiting.isPresent()) {
            return waiting.get();
        }
        long now = Time.currentTimeMillis();
        AccessRequestEntity request = new AccessRequestEntity();
        request.setId(KeycloakModelUtils.generateId());
        request.setStatus(RequestStatus.PENDING.name());
        request.setReference(RequestReference.next("JR"));
        request.setFirstName(form.firstName());
        request.setLastName(form.lastName());
        request.setJobTitle(form.title());
        request.setEmail(form.email());
        request.setPhone(form.phone());
        request.setPhoneExt(form.phoneExt());
        request.setReason(form.reason());
        request.setProgram(form.coverage().program());
        request.setProgramState(form.coverage().state());
        request.setAgentNpn(form.npn());
        request.setOrgId(provider.getId());
        request.setCreatedAt(now);
        request.setDeadlineAt(now + TinAccessSettings.from(realm::getAttribute).joinRequestDeadline().toMillis());
        RequestTinEntity line = new RequestTinEntity();
        line.setId(KeycloakModelUtils.generateId());
        line.setTin(tin.digits());
        line.setStatus(LineStatus.PENDING.name());
        line.setReceivedAt(now);
        store.add(request, line);
        LOG.infof("Join request %s received for TIN %s", request.getReference(), tin.masked());
        admin(tin).ifPresent(admin -> mail(admin.getEmail(), "joinRequestReceivedSubject", "join-request-received.ftl",
                request, provider, Map.of("adminFirstName", nullToEmpty(admin.getFirstName()))));
        // The requester keeps the reference and the deadline; sent once per request, not again for the same one waiting.
        mail(request.getEmail(), "joinRequestSentSubject", "join-request-sent.ftl", request, provider, Map.of());
        return request.getReference();
    }

    /**
     * Invites the requester with {@code entitlements}; the line is decided only if the invitation worked.
     * An agency's agent joins with their NPN: {@code npn} when the admin gives one, else the one they
     * asked with; another provider ignores an NPN typed on the join page.
     */
    void approve(JoinRequest join, Tin tin, UserModel admin, List<String> entitlements, String npn) {
        AccessRequestEntity request = join.request();
        pending(join);
        boolean agency = AgencyMark.isAgency(session.getProvider(OrganizationProvider.class).getById(request.getOrgId()));
        String agentNpn = !agency ? null : npn != null ? npn : request.getAgentNpn();
        new TinMembership(session, realm, tin, admin).add(new NewMember(request.getEmail(), request.getFirstName(), request.getLastName(),
                request.getPhone(), entitlements, agentNpn));
        if (!store.decide(join, LineStatus.APPROVED, null, null, admin.getId(), Time.currentTimeMillis())) {
            session.getTransactionManager().setRollbackOnly();
            throw alreadyDecided();
        }
    }

    void deny(JoinRequest join, UserModel admin, String note) {
        pending(join);
        if (!store.decide(join, LineStatus.DENIED, DENIED_BY_ADMIN, note, admin.getId(), Time.currentTimeMillis())) {
            throw alreadyDecided();
        }
        OrganizationModel provider = session.getProvider(OrganizationProvider.class).getById(join.request().getOrgId());
        mail(join.request().getEmail(), "joinRequestDeniedSubject", "join-request-denied.ftl", join.request(), provider,
                Map.of("note", note == null ? "" : note));
    }

    /**
     * Denies {@code join} because its deadline passed, and tells both sides. Safe to run on any node
     * any number of times: only the call whose conditional UPDATE wins sends the mails.
     */
    public boolean expire(JoinRequest join) {
        if (!store.decide(join, LineStatus.DENIED, JoinRequestStore.EXPIRED, null, null, Time.currentTimeMillis())) {
            return false;
        }
        OrganizationModel provider = session.getProvider(OrganizationProvider.class).getById(join.request().getOrgId());
        mail(join.request().getEmail(), "joinRequestExpiredSubject", "join-request-expired.ftl", join.request(), provider, Map.of());
        Tin.parse(join.line().getTin()).flatMap(this::admin).ifPresent(admin -> mail(admin.getEmail(), "joinRequestExpiredAdminSubject",
                "join-request-expired-admin.ftl", join.request(), provider, Map.of("adminFirstName", nullToEmpty(admin.getFirstName()))));
        LOG.infof("Join request %s denied: not decided before its deadline", join.request().getReference());
        return true;
    }

    private Optional<UserModel> admin(Tin tin) {
        return new AdminRequestStore(session, realm.getId()).claimOf(tin.digits())
                .map(claim -> session.users().getUserById(realm, claim.getUserId()));
    }

    private void mail(String address, String subjectKey, String template, AccessRequestEntity request, OrganizationModel provider,
            Map<String, Object> extra) {
        Map<String, Object> attributes = new HashMap<>(extra);
        attributes.put("firstName", request.getFirstName());
        attributes.put("requester", request.getFirstName() + " " + request.getLastName());
        attributes.put("title", nullToEmpty(request.getJobTitle()));
        attributes.put("email", request.getEmail());
        attributes.put("reason", nullToEmpty(request.getReason()));
        attributes.put("program", nullToEmpty(request.getProgram()));
        attributes.put("programState", nullToEmpty(request.getProgramState()));
        attributes.put("reference", request.getReference());
        attributes.put("provider", provider == null ? "" : provider.getName());
        attributes.put("deadline", Instant.ofEpochMilli(request.getDeadlineAt()).toString().substring(0, 10));
        new PortalMail(session, realm).sendAfterCommit(address, subjectKey, List.of(request.getReference()), template, attributes);
    }

    private static void pending(JoinRequest join) {
        if (!LineStatus.PENDING.name().equals(join.line().getStatus())) {
            throw alreadyDecided();
        }
    }

    private static ApiException alreadyDecided() {
        return ApiException.conflict("already_decided", "This request has already been decided.");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
