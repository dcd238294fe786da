package io.github.outlookcontacts.emulator.api;

import io.github.outlookcontacts.emulator.http.ApiHandler;
import io.github.outlookcontacts.emulator.http.ApiRequest;
import io.github.outlookcontacts.emulator.http.ApiResponse;
import io.github.outlookcontacts.emulator.store.ContactStore;

/** Microsoft Graph v1.0 contacts API over a {@link ContactStore}. */
public final class GraphApi implements ApiHandler {

    private final ContactStore store;
    private volatile ApiHandler subRequestPipeline = this;

    public GraphApi(ContactStore store) {
        this.store = store;
    }

    /** The chain $batch sub-requests run through (default: this API itself). */
    public void setSubRequestPipeline(ApiHandler pipeline) {
        this.subRequestPipeline = pipeline == null ? this : pipeline;
    }

    public ContactStore store() {
        return store;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        return ApiResponse.error(404, "BadRequest", "Resource not found for the segment '" + request.rawPath() + "'.");
    }
}
