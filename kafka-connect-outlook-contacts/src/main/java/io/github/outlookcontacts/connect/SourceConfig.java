package io.github.outlookcontacts.connect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.sync.ChangeType;
import io.github.outlookcontacts.sync.SyncSettings;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.ConfigException;

/** The source connector's configuration: what to sync, where to write it, and how often to look. */
final class SourceConfig extends AbstractConfig {

    static final String TOPIC = "topic";
    static final String MAILBOXES = "mailboxes";
    static final String GROUP_ID = "mailboxes.group.id";
    static final String GROUP_TRANSITIVE = "mailboxes.group.transitive";
    static final String GROUP_REFRESH_MS = "mailboxes.group.refresh.ms";
    static final String FOLDERS = "folders";
    static final String INCLUDE_SUBFOLDERS = "include.subfolders";
    static final String INITIAL_SYNC = "initial.sync";
    static final String CHANGE_TYPES = "change.types";
    static final String SELECT = "select";
    static final String PAGE_SIZE = "page.size";
    static final String POLL_INTERVAL_MS = "poll.interval.ms";
    static final String HEARTBEAT_TOPIC = "heartbeat.topic";
    static final String VALUE_SCHEMA_ENABLE = "value.schema.enable";
    /** Set by the connector for each task: its share of the folders, as {@link FolderPartition#encode} entries. */
    static final String TASK_FOLDERS = "task.folders";

    static final String FULL = "full";
    static final String CHANGES_ONLY = "changesOnly";

    private static final String GROUP = "Sync";

    static final ConfigDef DEF = define();

    SourceConfig(Map<String, String> props) {
        super(DEF, props);
        String problem = missingMailboxes(getList(MAILBOXES), getString(GROUP_ID));
        if (problem != null) {
            throw new ConfigException(problem);
        }
    }

    /** Null when there is something to sync, else the message naming both keys. */
    static String missingMailboxes(List<String> mailboxes, String groupId) {
        boolean none = mailboxes == null || mailboxes.stream().allMatch(String::isBlank);
        return none && (groupId == null || groupId.isBlank())
                ? "set " + MAILBOXES + " (user ids or UPNs) or " + GROUP_ID + " (an Entra group id), or both" : null;
    }

    /** The configured mailboxes, trimmed, without blanks. */
    List<String> mailboxes() {
        return getList(MAILBOXES).stream().map(String::trim).filter(m -> !m.isEmpty()).toList();
    }
    private static ConfigDef define() {
        int order = 0;
        ConfigDef def = new ConfigDef()
                .define(TOPIC, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new GraphConnectionConfig.NonBlank(),
                        Importance.HIGH, "The topic the contact changes are written to (key: contact id).",
                        GROUP, ++order, ConfigDef.Width.MEDIUM, "Topic")
                .define(MAILBOXES, Type.LIST, "", Importance.HIGH,
                        "Comma-separated mailboxes to sync: user ids or userPrincipalNames (app-only access), or"
                        + " 'me' with a delegated access.token. Required unless " + GROUP_ID + " is set; with both,"
                        + " the group's users are synced too.", GROUP, ++order, ConfigDef.Width.LONG, "Mailboxes")
                .define(GROUP_ID, Type.STRING, null, new GroupId(), Importance.HIGH,
                        "Object id (a GUID) of an Entra group whose users' mailboxes are synced, read from"
                        + " /groups/{id}/members with the app-only token (application permission"
                        + " GroupMember.Read.All). Members that are not users (groups, devices, service"
                        + " principals) are skipped; each user is synced by its object id.",
                        GROUP, ++order, ConfigDef.Width.MEDIUM, "Mailbox group")
                .define(GROUP_TRANSITIVE, Type.BOOLEAN, false, Importance.LOW,
                        "Also the users of groups nested in " + GROUP_ID + " (/transitiveMembers instead of"
                        + " /members).", GROUP, ++order, ConfigDef.Width.SHORT, "Nested group members")
                .define(GROUP_REFRESH_MS, Type.LONG, 300_000L, Range.atLeast(1_000), Importance.LOW,
                        "How often, in milliseconds, the connector reads " + GROUP_ID + "'s members again; when"
                        + " they changed it asks Connect to reconfigure the tasks (a removed user's partitions are"
                        + " no longer synced; their offsets stay unused).", GROUP, ++order, ConfigDef.Width.SHORT,
                        "Group refresh interval")
                .define(FOLDERS, Type.LIST, "", Importance.MEDIUM,
                        "Comma-separated folders synced in every mailbox: folder ids or display-name paths such as"
                        + " Clients/Europe; empty means the default Contacts folder. Each mailbox and folder is one"
                        + " source partition.", GROUP, ++order, ConfigDef.Width.LONG, "Folders")
                .define(INCLUDE_SUBFOLDERS, Type.BOOLEAN, false, Importance.LOW,
                        "Also sync every folder below each folder.", GROUP, ++order, ConfigDef.Width.SHORT,
                        "Include subfolders")
                .define(INITIAL_SYNC, Type.STRING, FULL, ValidString.in(FULL, CHANGES_ONLY), Importance.MEDIUM,
                        "full: the first round writes every existing contact as created; changesOnly: the first round"
                        + " only records the baseline.", GROUP, ++order, ConfigDef.Width.SHORT, "Initial sync")
                .define(CHANGE_TYPES, Type.STRING, "created,updated,deleted", new ChangeTypes(), Importance.LOW,
                        "Comma-separated change types to write: created, updated, deleted.",
                        GROUP, ++order, ConfigDef.Width.MEDIUM, "Change types")
                .define(SELECT, Type.STRING, null, Importance.LOW,
                        "Comma-separated Graph contact properties to read ($select); empty reads all.",
                        GROUP, ++order, ConfigDef.Width.LONG, "Select")
                .define(PAGE_SIZE, Type.INT, null, new OptionalRange(1, 200), Importance.LOW,
                        "Contacts per delta page (Prefer: odata.maxpagesize, 1 to 200); one page is one poll.",
                        GROUP, ++order, ConfigDef.Width.SHORT, "Page size")
                .define(POLL_INTERVAL_MS, Type.LONG, 60_000L, Range.atLeast(100), Importance.MEDIUM,
                        "Pause in milliseconds between the end of a folder's round and the start of its next.",
                        GROUP, ++order, ConfigDef.Width.SHORT, "Poll interval")
                .define(HEARTBEAT_TOPIC, Type.STRING, "outlook-contacts-heartbeats", new GraphConnectionConfig.NonBlank(),
                        Importance.LOW, "Topic of the small records that carry the source offset of a page without"
                        + " any change (a baseline page, a round with nothing new), so that its cursor is committed"
                        + " too; key: mailbox and folder, compact it.", GROUP, ++order, ConfigDef.Width.MEDIUM,
                        "Heartbeat topic")
                .define(VALUE_SCHEMA_ENABLE, Type.BOOLEAN, false, Importance.MEDIUM,
                        "false: the value is the contact as schemaless Graph JSON (a map, for JsonConverter with"
                        + " schemas.enable=false); true: a Struct with one fixed Connect schema"
                        + " (io.github.outlookcontacts.Contact: Graph's contact properties as optional fields, the"
                        + " dates as Timestamps, every other property as JSON text in additionalProperties), for"
                        + " converters with schemas (Avro, Protobuf, JSON with schemas.enable=true). Deletes stay"
                        + " tombstones either way.", GROUP, ++order, ConfigDef.Width.SHORT, "Value schema")
                .defineInternal(TASK_FOLDERS, Type.LIST, "", Importance.LOW);
        return GraphConnectionConfig.define(def);
    }

    /** Every mailbox with every folder: the connector's source partitions. */
    List<FolderPartition> partitions(List<String> mailboxes) {
        List<String> folders = getList(FOLDERS).isEmpty() ? List.of("") : getList(FOLDERS);
        List<FolderPartition> partitions = new ArrayList<>();
        for (String user : mailboxes) {
            for (String folder : folders) {
                partitions.add(new FolderPartition(user.trim(), folder.trim()));
            }
        }
        return partitions;
    }

    /** This task's partitions. */
    List<FolderPartition> taskPartitions() {
        return getList(TASK_FOLDERS).stream().map(FolderPartition::decode).toList();
    }

    SyncSettings syncSettings(FolderPartition partition) {
        return new SyncSettings(Mailbox.of(partition.user()), partition.folder().isEmpty() ? null : partition.folder(),
                blankToNull(getString(SELECT)), getInt(PAGE_SIZE), CHANGES_ONLY.equals(getString(INITIAL_SYNC)),
                ChangeType.parseList(getString(CHANGE_TYPES), CHANGE_TYPES), getBoolean(INCLUDE_SUBFOLDERS));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** An Entra object id: a GUID, checked before any call to Graph. */
    static final class GroupId implements ConfigDef.Validator {
        private static final java.util.regex.Pattern GUID = java.util.regex.Pattern.compile(
                "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

        @Override
        public void ensureValid(String name, Object value) {
            if (value != null && !value.toString().isBlank() && !GUID.matcher(value.toString().trim()).matches()) {
                throw new ConfigException(name, value, "must be the group's object id, a GUID such as"
                        + " 6f0e2b1c-1111-4c3e-9d55-000000000001 (the Entra admin center shows it as 'Object ID')");
            }
        }

        @Override
        public String toString() {
            return "an Entra group object id (GUID)";
        }
    }

    static final class ChangeTypes implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            try {
                ChangeType.parseList(value == null ? null : value.toString(), name);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, e.getMessage());
            }
        }

        @Override
        public String toString() {
            return "a list of created, updated, deleted";
        }
    }

    static final class OptionalRange implements ConfigDef.Validator {
        private final Range range;

        OptionalRange(int min, int max) {
            this.range = Range.between(min, max);
        }

        @Override
        public void ensureValid(String name, Object value) {
            if (value != null) {
                range.ensureValid(name, value);
            }
        }

        @Override
        public String toString() {
            return range + " or empty";
        }
    }
}
