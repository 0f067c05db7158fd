package org.tinaccess.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * An integration test class that also runs on the older supported Keycloak minor, against the same
 * jars (.ci/run's older-minor stage, {@code -Pkeycloak-26.6-server}). The marked classes together
 * make the server run code that uses every Keycloak class the providers jar refers to, and reach
 * every kind of page and flow the jar adds; {@code .ci/keycloak-references-covered} checks the first
 * against what the server ran in that stage. The pinned minor runs every test class, marked or not.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("both-minors")
public @interface OnBothMinors {}
