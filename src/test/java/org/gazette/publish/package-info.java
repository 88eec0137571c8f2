/** Tests of publishing: the Maven route to a real nginx, the rsync route, the configs and the CI recipe. */
package org.gazette.publish;
