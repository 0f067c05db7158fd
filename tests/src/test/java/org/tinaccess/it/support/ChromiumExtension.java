package org.tinaccess.it.support;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/** Starts the run's one Chromium on first use, keeps it in the root store (closed once at the end), and screenshots failures. */
public final class ChromiumExtension implements BeforeAllCallback, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChromiumExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Chromium.isInstalled()) {
            // A green CI run must mean the browser tests ran: under CI a missing browser fails them.
            String missing = "Chromium and chromedriver are not installed (run .ci/setup-browser)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(missing + "; CI=true, so the browser tests must run");
            }
            Assumptions.abort(missing);
        }
        chromium(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Chromium.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return chromium(context);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Chromium chromium = context.getRoot().getStore(NAMESPACE).get(Chromium.class, Chromium.class);
        if (chromium != null) {
            chromium.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
        }
    }

    private static Chromium chromium(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Chromium.class, type -> Chromium.start(), Chromium.class);
    }
}
