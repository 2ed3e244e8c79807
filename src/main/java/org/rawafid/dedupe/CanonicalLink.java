package org.rawafid.dedupe;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The canonical form of an article link, so that the same article reached through a
 * tracker, an AMP page or a differently spelled URL is recognised (SPEC §7). Lower-cases
 * scheme and host, drops {@code www.}, default ports, fragments, tracking parameters
 * ({@code utm_*}, {@code fbclid}, {@code gclid}, …) and AMP variants ({@code /amp/},
 * a trailing {@code /amp}, {@code ?amp=1}, {@code outputType=amp}); writes percent-escapes
 * in upper case, decodes escaped unreserved characters and escapes raw non-ASCII (RFC 3986
 * §6.2.2), and sorts the remaining query parameters. Anything that is not an absolute
 * http(s) URL comes back trimmed but otherwise unchanged. Thread-safe.
 */
public final class CanonicalLink {
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid",
            "mc_cid", "mc_eid", "traffic_source", "ref", "ref_src", "_ga", "amp");
    private static final String UNRESERVED = "-._~";

    public String canonicalize(String url) {
        Objects.requireNonNull(url, "url");
        String trimmed = url.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return trimmed;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return trimmed;
        }
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        out.append(host(uri.getHost()));
        if (uri.getPort() != -1 && uri.getPort() != (scheme.equals("http") ? 80 : 443)) {
            out.append(':').append(uri.getPort());
        }
        out.append(path(uri.getRawPath()));
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static String host(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }

    private static String path(String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : escapes(rawPath);
        path = path.replace("/amp/", "/");
        if (path.endsWith("/amp")) {
            path = path.substring(0, path.length() - 4);
        }
        return path.isEmpty() ? "/" : path;
    }

    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String param : rawQuery.split("&")) {
            if (!param.isEmpty() && !isTracking(param)) {
                kept.add(escapes(param));
            }
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    private static boolean isTracking(String param) {
        int eq = param.indexOf('=');
        String key = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
        String value = eq < 0 ? "" : param.substring(eq + 1);
        return key.startsWith("utm_") || TRACKING.contains(key)
                || (key.equals("outputtype") && value.equalsIgnoreCase("amp"));
    }

    /** Upper-case hex in escapes, unreserved characters decoded, raw non-ASCII escaped. */
    private static String escapes(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && isHex(raw.charAt(i + 1)) && isHex(raw.charAt(i + 2))) {
                int b = Integer.parseInt(raw.substring(i + 1, i + 3), 16);
                if (isUnreserved((char) b)) {
                    out.append((char) b);
                } else {
                    out.append('%').append(raw.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                }
                i += 2;
            } else if (c > 0x7F) {
                int end = Character.isHighSurrogate(c) && i + 1 < raw.length() ? i + 2 : i + 1;
                for (byte b : raw.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
                i = end - 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0 && c < 0x80;
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || UNRESERVED.indexOf(c) >= 0;
    }
}
