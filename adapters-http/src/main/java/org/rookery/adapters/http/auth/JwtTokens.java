package org.rookery.adapters.http.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.ports.out.TimeSource;

/**
 * Signs and verifies the API's bearer tokens: HS256 JWTs whose {@code sub} is the user id and
 * whose {@code iss} is this platform's issuer, with a mandatory {@code exp} and an optional
 * {@code nbf} checked against the time source ({@code nbf} with {@link #CLOCK_SKEW} of slack for
 * * the clocks of the other nodes that mint tokens). Verification failures are {@code unauthorized} problems that
 * say what is wrong (malformed, bad signature, foreign issuer, not valid yet, expired).
 * Thread-safe.
 */
public final class JwtTokens {
    /** HS256 needs a key of at least 256 bits. */
    public static final int MIN_SECRET_BYTES = 32;
    /** How far ahead of our clock a token's {@code nbf} may be and still count as reached. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private final String issuer;
    private final MACSigner signer;
    private final MACVerifier verifier;
    private final TimeSource time;

    public JwtTokens(byte[] secret, String issuer, TimeSource time) {
        if (issuer == null || issuer.isBlank()) throw new IllegalArgumentException("the token issuer must not be blank");
        this.issuer = issuer;
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the token secret must have at least " + MIN_SECRET_BYTES + " bytes, got " + secret.length);
        }
        try {
            this.signer = new MACSigner(secret);
            this.verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable token secret: " + e.getMessage(), e);
        }
        this.time = time;
    }

    /** A token for {@code userId}, valid for {@code ttl} from now. */
    public String mint(String userId, Duration ttl, boolean guest) {
        Instant now = time.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(userId)
                .issuer(issuer)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .claim("guest", guest)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }

    /** When a token this instance minted expires. */
    public Instant expiry(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant();
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a token", e);
        }
    }

    /** The user id a valid token names; an invalid one is an {@code unauthorized} problem. */
    public String verify(String token) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw ApiProblemException.unauthorized("the bearer token is not a well-formed JWT");
        }
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
            throw ApiProblemException.unauthorized("the bearer token must be signed with HS256");
        }
        try {
            if (!jwt.verify(verifier)) throw ApiProblemException.unauthorized("the bearer token's signature is invalid");
        } catch (JOSEException e) {
            throw ApiProblemException.unauthorized("the bearer token's signature cannot be checked");
        }
        if (!issuer.equals(claims.getIssuer())) throw ApiProblemException.unauthorized("the bearer token was not issued by this platform");
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && nbf.toInstant().isAfter(time.now().plus(CLOCK_SKEW))) {
            throw ApiProblemException.unauthorized("the bearer token is not valid yet (nbf " + nbf.toInstant() + ")");
        }
        Date exp = claims.getExpirationTime();
        if (exp == null) throw ApiProblemException.unauthorized("the bearer token has no expiry");
        if (!exp.toInstant().isAfter(time.now())) throw ApiProblemException.unauthorized("the bearer token has expired");
        String sub = claims.getSubject();
        if (sub == null || sub.isBlank() || sub.length() > 128) throw ApiProblemException.unauthorized("the bearer token names no valid user");
        return sub;
    }
}
