package io.github.outlookcontacts.camel.producer;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.model.Contact;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * list: every page, filter, select, and the streaming Iterator body with split().streaming().
 */
class ListTest extends EmulatorProducerSupport {

    private static String folderWith(int count) {
        String folder = newFolder("me");
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(Map.of("givenName", "List", "surname", "P" + i,
                    "emailAddresses", List.of(Map.of("address", "list" + i + "@example.com"))));
        }
        call("create", "folder=" + folder, items, null);
        return folder;
    }

    @Test
    void listFollowsEveryPageOfAThousand() {
        String folder = "big-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        emulator.store().bulkGenerate("me@emulator.local", folder, 2500, 7);
        emulator.resetFaultsAndCounters();
        List<Contact> all = list("folder=" + folder);
        assertThat(all).hasSize(2500).extracting(Contact::getId).doesNotHaveDuplicates();
        // pages of 1000 (Graph's default of 10 would take 250 GETs)
        assertThat(emulator.throttling().requestCount("GET", "/contacts")).isEqualTo(3);
    }

    @Test
    void filterAndSelect() {
        String folder = folderWith(12);
        List<Contact> one = list("folder=" + folder
                + "&filter=RAW(emailAddresses/any(a:a/address eq 'list3@example.com'))");
        assertThat(one).extracting(Contact::getSurname).containsExactly("P3");
        List<Contact> names = list("folder=" + folder + "&select=surname");
        assertThat(names).hasSize(12).allSatisfy(c -> {
            assertThat(c.getSurname()).startsWith("P");
            assertThat(c.getGivenName()).isNull();
            assertThat(c.getId()).isNotBlank();
        });
    }

    @Test
    void streamListIsALazyIteratorForSplitStreaming() throws Exception {
        String folder = folderWith(25);
        Object body = call("list", "folder=" + folder + "&streamList=true", null, null);
        assertThat(body).isInstanceOf(Iterator.class);

        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:stream-list").routeId("stream-list")
                        .to(uri("list", "folder=" + folder + "&streamList=true"))
                        .split(body()).streaming()
                        .to("mock:each");
            }
        });
        MockEndpoint each = context.getEndpoint("mock:each", MockEndpoint.class);
        each.expectedMessageCount(25);
        template.sendBody("direct:stream-list", null);
        each.assertIsSatisfied();
        assertThat(each.getExchanges()).allSatisfy(e -> assertThat(e.getMessage().getBody()).isInstanceOf(Contact.class));
    }
}
