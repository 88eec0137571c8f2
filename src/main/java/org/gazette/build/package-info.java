/** The build pipeline in execution order: load content, plan and render pages, write the site atomically. */
package org.gazette.build;
