package io.github.outlookcontacts.emulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.outlookcontacts.emulator.store.ContactSchema;
import io.github.outlookcontacts.emulator.store.ExtendedPropertyIds;
import io.github.outlookcontacts.emulator.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A small OData {@code $filter} parser for contacts: {@code eq}/{@code ne}, {@code and}/{@code or}/{@code not},
 * parentheses, {@code startswith}/{@code endswith}/{@code contains}, and {@code coll/any(x: ...)} lambdas. String
 * literals use {@code ''} escaping and are only ever compared as values, so quotes cannot change the expression.
 * Values compare case-insensitively; extended property ids compare like Exchange.
 */
public final class ODataFilter {

    /** What the filter's root properties are checked against. */
    public enum Root {
        CONTACT, EXTENDED_PROPERTY, FOLDER
    }

    private static final Set<String> CONTACT_EXTRA = Set.of("id", "parentFolderId", "changeKey", "createdDateTime",
            "lastModifiedDateTime", "singleValueExtendedProperties");

    private static final Set<String> FOLDER_PROPERTIES = Set.of("id", "displayName", "parentFolderId");

    private final Predicate<Scope> predicate;

    private ODataFilter(Predicate<Scope> predicate) {
        this.predicate = predicate;
    }

    /** Parses a filter; a malformed one is a 400 "Invalid filter clause". */
    public static ODataFilter parse(String text, Root root) {
        Parser p = new Parser(tokenize(text), root);
        Predicate<Scope> pred = p.expression();
        if (p.pos != p.tokens.size()) {
            throw invalid("unexpected '" + p.tokens.get(p.pos).text + "'");
        }
        return new ODataFilter(pred);
    }

    /** Tests a JSON object (a contact with its navigation properties, or an extended property). */
    public boolean test(JsonNode target) {
        return predicate.test(new Scope(target, Map.of(), false));
    }

    private record Scope(JsonNode root, Map<String, JsonNode> vars, boolean extended) {
        JsonNode resolve(List<String> path) {
            JsonNode node;
            int start;
            if (vars.containsKey(path.get(0))) {
                node = vars.get(path.get(0));
                start = 1;
            } else {
                node = root;
                start = 0;
            }
            for (int i = start; i < path.size() && node != null; i++) {
                node = node.get(path.get(i));
            }
            return node;
        }
    }

    private record Token(String kind, String text) {
    }

    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (true) {
                    if (i >= s.length()) {
                        throw invalid("unterminated string literal");
                    }
                    char ch = s.charAt(i);
                    if (ch == '\'') {
                        if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                            sb.append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    sb.append(ch);
                    i++;
                }
                out.add(new Token("str", sb.toString()));
            } else if ("()/,:".indexOf(c) >= 0) {
                out.add(new Token(String.valueOf(c), String.valueOf(c)));
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c == '-') {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || "_$.-".indexOf(s.charAt(i)) >= 0)) {
                    i++;
                }
                out.add(new Token("id", s.substring(start, i)));
            } else {
                throw invalid("unexpected character '" + c + "'");
            }
        }
        return out;
    }

    private static String typeName(Root root) {
        return switch (root) {
            case CONTACT -> "contact";
            case FOLDER -> "contactFolder";
            default -> "singleValueLegacyExtendedProperty";
        };
    }

    static StoreException invalid(String detail) {
        return StoreException.badRequest("BadRequest", "Invalid filter clause: " + detail + ".");
    }

    private static final class Parser {
        final List<Token> tokens;
        final Root root;
        int pos;
        final List<String> lambdaVars = new ArrayList<>();

        Parser(List<Token> tokens, Root root) {
            this.tokens = tokens;
            this.root = root;
        }

        Predicate<Scope> expression() {
            Predicate<Scope> left = conjunction();
            while (keyword("or")) {
                Predicate<Scope> l = left;
                Predicate<Scope> r = conjunction();
                left = s -> l.test(s) || r.test(s);
            }
            return left;
        }

        Predicate<Scope> conjunction() {
            Predicate<Scope> left = unary();
            while (keyword("and")) {
                Predicate<Scope> l = left;
                Predicate<Scope> r = unary();
                left = s -> l.test(s) && r.test(s);
            }
            return left;
        }

        Predicate<Scope> unary() {
            if (keyword("not")) {
                Predicate<Scope> inner = unary();
                return s -> !inner.test(s);
            }
            if (accept("(")) {
                Predicate<Scope> inner = expression();
                expect(")");
                return inner;
            }
            Token t = next("id");
            String lower = t.text.toLowerCase(Locale.ROOT);
            if (peek("(") && Set.of("startswith", "endswith", "contains").contains(lower)) {
                expect("(");
                List<String> path = path(null);
                expect(",");
                String literal = next("str").text.toLowerCase(Locale.ROOT);
                expect(")");
                return s -> {
                    JsonNode v = s.resolve(path);
                    if (v == null || !v.isTextual()) {
                        return false;
                    }
                    String text = v.asText().toLowerCase(Locale.ROOT);
                    return switch (lower) {
                        case "startswith" -> text.startsWith(literal);
                        case "endswith" -> text.endsWith(literal);
                        default -> text.contains(literal);
                    };
                };
            }
            List<String> path = path(t.text);
            if (accept("/")) {
                Token any = next("id");
                if (!any.text.equalsIgnoreCase("any")) {
                    throw invalid("only the 'any' lambda operator is supported");
                }
                return lambda(path);
            }
            return comparison(path);
        }

        Predicate<Scope> lambda(List<String> collection) {
            expect("(");
            if (collection.size() == 1 && collection.get(0).equals("emailAddresses") && !isAddressEquals()) {
                // Graph: on emailAddresses only any(a: a/address eq '...') is supported
                throw StoreException.badRequest("ErrorInvalidUrlQueryFilter",
                        "The query filter contains one or more invalid nodes.");
            }
            String var = next("id").text;
            expect(":");
            lambdaVars.add(var);
            Predicate<Scope> body = expression();
            lambdaVars.remove(lambdaVars.size() - 1);
            expect(")");
            boolean extended = collection.size() == 1 && collection.get(0).equals("singleValueExtendedProperties");
            return s -> {
                JsonNode items = s.resolve(collection);
                if (items == null || !items.isArray()) {
                    return false;
                }
                for (JsonNode item : items) {
                    Map<String, JsonNode> vars = new java.util.HashMap<>(s.vars());
                    vars.put(var, item);
                    if (body.test(new Scope(s.root(), vars, extended || s.extended()))) {
                        return true;
                    }
                }
                return false;
            };
        }

        Predicate<Scope> comparison(List<String> path) {
            Token op = next("id");
            String o = op.text.toLowerCase(Locale.ROOT);
            if (!o.equals("eq") && !o.equals("ne")) {
                throw invalid("unsupported operator '" + op.text + "'");
            }
            Token lit = tokens.size() > pos ? tokens.get(pos++) : null;
            if (lit == null || !(lit.kind.equals("str") || lit.text.equals("null"))) {
                throw invalid("a string literal or null is expected after '" + op.text + "'");
            }
            String value = lit.kind.equals("str") ? lit.text : null;
            boolean idCompare = path.get(path.size() - 1).equals("id");
            Predicate<Scope> eq = s -> {
                JsonNode v = s.resolve(path);
                if (value == null) {
                    return v == null || v.isNull();
                }
                if (v == null || v.isNull() || v.isContainerNode()) {
                    return false;
                }
                if (idCompare && (s.extended() || root == Root.EXTENDED_PROPERTY)) {
                    return ExtendedPropertyIds.same(v.asText(), value);
                }
                return idCompare ? v.asText().equals(value) : v.asText().equalsIgnoreCase(value);
            };
            return o.equals("eq") ? eq : eq.negate();
        }

        /** A property path; root properties are checked against the type. */
        List<String> path(String first) {
            List<String> path = new ArrayList<>();
            path.add(first == null ? next("id").text : first);
            while (peek("/") && pos + 1 < tokens.size() && tokens.get(pos + 1).kind.equals("id")
                    && !(tokens.get(pos + 1).text.equalsIgnoreCase("any") && pos + 2 < tokens.size()
                            && tokens.get(pos + 2).kind.equals("("))) {
                pos++;
                path.add(next("id").text);
            }
            String head = path.get(0);
            if (!lambdaVars.contains(head)) {
                boolean known = switch (root) {
                    case CONTACT -> ContactSchema.WRITABLE.containsKey(head) || CONTACT_EXTRA.contains(head);
                    case FOLDER -> FOLDER_PROPERTIES.contains(head);
                    default -> head.equals("id") || head.equals("value");
                };
                if (!known) {
                    throw StoreException.badRequest("BadRequest", "Could not find a property named '" + head
                            + "' on type 'microsoft.graph." + typeName(root) + "'.");
                }
            }
            return path;
        }

        /** Looks ahead for exactly {@code v: v/address eq 'literal')}. */
        private boolean isAddressEquals() {
            if (pos + 7 > tokens.size()) {
                return false;
            }
            List<Token> t = tokens.subList(pos, pos + 7);
            return t.get(0).kind.equals("id") && t.get(1).kind.equals(":") && t.get(2).text.equals(t.get(0).text)
                    && t.get(3).kind.equals("/") && t.get(4).text.equals("address") && t.get(5).text
                            .equalsIgnoreCase("eq") && t.get(6).kind.equals("str") && pos + 7 < tokens.size()
                    && tokens.get(pos + 7).kind.equals(")");
        }

        boolean keyword(String word) {
            if (pos < tokens.size() && tokens.get(pos).kind.equals("id") && tokens.get(pos).text.equalsIgnoreCase(
                    word)) {
                pos++;
                return true;
            }
            return false;
        }

        boolean peek(String kind) {
            return pos < tokens.size() && tokens.get(pos).kind.equals(kind);
        }

        boolean accept(String kind) {
            if (peek(kind)) {
                pos++;
                return true;
            }
            return false;
        }

        void expect(String kind) {
            if (!accept(kind)) {
                throw invalid("'" + kind + "' expected");
            }
        }

        Token next(String kind) {
            if (!peek(kind)) {
                throw invalid((kind.equals("str") ? "a string literal" : "an identifier") + " expected");
            }
            return tokens.get(pos++);
        }
    }
}
