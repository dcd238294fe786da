package io.github.outlookcontacts.sync;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SegmentsTest {

    @Test
    void entriesRoundTripInOrderWithAwkwardIds() {
        String odd = "AAMk A%20=\nx:y\r";
        String value = new Segments.Builder().live("AAMkAGI2=", 0x3fffffffffffffffL).removed(odd).seen(-5L)
                .live(odd, 7).build();
        assertThat(value).doesNotContain("\n").doesNotContain("\r");
        List<String> seen = new ArrayList<>();
        Segments.read(value, new Segments.Visitor() {
            @Override
            public void live(String id, long changeKeyHash) {
                seen.add("live " + id + " " + changeKeyHash);
            }

            @Override
            public void removed(String id) {
                seen.add("removed " + id);
            }

            @Override
            public void seen(long idHash) {
                seen.add("seen " + idHash);
            }
        });
        assertThat(seen).containsExactly("live AAMkAGI2= " + 0x3fffffffffffffffL, "removed " + odd, "seen -5",
                "live " + odd + " 7");
    }

    @Test
    void cursorRoundTripsAndNeverPrintsItsLink() {
        SyncCursor cursor = new SyncCursor(SyncCursor.Phase.RESYNC, "https://graph/delta?$deltatoken=secret", 7, 99, 3,
                true, "displayName");
        assertThat(SyncCursor.decode(cursor.encode(), "k")).isEqualTo(cursor);
        assertThat(cursor.toString()).doesNotContain("secret");
        assertThat(SyncCursor.decode("", "k")).isNull();
        assertThatThrownBy(() -> SyncCursor.decode("{not json", "outlook-contacts/me/default/cursor"))
                .hasMessageContaining("outlook-contacts/me/default/cursor");
    }
}
