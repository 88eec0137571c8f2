/** Text read as bytes, shared by the readers of content and of readership data. */
package org.gazette.text;
