package io.github.outlookcontacts.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Graph v1.0 {@code contact}. Date-times are kept as the exact strings Graph sent (no precision or offset lost);
 * properties this class does not model, including OData annotations, are kept and written back.
 * Null properties are not written, so a Contact used as a PATCH body only sends what was set.
 */
public class Contact extends GraphObject implements GraphEntity {

    /** {@code @odata.etag} as Graph sent it, {@code W/"<changeKey>"}; send it back as {@code If-Match}. */
    @JsonProperty("@odata.etag")
    private String eTag;
    private String id;
    private String changeKey;
    private String createdDateTime;
    private String lastModifiedDateTime;
    private List<String> categories;
    private String parentFolderId;
    private String assistantName;
    private String birthday;
    private PhysicalAddress businessAddress;
    private String businessHomePage;
    private List<String> businessPhones;
    private List<String> children;
    private String companyName;
    private String department;
    private String displayName;
    private List<EmailAddress> emailAddresses;
    private String fileAs;
    private String generation;
    private String givenName;
    private PhysicalAddress homeAddress;
    private List<String> homePhones;
    private List<String> imAddresses;
    private String initials;
    private String jobTitle;
    private String manager;
    private String middleName;
    private String mobilePhone;
    private String nickName;
    private String officeLocation;
    private PhysicalAddress otherAddress;
    private String personalNotes;
    private String profession;
    private String spouseName;
    private String surname;
    private String title;
    private String yomiCompanyName;
    private String yomiGivenName;
    private String yomiSurname;
    private EmailAddress primaryEmailAddress;
    private EmailAddress secondaryEmailAddress;
    private EmailAddress tertiaryEmailAddress;
    private List<SingleValueExtendedProperty> singleValueExtendedProperties;
    private List<MultiValueExtendedProperty> multiValueExtendedProperties;
    private List<OpenTypeExtension> extensions;

    public Contact() {
    }

    /** A contact holding only its id (the body of a {@code deleted} change). */
    public static Contact ofId(String id) {
        Contact c = new Contact();
        c.setId(id);
        return c;
    }

    /** The {@code @odata.etag}, {@code W/"<changeKey>"}. */
    public String getETag() {
        return eTag;
    }

    public void setETag(String eTag) {
        this.eTag = eTag;
    }

    /** The contact id (read-only). */
    @Override
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The version of the contact; changes on every update. */
    public String getChangeKey() {
        return changeKey;
    }

    public void setChangeKey(String changeKey) {
        this.changeKey = changeKey;
    }

    /** Creation time, exactly as Graph sent it (ISO 8601, UTC). */
    public String getCreatedDateTime() {
        return createdDateTime;
    }

    public void setCreatedDateTime(String createdDateTime) {
        this.createdDateTime = createdDateTime;
    }

    /** Last modification time, exactly as Graph sent it. */
    public String getLastModifiedDateTime() {
        return lastModifiedDateTime;
    }

    public void setLastModifiedDateTime(String lastModifiedDateTime) {
        this.lastModifiedDateTime = lastModifiedDateTime;
    }

    /** Categories assigned to the contact. */
    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    /** The id of the folder holding the contact. */
    public String getParentFolderId() {
        return parentFolderId;
    }

    public void setParentFolderId(String parentFolderId) {
        this.parentFolderId = parentFolderId;
    }

    /** The assistant's name. */
    public String getAssistantName() {
        return assistantName;
    }

    public void setAssistantName(String assistantName) {
        this.assistantName = assistantName;
    }

    /** The birthday, exactly as Graph sent it (compare by date only). */
    public String getBirthday() {
        return birthday;
    }

    public void setBirthday(String birthday) {
        this.birthday = birthday;
    }

    /** The business address. */
    public PhysicalAddress getBusinessAddress() {
        return businessAddress;
    }

    public void setBusinessAddress(PhysicalAddress businessAddress) {
        this.businessAddress = businessAddress;
    }

    /** The business home page. */
    public String getBusinessHomePage() {
        return businessHomePage;
    }

    public void setBusinessHomePage(String businessHomePage) {
        this.businessHomePage = businessHomePage;
    }

    /** Business phone numbers (Graph allows at most 2). */
    public List<String> getBusinessPhones() {
        return businessPhones;
    }

    public void setBusinessPhones(List<String> businessPhones) {
        this.businessPhones = businessPhones;
    }

    /** The names of the contact's children. */
    public List<String> getChildren() {
        return children;
    }

    public void setChildren(List<String> children) {
        this.children = children;
    }

    /** The company name. */
    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    /** The department. */
    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    /** The display name. */
    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    /** Email addresses (Graph allows at most 3). */
    public List<EmailAddress> getEmailAddresses() {
        return emailAddresses;
    }

    public void setEmailAddresses(List<EmailAddress> emailAddresses) {
        this.emailAddresses = emailAddresses;
    }

    /** The name the contact is filed under. */
    public String getFileAs() {
        return fileAs;
    }

    public void setFileAs(String fileAs) {
        this.fileAs = fileAs;
    }

    /** The generation suffix (Jr., III). */
    public String getGeneration() {
        return generation;
    }

    public void setGeneration(String generation) {
        this.generation = generation;
    }

    /** The given name. */
    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    /** The home address. */
    public PhysicalAddress getHomeAddress() {
        return homeAddress;
    }

    public void setHomeAddress(PhysicalAddress homeAddress) {
        this.homeAddress = homeAddress;
    }

    /** Home phone numbers (Graph allows at most 2). */
    public List<String> getHomePhones() {
        return homePhones;
    }

    public void setHomePhones(List<String> homePhones) {
        this.homePhones = homePhones;
    }

    /** Instant messaging addresses (Graph allows at most 3). */
    public List<String> getImAddresses() {
        return imAddresses;
    }

    public void setImAddresses(List<String> imAddresses) {
        this.imAddresses = imAddresses;
    }

    /** The initials. */
    public String getInitials() {
        return initials;
    }

    public void setInitials(String initials) {
        this.initials = initials;
    }

    /** The job title. */
    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    /** The manager's name. */
    public String getManager() {
        return manager;
    }

    public void setManager(String manager) {
        this.manager = manager;
    }

    /** The middle name. */
    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    /** The mobile phone number. */
    public String getMobilePhone() {
        return mobilePhone;
    }

    public void setMobilePhone(String mobilePhone) {
        this.mobilePhone = mobilePhone;
    }

    /** The nickname. */
    public String getNickName() {
        return nickName;
    }

    public void setNickName(String nickName) {
        this.nickName = nickName;
    }

    /** The office location. */
    public String getOfficeLocation() {
        return officeLocation;
    }

    public void setOfficeLocation(String officeLocation) {
        this.officeLocation = officeLocation;
    }

    /** Another address. */
    public PhysicalAddress getOtherAddress() {
        return otherAddress;
    }

    public void setOtherAddress(PhysicalAddress otherAddress) {
        this.otherAddress = otherAddress;
    }

    /** The user's notes about the contact. */
    public String getPersonalNotes() {
        return personalNotes;
    }

    public void setPersonalNotes(String personalNotes) {
        this.personalNotes = personalNotes;
    }

    /** The profession. */
    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = profession;
    }

    /** The spouse's name. */
    public String getSpouseName() {
        return spouseName;
    }

    public void setSpouseName(String spouseName) {
        this.spouseName = spouseName;
    }

    /** The surname. */
    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    /** The title (Mr., Dr.). */
    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /** The phonetic Japanese company name. */
    public String getYomiCompanyName() {
        return yomiCompanyName;
    }

    public void setYomiCompanyName(String yomiCompanyName) {
        this.yomiCompanyName = yomiCompanyName;
    }

    /** The phonetic Japanese given name. */
    public String getYomiGivenName() {
        return yomiGivenName;
    }

    public void setYomiGivenName(String yomiGivenName) {
        this.yomiGivenName = yomiGivenName;
    }

    /** The phonetic Japanese surname. */
    public String getYomiSurname() {
        return yomiSurname;
    }

    public void setYomiSurname(String yomiSurname) {
        this.yomiSurname = yomiSurname;
    }

    /** The primary email address (v1.0 CSDL since 2026-03). */
    public EmailAddress getPrimaryEmailAddress() {
        return primaryEmailAddress;
    }

    public void setPrimaryEmailAddress(EmailAddress primaryEmailAddress) {
        this.primaryEmailAddress = primaryEmailAddress;
    }

    /** The secondary email address. */
    public EmailAddress getSecondaryEmailAddress() {
        return secondaryEmailAddress;
    }

    public void setSecondaryEmailAddress(EmailAddress secondaryEmailAddress) {
        this.secondaryEmailAddress = secondaryEmailAddress;
    }

    /** The tertiary email address. */
    public EmailAddress getTertiaryEmailAddress() {
        return tertiaryEmailAddress;
    }

    public void setTertiaryEmailAddress(EmailAddress tertiaryEmailAddress) {
        this.tertiaryEmailAddress = tertiaryEmailAddress;
    }

    /** Single-value extended properties (present when expanded or written). */
    public List<SingleValueExtendedProperty> getSingleValueExtendedProperties() {
        return singleValueExtendedProperties;
    }

    public void setSingleValueExtendedProperties(List<SingleValueExtendedProperty> singleValueExtendedProperties) {
        this.singleValueExtendedProperties = singleValueExtendedProperties;
    }

    /** Multi-value extended properties (present when expanded, or to write them with create/update). */
    public List<MultiValueExtendedProperty> getMultiValueExtendedProperties() {
        return multiValueExtendedProperties;
    }

    public void setMultiValueExtendedProperties(List<MultiValueExtendedProperty> multiValueExtendedProperties) {
        this.multiValueExtendedProperties = multiValueExtendedProperties;
    }

    /** Open extensions (present when expanded with {@code expand=extensions(...)}, or to create them with a contact). */
    public List<OpenTypeExtension> getExtensions() {
        return extensions;
    }

    public void setExtensions(List<OpenTypeExtension> extensions) {
        this.extensions = extensions;
    }

    @Override
    protected Object[] modelledValues() {
        return new Object[] { eTag, id, changeKey, createdDateTime, lastModifiedDateTime, categories, parentFolderId,
                assistantName, birthday, businessAddress, businessHomePage, businessPhones, children, companyName,
                department, displayName, emailAddresses, fileAs, generation, givenName, homeAddress, homePhones,
                imAddresses, initials, jobTitle, manager, middleName, mobilePhone, nickName, officeLocation,
                otherAddress, personalNotes, profession, spouseName, surname, title, yomiCompanyName, yomiGivenName,
                yomiSurname, primaryEmailAddress, secondaryEmailAddress, tertiaryEmailAddress,
                singleValueExtendedProperties, multiValueExtendedProperties, extensions };
    }

    @Override
    public String toString() {
        // Personal data stays out of logs: only identity and version.
        return "Contact[id=" + getId() + ", changeKey=" + getChangeKey() + "]";
    }
}
