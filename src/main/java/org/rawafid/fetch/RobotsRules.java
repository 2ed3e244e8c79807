package org.rawafid.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The rules of one robots.txt (RFC 9309) for one crawler: the groups naming its product token, else
 * the {@code *} groups, merged. A path is allowed unless its longest matching rule is a
 * {@code Disallow}; on equal length {@code Allow} wins; {@code *} and a final {@code $} work as the RFC
 * says. Parsing is a single pass over lines, matching a two-pointer wildcard scan (no regex).
 * Immutable and thread-safe.
 */
public final class RobotsRules {
    /** Everything allowed: no robots.txt (4xx), or one with nothing for us. */
    public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of());
    /** Everything disallowed: robots.txt unreachable (5xx, network), RFC 9309 section 2.3.1.4. */
    public static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule(false, "/")));
    /** RFC 9309 section 2.5: crawlers must parse at least 500 KiB. */
    static final int MAX_BYTES = 512 * 1024;

    private final List<Rule> rules;

    private record Rule(boolean allow, String pattern) {
    }

    private RobotsRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules in {@code robotsTxt} for the crawler whose product token is {@code token} (e.g. {@code Rawafid}). */
    public static RobotsRules parse(String robotsTxt, String token) {
        Objects.requireNonNull(robotsTxt, "robotsTxt");
        Objects.requireNonNull(token, "token");
        String ours = token.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> star = new ArrayList<>();
        boolean groupIsMine = false;
        boolean groupIsStar = false;
        boolean inAgents = false;
        boolean namedUs = false; // a group for us, even an empty one, overrides the * rules
        for (String raw : robotsTxt.split("\n", -1)) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (!inAgents) {
                    groupIsMine = false;
                    groupIsStar = false;
                    inAgents = true;
                }
                String agent = value.toLowerCase(Locale.ROOT);
                groupIsMine |= agent.equals(ours) || agent.startsWith(ours + "/");
                namedUs |= groupIsMine;
                groupIsStar |= agent.equals("*");
            } else if (key.equals("allow") || key.equals("disallow")) {
                inAgents = false;
                if (value.isEmpty()) {
                    continue; // "Disallow:" with nothing means allow everything
                }
                Rule rule = new Rule(key.equals("allow"), value);
                if (groupIsMine) {
                    mine.add(rule);
                }
                if (groupIsStar) {
                    star.add(rule);
                }
            }
        }
        return new RobotsRules(namedUs ? mine : star);
    }

    /** @param pathAndQuery the URL's raw path and query, e.g. {@code /news/1?x=2} */
    public boolean isAllowed(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule rule : rules) {
            if (matches(rule.pattern(), path) && (best == null || rule.pattern().length() > best.pattern().length()
                    || rule.pattern().length() == best.pattern().length() && rule.allow())) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }

    /** Glob match from the start of {@code path}: {@code *} any run, {@code $} at the end anchors. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        int pi = 0;
        int si = 0;
        int star = -1;
        int mark = 0;
        while (si < path.length()) {
            if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = si;
            } else if (pi < p.length() && p.charAt(pi) == path.charAt(si)) {
                pi++;
                si++;
            } else if (pi == p.length() && !anchored) {
                return true; // a prefix match is enough without $
            } else if (star >= 0) {
                pi = star + 1;
                si = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }
}
