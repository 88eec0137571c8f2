/** The only writer of the output folder: everything is staged beside it and swapped in when complete. */
package org.gazette.output;
