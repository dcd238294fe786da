package io.github.outlookcontacts.emulator.seed;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.emulator.store.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic generator of realistic Graph contacts (German, French, Polish, Chinese, Russian and English names,
 * 0-3 e-mails, phones, addresses, categories, birthdays, company and job title): the same seed gives the same list.
 */
public final class ContactGenerator {

    /**
     * {@code latin}: the names have an ASCII form for e-mail addresses. {@code surnameFirst}: the display name is the
     * surname followed by the given name without a space (Chinese); every other culture writes "given surname".
     */
    private record Culture(String[] given, String[] surnames, String[] cities, String country, String phonePrefix,
            String domain, boolean latin, boolean surnameFirst) {

        String displayName(String given, String surname) {
            return surnameFirst ? surname + given : given + " " + surname;
        }
    }

    private static final Culture[] CULTURES = {
        new Culture(new String[] {"Jürgen", "Anna", "Lukas", "Sophie", "Maximilian", "Lena", "Björn", "Käthe"},
                new String[] {"Müller", "Schmidt", "Schäfer", "Weiß", "Groß", "Köhler", "Bauer", "Hoffmann"},
                new String[] {"München", "Köln", "Düsseldorf", "Berlin"}, "Germany", "+49", "beispiel.de", true, false),
        new Culture(new String[] {"François", "Hélène", "Chloé", "Jérôme", "Amélie", "Noël", "Zoé", "Gaëtan"},
                new String[] {"Lefèvre", "Dubois", "Moreau", "Girard", "Bézier", "Fontaine", "Roux", "Gauthier"},
                new String[] {"Paris", "Lyon", "Besançon", "Orléans"}, "France", "+33", "exemple.fr", true, false),
        new Culture(new String[] {"Łukasz", "Małgorzata", "Paweł", "Zofia", "Wojciech", "Agnieszka", "Józef",
            "Dorota"}, new String[] {"Wójcik", "Kowalczyk", "Żak", "Nowak", "Wiśniewska", "Kamiński", "Dąbrowski",
                "Lewandowska"}, new String[] {"Kraków", "Łódź", "Gdańsk", "Poznań"}, "Poland", "+48", "przyklad.pl",
                true, false),
        new Culture(new String[] {"伟", "芳", "娜", "秀英", "敏", "静", "磊", "洋"},
                new String[] {"王", "李", "张", "刘", "陈", "杨", "黄", "赵"},
                new String[] {"北京", "上海", "广州", "深圳"}, "China", "+86", "example.cn", false, true),
        new Culture(new String[] {"Александр", "Мария", "Дмитрий", "Анна", "Сергей", "Ольга", "Иван", "Татьяна"},
                new String[] {"Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева", "Козлов",
                    "Новикова"}, new String[] {"Москва", "Санкт-Петербург", "Казань", "Новосибирск"}, "Russia", "+7",
                "primer.ru", false, false),
        new Culture(new String[] {"James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Mary-Kate", "Seán"},
                new String[] {"Smith", "O'Brien", "Johnson", "Williams", "Brown", "Davis", "Miller", "Wilson"},
                new String[] {"London", "New York", "Dublin", "Seattle"}, "United States", "+1", "example.com", true,
                false),
    };
    private static final String[] COMPANIES = {"Contoso Ltd.", "Fabrikam, Inc.", "Northwind Traders",
        "Adventure Works", "Tailspin Toys", "Wide World Importers", "Müller & Söhne GmbH", "Société Générale d'Essai",
        "Przedsiębiorstwo Łączność", "华为测试", "ООО Ромашка"};
    private static final String[] TITLES = {"Engineer", "Sales Manager", "CTO", "Accountant", "Consultant",
        "Project Lead", "Designer", "Support Specialist"};
    private static final String[] DEPARTMENTS = {"Engineering", "Sales", "Finance", "Marketing", "Support"};
    private static final String[] CATEGORIES = {"Red category", "Blue category", "Green category", "Customers",
        "VIP", "Suppliers"};
    private static final String[] STREETS = {"Hauptstraße", "Rue de la Paix", "ul. Długa", "长安街", "ул. Тверская",
        "Main Street"};

    private final SplittableRandom random;
    private long counter;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
    private final java.util.Map<String, String> asciiNames = new java.util.HashMap<>();

    public ContactGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next contact as a Graph JSON object (only writable properties). */
    public ObjectNode next() {
        return Json.object(nextJson());
    }

    /**
     * The next contact as compact JSON bytes, written straight from the random choices (no tree, little garbage:
     * bulk seeding of a million contacts depends on it).
     */
    public byte[] nextJson() {
        buffer.reset();
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(buffer)) {
            write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private void write(JsonGenerator g) throws IOException {
        counter++;
        Culture c = CULTURES[random.nextInt(CULTURES.length)];
        String given = pick(c.given());
        String surname = pick(c.surnames());
        String displayName = c.displayName(given, surname);
        g.writeStartObject();
        g.writeStringField("givenName", given);
        g.writeStringField("surname", surname);
        g.writeStringField("displayName", displayName);
        if (random.nextInt(4) > 0) {
            g.writeStringField("companyName", pick(COMPANIES));
            g.writeStringField("jobTitle", pick(TITLES));
            g.writeStringField("department", pick(DEPARTMENTS));
        }
        g.writeArrayFieldStart("emailAddresses");
        int emailCount = random.nextInt(4);
        String local = asciiLocal(given, surname, c.latin());
        for (int i = 0; i < emailCount; i++) {
            g.writeStartObject();
            g.writeStringField("name", displayName);
            g.writeStringField("address", local + (i == 0 ? "" : "." + i) + "@"
                    + (i == 2 ? "mail.example.org" : c.domain()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("businessPhones");
        for (int i = random.nextInt(3); i > 0; i--) {
            g.writeString(phone(c));
        }
        g.writeEndArray();
        if (random.nextBoolean()) {
            g.writeStringField("mobilePhone", phone(c));
        }
        if (random.nextInt(3) == 0) {
            g.writeArrayFieldStart("homePhones");
            g.writeString(phone(c));
            g.writeEndArray();
        }
        if (random.nextInt(3) > 0) {
            g.writeObjectFieldStart(random.nextBoolean() ? "businessAddress" : "homeAddress");
            g.writeStringField("street", pick(STREETS) + " " + (1 + random.nextInt(200)));
            g.writeStringField("city", pick(c.cities()));
            g.writeStringField("countryOrRegion", c.country());
            g.writeStringField("postalCode", digits(random.nextInt(100000), 5));
            g.writeEndObject();
        }
        if (random.nextInt(3) == 0) {
            g.writeArrayFieldStart("categories");
            g.writeString(pick(CATEGORIES));
            g.writeEndArray();
        }
        if (random.nextInt(4) == 0) {
            g.writeStringField("birthday", (1950 + random.nextInt(55)) + "-" + digits(1 + random.nextInt(12), 2) + "-"
                    + digits(1 + random.nextInt(28), 2) + "T11:59:00Z");
        }
        if (random.nextInt(6) == 0) {
            g.writeStringField("nickName", given.length() > 3 ? given.substring(0, 3) : given);
        }
        if (random.nextInt(8) == 0) {
            g.writeArrayFieldStart("imAddresses");
            g.writeString("sip:" + local + "@" + c.domain());
            g.writeEndArray();
        }
        if (random.nextInt(5) == 0) {
            g.writeStringField("personalNotes", "Met at conference #" + counter);
        }
        g.writeEndObject();
    }

    private static String digits(int value, int width) {
        String s = Integer.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private String phone(Culture c) {
        return c.phonePrefix() + " " + (100 + random.nextInt(900)) + " " + (1000000 + random.nextInt(9000000));
    }

    private String asciiLocal(String given, String surname, boolean latin) {
        if (!latin) {
            return "user" + counter;
        }
        return asciiNames.computeIfAbsent(given + "." + surname, ContactGenerator::ascii) + counter;
    }

    /** "Łukasz.Wójcik" → "lukasz.wojcik" (cached: names come from small fixed lists). */
    private static String ascii(String name) {
        String s = name.toLowerCase(Locale.ROOT).replace("ł", "l").replace("ß", "ss");
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^a-z.\\-]", "");
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
