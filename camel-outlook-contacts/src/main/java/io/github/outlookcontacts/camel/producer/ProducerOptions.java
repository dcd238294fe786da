package io.github.outlookcontacts.camel.producer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.github.outlookcontacts.camel.OutlookContactsConfiguration;
import io.github.outlookcontacts.camel.OutlookContactsOperation;
import io.github.outlookcontacts.model.ContactProperties;

/**
 * Checks a producer endpoint's options when the producer is created, so a typo fails the route at start-up with the
 * option, the bad value and the allowed values named.
 */
public final class ProducerOptions {

    private ProducerOptions() {
    }

    public static void validate(OutlookContactsConfiguration c) {
        List<String> problems = new ArrayList<>();
        if (c.getOperation() == OutlookContactsOperation.sync) {
            problems.add("operation sync is for the consumer (from); a producer (to) needs one of create, get, update,"
                         + " delete, upsert, list, listFolders, getFolder, createFolder, deleteFolder, getPhoto,"
                         + " getPhotoMetadata, setPhoto, getUserPhoto, getUserPhotoMetadata, setUserPhoto");
        }
        String matchOn = c.getMatchOn();
        if (matchOn != null && !UpsertKeys.MATCH_EXTERNAL_ID.equals(matchOn) && !UpsertKeys.MATCH_EMAIL.equals(matchOn)) {
            problems.add("option matchOn='" + matchOn + "' is not valid; use externalId or email");
        }
        String property = c.getExternalIdProperty();
        if (property == null || !property.toLowerCase(Locale.ROOT).startsWith("string ")) {
            problems.add("option externalIdProperty='" + property + "' must be the id of a String single-value"
                         + " extended property, such as '" + OutlookContactsConfiguration.DEFAULT_EXTERNAL_ID_PROPERTY
                         + "'");
        }
        if (c.getSelect() != null) {
            for (String name : c.getSelect().split(",")) {
                String n = name.trim();
                if (!n.isEmpty() && !ContactProperties.isKnown(n)) {
                    problems.add("option select names '" + n + "', which is not a Graph contact property"
                                 + ContactProperties.closest(n).map(s -> "; did you mean '" + s + "'?").orElse(""));
                }
            }
        }
        if (c.getMaxConcurrentRequests() < 1) {
            problems.add("option maxConcurrentRequests=" + c.getMaxConcurrentRequests() + " must be at least 1");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid outlook-contacts producer options: "
                                               + String.join("; ", problems));
        }
    }
}
