/** The read-only records templates receive; documented in docs/template-model.md. Templates never see the domain model. */
package org.gazette.render.view;
