package id.go.wna.platform.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code wna.http.*}: the request sizes the platform answers itself, as problem+json. */
@ConfigMapping(prefix = "wna.http")
public interface HttpSettings {

    /** Longest request line (method, URL, version) accepted; longer is a 414. */
    @WithDefault("16384")
    int maxUrlLength();

    /** Largest total of request headers accepted; more is a 431. */
    @WithDefault("64K")
    MemorySize maxHeadersSize();

    /** Largest JSON request body accepted; more is a 413. */
    @WithDefault("2M")
    MemorySize jsonMaxBodySize();

    /** Largest other request body (CSV, NDJSON imports) accepted; more is a 413. */
    @WithDefault("20M")
    MemorySize maxBodySize();
}
