package org.rookery.adapters.http.json;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.domain.rating.RatingPool;

/** Rating pools on the wire: lower-case names ({@code "blitz"}); an unknown name is 404 {@code pool_not_found}. Stateless. */
public final class RatingPools {
    private static final String KNOWN = Arrays.stream(RatingPool.values()).map(RatingPools::wireName).collect(Collectors.joining(", "));

    private RatingPools() {}

    public static String wireName(RatingPool pool) {
        return pool.name().toLowerCase(Locale.ROOT);
    }

    public static RatingPool require(String name) {
        for (RatingPool pool : RatingPool.values()) {
            if (wireName(pool).equals(name)) return pool;
        }
        throw new ApiProblemException(404, "pool_not_found", "no rating pool is called '" + clip(name) + "'; the pools are " + KNOWN);
    }

    private static String clip(String name) {
        return name == null ? "" : name.length() <= 32 ? name : name.substring(0, 32) + "…";
    }
}
