package org.sealedintake.policy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the policy files ({@code policies/*.yaml}) are read from. */
@ConfigMapping(prefix = "sealed.policies")
public interface PolicyConfig {

    /** Folder holding the policy files; relative paths resolve against the working directory. */
    @WithDefault("policies")
    String dir();
}
