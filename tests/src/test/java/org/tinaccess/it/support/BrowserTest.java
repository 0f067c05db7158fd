package org.tinaccess.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives the real pages in Chromium ({@link Chromium} injected) against the run's
 * server. Skipped, not failed, where Chromium is not installed (.ci/setup-browser installs it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@ExtendWith(ChromiumExtension.class)
@Tag("browser")
public @interface BrowserTest {}
