package org.rawafid.dedupe;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;

/**
 * A place a text names, as {@link Gazetteer} knows it: {@code id} (a country's ISO code, or the
 * normalised first form of a city), the countries it lies in (two for an ambiguous name such as
 * عمان, Oman or Amman), whether it stands for a whole country (its name or its nisba adjective),
 * and the form the text used, for messages.
 */
public record Place(String id, Set<String> countries, boolean country, String form) {
    public Place {
        Objects.requireNonNull(id, "id");
        countries = Set.copyOf(countries);
        Objects.requireNonNull(form, "form");
    }

    /**
     * Whether a report naming {@code other} names this place too: the same place, or a country
     * and a place inside it (روما and إيطاليا, الأردني and الزرقاء). Two cities of one country
     * are different places.
     */
    boolean coveredBy(Place other) {
        return id.equals(other.id)
                || (country || other.country) && !Collections.disjoint(countries, other.countries);
    }
}
