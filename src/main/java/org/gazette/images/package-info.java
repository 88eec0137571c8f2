/** Build-time picture processing: resized widths, crops and content-hashed names, cached between builds. */
package org.gazette.images;
