/** Readership ranking: reads access logs and page-view exports into unique-reader counts and turns them into the Trending and Most Read lists. */
package org.gazette.ranking;
