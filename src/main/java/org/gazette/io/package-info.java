/** Bytes and files below the pipeline's stages: strict UTF-8 read from bytes, a file replaced in one step. */
package org.gazette.io;
