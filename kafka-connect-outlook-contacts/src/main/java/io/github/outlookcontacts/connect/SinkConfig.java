package io.github.outlookcontacts.connect;

import java.util.Map;

import io.github.outlookcontacts.graph.Mailbox;
import io.github.outlookcontacts.graph.upsert.UpsertPlanner;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.ConfigException;

/** The sink connector's configuration: the target mailbox and folder, and how records find their contact. */
final class SinkConfig extends AbstractConfig {

    static final String MAILBOX = "mailbox";
    static final String FOLDER = "folder";
    static final String MATCH_ON = "match.on";
    static final String EXTERNAL_ID_HEADER = "external.id.header";
    static final String EXTERNAL_ID_PROPERTY = "external.id.property";

    static final String EXTERNAL_ID = "externalId";
    static final String EMAIL = "email";

    private static final String GROUP = "Write";

    static final ConfigDef DEF = define();

    SinkConfig(Map<String, String> props) {
        super(DEF, props);
    }

    private static ConfigDef define() {
        int order = 0;
        ConfigDef def = new ConfigDef()
                .define(MAILBOX, Type.STRING, ConfigDef.NO_DEFAULT_VALUE, new GraphConnectionConfig.NonBlank(),
                        Importance.HIGH, "The mailbox written to: a user id or userPrincipalName (app-only), or 'me'"
                        + " with a delegated access.token.", GROUP, ++order, ConfigDef.Width.MEDIUM, "Mailbox")
                .define(FOLDER, Type.STRING, "", Importance.MEDIUM,
                        "The folder written to: a folder id or display-name path such as Clients/Europe; empty"
                        + " means the default Contacts folder.", GROUP, ++order, ConfigDef.Width.LONG, "Folder")
                .define(MATCH_ON, Type.STRING, EXTERNAL_ID, ValidString.in(EXTERNAL_ID, EMAIL), Importance.HIGH,
                        "How a record finds its contact: externalId (the record key, or the header named by"
                        + " external.id.header, kept in an extended property; tombstones delete) or email (the"
                        + " contact's first email address; tombstones cannot be matched and go to the dead-letter"
                        + " queue).", GROUP, ++order, ConfigDef.Width.SHORT, "Match on")
                .define(EXTERNAL_ID_HEADER, Type.STRING, "", Importance.MEDIUM,
                        "With match.on=externalId: the record header holding the external id; empty uses the"
                        + " record key.", GROUP, ++order, ConfigDef.Width.MEDIUM, "External id header")
                .define(EXTERNAL_ID_PROPERTY, Type.STRING, UpsertPlanner.DEFAULT_EXTERNAL_ID_PROPERTY,
                        new StringProperty(), Importance.LOW,
                        "The String single-value extended property that stores the external id on the contact.",
                        GROUP, ++order, ConfigDef.Width.LONG, "External id property");
        return GraphConnectionConfig.define(def);
    }

    Mailbox mailbox() {
        return Mailbox.of(getString(MAILBOX).trim());
    }

    String folder() {
        String folder = getString(FOLDER);
        return folder == null || folder.isBlank() ? null : folder.trim();
    }

    boolean matchOnEmail() {
        return EMAIL.equals(getString(MATCH_ON));
    }

    String externalIdHeader() {
        String header = getString(EXTERNAL_ID_HEADER);
        return header == null || header.isBlank() ? null : header.trim();
    }

    static final class StringProperty implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            if (value == null || !value.toString().regionMatches(true, 0, "String ", 0, 7)) {
                throw new ConfigException(name, value, "must be the id of a String single-value extended property,"
                        + " such as '" + UpsertPlanner.DEFAULT_EXTERNAL_ID_PROPERTY + "'");
            }
        }

        @Override
        public String toString() {
            return "String {guid} Name <name>";
        }
    }
}
