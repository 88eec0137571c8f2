/** The read-only records templates receive; documented in the README (Template model). Templates never see the domain model. */
package org.gazette.render.view;
