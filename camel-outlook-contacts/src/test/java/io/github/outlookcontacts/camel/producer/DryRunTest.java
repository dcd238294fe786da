package io.github.outlookcontacts.camel.producer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.camel.OutlookContactsConstants;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * dryRun=true on every write operation: the report says what would be created, updated (with the changed fields),
 * deleted or left unchanged, and the emulator counts no POST, PATCH or DELETE. A 1,000-row upsert's dry-run report
 * matches, item by item, what the real run then does.
 */
class DryRunTest extends EmulatorProducerSupport {

    private long writes() {
        return emulator.throttling().requestCount("POST") + emulator.throttling().requestCount("PATCH")
               + emulator.throttling().requestCount("DELETE");
    }

    @Test
    void singleWritesReportWithoutWriting() {
        String folder = newFolder("me");
        String opts = "folder=" + folder;
        Contact ann = (Contact) call("create", opts, Map.of("givenName", "Ann", "jobTitle", "CEO"), null);
        String dry = opts + "&dryRun=true";
        long before = writes();

        Exchange create = send("create", dry, Map.of("givenName", "Bo", "surname", "Li"), null);
        assertThat(create.getMessage().getHeader(OutlookContactsConstants.WRITE_RESULT)).isEqualTo("created");
        assertThat(create.getMessage().getHeader(OutlookContactsConstants.CHANGED_FIELDS, List.class))
                .containsExactlyInAnyOrder("givenName", "surname");

        Exchange update = send("update", dry, Map.of("jobTitle", "CTO", "givenName", "Ann"), id(ann.getId()));
        assertThat(update.getMessage().getHeader(OutlookContactsConstants.WRITE_RESULT)).isEqualTo("updated");
        assertThat(update.getMessage().getHeader(OutlookContactsConstants.CHANGED_FIELDS, List.class))
                .containsExactly("jobTitle");
        assertThat(update.getMessage().getBody(Contact.class).getJobTitle()).isEqualTo("CTO");

        Exchange same = send("update", dry, Map.of("jobTitle", "CEO"), id(ann.getId()));
        assertThat(same.getMessage().getHeader(OutlookContactsConstants.WRITE_RESULT)).isEqualTo("unchanged");

        Exchange delete = send("delete", dry, ann.getId(), null);
        assertThat(delete.getMessage().getHeader(OutlookContactsConstants.WRITE_RESULT)).isEqualTo("deleted");

        Exchange upsert = send("upsert", dry, Map.of("givenName", "Ann", "jobTitle", "COO"),
                Map.of(OutlookContactsConstants.EXTERNAL_ID, "crm-1"));
        assertThat(upsert.getMessage().getHeader(OutlookContactsConstants.UPSERT_RESULT)).isEqualTo("created");

        Exchange folderCreate = send("createFolder", dry, null, Map.of(OutlookContactsConstants.FOLDER_NAME, "Sub"));
        assertThat(folderCreate.getMessage().getHeader(OutlookContactsConstants.WRITE_RESULT)).isEqualTo("created");
        Exchange folderDelete = send("deleteFolder", dry, null, null);
        assertThat(folderDelete.getMessage().getHeader(OutlookContactsConstants.WRITE_RESULT)).isEqualTo("deleted");
        send("setPhoto", dry, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }, id(ann.getId()));

        assertThat(writes()).isEqualTo(before);
        assertThat(((Contact) call("get", opts, ann.getId(), null)).getJobTitle()).isEqualTo("CEO");
        assertThat(list(opts)).hasSize(1);
    }

    @Test
    void aMissingContactFailsTheDryRunAsTheRealWriteWould() {
        String dry = "folder=" + newFolder("me") + "&dryRun=true";
        assertThat(failure(() -> send("delete", dry, "AAMkAGI2THk0AAA=", null)))
                .isInstanceOf(io.github.outlookcontacts.graph.GraphNotFoundException.class);
    }

    @Test
    void thousandRowUpsertDryRunMatchesTheRealRunAndWritesNothing() {
        String opts = "folder=" + newFolder("me");
        List<Map<String, Object>> seed = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            seed.add(UpsertTest.record(i, "Engineer"));
        }
        assertThat(outcomes(send("upsert", opts, seed, null))).allMatch(OutlookContactsOutcome::isSuccess);

        // 1,000 rows: 300 unchanged, 300 with a new title, 400 new ones, a repeated key and a bad row among them
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(UpsertTest.record(i, "Engineer"));
        }
        for (int i = 300; i < 600; i++) {
            rows.add(UpsertTest.record(i, "Manager"));
        }
        for (int i = 600; i < 997; i++) {
            rows.add(UpsertTest.record(i, "Intern"));
        }
        rows.add(UpsertTest.record(700, "Director"));
        Map<String, Object> noName = new HashMap<>(UpsertTest.record(5000, "X"));
        noName.remove("givenName");
        noName.remove("surname");
        noName.remove("emailAddresses");
        rows.add(noName);
        rows.add(UpsertTest.record(997, "Intern"));
        assertThat(rows).hasSize(1000);

        long before = writes();
        List<OutlookContactsOutcome> plan = outcomes(send("upsert", opts + "&dryRun=true", rows, null));
        assertThat(writes()).as("the dry run wrote to Graph").isEqualTo(before);
        assertThat(plan).allMatch(o -> !o.isSuccess() || o.isDryRun());
        assertThat(plan.stream().filter(o -> "unchanged".equals(o.getResult()))).hasSize(300);
        assertThat(plan.stream().filter(o -> "updated".equals(o.getResult()))).hasSize(301);
        assertThat(plan.stream().filter(o -> "created".equals(o.getResult()))).hasSize(398);
        assertThat(plan.get(350).getChangedFields()).containsExactly("jobTitle");
        assertThat(plan.get(997).getChangedFields()).containsExactly("jobTitle");

        List<OutlookContactsOutcome> real = outcomes(send("upsert", opts, rows, null));
        for (int i = 0; i < rows.size(); i++) {
            assertThat(real.get(i).isSuccess()).as("item %d", i).isEqualTo(plan.get(i).isSuccess());
            assertThat(real.get(i).getUpsertResult()).as("item %d", i).isEqualTo(plan.get(i).getUpsertResult());
            if (plan.get(i).getContactId() != null) {
                assertThat(real.get(i).getContactId()).as("item %d", i).isEqualTo(plan.get(i).getContactId());
            }
        }
        assertThat(list(opts)).hasSize(998);
    }

    @SuppressWarnings("unchecked")
    static List<OutlookContactsOutcome> outcomes(Exchange exchange) {
        return (List<OutlookContactsOutcome>) exchange.getMessage().getBody();
    }
}
