/** Bytes and files below the pipeline's stages: strict UTF-8 read from bytes, a file replaced in one step, checksums, tables of records kept beside a site. */
package org.gazette.io;
