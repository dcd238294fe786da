package io.github.outlookcontacts.camel;

import io.github.outlookcontacts.camel.producer.ExpandOption;
import java.util.ArrayList;
import java.util.List;

import io.github.outlookcontacts.camel.producer.ProducerConfiguration;
import io.github.outlookcontacts.model.ContactProperties;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/**
 * Options of the {@code outlook-contacts} component and endpoints: the operation and what it works on, plus one group
 * per concern (connection, authentication, consumer, producer). The component holds a template that each endpoint
 * {@link #copy() copies}, groups included.
 */
@UriParams
public class OutlookContactsConfiguration implements Cloneable {

    // The catalog's enum comes from OutlookContactsOperation itself.
    @UriPath
    @Metadata(required = true)
    private OutlookContactsOperation operation;

    @UriParam(defaultValue = "me")
    private String user = "me";
    @UriParam
    private String folder;
    @UriParam
    private boolean includeSubfolders;
    @UriParam
    private String select;
    @UriParam
    private String expand;

    @UriParam
    private ConnectionConfiguration connectionConfiguration = new ConnectionConfiguration();
    @UriParam
    private AuthenticationConfiguration authenticationConfiguration = new AuthenticationConfiguration();
    @UriParam
    private ConsumerConfiguration consumerConfiguration = new ConsumerConfiguration();
    @UriParam
    private ProducerConfiguration producerConfiguration = new ProducerConfiguration();

    /** Fails naming every option a producer endpoint cannot run with, before any call to Graph. */
    void checkForProducer() {
        List<String> problems = new ArrayList<>();
        if (operation == OutlookContactsOperation.sync) {
            problems.add("operation sync is for the consumer (from); a producer (to) needs one of "
                         + OutlookContactsOperation.producerOperations());
        }
        producerConfiguration.check(problems);
        ContactProperties.selectProblem(select).map(p -> "option " + p).ifPresent(problems::add);
        ExpandOption.problem(expand).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid outlook-contacts producer options: "
                                               + String.join("; ", problems));
        }
    }

    public OutlookContactsOperation getOperation() {
        return operation;
    }

    /**
     * What the endpoint does: sync (consumer) or a producer operation (create, get, update, delete, upsert, list,
     * listFolders, getFolder, createFolder, deleteFolder, getPhoto, getPhotoMetadata, setPhoto, getUserPhoto,
     * getUserPhotoMetadata, setUserPhoto, createExtension, getExtension, updateExtension, deleteExtension).
     */
    public void setOperation(OutlookContactsOperation operation) {
        this.operation = operation;
    }

    public String getUser() {
        return user;
    }

    /**
     * The mailbox: me (needs a delegated token) or a user id / userPrincipalName (app-only, uses /users/{user}).
     */
    public void setUser(String user) {
        this.user = user;
    }

    public String getFolder() {
        return folder;
    }

    /**
     * The contact folder: its id or a display-name path such as Clients/Europe; default is the mailbox's default
     * Contacts folder.
     */
    public void setFolder(String folder) {
        this.folder = folder;
    }

    public boolean isIncludeSubfolders() {
        return includeSubfolders;
    }

    /**
     * sync: also sync every folder below folder, each with its own cursor, including folders created later;
     * listFolders: list the whole tree instead of one level.
     */
    public void setIncludeSubfolders(boolean includeSubfolders) {
        this.includeSubfolders = includeSubfolders;
    }

    public String getSelect() {
        return select;
    }

    /**
     * Comma-separated Graph contact property names to fetch ($select); default is all properties.
     */
    public void setSelect(String select) {
        this.select = select;
    }

    public String getExpand() {
        return expand;
    }

    /**
     * get, list and sync: navigation properties to include (OData $expand), comma-separated among
     * singleValueExtendedProperties, multiValueExtendedProperties and extensions, each optionally with
     * ($filter=id eq '...'), e.g. extensions($filter=id eq 'Microsoft.OutlookServices.OpenTypeExtension.com.acme.crm').
     * The consumer reads each changed contact again with it (Graph's delta refuses $expand).
     */
    public void setExpand(String expand) {
        this.expand = expand;
    }

    public ConnectionConfiguration getConnectionConfiguration() {
        return connectionConfiguration;
    }

    /**
     * How the endpoint talks to Microsoft Graph.
     */
    public void setConnectionConfiguration(ConnectionConfiguration connectionConfiguration) {
        this.connectionConfiguration = connectionConfiguration;
    }

    public AuthenticationConfiguration getAuthenticationConfiguration() {
        return authenticationConfiguration;
    }

    /**
     * How the endpoint gets its bearer tokens.
     */
    public void setAuthenticationConfiguration(AuthenticationConfiguration authenticationConfiguration) {
        this.authenticationConfiguration = authenticationConfiguration;
    }

    public ConsumerConfiguration getConsumerConfiguration() {
        return consumerConfiguration;
    }

    /**
     * The sync consumer's options.
     */
    public void setConsumerConfiguration(ConsumerConfiguration consumerConfiguration) {
        this.consumerConfiguration = consumerConfiguration;
    }

    public ProducerConfiguration getProducerConfiguration() {
        return producerConfiguration;
    }

    /**
     * The producer's options.
     */
    public void setProducerConfiguration(ProducerConfiguration producerConfiguration) {
        this.producerConfiguration = producerConfiguration;
    }

    /** A copy whose groups are copies too, so an endpoint's options never reach the component's template. */
    public OutlookContactsConfiguration copy() {
        try {
            OutlookContactsConfiguration copy = (OutlookContactsConfiguration) super.clone();
            copy.connectionConfiguration = connectionConfiguration.copy();
            copy.authenticationConfiguration = authenticationConfiguration.copy();
            copy.consumerConfiguration = consumerConfiguration.copy();
            copy.producerConfiguration = producerConfiguration.copy();
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public String toString() {
        // Never print secrets.
        return "OutlookContactsConfiguration[operation=" + operation + ", user=" + user + ", folder=" + folder
               + ", baseUrl=" + connectionConfiguration.getBaseUrl() + "]";
    }
}
