package io.github.outlookcontacts.camel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.outlookcontacts.camel.producer.ProducerConfiguration;
import io.github.outlookcontacts.emulator.store.ContactEntry;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CRM (an in-memory map behind two routes) and Outlook (the emulator) kept in step both ways: the CRM owns some
 * fields and pushes them with upsert, people edit the others in Outlook and sync brings them back. 500 random CRM
 * edits and 500 random edits at the emulator run interleaved while the consumer polls: the sync route never receives
 * an echo of a CRM write (every exchange brings a value the CRM did not have yet), and no edit is lost (both sides
 * end equal).
 */
class TwoWaySyncLoopTest extends SyncEmulatorSupport {

    private static final List<String> CRM_FIELDS = List.of("jobTitle", "department", "companyName");
    private static final List<String> OUTLOOK_FIELDS = List.of("nickName", "officeLocation", "personalNotes");
    private static final int RECORDS = 40;
    private static final int EDITS_EACH = 500;

    private final Map<String, Map<String, Object>> crm = new ConcurrentHashMap<>();
    private final Map<String, String> crmIdByOutlookId = new ConcurrentHashMap<>();
    private final AtomicInteger delivered = new AtomicInteger();
    private final List<String> echoes = Collections.synchronizedList(new ArrayList<>());

    @Test
    void fiveHundredEditsOnEachSideWithoutAnEchoAndWithoutLosingAnEdit() throws Exception {
        folder("Clients");
        String outlook = "baseUrl=" + emulator.baseUrl() + "&accessToken=test-token&folder=Clients"
                         + "&stateRepository=#state";
        camel = new DefaultCamelContext();
        camel.getRegistry().bind("state", new MemoryStateRepository());
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:crm-out").routeId("crm-out").to("outlook-contacts:upsert?" + outlook);
                from(syncUri("folder=Clients&stateRepository=#state&ignoreOwnWrites=true&diff=fields&delay=20"))
                        .routeId("sync").process(TwoWaySyncLoopTest.this::applyToCrm);
            }
        });
        camel.start();
        ProducerTemplate crmOut = camel.createProducerTemplate();

        for (int i = 0; i < RECORDS; i++) {
            Map<String, Object> record = new HashMap<>(Map.of("givenName", "Person" + i, "jobTitle", "t0",
                    "department", "d0", "companyName", "c0"));
            crm.put("crm-" + i, record);
            push(crmOut, "crm-" + i);
        }
        Random random = new Random(4711);
        List<Boolean> steps = new ArrayList<>();
        for (int i = 0; i < EDITS_EACH; i++) {
            steps.add(true);
            steps.add(false);
        }
        Collections.shuffle(steps, random);
        for (int step = 0; step < steps.size(); step++) {
            String crmId = "crm-" + random.nextInt(RECORDS);
            if (steps.get(step)) {
                crm.get(crmId).put(CRM_FIELDS.get(random.nextInt(CRM_FIELDS.size())), "crm" + step);
                push(crmOut, crmId);
            } else {
                String field = OUTLOOK_FIELDS.get(random.nextInt(OUTLOOK_FIELDS.size()));
                store.updateContact(USER, outlookId(crmId), "{\"" + field + "\":\"user" + step + "\"}");
            }
            if (step % 25 == 0) {
                Thread.sleep(25); // let the consumer interleave with the edits
            }
        }

        await(this::bothSidesAgree, Duration.ofSeconds(60), this::differences);
        awaitQuiet();
        assertThat(echoes).as("exchanges that brought the CRM nothing new (echoes)").isEmpty();
        assertThat(delivered.get()).isPositive().isLessThanOrEqualTo(EDITS_EACH);
        assertThat(bothSidesAgree()).isTrue();
        System.out.println("[two-way loop] " + EDITS_EACH + " CRM edits, " + EDITS_EACH + " Outlook edits: "
                           + delivered.get() + " exchanges to the CRM, " + echoes.size() + " echoes");
    }

    /** CRM -> Outlook: the CRM's own fields, keyed by the CRM id in the external-id extended property. */
    private void push(ProducerTemplate crmOut, String crmId) {
        Map<String, Object> record = crm.get(crmId);
        Map<String, Object> body = new HashMap<>();
        body.put("givenName", record.get("givenName"));
        CRM_FIELDS.forEach(f -> body.put(f, record.get(f)));
        body.put("singleValueExtendedProperties", List.of(Map.of("id",
                ProducerConfiguration.DEFAULT_EXTERNAL_ID_PROPERTY, "value", crmId)));
        Exchange done = crmOut.request("direct:crm-out", e -> e.getMessage().setBody(body));
        assertThat(done.getException()).isNull();
        String outlookId = done.getMessage().getHeader(OutlookContactsConstants.CONTACT_ID, String.class);
        record.put("outlookId", outlookId);
        crmIdByOutlookId.put(outlookId, crmId);
    }

    /** Outlook -> CRM: the fields people edit in Outlook. */
    private void applyToCrm(Exchange exchange) {
        delivered.incrementAndGet();
        Contact contact = exchange.getIn().getBody(Contact.class);
        String crmId = crmIdByOutlookId.get(contact.getId());
        Map<String, Object> record = crmId == null ? null : crm.get(crmId);
        if (record == null) {
            echoes.add("unknown contact " + contact.getId());
            return;
        }
        Map<String, Object> fields = io.github.outlookcontacts.model.GraphJson.toMap(contact);
        boolean news = false;
        for (String field : OUTLOOK_FIELDS) {
            Object value = fields.get(field);
            if (value != null && !value.equals(record.get(field))) {
                record.put(field, value);
                news = true;
            }
        }
        if (!news) {
            echoes.add(exchange.getIn().getHeader(OutlookContactsConstants.CHANGE_TYPE) + " " + contact.getChangeKey()
                       + " " + exchange.getIn().getHeader(OutlookContactsConstants.CHANGED_FIELDS));
        }
    }

    private String outlookId(String crmId) {
        return (String) crm.get(crmId).get("outlookId");
    }

    private boolean bothSidesAgree() {
        return differences().isEmpty();
    }

    private String differences() {
        StringBuilder diff = new StringBuilder();
        for (Map.Entry<String, Map<String, Object>> record : crm.entrySet()) {
            ContactEntry entry = store.getContact(USER, outlookId(record.getKey()));
            Map<String, Object> outlook = io.github.outlookcontacts.model.GraphJson.toMap(entry.properties());
            for (String field : concat(CRM_FIELDS, OUTLOOK_FIELDS)) {
                Object crmValue = record.getValue().get(field);
                if (!java.util.Objects.equals(crmValue, outlook.get(field))) {
                    diff.append(record.getKey()).append('.').append(field).append(": crm=").append(crmValue)
                            .append(" outlook=").append(outlook.get(field)).append("; ");
                }
            }
        }
        return diff.toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
