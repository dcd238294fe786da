package io.github.outlookcontacts.camel.producer;

import java.util.List;
import java.util.Locale;

import io.github.outlookcontacts.graph.PhotoSize;
import io.github.outlookcontacts.graph.upsert.UpsertPlanner;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * How the producer writes and lists: the upsert key and where it is stored, the list filter and streaming.
 */
@UriParams
public class ProducerConfiguration implements Cloneable {

    public static final String DEFAULT_EXTERNAL_ID_PROPERTY = UpsertPlanner.DEFAULT_EXTERNAL_ID_PROPERTY;

    @UriParam(label = "producer", enums = UpsertKeys.MATCH_EXTERNAL_ID + "," + UpsertKeys.MATCH_EMAIL)
    private String matchOn;
    @UriParam(label = "producer", defaultValue = DEFAULT_EXTERNAL_ID_PROPERTY)
    private String externalIdProperty = DEFAULT_EXTERNAL_ID_PROPERTY;
    @UriParam(label = "producer")
    private String filter;
    @UriParam(label = "producer")
    private boolean streamList;
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

    /** Adds a message for every option of this group whose value is not allowed. */
    public void check(List<String> problems) {
        if (matchOn != null && !UpsertKeys.MATCH_EXTERNAL_ID.equals(matchOn)
            && !UpsertKeys.MATCH_EMAIL.equals(matchOn)) {
            problems.add("option matchOn='" + matchOn + "' is not valid; use " + UpsertKeys.MATCH_EXTERNAL_ID + " or "
                         + UpsertKeys.MATCH_EMAIL);
        }
        if (externalIdProperty == null || !externalIdProperty.toLowerCase(Locale.ROOT).startsWith("string ")) {
            problems.add("option externalIdProperty='" + externalIdProperty + "' must be the id of a String"
                         + " single-value extended property, such as '" + DEFAULT_EXTERNAL_ID_PROPERTY + "'");
        }
        if (photoSize != null && !photoSize.isBlank() && !HeaderResolvers.ALL_PHOTO_SIZES.equalsIgnoreCase(
                photoSize.trim()) && !PhotoSize.ALLOWED.contains(photoSize.trim().toLowerCase(Locale.ROOT))) {
            problems.add("option photoSize='" + photoSize + "' is not a photo size Graph serves; allowed values are "
                         + String.join(", ", PhotoSize.ALLOWED) + ", or all (getUserPhotoMetadata: the list)");
        }
        if (top != null && top < 1) {
            problems.add("option top=" + top + " must be at least 1");
        }
        if (skip != null && skip < 0) {
            problems.add("option skip=" + skip + " must be 0 or more");
        }
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
     * list: at most this many contacts in total (pages are still fetched 1000 at a time, or fewer when fewer are
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

    public ProducerConfiguration copy() {
        try {
            return (ProducerConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
