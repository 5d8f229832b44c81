package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.TestPlatform.Guest;
import org.rookery.application.admission.RateLimitPolicy;

/**
 * A token must come from this platform's issuer and be in force: a foreign or missing {@code iss}
 * and an {@code nbf} ahead of the clock (beyond the skew) are 401 with a problem that says which;
 * everything else about them — key, expiry — as for any token.
 */
class TokenClaimsTest {
    static final TestPlatform platform = TestPlatform.start(HttpSettings.DEFAULTS.withMetricsToken("m"), RateLimitPolicy.UNLIMITED);
    static final String CREATE = "{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":0}}";

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** A token signed with the platform's key, for user "tess", with the claims {@code claims} makes of the usual ones. */
    static String token(UnaryOperator<JWTClaimsSet.Builder> claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder usual = new JWTClaimsSet.Builder().subject("tess").issuer("rookery").issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.apply(usual).build());
        try {
            jwt.sign(new MACSigner(TestPlatform.SECRET));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    @Test
    void a_token_of_another_issuer_or_of_none_is_401_saying_so() {
        for (String foreign : new String[] {token(c -> c.issuer("someone-else")), token(c -> c.issuer(null))}) {
            JsonNode problem = BadRequestTest.problem(platform.post("/v1/games", foreign, CREATE), 401, "unauthorized");
            assertThat(problem.get("detail").asText()).contains("not issued by this platform");
        }
    }

    @Test
    void a_token_not_valid_yet_is_401_saying_so_and_one_within_the_clock_skew_is_accepted() {
        String future = token(c -> c.notBeforeTime(Date.from(Instant.now().plus(Duration.ofMinutes(10)))));
        JsonNode problem = BadRequestTest.problem(platform.post("/v1/games", future, CREATE), 401, "unauthorized");
        assertThat(problem.get("detail").asText()).contains("not valid yet");
        String skewed = token(c -> c.notBeforeTime(Date.from(Instant.now().plus(Duration.ofSeconds(5)))));
        assertThat(platform.post("/v1/games", skewed, CREATE).statusCode()).isEqualTo(201);
        String reached = token(c -> c.notBeforeTime(Date.from(Instant.now().minus(Duration.ofMinutes(1)))));
        assertThat(platform.post("/v1/games", reached, CREATE).statusCode()).isEqualTo(201);
    }

    @Test
    void the_same_checks_guard_the_websocket() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        try (SocketProbe foreign = SocketProbe.connect(platform, gameId, token(c -> c.issuer("someone-else")))) {
            JsonNode error = foreign.next("error");
            assertThat(error.get("code").asText()).isEqualTo("unauthorized");
            assertThat(foreign.closeCode()).isEqualTo(4401);
        }
    }
}
