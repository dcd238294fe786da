package io.github.outlookcontacts.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Graph open extension ({@code openTypeExtension}) on a contact: its {@code extensionName}, the {@code id} Outlook
 * derives from it ({@code Microsoft.OutlookServices.OpenTypeExtension.<name>}) and the custom data, kept as the
 * object's additional properties ({@link #getAdditionalProperties()}, {@link #putAdditionalProperty}).
 */
public class OpenTypeExtension extends GraphObject {

    public static final String ODATA_TYPE = "microsoft.graph.openTypeExtension";

    @JsonProperty("@odata.type")
    private String odataType;
    private String id;
    private String extensionName;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getExtensionName() {
        return extensionName;
    }

    public void setExtensionName(String extensionName) {
        this.extensionName = extensionName;
    }

    public String getOdataType() {
        return odataType;
    }

    public void setOdataType(String odataType) {
        this.odataType = odataType;
    }

    @Override
    protected Object[] modelledValues() {
        return new Object[] { odataType, id, extensionName };
    }

    @Override
    public String toString() {
        return "OpenTypeExtension[" + extensionName + ", " + getAdditionalProperties() + "]";
    }
}
