/** The command line: thin picocli front doors over the build pipeline. */
package org.gazette.cli;
