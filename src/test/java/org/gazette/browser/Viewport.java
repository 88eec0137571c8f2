package org.gazette.browser;

import java.util.List;

/** A screen to emulate: CSS pixels, and whether it is a phone (touch, mobile viewport rules). */
record Viewport(int width, int height, boolean mobile) {
    static final Viewport PHONE = new Viewport(375, 812, true);
    static final Viewport DESKTOP = new Viewport(1366, 900, false);
    static final List<Viewport> ALL = List.of(PHONE, DESKTOP);

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
