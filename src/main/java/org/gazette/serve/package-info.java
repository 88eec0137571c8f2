/** The preview server: serves a newsroom from memory, rebuilds what a change affects and reloads open browser tabs. */
package org.gazette.serve;
