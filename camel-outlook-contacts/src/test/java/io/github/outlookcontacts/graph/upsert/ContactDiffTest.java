package io.github.outlookcontacts.graph.upsert;

import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.model.GraphJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactDiffTest {

    private static ObjectNode json(String json) {
        return (ObjectNode) GraphJson.readTree(json.replace('`', '"'));
    }

    private static String diff(String desired, String existing) {
        return ContactDiff.patch(json(desired), json(existing), Set.of()).toString().replace('"', '`');
    }

    @Test
    void onlyDifferingPresentPropertiesArePatched() {
        assertThat(diff("{`givenName`:`Ann`,`jobTitle`:`CTO`}",
                "{`id`:`1`,`givenName`:`Ann`,`jobTitle`:`CEO`,`surname`:`Lee`}"))
                .isEqualTo("{`jobTitle`:`CTO`}");
    }

    @Test
    void aContactReadBackFromGraphIsUnchanged() {
        String existing = "{`@odata.etag`:`W/1`,`id`:`1`,`changeKey`:`k`,`givenName`:`Ann`,`surname`:``,"
                + "`birthday`:`1815-12-10T11:59:00Z`,`emailAddresses`:[{`name`:`Ann`,`address`:`ANN@x.com`}],"
                + "`businessPhones`:[`+1`],`homePhones`:[],`homeAddress`:{},`categories`:[]}";
        assertThat(diff("{`id`:`other`,`givenName`:`Ann`,`surname`:null,`birthday`:`1815-12-10T00:00:00Z`,"
                + "`emailAddresses`:[{`address`:` ann@X.com `}],`businessPhones`:[`+1`],`homePhones`:null,"
                + "`homeAddress`:{`city`:null},`categories`:[]}", existing)).isEqualTo("{}");
    }

    @Test
    void collectionsCompareAsWholesAndAreSentWhole() {
        assertThat(diff("{`businessPhones`:[`+2`,`+1`]}", "{`businessPhones`:[`+1`,`+2`]}"))
                .isEqualTo("{`businessPhones`:[`+2`,`+1`]}");
        assertThat(diff("{`emailAddresses`:[{`address`:`a@x`},{`address`:`b@x`}]}",
                "{`emailAddresses`:[{`address`:`a@x`}]}"))
                .isEqualTo("{`emailAddresses`:[{`address`:`a@x`},{`address`:`b@x`}]}");
        assertThat(diff("{`emailAddresses`:[{`address`:`a@x`,`name`:`New`}]}",
                "{`emailAddresses`:[{`address`:`a@x`,`name`:`Old`}]}")).contains("New");
    }

    @Test
    void clearingAndCaseAreChanges() {
        assertThat(diff("{`jobTitle`:null}", "{`jobTitle`:`CTO`}")).isEqualTo("{`jobTitle`:null}");
        assertThat(diff("{`givenName`:`ann`}", "{`givenName`:`Ann`}")).isEqualTo("{`givenName`:`ann`}");
        assertThat(diff("{`homeAddress`:{`city`:`Oslo`}}", "{`homeAddress`:{`city`:`Oslo`,`street`:`1 Main`}}"))
                .isEqualTo("{`homeAddress`:{`city`:`Oslo`}}");
    }

    @Test
    void extendedPropertiesMustBePresentWithTheSameValue() {
        String have = "{`singleValueExtendedProperties`:[{`id`:`String {G} Name K`,`value`:`1`},"
                + "{`id`:`String {G} Name X`,`value`:`a`}]}";
        assertThat(diff("{`singleValueExtendedProperties`:[{`id`:`string {g} name x`,`value`:`a`}]}", have))
                .isEqualTo("{}");
        assertThat(diff("{`singleValueExtendedProperties`:[{`id`:`String {G} Name X`,`value`:`b`}]}", have))
                .contains("`b`");
        ObjectNode keyOnly = json("{`singleValueExtendedProperties`:[{`id`:`String {G} Name K`,`value`:`2`}]}");
        assertThat(ContactDiff.patch(keyOnly, json("{}"), Set.of("String {G} Name K"))).isEmpty();
    }
}
