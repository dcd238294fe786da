package io.github.outlookcontacts.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Metadata of a contact's or user's photo: id (size name), width, height and media content type.
 */
// Fields define the JSON (getters such as getETag would otherwise add a second, wrongly named property).
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
                isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "id", "width", "height", "@odata.mediaContentType" })
public class ProfilePhoto {

    private String id;
    private Integer width;
    private Integer height;
    @JsonProperty("@odata.mediaContentType")
    private String mediaContentType;
    /** Properties this class does not model (new Graph properties, annotations): kept and written back. */
    @JsonIgnore
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Integer getWidth() {
        return width;
    }

    public void setWidth(Integer width) {
        this.width = width;
    }

    public Integer getHeight() {
        return height;
    }

    public void setHeight(Integer height) {
        this.height = height;
    }

    public String getMediaContentType() {
        return mediaContentType;
    }

    public void setMediaContentType(String mediaContentType) {
        this.mediaContentType = mediaContentType;
    }

    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        return additionalProperties;
    }

    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        additionalProperties.put(name, value);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ProfilePhoto that)) {
            return false;
        }
        return Objects.equals(id, that.id)
                && Objects.equals(width, that.width)
                && Objects.equals(height, that.height)
                && Objects.equals(mediaContentType, that.mediaContentType)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, width, height, mediaContentType, additionalProperties);
    }

    @Override
    public String toString() {
        return "ProfilePhoto[id=" + id + ", " + width + "x" + height + ", " + mediaContentType + "]";
    }
}
