package io.github.outlookcontacts.camel;

import java.util.function.Consumer;

import javax.net.ssl.SSLContext;

import io.github.outlookcontacts.auth.AccessTokenProvider;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/**
 * Options of the {@code outlook-contacts} component and endpoints; the component holds a template that each endpoint
 * {@link #copy() copies}.
 */
@UriParams
public class OutlookContactsConfiguration implements Cloneable {

    public static final String DEFAULT_BASE_URL = "https://graph.microsoft.com/v1.0";
    public static final String DEFAULT_AUTHORITY_HOST = "https://login.microsoftonline.com";
    /** A named property in PS_PUBLIC_STRINGS, the property set Outlook uses for named string properties. */
    public static final String DEFAULT_EXTERNAL_ID_PROPERTY
            = "String {00020329-0000-0000-C000-000000000046} Name CamelOutlookContactsExternalId";

    @UriPath(enums = "sync,create,get,update,delete,upsert,list,listFolders,getFolder,createFolder,deleteFolder,"
                     + "getPhoto,getPhotoMetadata,setPhoto,getUserPhoto,getUserPhotoMetadata,setUserPhoto,"
                     + "createExtension,getExtension,updateExtension,deleteExtension")
    @Metadata(required = true)
    private OutlookContactsOperation operation;

    // --- common ---
    @UriParam(defaultValue = "me")
    private String user = "me";
    @UriParam
    private String folder;
    @UriParam
    private boolean includeSubfolders;
    @UriParam
    private String select;
    @UriParam(label = "advanced", defaultValue = DEFAULT_BASE_URL)
    private String baseUrl = DEFAULT_BASE_URL;
    @UriParam(label = "advanced", defaultValue = "true")
    private boolean immutableIds = true;
    @UriParam(label = "advanced", defaultValue = "5")
    private int maxRetries = 5;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration")
    private long maxRetryDelay = 60000;
    @UriParam(label = "advanced", defaultValue = "4")
    private int maxConcurrentRequests = 4;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration")
    private long connectTimeout = 10000;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration")
    private long requestTimeout = 60000;

    // --- security ---
    @UriParam(label = "security")
    private String tenantId;
    @UriParam(label = "security")
    private String clientId;
    @UriParam(label = "security", secret = true)
    private String clientSecret;
    @UriParam(label = "security")
    private String certificatePath;
    @UriParam(label = "security", secret = true)
    private String certificatePassword;
    @UriParam(label = "security", defaultValue = DEFAULT_AUTHORITY_HOST)
    private String authorityHost = DEFAULT_AUTHORITY_HOST;
    @UriParam(label = "security")
    private String scopes;
    @UriParam(label = "security")
    private String tokenCachePath;
    @UriParam(label = "security", secret = true)
    private String accessToken;
    @UriParam(label = "security")
    private AccessTokenProvider tokenProvider;
    @UriParam(label = "security,advanced")
    private Consumer<String> deviceCodeListener;
    @UriParam(label = "advanced")
    private SSLContext identitySslContext;

    // --- consumer ---
    @UriParam(label = "consumer", enums = "full,changesOnly", defaultValue = "full")
    private String initialSync = "full";
    @UriParam(label = "consumer")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer")
    private Integer pageSize;
    @UriParam(label = "consumer", defaultValue = "created,updated,deleted")
    private String changeTypes = "created,updated,deleted";
    @UriParam(label = "consumer")
    private int maxMessagesPerPoll;

    // --- producer ---
    @UriParam(label = "producer", enums = "externalId,email")
    private String matchOn;
    @UriParam(label = "producer", defaultValue = DEFAULT_EXTERNAL_ID_PROPERTY)
    private String externalIdProperty = DEFAULT_EXTERNAL_ID_PROPERTY;
    @UriParam(label = "producer")
    private String filter;
    @UriParam(label = "producer")
    private boolean streamList;

    // --- issue 11 (photo sizes, OData listing, extensions): kept in one block for the configuration split ---
    @UriParam(label = "producer", enums = "48x48,64x64,96x96,120x120,240x240,360x360,432x432,504x504,648x648,all")
    private String photoSize;
    @UriParam(label = "producer")
    private String orderBy;
    @UriParam(label = "producer")
    private Integer top;
    @UriParam(label = "producer")
    private Integer skip;
    @UriParam(label = "producer")
    private boolean count;
    @UriParam
    private String expand;
    // --- end of issue 11 block ---

    public OutlookContactsOperation getOperation() {
        return operation;
    }

    /**
     * What the endpoint does: sync (consumer) or a producer operation (create, get, update, delete, upsert, list,
     * listFolders, getFolder, createFolder, deleteFolder, getPhoto, getPhotoMetadata, setPhoto, getUserPhoto,
     * getUserPhotoMetadata, setUserPhoto).
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

    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * The Microsoft Graph root (https required except for loopback); use a national cloud's root or the emulator's
     * URL here.
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public boolean isImmutableIds() {
        return immutableIds;
    }

    /**
     * Send Prefer: IdType="ImmutableId" so contact ids survive moves between folders.
     */
    public void setImmutableIds(boolean immutableIds) {
        this.immutableIds = immutableIds;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * How many times a request answered 429, 503, 504 or failing with an I/O error is retried, honouring
     * Retry-After; 0 disables retries.
     */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getMaxRetryDelay() {
        return maxRetryDelay;
    }

    /**
     * The longest wait between two retries in milliseconds; a longer Retry-After is capped to it.
     */
    public void setMaxRetryDelay(long maxRetryDelay) {
        this.maxRetryDelay = maxRetryDelay;
    }

    public int getMaxConcurrentRequests() {
        return maxConcurrentRequests;
    }

    /**
     * The most requests in flight at once per mailbox (Outlook allows 4).
     */
    public void setMaxConcurrentRequests(int maxConcurrentRequests) {
        this.maxConcurrentRequests = maxConcurrentRequests;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * Connect timeout in milliseconds.
     */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    /**
     * Timeout in milliseconds for waiting on a response (socket read); a timed-out request is retried.
     */
    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public String getTenantId() {
        return tenantId;
    }

    /**
     * The Entra ID tenant (id or domain) of the app registration; organizations or consumers for the device-code
     * flow.
     */
    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getClientId() {
        return clientId;
    }

    /**
     * The application (client) id of the app registration.
     */
    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /**
     * Client secret for the app-only client-credentials flow.
     */
    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getCertificatePath() {
        return certificatePath;
    }

    /**
     * Path of a PKCS#12 file holding the certificate and private key for the app-only client-credentials flow.
     */
    public void setCertificatePath(String certificatePath) {
        this.certificatePath = certificatePath;
    }

    public String getCertificatePassword() {
        return certificatePassword;
    }

    /**
     * Password of the PKCS#12 file named by certificatePath.
     */
    public void setCertificatePassword(String certificatePassword) {
        this.certificatePassword = certificatePassword;
    }

    public String getAuthorityHost() {
        return authorityHost;
    }

    /**
     * The identity platform host: https://login.microsoftonline.com (global), https://login.microsoftonline.us (US
     * Gov), https://login.chinacloudapi.cn (China), or the emulator.
     */
    public void setAuthorityHost(String authorityHost) {
        this.authorityHost = authorityHost;
    }

    public String getScopes() {
        return scopes;
    }

    /**
     * Comma-separated OAuth scopes; default is {graph root}/.default for app-only flows and Contacts.ReadWrite for
     * the device-code flow.
     */
    public void setScopes(String scopes) {
        this.scopes = scopes;
    }

    public String getTokenCachePath() {
        return tokenCachePath;
    }

    /**
     * Device-code flow: the file where the token cache is kept, so later runs sign in silently.
     */
    public void setTokenCachePath(String tokenCachePath) {
        this.tokenCachePath = tokenCachePath;
    }

    public String getAccessToken() {
        return accessToken;
    }

    /**
     * A fixed bearer token (tests and short scripts); it is never refreshed.
     */
    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public AccessTokenProvider getTokenProvider() {
        return tokenProvider;
    }

    /**
     * A bean that supplies bearer tokens; overrides every other authentication option.
     */
    public void setTokenProvider(AccessTokenProvider tokenProvider) {
        this.tokenProvider = tokenProvider;
    }

    public Consumer<String> getDeviceCodeListener() {
        return deviceCodeListener;
    }

    /**
     * Device-code flow: a bean (java.util.function.Consumer of String) that receives the sign-in message with the
     * code to enter, in addition to the log.
     */
    public void setDeviceCodeListener(Consumer<String> deviceCodeListener) {
        this.deviceCodeListener = deviceCodeListener;
    }

    public SSLContext getIdentitySslContext() {
        return identitySslContext;
    }

    /**
     * TLS settings for calls to the identity platform (authorityHost), e.g. to trust a test server's certificate;
     * default is the JVM's.
     */
    public void setIdentitySslContext(SSLContext identitySslContext) {
        this.identitySslContext = identitySslContext;
    }

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

    public String getMatchOn() {
        return matchOn;
    }

    /**
     * upsert: how an existing contact is found, externalId (default when the CamelOutlookContactsExternalId header
     * is set) or email (the first email address, ignoring case).
     */
    public void setMatchOn(String matchOn) {
        this.matchOn = matchOn;
    }

    public String getExternalIdProperty() {
        return externalIdProperty;
    }

    /**
     * upsert: the id of the single-value extended property that holds the external id.
     */
    public void setExternalIdProperty(String externalIdProperty) {
        this.externalIdProperty = externalIdProperty;
    }

    public String getFilter() {
        return filter;
    }

    /**
     * list: an OData $filter expression, such as emailAddresses/any(a:a/address eq 'ann@example.com').
     */
    public void setFilter(String filter) {
        this.filter = filter;
    }

    public boolean isStreamList() {
        return streamList;
    }

    /**
     * list: return an Iterator that fetches pages as it advances (for split().streaming()) instead of a List.
     */
    public void setStreamList(boolean streamList) {
        this.streamList = streamList;
    }

    // --- issue 11 block (photo sizes, OData listing, extensions) ---

    public String getPhotoSize() {
        return photoSize;
    }

    /**
     * getUserPhoto, getUserPhotoMetadata: the photo size, one of 48x48, 64x64, 96x96, 120x120, 240x240, 360x360,
     * 432x432, 504x504, 648x648; absent = the largest available. getUserPhotoMetadata also takes all: the body is then
     * the list of available sizes. Contacts have one photo size in Graph, so getPhoto and getPhotoMetadata refuse a
     * size. The header CamelOutlookContactsPhotoSize overrides it.
     */
    public void setPhotoSize(String photoSize) {
        this.photoSize = photoSize;
    }

    public String getOrderBy() {
        return orderBy;
    }

    /**
     * list: the sort order, comma-separated contact property names each optionally followed by asc or desc (OData
     * $orderby), e.g. surname,givenName desc. The header CamelOutlookContactsOrderBy overrides it.
     */
    public void setOrderBy(String orderBy) {
        this.orderBy = orderBy;
    }

    public Integer getTop() {
        return top;
    }

    /**
     * list: at most this many contacts in total (the pages are still fetched 1000 at a time, or fewer when fewer are
     * left). The header CamelOutlookContactsTop overrides it.
     */
    public void setTop(Integer top) {
        this.top = top;
    }

    public Integer getSkip() {
        return skip;
    }

    /** list: skip this many contacts first (OData $skip, applied after filter and orderBy). */
    public void setSkip(Integer skip) {
        this.skip = skip;
    }

    public boolean isCount() {
        return count;
    }

    /**
     * list: also ask Graph for the number of matching contacts ($count=true), put in the header
     * CamelOutlookContactsCount (Outlook contacts need no ConsistencyLevel header for it).
     */
    public void setCount(boolean count) {
        this.count = count;
    }

    public String getExpand() {
        return expand;
    }

    /**
     * get, list and sync: navigation properties to include (OData $expand), e.g.
     * extensions($filter=id eq 'Microsoft.OutlookServices.OpenTypeExtension.com.acme.crm') or
     * multiValueExtendedProperties($filter=id eq 'StringArray {guid} Name Tags'); comma-separated, among
     * singleValueExtendedProperties, multiValueExtendedProperties and extensions. The consumer reads each changed
     * contact again with it (Graph's delta refuses $expand).
     */
    public void setExpand(String expand) {
        this.expand = expand;
    }

    // --- end of issue 11 block ---

    public OutlookContactsConfiguration copy() {
        try {
            return (OutlookContactsConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    @Override
    public String toString() {
        // Never print secrets.
        return "OutlookContactsConfiguration[operation=" + operation + ", user=" + user + ", folder=" + folder
               + ", baseUrl=" + baseUrl + "]";
    }
}
