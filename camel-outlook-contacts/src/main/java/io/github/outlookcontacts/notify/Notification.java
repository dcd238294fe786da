package io.github.outlookcontacts.notify;

/**
 * One item of a Graph notification POST: a change ({@code changeType} set) or a lifecycle event
 * ({@code lifecycleEvent} set). Only a wake-up: the change itself is read from delta.
 *
 * @param subscriptionId the subscription it is for
 * @param clientState    the secret Graph echoes, to be compared with the one the subscription was created with
 * @param changeType     {@code created}, {@code updated} or {@code deleted}; null for a lifecycle event
 * @param lifecycleEvent {@code reauthorizationRequired}, {@code subscriptionRemoved} or {@code missed}; or null
 */
public record Notification(String subscriptionId, String clientState, String changeType, String lifecycleEvent) {

    public boolean isLifecycle() {
        return lifecycleEvent != null;
    }

    @Override
    public String toString() {
        return "Notification[subscriptionId=" + subscriptionId + ", changeType=" + changeType + ", lifecycleEvent="
               + lifecycleEvent + "]";
    }
}
