package io.github.outlookcontacts.model;

import java.util.List;
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
 * An Outlook contact as Microsoft Graph v1.0 represents it; dates are kept as the exact strings Graph sent.
 */
// Fields define the JSON (getters such as getETag would otherwise add a second, wrongly named property).
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
                isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "@odata.etag", "id", "changeKey", "createdDateTime", "lastModifiedDateTime", "parentFolderId", "categories", "displayName", "givenName", "middleName", "surname", "initials", "nickName", "title", "generation", "fileAs", "yomiGivenName", "yomiSurname", "yomiCompanyName", "emailAddresses", "primaryEmailAddress", "secondaryEmailAddress", "tertiaryEmailAddress", "imAddresses", "businessPhones", "homePhones", "mobilePhone", "businessAddress", "homeAddress", "otherAddress", "businessHomePage", "companyName", "department", "jobTitle", "officeLocation", "profession", "manager", "assistantName", "birthday", "spouseName", "children", "personalNotes", "singleValueExtendedProperties" })
public class Contact {

    @JsonProperty("@odata.etag")
    private String eTag;
    private String id;
    private String changeKey;
    private String createdDateTime;
    private String lastModifiedDateTime;
    private String parentFolderId;
    private List<String> categories;
    private String displayName;
    private String givenName;
    private String middleName;
    private String surname;
    private String initials;
    private String nickName;
    private String title;
    private String generation;
    private String fileAs;
    private String yomiGivenName;
    private String yomiSurname;
    private String yomiCompanyName;
    private List<EmailAddress> emailAddresses;
    private EmailAddress primaryEmailAddress;
    private EmailAddress secondaryEmailAddress;
    private EmailAddress tertiaryEmailAddress;
    private List<String> imAddresses;
    private List<String> businessPhones;
    private List<String> homePhones;
    private String mobilePhone;
    private PhysicalAddress businessAddress;
    private PhysicalAddress homeAddress;
    private PhysicalAddress otherAddress;
    private String businessHomePage;
    private String companyName;
    private String department;
    private String jobTitle;
    private String officeLocation;
    private String profession;
    private String manager;
    private String assistantName;
    private String birthday;
    private String spouseName;
    private List<String> children;
    private String personalNotes;
    private List<SingleValueExtendedProperty> singleValueExtendedProperties;
    /** Properties this class does not model (new Graph properties, annotations): kept and written back. */
    @JsonIgnore
    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

    public String getETag() {
        return eTag;
    }

    public void setETag(String eTag) {
        this.eTag = eTag;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getChangeKey() {
        return changeKey;
    }

    public void setChangeKey(String changeKey) {
        this.changeKey = changeKey;
    }

    public String getCreatedDateTime() {
        return createdDateTime;
    }

    public void setCreatedDateTime(String createdDateTime) {
        this.createdDateTime = createdDateTime;
    }

    public String getLastModifiedDateTime() {
        return lastModifiedDateTime;
    }

    public void setLastModifiedDateTime(String lastModifiedDateTime) {
        this.lastModifiedDateTime = lastModifiedDateTime;
    }

    public String getParentFolderId() {
        return parentFolderId;
    }

    public void setParentFolderId(String parentFolderId) {
        this.parentFolderId = parentFolderId;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName;
    }

    public String getSurname() {
        return surname;
    }

    public void setSurname(String surname) {
        this.surname = surname;
    }

    public String getInitials() {
        return initials;
    }

    public void setInitials(String initials) {
        this.initials = initials;
    }

    public String getNickName() {
        return nickName;
    }

    public void setNickName(String nickName) {
        this.nickName = nickName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getGeneration() {
        return generation;
    }

    public void setGeneration(String generation) {
        this.generation = generation;
    }

    public String getFileAs() {
        return fileAs;
    }

    public void setFileAs(String fileAs) {
        this.fileAs = fileAs;
    }

    public String getYomiGivenName() {
        return yomiGivenName;
    }

    public void setYomiGivenName(String yomiGivenName) {
        this.yomiGivenName = yomiGivenName;
    }

    public String getYomiSurname() {
        return yomiSurname;
    }

    public void setYomiSurname(String yomiSurname) {
        this.yomiSurname = yomiSurname;
    }

    public String getYomiCompanyName() {
        return yomiCompanyName;
    }

    public void setYomiCompanyName(String yomiCompanyName) {
        this.yomiCompanyName = yomiCompanyName;
    }

    public List<EmailAddress> getEmailAddresses() {
        return emailAddresses;
    }

    public void setEmailAddresses(List<EmailAddress> emailAddresses) {
        this.emailAddresses = emailAddresses;
    }

    public EmailAddress getPrimaryEmailAddress() {
        return primaryEmailAddress;
    }

    public void setPrimaryEmailAddress(EmailAddress primaryEmailAddress) {
        this.primaryEmailAddress = primaryEmailAddress;
    }

    public EmailAddress getSecondaryEmailAddress() {
        return secondaryEmailAddress;
    }

    public void setSecondaryEmailAddress(EmailAddress secondaryEmailAddress) {
        this.secondaryEmailAddress = secondaryEmailAddress;
    }

    public EmailAddress getTertiaryEmailAddress() {
        return tertiaryEmailAddress;
    }

    public void setTertiaryEmailAddress(EmailAddress tertiaryEmailAddress) {
        this.tertiaryEmailAddress = tertiaryEmailAddress;
    }

    public List<String> getImAddresses() {
        return imAddresses;
    }

    public void setImAddresses(List<String> imAddresses) {
        this.imAddresses = imAddresses;
    }

    public List<String> getBusinessPhones() {
        return businessPhones;
    }

    public void setBusinessPhones(List<String> businessPhones) {
        this.businessPhones = businessPhones;
    }

    public List<String> getHomePhones() {
        return homePhones;
    }

    public void setHomePhones(List<String> homePhones) {
        this.homePhones = homePhones;
    }

    public String getMobilePhone() {
        return mobilePhone;
    }

    public void setMobilePhone(String mobilePhone) {
        this.mobilePhone = mobilePhone;
    }

    public PhysicalAddress getBusinessAddress() {
        return businessAddress;
    }

    public void setBusinessAddress(PhysicalAddress businessAddress) {
        this.businessAddress = businessAddress;
    }

    public PhysicalAddress getHomeAddress() {
        return homeAddress;
    }

    public void setHomeAddress(PhysicalAddress homeAddress) {
        this.homeAddress = homeAddress;
    }

    public PhysicalAddress getOtherAddress() {
        return otherAddress;
    }

    public void setOtherAddress(PhysicalAddress otherAddress) {
        this.otherAddress = otherAddress;
    }

    public String getBusinessHomePage() {
        return businessHomePage;
    }

    public void setBusinessHomePage(String businessHomePage) {
        this.businessHomePage = businessHomePage;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getOfficeLocation() {
        return officeLocation;
    }

    public void setOfficeLocation(String officeLocation) {
        this.officeLocation = officeLocation;
    }

    public String getProfession() {
        return profession;
    }

    public void setProfession(String profession) {
        this.profession = profession;
    }

    public String getManager() {
        return manager;
    }

    public void setManager(String manager) {
        this.manager = manager;
    }

    public String getAssistantName() {
        return assistantName;
    }

    public void setAssistantName(String assistantName) {
        this.assistantName = assistantName;
    }

    public String getBirthday() {
        return birthday;
    }

    public void setBirthday(String birthday) {
        this.birthday = birthday;
    }

    public String getSpouseName() {
        return spouseName;
    }

    public void setSpouseName(String spouseName) {
        this.spouseName = spouseName;
    }

    public List<String> getChildren() {
        return children;
    }

    public void setChildren(List<String> children) {
        this.children = children;
    }

    public String getPersonalNotes() {
        return personalNotes;
    }

    public void setPersonalNotes(String personalNotes) {
        this.personalNotes = personalNotes;
    }

    public List<SingleValueExtendedProperty> getSingleValueExtendedProperties() {
        return singleValueExtendedProperties;
    }

    public void setSingleValueExtendedProperties(List<SingleValueExtendedProperty> singleValueExtendedProperties) {
        this.singleValueExtendedProperties = singleValueExtendedProperties;
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
        if (!(o instanceof Contact that)) {
            return false;
        }
        return Objects.equals(eTag, that.eTag)
                && Objects.equals(id, that.id)
                && Objects.equals(changeKey, that.changeKey)
                && Objects.equals(createdDateTime, that.createdDateTime)
                && Objects.equals(lastModifiedDateTime, that.lastModifiedDateTime)
                && Objects.equals(parentFolderId, that.parentFolderId)
                && Objects.equals(categories, that.categories)
                && Objects.equals(displayName, that.displayName)
                && Objects.equals(givenName, that.givenName)
                && Objects.equals(middleName, that.middleName)
                && Objects.equals(surname, that.surname)
                && Objects.equals(initials, that.initials)
                && Objects.equals(nickName, that.nickName)
                && Objects.equals(title, that.title)
                && Objects.equals(generation, that.generation)
                && Objects.equals(fileAs, that.fileAs)
                && Objects.equals(yomiGivenName, that.yomiGivenName)
                && Objects.equals(yomiSurname, that.yomiSurname)
                && Objects.equals(yomiCompanyName, that.yomiCompanyName)
                && Objects.equals(emailAddresses, that.emailAddresses)
                && Objects.equals(primaryEmailAddress, that.primaryEmailAddress)
                && Objects.equals(secondaryEmailAddress, that.secondaryEmailAddress)
                && Objects.equals(tertiaryEmailAddress, that.tertiaryEmailAddress)
                && Objects.equals(imAddresses, that.imAddresses)
                && Objects.equals(businessPhones, that.businessPhones)
                && Objects.equals(homePhones, that.homePhones)
                && Objects.equals(mobilePhone, that.mobilePhone)
                && Objects.equals(businessAddress, that.businessAddress)
                && Objects.equals(homeAddress, that.homeAddress)
                && Objects.equals(otherAddress, that.otherAddress)
                && Objects.equals(businessHomePage, that.businessHomePage)
                && Objects.equals(companyName, that.companyName)
                && Objects.equals(department, that.department)
                && Objects.equals(jobTitle, that.jobTitle)
                && Objects.equals(officeLocation, that.officeLocation)
                && Objects.equals(profession, that.profession)
                && Objects.equals(manager, that.manager)
                && Objects.equals(assistantName, that.assistantName)
                && Objects.equals(birthday, that.birthday)
                && Objects.equals(spouseName, that.spouseName)
                && Objects.equals(children, that.children)
                && Objects.equals(personalNotes, that.personalNotes)
                && Objects.equals(singleValueExtendedProperties, that.singleValueExtendedProperties)
                && additionalProperties.equals(that.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eTag, id, changeKey, createdDateTime, lastModifiedDateTime, parentFolderId, categories, displayName, givenName, middleName, surname, initials, nickName, title, generation, fileAs, yomiGivenName, yomiSurname, yomiCompanyName, emailAddresses, primaryEmailAddress, secondaryEmailAddress, tertiaryEmailAddress, imAddresses, businessPhones, homePhones, mobilePhone, businessAddress, homeAddress, otherAddress, businessHomePage, companyName, department, jobTitle, officeLocation, profession, manager, assistantName, birthday, spouseName, children, personalNotes, singleValueExtendedProperties, additionalProperties);
    }

    @Override
    public String toString() {
        return "Contact[id=" + id + ", displayName=" + displayName + "]";
    }
}
