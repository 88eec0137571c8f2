/** Feeds (RSS, Atom, JSON Feed), sitemaps and robots.txt: the machine-readable outputs, written without templates. */
package org.gazette.render.feed;
