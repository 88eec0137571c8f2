package org.gazette.model;

import java.time.ZonedDateTime;
import java.util.Objects;

/** A dated correction note an editor attached to an article ({@code corrections:} in front matter). */
public record Correction(ZonedDateTime date, String text) {
    public Correction {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(text, "text");
    }
}
