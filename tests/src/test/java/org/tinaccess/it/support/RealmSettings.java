package org.tinaccess.it.support;

import java.util.HashMap;
import java.util.Map;
import org.keycloak.representations.idm.RealmRepresentation;

/** TIN Access realm attributes changed for one test and put back afterwards (tests of a run share the realm). */
public final class RealmSettings implements AutoCloseable {

    private final TinAccessServer server;
    private final Map<String, String> previous = new HashMap<>();

    private RealmSettings(TinAccessServer server) {
        this.server = server;
    }

    public static RealmSettings temporarily(TinAccessServer server, Map<String, String> attributes) {
        RealmSettings settings = new RealmSettings(server);
        RealmRepresentation realm = server.realm().toRepresentation();
        attributes.forEach((name, value) -> {
            settings.previous.put(name, realm.getAttributes().get(name));
            realm.getAttributes().put(name, value);
        });
        server.realm().update(realm);
        return settings;
    }

    @Override
    public void close() {
        RealmRepresentation realm = server.realm().toRepresentation();
        previous.forEach((name, value) -> {
            if (value == null) {
                realm.getAttributes().remove(name);
            } else {
                realm.getAttributes().put(name, value);
            }
        });
        server.realm().update(realm);
    }
}
