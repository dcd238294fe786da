package io.github.outlookcontacts.camel.dataformat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.outlookcontacts.model.Contact;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Options from properties, as Camel Main applies them to the data formats a YAML route names. */
class CamelMainOptionsTest {

    @TempDir
    Path dir;

    @Test
    void propertiesConfigureTheFormatsAYamlRouteUsesByName() throws Exception {
        Path routes = dir.resolve("routes.yaml");
        Files.writeString(routes, """
                - from:
                    uri: direct:csv-to-vcard
                    steps:
                      - unmarshal:
                          custom:
                            ref: outlook-csv
                      - marshal:
                          custom:
                            ref: vcard
                """);
        Main main = new Main();
        main.addInitialProperty("camel.main.routesIncludePattern", "file:" + routes);
        main.addInitialProperty("camel.dataformat.vcard.version", "3.0");
        main.addInitialProperty("camel.dataformat.outlook-csv.dateFormat", "dd.MM.yyyy");
        main.start();
        try {
            String vcard = main.getCamelContext().createProducerTemplate().requestBody("direct:csv-to-vcard",
                    "First Name,Last Name,Birthday\nJürgen,Müller,04.07.1975\n".getBytes(StandardCharsets.UTF_8),
                    String.class);
            assertThat(vcard).startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n").contains("BDAY:1975-07-04\r\n",
                    "N:Müller;Jürgen\r\n");
            List<Contact> back = SampleContacts.unmarshal(new VCardDataFormat(),
                    vcard.getBytes(StandardCharsets.UTF_8));
            assertThat(back.get(0).getBirthday()).isEqualTo("1975-07-04T11:59:00Z");
        } finally {
            main.stop();
        }
    }
}
