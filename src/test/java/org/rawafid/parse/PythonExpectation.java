package org.rawafid.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates the small Python subset feedparser's {@code Expect:} lines use: {@code and}/{@code
 * or}/{@code not}, chained {@code ==}/{@code !=}, {@code is}, {@code in}, string literals with
 * escapes, numbers, tuples, {@code +}, subscripts and attributes. Anything the project does not
 * keep (a missing key, a function call) raises {@link NotApplicable}; {@code bozo} is neutral,
 * because Rawafid recovers instead of flagging.
 */
final class PythonExpectation {
    /** The expectation asks about something the parse stage does not keep. */
    static final class NotApplicable extends RuntimeException {
        NotApplicable(String what) {
            super(what, null, false, false);
        }
    }

    /** {@code bozo}: ignored, so {@code not bozo and X} is X and {@code bozo} alone is not applicable. */
    private static final Object NEUTRAL = new Object();

    private final String src;
    private final Map<String, Object> names;
    private final boolean htmlEquivalence;
    private int pos;

    private PythonExpectation(String src, Map<String, Object> names, boolean htmlEquivalence) {
        this.src = src;
        this.names = names;
        this.htmlEquivalence = htmlEquivalence;
    }

    /** True or false; throws NotApplicable when the expression is only about things we do not keep. */
    static boolean evaluate(String expression, Map<String, Object> names) {
        return evaluate(expression, names, false);
    }

    /**
     * Like {@link #evaluate(String, Map)}, but strings compare equal when they denote the same
     * text as HTML ({@code Q&A} and {@code Q&amp;A}, {@code <div>x</div>} and {@code x}): the
     * difference is then one of HTML serialization, which the clean stage settles.
     */
    static boolean evaluateAsHtml(String expression, Map<String, Object> names) {
        return evaluate(expression, names, true);
    }

    private static boolean evaluate(String expression, Map<String, Object> names, boolean htmlEquivalence) {
        PythonExpectation p = new PythonExpectation(expression, names, htmlEquivalence);
        Object value = p.or();
        p.skipSpace();
        if (p.pos != p.src.length()) {
            throw new NotApplicable("unparsed tail: " + p.src.substring(p.pos));
        }
        if (value == NEUTRAL) {
            throw new NotApplicable("only bozo");
        }
        return truthy(value);
    }

    private Object or() {
        Object left = and();
        while (keyword("or")) {
            Object right = and();
            left = left == NEUTRAL ? right : right == NEUTRAL ? left : (truthy(left) ? left : right);
        }
        return left;
    }

    private Object and() {
        Object left = not();
        while (keyword("and")) {
            Object right = not();
            left = left == NEUTRAL ? right : right == NEUTRAL ? left : (truthy(left) ? right : left);
        }
        return left;
    }

    private Object not() {
        if (keyword("not")) {
            Object v = not();
            return v == NEUTRAL ? NEUTRAL : !truthy(v);
        }
        return comparison();
    }

    private Object comparison() {
        Object left = sum();
        Object result = null;
        while (true) {
            String op = comparisonOperator();
            if (op == null) {
                return result == null ? left : result;
            }
            Object right = sum();
            boolean holds = switch (op) {
                case "==", "is" -> equal(left, right);
                case "!=", "is not" -> !equal(left, right);
                case "in" -> contains(right, left);
                case "not in" -> !contains(right, left);
                default -> throw new NotApplicable(op);
            };
            result = (result == null || truthy(result)) && holds;
            left = right;
        }
    }

    private String comparisonOperator() {
        skipSpace();
        for (String op : new String[] {"==", "!="}) {
            if (src.startsWith(op, pos)) {
                pos += 2;
                return op;
            }
        }
        int save = pos;
        if (keyword("is")) {
            return keyword("not") ? "is not" : "is";
        }
        if (keyword("in")) {
            return "in";
        }
        if (keyword("not") && keyword("in")) {
            return "not in";
        }
        pos = save;
        return null;
    }

    private Object sum() {
        Object left = postfix(primary());
        while (true) {
            skipSpace();
            if (pos < src.length() && src.charAt(pos) == '+') {
                pos++;
                Object right = postfix(primary());
                if (left instanceof String a && right instanceof String b) {
                    left = a + b;
                } else {
                    throw new NotApplicable("+ on non-strings");
                }
            } else {
                return left;
            }
        }
    }

    private Object postfix(Object value) {
        while (true) {
            skipSpace();
            if (pos >= src.length()) {
                return value;
            }
            char c = src.charAt(pos);
            if (c == '[') {
                pos++;
                Object key = or();
                expect(']');
                value = index(value, key);
            } else if (c == '.') {
                pos++;
                value = index(value, identifier());
            } else if (c == '(') {
                throw new NotApplicable("call");
            } else {
                return value;
            }
        }
    }

    private Object primary() {
        skipSpace();
        if (pos >= src.length()) {
            throw new NotApplicable("unexpected end");
        }
        char c = src.charAt(pos);
        if (c == '(') {
            pos++;
            List<Object> items = new ArrayList<>();
            items.add(or());
            boolean tuple = false;
            while (peek(',')) {
                pos++;
                tuple = true;
                skipSpace();
                if (peek(')')) {
                    break;
                }
                items.add(or());
            }
            expect(')');
            return tuple ? items : items.get(0);
        }
        if (c == '\'' || c == '"' || ((c == 'u' || c == 'b' || c == 'r') && pos + 1 < src.length()
                && (src.charAt(pos + 1) == '\'' || src.charAt(pos + 1) == '"'))) {
            return string();
        }
        if (Character.isDigit(c) || c == '-') {
            return number();
        }
        if (c == '{') {
            throw new NotApplicable("dict literal");
        }
        String name = identifier();
        return switch (name) {
            case "None" -> null;
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "bozo" -> NEUTRAL;
            default -> {
                if (!names.containsKey(name)) {
                    throw new NotApplicable("name " + name);
                }
                yield names.get(name);
            }
        };
    }

    private Object number() {
        int start = pos;
        if (src.charAt(pos) == '-') {
            pos++;
        }
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
            pos++;
        }
        String digits = src.substring(start, pos);
        if (digits.contains(".")) {
            throw new NotApplicable("float");
        }
        return Long.parseLong(digits);
    }

    private String string() {
        boolean raw = false;
        while (src.charAt(pos) != '\'' && src.charAt(pos) != '"') {
            raw |= src.charAt(pos) == 'r';
            pos++;
        }
        char quote = src.charAt(pos++);
        StringBuilder out = new StringBuilder();
        while (src.charAt(pos) != quote) {
            char c = src.charAt(pos++);
            if (c != '\\' || raw) {
                out.append(c);
                continue;
            }
            char e = src.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'x' -> out.appendCodePoint(hex(2));
                case 'u' -> out.appendCodePoint(hex(4));
                case 'U' -> out.appendCodePoint(hex(8));
                default -> out.append(e);
            }
        }
        pos++;
        return out.toString();
    }

    private int hex(int digits) {
        int v = Integer.parseInt(src.substring(pos, pos + digits), 16);
        pos += digits;
        return v;
    }

    private String identifier() {
        skipSpace();
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw new NotApplicable("syntax at " + pos);
        }
        return src.substring(start, pos);
    }

    private boolean keyword(String word) {
        skipSpace();
        int end = pos + word.length();
        if (src.startsWith(word, pos) && (end == src.length() || !Character.isLetterOrDigit(src.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    private boolean peek(char c) {
        skipSpace();
        return pos < src.length() && src.charAt(pos) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw new NotApplicable("expected " + c);
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
    }

    private static Object index(Object container, Object key) {
        if (container == NEUTRAL) {
            throw new NotApplicable("bozo detail");
        }
        if (container instanceof Map<?, ?> map && key instanceof String k) {
            if (!map.containsKey(k)) {
                throw new NotApplicable("key " + k);
            }
            return map.get(k);
        }
        if (container instanceof List<?> list && key instanceof Long i) {
            int at = (int) (i < 0 ? list.size() + i : i);
            if (at < 0 || at >= list.size()) {
                throw new NotApplicable("index " + i);
            }
            return list.get(at);
        }
        throw new NotApplicable("index " + key);
    }

    private static boolean contains(Object container, Object item) {
        if (container instanceof Map<?, ?> map) {
            return map.containsKey(item);
        }
        if (container instanceof String s && item instanceof String t) {
            return s.contains(t);
        }
        if (container instanceof List<?> list) {
            return list.stream().anyMatch(x -> pyEquals(x, item));
        }
        throw new NotApplicable("in");
    }

    private boolean equal(Object a, Object b) {
        if (htmlEquivalence && a instanceof String x && b instanceof String y) {
            return htmlText(x).equals(htmlText(y));
        }
        return pyEquals(a, b);
    }

    private static String htmlText(String html) {
        return org.jsoup.Jsoup.parseBodyFragment(html).text().strip();
    }

    /** Dates compare on their first six fields: weekday, day of year and DST are derived. */
    static boolean pyEquals(Object a, Object b) {
        if (a instanceof List<?> x && b instanceof List<?> y && x.size() == 9 && y.size() == 9
                && x.get(0) instanceof Long) {
            return x.subList(0, 6).equals(y.subList(0, 6));
        }
        if (a instanceof Long x && b instanceof Boolean y) {
            return x == (y ? 1 : 0);
        }
        return Objects.equals(a, b);
    }

    private static boolean truthy(Object v) {
        if (v == null || v == NEUTRAL) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Long l) {
            return l != 0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof List<?> l) {
            return !l.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
