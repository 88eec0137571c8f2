/** Publishing a built site to a server: removing what an earlier upload left that the new site no longer has. */
package org.gazette.publish;
