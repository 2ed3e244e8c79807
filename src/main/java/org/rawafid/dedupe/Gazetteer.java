package org.rawafid.dedupe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds the places a normalised text names: countries (their CLDR Arabic names and common
 * forms), nisba adjectives (الأردني، المصرية، الكويتيون ↔ the country), capitals, cities and
 * provinces, read from {@code /dedupe/places.tsv} (see its header). A name may carry clitics
 * (وبالقاهرة، للكويت، ببغداد) and span several words (الدار البيضاء، رام الله); the longest
 * name at a position wins. One linear pass over the words, hash lookups only. Immutable and
 * thread-safe.
 */
public final class Gazetteer {
    static final String RESOURCE = "/dedupe/places.tsv";
    private static final List<String> NISBA_ENDINGS = List.of("", "ة", "ون", "ين", "ان", "تان", "تين");
    private static final int MAX_WORDS = 5;

    /** Normalised first word → names starting with it, longest first. */
    private final Map<String, List<Name>> byFirstWord = new HashMap<>();
    /**
     * Every word whose {@link #withoutClitics} forms may include a first word of a name: the first
     * words with و ف, ب ك ل, both, or لل for ال before them (a superset). Any other word starts no
     * name, decided by one lookup instead of building its forms.
     */
    private final Set<String> headForms = new HashSet<>();
    private final int size;

    private record Name(String[] words, Place place) {
    }

    public Gazetteer(ArabicNormalizer normalizer) {
        Objects.requireNonNull(normalizer, "normalizer");
        Map<String, Place> forms = new HashMap<>();
        int[] entries = {0};
        DataLines.read(RESOURCE, (line, lineNo) -> {
            add(forms, line, lineNo, normalizer);
            entries[0]++;
        });
        this.size = entries[0];
        forms.forEach((form, place) -> byFirstWord.computeIfAbsent(form.split(" ")[0], k -> new ArrayList<>())
                .add(new Name(form.split(" "), place)));
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Name n) -> -n.words().length)));
        for (String first : byFirstWord.keySet()) {
            List<String> bare = new ArrayList<>(List.of(first));
            if (first.startsWith("ال")) {
                bare.add("لل" + first.substring(2));
            }
            for (String b : bare) {
                for (String preposition : List.of("", "ب", "ك", "ل")) {
                    for (String conjunction : List.of("", "و", "ف")) {
                        headForms.add(conjunction + preposition + b);
                    }
                }
            }
        }
    }

    private static void add(Map<String, Place> forms, String line, int lineNo, ArabicNormalizer normalizer) {
        String[] f = line.split("\t");
        if (f.length != 3) {
            throw new DedupeException(RESOURCE + ":" + lineNo + ": expected KIND<TAB>COUNTRIES<TAB>forms", null);
        }
        Set<String> countries = Set.of(f[1].split(","));
        boolean country = !f[0].equals("city");
        List<String> written = new ArrayList<>();
        for (String form : f[2].split("\\|")) {
            if (f[0].equals("nisba")) {
                NISBA_ENDINGS.forEach(end -> {
                    written.add(form + end);
                    written.add("ال" + form + end);
                });
            } else {
                written.add(form);
            }
        }
        String id = country ? String.join(",", new java.util.TreeSet<>(countries)) : normalizer.normalize(written.get(0));
        for (String form : written) {
            String key = normalizer.normalize(form);
            if (key.isEmpty() || key.split(" ").length > MAX_WORDS) {
                throw new DedupeException(RESOURCE + ":" + lineNo + ": bad form \"" + form + "\"", null);
            }
            Place place = new Place(id, countries, country, key);
            forms.merge(key, place, Gazetteer::merge);
        }
    }

    /** One spelling, two entries (عمان the country and the Jordanian capital): either may be meant. */
    private static Place merge(Place a, Place b) {
        if (a.id().equals(b.id())) {
            return a;
        }
        Set<String> countries = new HashSet<>(a.countries());
        countries.addAll(b.countries());
        return new Place(a.country() ? a.id() : b.id(), countries, a.country() || b.country(), a.form());
    }

    /**
     * Search terms of the one-word names, for {@link ArabicNormalizer#searchStem}: each one-word
     * form, and the same without its article ({@code البحرين}, {@code بحرين}), → one term per
     * place: the shortest such form of the place (ties: the first in code point order), so a
     * country's name and its nisba forms are one term ({@code لبنان}, {@code اللبنانية} →
     * {@code لبنان}) and a city's spellings are one. Forms of several places keep their own.
     */
    Map<String, String> searchTerms() {
        Map<String, Set<String>> formsOfPlace = new HashMap<>();
        Map<String, String> placeOfForm = new HashMap<>();
        Set<String> shared = new HashSet<>();
        byFirstWord.values().forEach(names -> names.stream().filter(n -> n.words().length == 1).forEach(n -> {
            String form = n.words()[0];
            for (String f : form.startsWith("ال") && form.length() > 4 ? List.of(form, form.substring(2)) : List.of(form)) {
                String before = placeOfForm.putIfAbsent(f, n.place().id());
                if (before != null && !before.equals(n.place().id())) {
                    shared.add(f);
                }
                formsOfPlace.computeIfAbsent(n.place().id(), k -> new HashSet<>()).add(f);
            }
        }));
        Map<String, String> out = new HashMap<>();
        placeOfForm.forEach((form, place) -> {
            String term = shared.contains(form) ? form : formsOfPlace.get(place).stream()
                    .filter(f -> !f.startsWith("ال") || f.length() <= 4)
                    .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                    .orElse(form);
            out.put(form, term);
        });
        return Map.copyOf(out);
    }

    /** Number of entries (lines) read. */
    public int size() {
        return size;
    }

    /** The places named in {@code normalized} (output of {@link ArabicNormalizer#normalize}), in order. */
    public List<Place> places(String normalized) {
        return places(normalized, true);
    }

    /** {@link #places} as first written, every word's clitic forms built and looked up: what it is tested against. */
    List<Place> placesAsFirstWritten(String normalized) {
        return places(normalized, false);
    }

    private List<Place> places(String normalized, boolean headFilter) {
        Objects.requireNonNull(normalized, "normalized");
        String[] words = normalized.isEmpty() ? new String[0] : normalized.split(" ");
        List<Place> out = new ArrayList<>();
        for (int i = 0; i < words.length; ) {
            if (headFilter && !headForms.contains(words[i])) {
                i++;
                continue;
            }
            int matched = 0;
            for (String head : withoutClitics(words[i])) {
                matched = match(words, i, head, out);
                if (matched > 0) {
                    break;
                }
            }
            i += Math.max(1, matched);
        }
        return out;
    }

    /** The places of {@code normalized} as a set without duplicates. */
    Set<Place> placeSet(String normalized) {
        Set<String> seen = new HashSet<>();
        Set<Place> out = new LinkedHashSet<>();
        for (Place p : places(normalized)) {
            if (seen.add(p.id())) {
                out.add(p);
            }
        }
        return out;
    }

    private int match(String[] words, int at, String head, List<Place> out) {
        List<Name> names = byFirstWord.get(head);
        if (names == null) {
            return 0;
        }
        for (Name name : names) {
            int n = name.words().length;
            if (at + n <= words.length && Arrays.equals(name.words(), 1, n, words, at + 1, at + n)) {
                out.add(name.place());
                return n;
            }
        }
        return 0;
    }

    /**
     * The word, then without a conjunction (و ف), then without a preposition (ب ك ل), with لل
     * read as ل + ال: وبالقاهره → بالقاهره → القاهره.
     */
    static List<String> withoutClitics(String word) {
        List<String> out = new ArrayList<>(4);
        out.add(word);
        String w = word;
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            w = w.substring(1);
            out.add(w);
        }
        if (w.length() > 3 && w.startsWith("لل")) {
            out.add("ال" + w.substring(2));
            out.add(w.substring(1));
        } else if (w.length() > 3 && "بكل".indexOf(w.charAt(0)) >= 0) {
            out.add(w.substring(1));
        }
        return out;
    }
}
