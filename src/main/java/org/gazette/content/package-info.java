/** The only reader of a newsroom's {@code content/} folder: settings, sections, authors and articles, validated with positions. */
package org.gazette.content;
