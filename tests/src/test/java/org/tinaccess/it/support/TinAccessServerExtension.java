package org.tinaccess.it.support;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Starts the run's one {@link TinAccessServer} on first use and keeps it in the root context's
 * store, so every test class of the run shares it and JUnit closes it once, after the last class.
 * Injects it into test methods and constructors, and prints the server log's tail when a test fails.
 */
public final class TinAccessServerExtension implements BeforeAllCallback, ParameterResolver, TestWatcher {

    private static final Logger LOG = Logger.getLogger(TinAccessServerExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TinAccessServerExtension.class);
    private static final int LOG_TAIL_LINES = 80;

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TinAccessServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        TinAccessServer server = context.getRoot().getStore(NAMESPACE).get(TinAccessServer.class, TinAccessServer.class);
        if (server != null) {
            LOG.errorf("%s failed; last %d lines of the Keycloak log:%n%s", context.getDisplayName(), LOG_TAIL_LINES,
                    server.logTail(LOG_TAIL_LINES));
        }
    }

    private static TinAccessServer server(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(TinAccessServer.class, type -> TinAccessServer.start(), TinAccessServer.class);
    }
}
