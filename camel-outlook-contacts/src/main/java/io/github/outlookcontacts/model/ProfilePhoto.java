package io.github.outlookcontacts.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Graph {@code profilePhoto} metadata: id, pixel size and {@code @odata.mediaContentType}.
 */
public class ProfilePhoto extends GraphObject {

    private String id;
    private Integer width;
    private Integer height;
    @JsonProperty("@odata.mediaContentType")
    private String mediaContentType;

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

    /** The image MIME type, e.g. {@code image/jpeg} (Graph's {@code @odata.mediaContentType}). */
    public String getMediaContentType() {
        return mediaContentType;
    }

    public void setMediaContentType(String mediaContentType) {
        this.mediaContentType = mediaContentType;
    }

    @Override
    protected Object[] modelledValues() {
        return new Object[] { id, width, height, mediaContentType };
    }

    @Override
    public String toString() {
        return "ProfilePhoto[id=" + id + ", " + width + "x" + height + ", " + mediaContentType + "]";
    }
}
