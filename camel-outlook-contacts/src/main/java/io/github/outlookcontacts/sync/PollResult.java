package io.github.outlookcontacts.sync;

/**
 * What one poll did.
 *
 * @param emitted  changes handed to the handler and confirmed
 * @param complete every synced folder reached its deltaLink
 * @param failed   a change was not confirmed; it and everything after it come again on the next poll
 */
public record PollResult(int emitted, boolean complete, boolean failed) {
}
