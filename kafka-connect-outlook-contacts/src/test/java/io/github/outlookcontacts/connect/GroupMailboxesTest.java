package io.github.outlookcontacts.connect;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.github.outlookcontacts.emulator.GraphEmulator;
import io.github.outlookcontacts.emulator.store.DirectoryGroups;
import org.apache.kafka.common.config.ConfigValue;
import org.apache.kafka.connect.connector.ConnectorContext;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.outlookcontacts.connect.ConnectTestCluster.awaitTrue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code mailboxes.group.id}: the users of an Entra group (read from the emulator's {@code /groups/{id}/members},
 * paged) are spread over the tasks; a membership change makes the connector ask Connect for new task configurations.
 */
class GroupMailboxesTest {

    private static final String GROUP = "0b5e8d2a-7c41-4f0e-a1d3-5a9c00000001";
    private static final String NESTED = "0b5e8d2a-7c41-4f0e-a1d3-5a9c00000002";

    private GraphEmulator emulator;
    private final OutlookContactsSourceConnector connector = new OutlookContactsSourceConnector();
    private final AtomicInteger reconfigurations = new AtomicInteger();

    @BeforeEach
    void start() {
        emulator = GraphEmulator.builder().port(0).build().start();
        connector.initialize(new ConnectorContext() {
            @Override
            public void requestTaskReconfiguration() {
                reconfigurations.incrementAndGet();
            }

            @Override
            public void raiseError(Exception e) {
                throw new AssertionError(e);
            }

            @Override
            public org.apache.kafka.common.metrics.PluginMetrics pluginMetrics() {
                return null;
            }
        });
    }

    @AfterEach
    void stop() {
        connector.stop();
        emulator.close();
    }

    @Test
    void theGroupsUsersAreSpreadOverTwoTasksAndAMembershipChangeReconfiguresThem() throws Exception {
        emulator.store().createGroup(NESTED, "nested@contoso.com");
        emulator.store().createGroup(GROUP);
        for (int i = 1; i <= 1_200; i++) {
            // more than one page of 999 members
            emulator.store().addGroupMember(GROUP, "user" + i + "@contoso.com");
        }
        emulator.store().groups().add(GROUP, new DirectoryGroups.Member(DirectoryGroups.Member.GROUP, NESTED, null));
        emulator.store().groups().add(GROUP, new DirectoryGroups.Member("#microsoft.graph.device",
                "0b5e8d2a-7c41-4f0e-a1d3-5a9c000000d1", null));
        Map<String, String> props = props();
        props.put("mailboxes", "user1@contoso.com"); // listed by UPN too: synced once, under the listed name
        connector.start(props);

        List<Map<String, String>> tasks = connector.taskConfigs(2);
        assertThat(tasks).hasSize(2);
        List<Set<String>> shares = tasks.stream().map(t -> new SourceConfig(t).taskPartitions().stream()
                .map(FolderPartition::user).collect(Collectors.toSet())).toList();
        assertThat(shares).allSatisfy(share -> assertThat(share).hasSize(600));
        Set<String> all = new HashSet<>(shares.get(0));
        all.addAll(shares.get(1));
        Set<String> expected = new HashSet<>();
        expected.add("user1@contoso.com");
        for (int i = 2; i <= 1_200; i++) {
            expected.add(emulator.store().mailbox("user" + i + "@contoso.com").userId());
        }
        assertThat(all).isEqualTo(expected).doesNotContain(emulator.store().mailbox("nested@contoso.com").userId());

        emulator.store().addGroupMember(GROUP, "joiner@contoso.com");
        emulator.store().removeGroupMember(GROUP, "user7@contoso.com");
        awaitTrue(java.time.Duration.ofSeconds(10), () -> reconfigurations.get() == 1, () -> "no reconfiguration");
        Set<String> after = connector.taskConfigs(2).stream().flatMap(t -> new SourceConfig(t).taskPartitions()
                .stream()).map(FolderPartition::user).collect(Collectors.toSet());
        assertThat(after).contains(emulator.store().mailbox("joiner@contoso.com").userId())
                .doesNotContain(emulator.store().mailbox("user7@contoso.com").userId()).hasSize(1_200);
        Thread.sleep(1_500);
        assertThat(reconfigurations.get()).as("no change, no reconfiguration").isEqualTo(1);
    }

    @Test
    void transitiveMembershipAddsTheUsersOfNestedGroups() {
        emulator.store().createGroup(NESTED, "nested@contoso.com");
        emulator.store().createGroup(GROUP, "direct@contoso.com");
        emulator.store().groups().add(GROUP, new DirectoryGroups.Member(DirectoryGroups.Member.GROUP, NESTED, null));
        Map<String, String> props = props();
        props.put("mailboxes.group.transitive", "true");
        connector.start(props);
        assertThat(connector.mailboxes()).containsExactlyInAnyOrder(
                emulator.store().mailbox("direct@contoso.com").userId(),
                emulator.store().mailbox("nested@contoso.com").userId());
    }

    @Test
    void anUnknownGroupFailsTheConnectorNamingTheGroup() {
        assertThatThrownBy(() -> connector.start(props())).isInstanceOf(ConnectException.class)
                .hasMessageContaining(GROUP).hasMessageContaining("mailboxes.group.id")
                .hasMessageContaining("does not exist").hasMessageContaining("Request_ResourceNotFound");
    }

    @Test
    void validateNamesABadGroupIdAndAMissingMailboxSource() {
        Map<String, String> props = props();
        props.put("mailboxes.group.id", "sales-team");
        assertThat(errors(props).get("mailboxes.group.id")).singleElement().asString()
                .contains("sales-team", "GUID", "Object ID");

        props = props();
        props.remove("mailboxes.group.id");
        assertThat(errors(props).get("mailboxes")).singleElement().asString()
                .contains("mailboxes", "mailboxes.group.id");
        props.put("mailboxes", "a@contoso.com");
        assertThat(errors(props)).isEmpty();
    }

    private Map<String, List<String>> errors(Map<String, String> props) {
        return connector.validate(props).configValues().stream().filter(v -> !v.errorMessages().isEmpty())
                .collect(Collectors.toMap(ConfigValue::name, ConfigValue::errorMessages));
    }

    private Map<String, String> props() {
        Map<String, String> props = new HashMap<>();
        props.put("topic", "contacts");
        props.put("mailboxes.group.id", GROUP);
        props.put("mailboxes.group.refresh.ms", "1000");
        props.put("graph.base.url", emulator.baseUrl());
        props.put("access.token", "t");
        return props;
    }
}
