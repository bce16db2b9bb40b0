package io.planmon.gateway;

import static io.planmon.gateway.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.RawHttp;
import io.planmon.gateway.support.SmallHttpLimits;
import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests framed badly or too large, sent byte by byte: problems where a route sees them, and the bare answers of the
 * HTTP layer where it refuses them before any route exists.
 */
@QuarkusTest
@TestProfile(SmallHttpLimits.class)
@WithTestResource(value = UpstreamsResource.class, initArgs = @ResourceArg(name = "down", value = "notifications"))
class FramingProblemsTest {
    private static final String OBSERVATIONS = "/api/v1/observations";

    @Test
    void cutsOffAChunkedBodyThatGrowsPastTheLimit() throws Exception {
        RawHttp.Answer answer =
                RawHttp.send(post("Transfer-Encoding: chunked"), chunks(SmallHttpLimits.MAX_BODY + 1024));

        assertProblem(
                answer.status(), answer.header("Content-Type"), answer.body(), 413, "body-too-large", OBSERVATIONS);
        assertThat(answer.header("Connection")).isEqualTo("close");
    }

    @Test
    void streamsAChunkedBodyWithinTheLimitIntact() throws Exception {
        RawHttp.Answer answer = RawHttp.send(post("Transfer-Encoding: chunked"), chunks(SmallHttpLimits.MAX_BODY));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getLong("bodyLength")).isEqualTo(SmallHttpLimits.MAX_BODY);
    }

    @Test
    void refusesATransferEncodingTheProxyCannotFrame() throws Exception {
        RawHttp.Answer answer = RawHttp.send(post("Transfer-Encoding: gzip, chunked"), chunks(3));

        assertProblem(
                answer.status(),
                answer.header("Content-Type"),
                answer.body(),
                400,
                "unsupported-transfer-encoding",
                OBSERVATIONS);
        assertThat(answer.header("Connection")).isEqualTo("close");
    }

    /** Over the gateway's own limits but within the codec's: a 414 or 431 problem, and the connection closed. */
    @Test
    void answersAnOverLongTargetOrOverLargeHeadersWithAProblem() throws Exception {
        String get = "GET /api/v1/indicators HTTP/1.1\nHost: gateway\nConnection: close\n";
        RawHttp.Answer headers = RawHttp.send(get + "X-Big: " + "b".repeat(20 * 1024) + "\n\n", new byte[0]);
        assertProblem(
                headers.status(),
                headers.header("Content-Type"),
                headers.body(),
                431,
                "headers-too-large",
                "/api/v1/indicators");
        assertThat(headers.header("X-Request-Id")).isNotBlank();

        RawHttp.Answer target = RawHttp.send(
                "GET /api/v1/indicators?q=" + "l".repeat(8 * 1024) + " HTTP/1.1\nHost: gateway\n\n", new byte[0]);
        assertProblem(
                target.status(),
                target.header("Content-Type"),
                target.body(),
                414,
                "uri-too-long",
                "/api/v1/indicators");
        assertThat(target.header("Connection")).isEqualTo("close");
    }

    /**
     * Refused by the HTTP codec (Netty, then Vert.x's default invalid-request handler) or by Quarkus's URI check, both
     * ahead of the router: Quarkus lets an application set neither, so no problem detail is possible. No route ran,
     * hence no request id. Should one of them ever reach a route, this fails and the case belongs to the problems above.
     */
    static Stream<Arguments> refusedBeforeAnyRoute() {
        String get = "GET /api/v1/indicators HTTP/1.1\nHost: gateway\nConnection: close\n";
        return Stream.of(
                Arguments.of("header over max-header-size", get + "X-Big: " + "b".repeat(65 * 1024) + "\n\n", "", 431),
                Arguments.of(
                        "request line over max-initial-line-length",
                        "GET /api/v1/indicators?q=" + "l".repeat(17 * 1024) + " HTTP/1.1\nHost: gateway\n\n",
                        "",
                        414),
                Arguments.of(
                        "Transfer-Encoding and Content-Length together",
                        post("Transfer-Encoding: chunked\nContent-Length: 3"),
                        "3\r\nabc\r\n0\r\n\r\n",
                        400),
                Arguments.of("NUL in a header value", get + "If-None-Match: \"1\u0000\"\n\n", "", 400),
                Arguments.of("ESC in a header value", get + "X-Synthetic: a\u001bb\n\n", "", 400),
                Arguments.of("DEL in a header value", get + "X-Synthetic: a\u007fb\n\n", "", 400),
                Arguments.of(
                        "a target that is no URI",
                        "GET /api/v1/%zz HTTP/1.1\nHost: gateway\nConnection: close\n\n",
                        "",
                        400),
                // A chunk size that is no number: Vert.x closes the connection mid-request without any answer.
                Arguments.of("malformed chunk", post("Transfer-Encoding: chunked"), "zz\r\nabc\r\n0\r\n\r\n", 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedBeforeAnyRoute")
    void answersBareWhereTheHttpLayerRefusesBeforeAnyRoute(String name, String head, String body, int status)
            throws Exception {
        RawHttp.Answer answer = RawHttp.send(head, body.getBytes(StandardCharsets.US_ASCII));

        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.body()).isEmpty();
        assertThat(answer.header("X-Request-Id")).isNull();
    }

    private static String post(String framing) {
        return "POST " + OBSERVATIONS + " HTTP/1.1\nHost: gateway\nAuthorization: Bearer " + Tokens.valid()
                + "\nContent-Type: text/csv\n" + framing + "\nConnection: close\n\n";
    }

    /** {@code bytes} of body in chunks of at most 1 KiB, as a client streaming an upload of unknown size sends it. */
    private static byte[] chunks(int bytes) {
        StringBuilder body = new StringBuilder();
        for (int left = bytes; left > 0; left -= 1024) {
            int size = Math.min(left, 1024);
            body.append(Integer.toHexString(size))
                    .append("\r\n")
                    .append("x".repeat(size))
                    .append("\r\n");
        }
        return body.append("0\r\n\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }
}
