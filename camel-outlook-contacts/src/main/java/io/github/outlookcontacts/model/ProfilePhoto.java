package io.github.outlookcontacts.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Graph {@code profilePhoto} metadata: id, pixel size, {@code @odata.mediaContentType} and {@code @odata.mediaEtag}.
 */
public class ProfilePhoto extends GraphObject {

    private String id;
    private Integer width;
    private Integer height;
    @JsonProperty("@odata.mediaContentType")
    private String mediaContentType;
    @JsonProperty("@odata.mediaEtag")
    private String mediaEtag;

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

    /**
     * The photo's media etag as Graph sends it, e.g. {@code "BA09D118"} (quotes included; some answers use the weak
     * {@code W/"..."} form): it changes when the photo does, so compare it to skip re-downloading. Empty for Graph's
     * no-photo placeholder.
     */
    public String getMediaEtag() {
        return mediaEtag;
    }

    public void setMediaEtag(String mediaEtag) {
        this.mediaEtag = mediaEtag;
    }

    /**
     * True for what Graph answers about a user without a photo (or without one in the size asked): 200 with a 1x1
     * {@code image/gif} and an empty media etag ({@code profilephoto-get.md}).
     */
    public boolean isPlaceholder() {
        return Integer.valueOf(1).equals(width) && Integer.valueOf(1).equals(height)
               && "image/gif".equalsIgnoreCase(mediaContentType);
    }

    @Override
    protected Object[] modelledValues() {
        return new Object[] { id, width, height, mediaContentType, mediaEtag };
    }

    @Override
    public String toString() {
        return "ProfilePhoto[id=" + id + ", " + width + "x" + height + ", " + mediaContentType + ", etag=" + mediaEtag
               + "]";
    }
}
