package org.tinaccess.store;

import java.util.List;
import org.keycloak.connections.jpa.entityprovider.JpaEntityProvider;

/** Registers our entities with Keycloak's persistence unit and points it at our changelog. */
public class TinAccessJpaEntityProvider implements JpaEntityProvider {

    static final String CHANGELOG = "META-INF/tin-access/changelog-master.xml";

    private static final List<Class<?>> ENTITIES = List.of(
            AdminClaimEntity.class, AccessRequestEntity.class, RequestTinEntity.class, MemberEntitlementEntity.class,
            MemberEntity.class, MailedPinEntity.class, PaymentRecordEntity.class, MemberNpiEntity.class, ClientGrantEntity.class,
            ClientAssignmentEntity.class, AgentNpnEntity.class, ProviderIdentifierEntity.class, SignInEntity.class,
            HelpDeskCaseEntity.class, AccessReviewEntity.class, AccessReviewItemEntity.class);

    @Override
    public List<Class<?>> getEntities() {
        return ENTITIES;
    }

    @Override
    public String getChangelogLocation() {
        return CHANGELOG;
    }

    @Override
    public String getFactoryId() {
        return TinAccessJpaEntityProviderFactory.PROVIDER_ID;
    }

    @Override
    public void close() {
        // stateless
    }
}
