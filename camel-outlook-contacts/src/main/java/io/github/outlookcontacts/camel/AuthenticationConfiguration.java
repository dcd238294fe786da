package io.github.outlookcontacts.camel;

import java.util.function.Consumer;

import javax.net.ssl.SSLContext;

import io.github.outlookcontacts.auth.AccessTokenProvider;
import io.github.outlookcontacts.auth.AuthSettings;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * How the endpoint gets its bearer tokens: the app registration and its credentials, a fixed token or a token
 * provider, and the identity platform to ask.
 */
@UriParams
public class AuthenticationConfiguration implements Cloneable {

    public static final String DEFAULT_AUTHORITY_HOST = "https://login.microsoftonline.com";

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

    /** The token provider's settings; the default scopes are derived from {@code graphBaseUrl}. */
    AuthSettings toSettings(String graphBaseUrl) {
        return new AuthSettings(graphBaseUrl, authorityHost, tenantId, clientId, clientSecret, certificatePath,
                certificatePassword, scopes, tokenCachePath, accessToken, tokenProvider, deviceCodeListener,
                identitySslContext);
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
     * Comma-separated OAuth scopes; default is {graph root}/.default for app-only flows and Contacts.ReadWrite
     * User.ReadWrite for the device-code flow.
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

    public AuthenticationConfiguration copy() {
        try {
            return (AuthenticationConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
