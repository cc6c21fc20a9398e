package org.sealedintake.policy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the policy files ({@code policies/*.yaml}) are read from. */
@ConfigMapping(prefix = "sealed.policies")
public interface PolicyConfig {

    /** Folder whose policy files override the packaged ones (policies/ of the repository); relative to the working directory. */
    @WithDefault("policies")
    String dir();
}
