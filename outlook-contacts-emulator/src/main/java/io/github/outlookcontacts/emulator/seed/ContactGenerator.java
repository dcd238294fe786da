package io.github.outlookcontacts.emulator.seed;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.outlookcontacts.emulator.store.Json;
import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic generator of realistic Graph contacts (German, French, Polish, Chinese, Russian and English names,
 * 0-3 e-mails, phones, addresses, categories, birthdays, company and job title): the same seed gives the same list.
 */
public final class ContactGenerator {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private record Culture(String[] given, String[] surnames, String[] cities, String country, String phonePrefix,
            String domain, boolean latin) {
    }

    private static final Culture[] CULTURES = {
        new Culture(new String[] {"Jürgen", "Anna", "Lukas", "Sophie", "Maximilian", "Lena", "Björn", "Käthe"},
                new String[] {"Müller", "Schmidt", "Schäfer", "Weiß", "Groß", "Köhler", "Bauer", "Hoffmann"},
                new String[] {"München", "Köln", "Düsseldorf", "Berlin"}, "Germany", "+49", "beispiel.de", true),
        new Culture(new String[] {"François", "Hélène", "Chloé", "Jérôme", "Amélie", "Noël", "Zoé", "Gaëtan"},
                new String[] {"Lefèvre", "Dubois", "Moreau", "Girard", "Bézier", "Fontaine", "Roux", "Gauthier"},
                new String[] {"Paris", "Lyon", "Besançon", "Orléans"}, "France", "+33", "exemple.fr", true),
        new Culture(new String[] {"Łukasz", "Małgorzata", "Paweł", "Zofia", "Wojciech", "Agnieszka", "Józef",
            "Dorota"}, new String[] {"Wójcik", "Kowalczyk", "Żak", "Nowak", "Wiśniewska", "Kamiński", "Dąbrowski",
                "Lewandowska"}, new String[] {"Kraków", "Łódź", "Gdańsk", "Poznań"}, "Poland", "+48", "przyklad.pl",
                true),
        new Culture(new String[] {"伟", "芳", "娜", "秀英", "敏", "静", "磊", "洋"},
                new String[] {"王", "李", "张", "刘", "陈", "杨", "黄", "赵"},
                new String[] {"北京", "上海", "广州", "深圳"}, "China", "+86", "example.cn", false),
        new Culture(new String[] {"Александр", "Мария", "Дмитрий", "Анна", "Сергей", "Ольга", "Иван", "Татьяна"},
                new String[] {"Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева", "Козлов",
                    "Новикова"}, new String[] {"Москва", "Санкт-Петербург", "Казань", "Новосибирск"}, "Russia", "+7",
                "primer.ru", false),
        new Culture(new String[] {"James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Mary-Kate", "Seán"},
                new String[] {"Smith", "O'Brien", "Johnson", "Williams", "Brown", "Davis", "Miller", "Wilson"},
                new String[] {"London", "New York", "Dublin", "Seattle"}, "United States", "+1", "example.com", true),
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
    private final java.util.Map<String, String> asciiNames = new java.util.HashMap<>();

    public ContactGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next contact as a Graph JSON object (only writable properties). */
    public ObjectNode next() {
        counter++;
        Culture c = CULTURES[random.nextInt(CULTURES.length)];
        String given = pick(c.given());
        String surname = pick(c.surnames());
        ObjectNode o = F.objectNode();
        o.put("givenName", given);
        o.put("surname", surname);
        o.put("displayName", c.latin() ? given + " " + surname : surname + given);
        if (random.nextInt(4) > 0) {
            o.put("companyName", pick(COMPANIES));
            o.put("jobTitle", pick(TITLES));
            o.put("department", pick(DEPARTMENTS));
        }
        ArrayNode emails = o.putArray("emailAddresses");
        int emailCount = random.nextInt(4);
        String local = asciiLocal(given, surname, c.latin());
        for (int i = 0; i < emailCount; i++) {
            ObjectNode e = emails.addObject();
            e.put("name", o.get("displayName").asText());
            e.put("address", local + (i == 0 ? "" : "." + i) + "@" + (i == 2 ? "mail.example.org" : c.domain()));
        }
        ArrayNode business = o.putArray("businessPhones");
        for (int i = random.nextInt(3); i > 0; i--) {
            business.add(phone(c));
        }
        if (random.nextBoolean()) {
            o.put("mobilePhone", phone(c));
        }
        if (random.nextInt(3) == 0) {
            o.putArray("homePhones").add(phone(c));
        }
        if (random.nextInt(3) > 0) {
            ObjectNode a = o.putObject(random.nextBoolean() ? "businessAddress" : "homeAddress");
            a.put("street", pick(STREETS) + " " + (1 + random.nextInt(200)));
            a.put("city", pick(c.cities()));
            a.put("countryOrRegion", c.country());
            a.put("postalCode", String.format(Locale.ROOT, "%05d", random.nextInt(100000)));
        }
        if (random.nextInt(3) == 0) {
            o.putArray("categories").add(pick(CATEGORIES));
        }
        if (random.nextInt(4) == 0) {
            o.put("birthday", String.format(Locale.ROOT, "%04d-%02d-%02dT11:59:00Z", 1950 + random.nextInt(55),
                    1 + random.nextInt(12), 1 + random.nextInt(28)));
        }
        if (random.nextInt(5) == 0) {
            o.put("personalNotes", "Met at conference #" + counter);
        }
        return o;
    }

    /** The next contact as compact JSON bytes (for bulk in-memory seeding). */
    public byte[] nextJson() {
        return Json.bytes(next());
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
