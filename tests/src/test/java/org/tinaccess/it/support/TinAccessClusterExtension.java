package org.tinaccess.it.support;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Starts the run's one {@link TinAccessCluster} on first use and keeps it in the root context's
 * store, as {@link TinAccessServerExtension} does for the single server; prints every node's log
 * tail when a test fails.
 */
public final class TinAccessClusterExtension implements BeforeAllCallback, ParameterResolver, TestWatcher {

    private static final Logger LOG = Logger.getLogger(TinAccessClusterExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TinAccessClusterExtension.class);
    private static final int LOG_TAIL_LINES = 60;

    @Override
    public void beforeAll(ExtensionContext context) {
        cluster(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TinAccessCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return cluster(context);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        TinAccessCluster cluster = context.getRoot().getStore(NAMESPACE).get(TinAccessCluster.class, TinAccessCluster.class);
        if (cluster != null) {
            LOG.errorf("%s failed; last %d lines of each node's log:%n%s", context.getDisplayName(), LOG_TAIL_LINES,
                    cluster.logTail(LOG_TAIL_LINES));
        }
    }

    private static TinAccessCluster cluster(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(TinAccessCluster.class, type -> TinAccessCluster.start(), TinAccessCluster.class);
    }
}
