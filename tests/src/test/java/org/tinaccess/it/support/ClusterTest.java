package org.tinaccess.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs against the two-node cluster ({@link TinAccessCluster} injected). Tagged
 * {@code cluster}: only {@code mvn verify -Pcluster} runs these, and the default run leaves them out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TinAccessClusterExtension.class)
@Tag("cluster")
public @interface ClusterTest {}
