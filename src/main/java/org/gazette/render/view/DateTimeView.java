package org.gazette.render.view;

/** A moment shown to readers: {@code iso} for machines, the rest in the site's time zone and format. */
public record DateTimeView(String iso, String display, String date, String zone) {
}
