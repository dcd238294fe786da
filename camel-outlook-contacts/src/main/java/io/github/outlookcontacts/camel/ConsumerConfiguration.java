package io.github.outlookcontacts.camel;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * How {@code sync} reads changes: the first round, the page size, which changes to emit and where the cursor is kept.
 * {@link ConsumerOptions} checks them and turns them into the engine's settings.
 */
@UriParams
public class ConsumerConfiguration implements Cloneable {

    /** Fields Graph changes on every write: never worth an update of their own. */
    public static final String DEFAULT_IGNORE_FIELDS = "changeKey,lastModifiedDateTime";

    @UriParam(label = "consumer", enums = ConsumerOptions.FULL + "," + ConsumerOptions.CHANGES_ONLY,
              defaultValue = ConsumerOptions.FULL)
    private String initialSync = ConsumerOptions.FULL;
    @UriParam(label = "consumer")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer")
    private Integer pageSize;
    @UriParam(label = "consumer", defaultValue = "created,updated,deleted")
    private String changeTypes = "created,updated,deleted";
    @UriParam(label = "consumer")
    private int maxMessagesPerPoll;
    @UriParam(label = "consumer", enums = "none,fields,values", defaultValue = "none")
    private String diff = "none";
    @UriParam(label = "consumer", defaultValue = DEFAULT_IGNORE_FIELDS)
    private String ignoreFields = DEFAULT_IGNORE_FIELDS;
    @UriParam(label = "consumer")
    private boolean diffPhoto;
    @UriParam(label = "consumer")
    private boolean ignoreOwnWrites;
    @UriParam(label = "consumer")
    private String notificationUrl;
    @UriParam(label = "consumer")
    private String notificationPath;

    public String getInitialSync() {
        return initialSync;
    }

    /**
     * full: the first round emits every existing contact as created; changesOnly: the first round only records the
     * baseline and later rounds emit changes.
     */
    public void setInitialSync(String initialSync) {
        this.initialSync = initialSync;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /**
     * Where the delta cursor and the known contacts are kept (keyed by mailbox and folder); default is in memory.
     * Use a durable repository to resume after a restart.
     */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    /**
     * Contacts per delta page, sent as Prefer: odata.maxpagesize (Graph caps it at 200); default is Graph's (10).
     */
    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    public String getChangeTypes() {
        return changeTypes;
    }

    /**
     * Comma-separated changes to emit: created, updated, deleted.
     */
    public void setChangeTypes(String changeTypes) {
        this.changeTypes = changeTypes;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    /**
     * The most changes one poll emits, checked at delta-page boundaries so a page is never split; 0 (default) means
     * no limit.
     */
    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public String getDiff() {
        return diff;
    }

    /**
     * none, fields (set CamelOutlookContactsChangedFields on updated, from a compact per-field hash of each contact
     * kept in the stateRepository) or values (also CamelOutlookContactsFieldChanges with the old and new value of
     * each changed field; keeps the previous values, compressed).
     */
    public void setDiff(String diff) {
        this.diff = diff;
    }

    public String getIgnoreFields() {
        return ignoreFields;
    }

    /**
     * With diff: comma-separated fields never reported as changed; an update whose changed fields are all in this
     * list is not emitted (set it empty to emit every update).
     */
    public void setIgnoreFields(String ignoreFields) {
        this.ignoreFields = ignoreFields;
    }

    public boolean isDiffPhoto() {
        return diffPhoto;
    }

    /**
     * With diff: also compare each created or updated contact's photo (by hash) and report a change as the field
     * photo; costs one photo request per created or updated contact.
     */
    public void setDiffPhoto(boolean diffPhoto) {
        this.diffPhoto = diffPhoto;
    }

    public boolean isIgnoreOwnWrites() {
        return ignoreOwnWrites;
    }

    /**
     * Do not emit the changes made by this component's producer (two-way sync without echoes): producers with the
     * same stateRepository remember the changeKey each write got back, and a change with exactly that changeKey is
     * not emitted. A user's edit afterwards is.
     */
    public void setIgnoreOwnWrites(boolean ignoreOwnWrites) {
        this.ignoreOwnWrites = ignoreOwnWrites;
    }

    public String getNotificationUrl() {
        return notificationUrl;
    }

    /**
     * The public HTTPS URL of this application's webhook; when set, the consumer subscribes to Graph change
     * notifications for its folder and each notification runs a delta poll at once (the poll timer, delay, stays as a
     * fallback). Needs Camel's platform HTTP server; http is allowed for loopback hosts only.
     */
    public void setNotificationUrl(String notificationUrl) {
        this.notificationUrl = notificationUrl;
    }

    public String getNotificationPath() {
        return notificationPath;
    }

    /**
     * The path the webhook listens on in the platform HTTP server (whose port is the server's, e.g.
     * camel.server.port or Spring Boot's server.port); default is the path of notificationUrl. Set it when a reverse
     * proxy or tunnel maps the public URL to another local path.
     */
    public void setNotificationPath(String notificationPath) {
        this.notificationPath = notificationPath;
    }

    public ConsumerConfiguration copy() {
        try {
            return (ConsumerConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
