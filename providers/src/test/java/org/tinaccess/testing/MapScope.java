package org.tinaccess.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.keycloak.Config;

/** A provider factory's configuration (what {@code --spi-<spi>--<provider>--<key>=} gives) from a map. */
public final class MapScope extends Config.AbstractScope {

    private final Map<String, String> values = new HashMap<>();

    public MapScope with(String key, String value) {
        values.put(key, value);
        return this;
    }

    @Override
    public String get(String key) {
        return values.get(key);
    }

    @Override
    public Config.Scope scope(String... scope) {
        return new MapScope();
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public Config.Scope root() {
        return this;
    }
}
