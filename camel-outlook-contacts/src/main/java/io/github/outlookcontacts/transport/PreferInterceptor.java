package io.github.outlookcontacts.transport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds {@code IdType="ImmutableId"} to the {@code Prefer} header when immutable ids are enabled, merging it with the
 * preferences the request already carries (such as {@code odata.maxpagesize}) into one header.
 */
public final class PreferInterceptor implements Interceptor {

    public static final String HEADER = "Prefer";
    public static final String IMMUTABLE_ID = "IdType=\"ImmutableId\"";

    private final boolean immutableIds;

    public PreferInterceptor(boolean immutableIds) {
        this.immutableIds = immutableIds;
    }

    @Override
    public HttpResponse intercept(Chain chain) throws IOException {
        HttpRequest request = chain.request();
        Set<String> preferences = new LinkedHashSet<>();
        for (String value : request.headers().all(HEADER)) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    preferences.add(part.trim());
                }
            }
        }
        if (immutableIds && preferences.stream().noneMatch(p -> p.regionMatches(true, 0, "IdType=", 0, 7))) {
            preferences.add(IMMUTABLE_ID);
        }
        if (preferences.isEmpty()) {
            return chain.proceed(request);
        }
        List<String> ordered = new ArrayList<>(preferences);
        return chain.proceed(request.withHeader(HEADER, String.join(", ", ordered)));
    }
}
