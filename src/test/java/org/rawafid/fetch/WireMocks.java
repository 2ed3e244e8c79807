package org.rawafid.fetch;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * WireMock servers for the fetch tests, on a dynamic port. Its own response gzipping is off so
 * that ETags arrive as stubbed (Jetty would append {@code --gzip}) and gzip is tested explicitly.
 */
final class WireMocks {
    static {
        // Saxon (pulled in by jing for the Atom schema tests) would become the JAXP
        // TransformerFactory and rejects the "indent-number" attribute WireMock's
        // templating sets while starting; pin the JDK's own factory.
        System.setProperty("javax.xml.transform.TransformerFactory",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
    }

    private WireMocks() {
    }

    static WireMockExtension server(Extension... extensions) {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().dynamicHttpsPort().containerThreads(20).gzipDisabled(true).extensions(extensions))
                .build();
    }
}
