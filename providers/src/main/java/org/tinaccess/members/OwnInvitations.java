package org.tinaccess.members;

import org.keycloak.models.KeycloakSession;
import org.keycloak.models.OrganizationModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.organization.OrganizationProvider;
import org.tinaccess.provider.BillingServiceMark;
import org.tinaccess.provider.ProviderOrganization;
import org.tinaccess.rest.ApiException;
import org.tinaccess.store.AdminRequestStore;
import org.tinaccess.store.MemberEntity;
import org.tinaccess.store.MemberStatus;
import org.tinaccess.store.MemberStore;
import org.tinaccess.tin.Npn;

/**
 * A signed-in person's answer to an invitation waiting for them (a TIN admin's, or an approved
 * admin request made with an account someone already owned). Only the person answers; nothing
 * about the invitation's provider is told to anyone else.
 */
final class OwnInvitations {

    private final KeycloakSession session;
    private final RealmModel realm;
    private final UserModel person;
    private final MemberStore members;

    OwnInvitations(KeycloakSession session, RealmModel realm, UserModel person) {
        this.session = session;
        this.realm = realm;
        this.person = person;
        this.members = new MemberStore(session, realm.getId());
    }

    /**
     * From now on the TIN is in the person's tokens. Refused to someone who works for another billing
     * service (their service asks the provider instead), and to an agent whose NPN the invitation
     * gives is another account's, or who holds another one.
     */
    MemberEntity accept(String providerId) {
        MemberEntity member = waiting(providerId);
        OrganizationModel provider = session.getProvider(OrganizationProvider.class).getById(member.getOrgId());
        if (BillingServiceMark.isStaffOfAnotherService(session, person, provider)) {
            // A provider does not take a billing service's staff under its own TIN; the person is told, not the provider.
            throw ApiException.conflict("billing_service_staff", "You work for a billing service. Your billing service asks for access"
                    + " to this provider's Tax ID instead; you can decline this invitation.");
        }
        AgentNpns agentNpns = new AgentNpns(session, realm);
        if (member.getInvitedNpn() != null) {
            agentNpns.takeOnAcceptance(person, new Npn(member.getInvitedNpn()));
            member.setInvitedNpn(null);
        } else {
            agentNpns.confirm(person);
        }
        member.setStatus(MemberStatus.ACTIVE);
        ProviderOrganization.addMember(session, provider, person);
        return member;
    }

    /** Nothing of the invitation stays; an approved admin request declined frees its TIN. */
    MemberEntity decline(String providerId) {
        MemberEntity member = waiting(providerId);
        members.remove(member);
        new AgentNpns(session, realm).releaseIfUntaken(person);
        new AdminRequestStore(session, realm.getId()).releaseClaim(member.getTin(), person.getId());
        return member;
    }

    /** The person's own invitation to {@code providerId}; 404 for anything else. */
    private MemberEntity waiting(String providerId) {
        return members.membershipsOf(person.getId()).stream()
                .filter(member -> member.getOrgId().equals(providerId) && member.getStatus() == MemberStatus.INVITED)
                .findFirst()
                .orElseThrow(ApiException::notFound);
    }
}
