package org.rawafid.config;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The vocabulary of feeds.yml (SPEC §2): every key per section and the shape of the textual values.
 * Validation and the test that keeps feeds.schema.json in agreement both read these, so the two
 * cannot drift apart silently.
 */
final class KnownKeys {
    static final List<String> TOP = List.of("service", "defaults", "sources", "feeds");
    static final List<String> SERVICE = List.of("port", "bind", "baseUrl", "database", "retention",
            "userAgent", "hub", "allowPrivateNetworks");
    static final List<String> DEFAULTS = List.of("interval", "timeout", "maxBytes");
    static final List<String> SOURCE = List.of("id", "url", "title", "interval", "timeout", "maxBytes",
            "language", "tags", "enabled", "fullText", "extract", "type", "select");
    static final List<String> EXTRACT = List.of("content", "remove");
    static final List<String> SELECT = List.of("item", "title", "link", "date", "summary", "image");
    static final List<String> FEED = List.of("id", "title", "description", "sources", "tags", "include",
            "exclude", "dedupe", "limit", "maxAge", "query", "rank", "window");

    /** Section key sets by the name of their definition in feeds.schema.json ({@code $defs}). */
    static final Map<String, List<String>> BY_SCHEMA_DEF = Map.of(
            "service", SERVICE, "defaults", DEFAULTS, "source", SOURCE, "extract", EXTRACT, "select", SELECT,
            "feed", FEED);

    static final String ID_REGEX = "^[a-z0-9][a-z0-9-]*$";
    static final String DURATION_REGEX = "^[0-9]+[smhd]$";
    static final String SIZE_REGEX = "^[0-9]+(B|KB|MB|GB)?$";
    static final String LANGUAGE_REGEX = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

    static final Pattern ID = Pattern.compile(ID_REGEX);
    static final Pattern LANGUAGE = Pattern.compile(LANGUAGE_REGEX);

    private KnownKeys() {
    }
}
