package io.github.outlookcontacts.graph.upsert;

import java.util.List;

import io.github.outlookcontacts.graph.ContactQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MatchQueriesTest {

    private static final String PROP = "String {00020329-0000-0000-C000-000000000046} Name CamelOutlookContactsExternalId";

    @Test
    void externalIdFilterQuotesTheValue() {
        assertThat(MatchQueries.externalIdFilter(PROP, "x' or 1 eq 1 or 'a")).isEqualTo(
                "singleValueExtendedProperties/any(ep: ep/id eq '" + PROP + "' and ep/value eq 'x'' or 1 eq 1 or ''a')");
    }

    @Test
    void emailFilterQuotesAndTrims() {
        assertThat(MatchQueries.emailFilter(" o'brien@x.com ")).isEqualTo(
                "emailAddresses/any(a:a/address eq 'o''brien@x.com')");
    }

    @Test
    void lookupExpandsTheKeyAndTheComparedProperties() {
        ContactQuery q = MatchQueries.lookup(UpsertKey.externalId("crm-1"), PROP, List.of(PROP, "String {G} Name Y"));
        assertThat(q.expand()).isEqualTo("singleValueExtendedProperties($filter=id eq '" + PROP
                + "' or id eq 'String {G} Name Y')");
        assertThat(MatchQueries.lookup(UpsertKey.email("a@b"), PROP, List.of()).expand()).isNull();
    }

    @Test
    void queryStringPercentEncodesEveryValue() {
        String qs = MatchQueries.queryString(new ContactQuery(null, "a eq 'x&$top=1#'", null, null));
        assertThat(qs).isEqualTo("?$filter=a%20eq%20%27x%26%24top%3D1%23%27");
    }
}
