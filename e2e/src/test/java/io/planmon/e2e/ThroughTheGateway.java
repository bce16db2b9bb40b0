package io.planmon.e2e;

import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeAll;

/** A system test that talks to the one platform of this JVM through its gateway: RestAssured's requests go there. */
interface ThroughTheGateway {

    @BeforeAll
    static void useTheGateway() {
        RestAssured.baseURI = gateway();
    }

    /** The gateway's URL, for what is not a RestAssured request (a browser, a stream). */
    static String gateway() {
        return PlatformStack.get().gatewayUrl();
    }
}
