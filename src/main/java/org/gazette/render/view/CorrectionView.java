package org.gazette.render.view;

/** A correction note on an article: when it was made, and what it says. */
public record CorrectionView(DateTimeView date, String text) {
}
