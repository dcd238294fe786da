package io.github.outlookcontacts.sync;

import java.util.List;

/**
 * What the commit side needs to know of a batch's changes, without holding on to the contacts themselves: each
 * change's type, contact id and changeKey hash (for the counts and for remembering confirmed changes).
 */
record ChangeSummary(ChangeType[] types, String[] ids, long[] changeKeys) {

    static ChangeSummary of(List<ContactChange> changes) {
        int n = changes.size();
        ChangeSummary summary = new ChangeSummary(new ChangeType[n], new String[n], new long[n]);
        for (int i = 0; i < n; i++) {
            ContactChange change = changes.get(i);
            summary.types[i] = change.type();
            summary.ids[i] = change.contactId();
            summary.changeKeys[i] = change.type() == ChangeType.DELETED ? KnownContacts.ABSENT
                    : PageClassifier.changeKeyHash(change.contact());
        }
        return summary;
    }

    int size() {
        return types.length;
    }
}
