package io.github.outlookcontacts.sync;

import java.util.List;

/**
 * What the commit side needs to know of a batch's changes, without holding on to the contacts themselves: each
 * change's type, contact id and changeKey hash (for the counts and for remembering confirmed changes).
 */
record ChangeSummary(ChangeType[] types, String[] ids, long[] changeKeys) {

    /** @param changeKeys the changeKey hash of each change, or null when all are deletes */
    static ChangeSummary of(List<ContactChange> changes, long[] changeKeys) {
        int n = changes.size();
        ChangeSummary summary = new ChangeSummary(new ChangeType[n], new String[n],
                changeKeys != null ? changeKeys : new long[n]);
        for (int i = 0; i < n; i++) {
            summary.types[i] = changes.get(i).type();
            summary.ids[i] = changes.get(i).contactId();
        }
        return summary;
    }

    int size() {
        return types.length;
    }
}
