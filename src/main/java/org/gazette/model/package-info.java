/** Immutable records describing a newsroom: settings, sections, authors, articles; depends on nothing else of Gazette. */
package org.gazette.model;
