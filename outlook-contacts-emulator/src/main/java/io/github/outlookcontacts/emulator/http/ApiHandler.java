package io.github.outlookcontacts.emulator.http;

/**
 * One step of the emulator's request pipeline (filters and the Graph API itself), independent of the HTTP server.
 */
@FunctionalInterface
public interface ApiHandler {

    ApiResponse handle(ApiRequest request);
}
