package io.github.outlookcontacts.model.validation;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.model.GraphJson;
import org.junit.jupiter.api.Test;

import static io.github.outlookcontacts.model.validation.ContactValidator.Mode.COMPLETE;
import static io.github.outlookcontacts.model.validation.ContactValidator.Mode.PARTIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactValidatorTest {

    private static ObjectNode json(String json) {
        return (ObjectNode) GraphJson.readTree(json.replace('`', '"'));
    }

    @Test
    void aContactWithANameOrAnEmailIsValid() {
        assertThat(ContactValidator.problems(json("{`givenName`:`Ann`}"), COMPLETE, true)).isEmpty();
        assertThat(ContactValidator.problems(json("{`companyName`:`Contoso`}"), COMPLETE, true)).isEmpty();
        assertThat(ContactValidator.problems(json("{`emailAddresses`:[{`address`:`a@b.c`}]}"), COMPLETE, true))
                .isEmpty();
    }

    @Test
    void neitherNameNorEmailIsRefusedNamingTheFields() {
        assertThatThrownBy(() -> ContactValidator.validate(json("{`jobTitle`:`CTO`,`givenName`:` `}"), COMPLETE, true))
                .isInstanceOf(ContactValidationException.class)
                .hasMessageContaining("givenName/surname/displayName/emailAddresses")
                .hasMessageContaining("needs a name").hasMessageContaining("or an email address");
        // a partial update does not need a name
        assertThat(ContactValidator.problems(json("{`jobTitle`:`CTO`}"), PARTIAL, true)).isEmpty();
    }

    @Test
    void tooManyEntriesAreRefusedWithGraphsLimit() {
        ObjectNode c = json("{`givenName`:`Ann`,"
                + "`emailAddresses`:[{`address`:`1@x`},{`address`:`2@x`},{`address`:`3@x`},{`address`:`4@x`}],"
                + "`businessPhones`:[`1`,`2`,`3`],`homePhones`:[`1`,`2`,`3`],`imAddresses`:[`a`,`b`,`c`,`d`]}");
        List<ValidationProblem> problems = ContactValidator.problems(c, PARTIAL, true);
        assertThat(problems).extracting(ValidationProblem::toString).containsExactly(
                "emailAddresses: has 4 entries; Graph allows at most 3",
                "businessPhones: has 3 entries; Graph allows at most 2",
                "homePhones: has 3 entries; Graph allows at most 2",
                "imAddresses: has 4 entries; Graph allows at most 3");
        ObjectNode atTheLimit = json("{`givenName`:`Ann`,`businessPhones`:[`1`,`2`],`homePhones`:[`1`,`2`],"
                + "`emailAddresses`:[{`address`:`1@x`},{`address`:`2@x`},{`address`:`3@x`}],`imAddresses`:[`a`,`b`,`c`]}");
        assertThat(ContactValidator.problems(atTheLimit, COMPLETE, true)).isEmpty();
    }

    @Test
    void unknownNamesGetTheClosestValidNameSuggested() {
        assertThatThrownBy(() -> ContactValidator.validate(
                json("{`givnName`:`Ann`,`MobilePhone1`:`+1`,`favouriteColour`:`red`}"), PARTIAL, true))
                .hasMessageContaining("givnName: not a Graph contact property; did you mean 'givenName'?")
                .hasMessageContaining("MobilePhone1: not a Graph contact property; did you mean 'mobilePhone'?")
                .hasMessageContaining("favouriteColour: not a Graph contact property")
                .satisfies(e -> assertThat(((ContactValidationException) e).getProblems()).hasSize(3));
    }

    @Test
    void annotationsAndTrustedExtraPropertiesPass() {
        assertThat(ContactValidator.problems(json("{`@odata.etag`:`W/x`,`givenName`:`Ann`}"), COMPLETE, true))
                .isEmpty();
        // properties a typed Contact kept from Graph are not name-checked
        assertThat(ContactValidator.problems(json("{`newGraphProperty`:1,`givenName`:`Ann`}"), COMPLETE, false))
                .isEmpty();
    }

    @Test
    void nestedShapesAndTypesAreChecked() {
        ObjectNode c = json("{`givenName`:`Ann`,`emailAddresses`:[{`adress`:`a@b`}],`homeAddress`:{`town`:`X`},"
                + "`businessPhones`:`+1`,`surname`:3,`singleValueExtendedProperties`:[{`value`:`v`}]}");
        assertThat(ContactValidator.problems(c, COMPLETE, true)).extracting(ValidationProblem::field)
                .containsExactly("emailAddresses[0].adress", "emailAddresses[0].address", "homeAddress.town",
                        "businessPhones", "surname", "singleValueExtendedProperties[0].id");
    }
}
