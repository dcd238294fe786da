package io.github.outlookcontacts.camel.dataformat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.outlookcontacts.camel.dataformat.support.ContactCard;
import io.github.outlookcontacts.model.Contact;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.DataFormat;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both data formats found by name, as routes in Java and YAML DSL use them. */
class DataFormatRoutesTest {

    private CamelContext camel;

    @BeforeEach
    void start() {
        camel = new DefaultCamelContext();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void camelResolvesBothByName() {
        DataFormat vcard = camel.resolveDataFormat("vcard");
        DataFormat csv = camel.resolveDataFormat("outlook-csv");
        assertThat(vcard).isInstanceOf(VCardDataFormat.class);
        assertThat(csv).isInstanceOf(OutlookCsvDataFormat.class);
        // resolve shares one instance per name (the formats keep no state but their options); create makes a new one.
        assertThat(camel.resolveDataFormat("vcard")).isSameAs(vcard);
        assertThat(camel.createDataFormat("vcard")).isInstanceOf(VCardDataFormat.class).isNotSameAs(vcard);
    }

    @Test
    void optionsAreBoundThroughTheGeneratedConfigurers() {
        for (Class<?> format : List.of(VCardDataFormat.class, OutlookCsvDataFormat.class)) {
            assertThat(PluginHelper.getConfigurerResolver(camel).resolvePropertyConfigurer(format.getName(), camel))
                    .as(format.getSimpleName()).isNotNull()
                    .extracting(c -> c.getClass().getSimpleName()).isEqualTo(format.getSimpleName() + "Configurer");
        }
        VCardDataFormat vcard = new VCardDataFormat();
        PropertyBindingSupport.build().withCamelContext(camel).withTarget(vcard)
                .withProperties(new HashMap<>(Map.of("version", "3.0", "lenient", "true")))
                .withConfigurer(PluginHelper.getConfigurerResolver(camel)
                        .resolvePropertyConfigurer(VCardDataFormat.class.getName(), camel))
                .withReflection(false)
                .bind();
        assertThat(vcard.getVersion()).isEqualTo("3.0");
        assertThat(vcard.isLenient()).isTrue();
    }

    @Test
    void javaDslMarshalsAndUnmarshalsByName() throws Exception {
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:to-vcard").marshal().custom("vcard");
                from("direct:from-csv").unmarshal().custom("outlook-csv");
            }
        });
        camel.start();
        ProducerTemplate template = camel.createProducerTemplate();

        Contact ann = SampleContacts.named("Ann", "Lee", "ann@x.example");
        String vcard = template.requestBody("direct:to-vcard", List.of(ann), String.class);
        assertThat(vcard).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n").contains("FN:Ann Lee\r\n");

        List<?> contacts = template.requestBody("direct:from-csv",
                "First Name,Last Name,E-mail Address\nAnn,Lee,ann@x.example\n".getBytes(StandardCharsets.UTF_8),
                List.class);
        assertThat(contacts).hasSize(1);
        assertThat(((Contact) contacts.get(0)).getSurname()).isEqualTo("Lee");
    }

    @Test
    void yamlDslUsesBothByName() throws Exception {
        String yaml = """
                - from:
                    uri: direct:csv-to-vcard
                    steps:
                      - unmarshal:
                          custom:
                            ref: outlook-csv
                      - marshal:
                          custom:
                            ref: vcard
                """;
        String out = runYaml(yaml, "direct:csv-to-vcard", "First Name,Last Name\nЮрий,Гагарин\n");
        assertThat(out).contains("N:Гагарин;Юрий;;;");
    }

    @Test
    void yamlDslBeanWithOptionsIsFoundByItsName() throws Exception {
        String yaml = """
                - beans:
                    - name: vcard3
                      type: io.github.outlookcontacts.camel.dataformat.VCardDataFormat
                      properties:
                        version: "3.0"
                - from:
                    uri: direct:to-vcard3
                    steps:
                      - marshal:
                          custom:
                            ref: vcard3
                """;
        String out = runYaml(yaml, "direct:to-vcard3", SampleContacts.named("Ann", "Lee", "ann@x.example"));
        assertThat(out).startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n");
    }

    @Test
    void aPhotoHeaderSetByTheRouteBecomesPhoto() throws Exception {
        byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0 };
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:photo").setHeader(ContactDataFormatConstants.PHOTO, constant(jpeg)).marshal()
                        .custom("vcard").unmarshal(new VCardDataFormat() {
                            {
                                setWithPhotos(true);
                            }
                        });
            }
        });
        camel.start();
        List<?> cards = camel.createProducerTemplate().requestBody("direct:photo",
                SampleContacts.named("Ann", "Lee", "ann@x.example"), List.class);
        ContactCard card = (ContactCard) cards.get(0);
        assertThat(card.photo()).isEqualTo(jpeg);
        assertThat(card.photoContentType()).isEqualTo("image/jpeg");
    }

    /** Loads the YAML routes, starts Camel and sends {@code body} to {@code uri}; the answer as text. */
    private String runYaml(String yaml, String uri, Object body) throws Exception {
        PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.fromString("routes.yaml", yaml));
        camel.start();
        return camel.createProducerTemplate().requestBody(uri, body, String.class);
    }
}
