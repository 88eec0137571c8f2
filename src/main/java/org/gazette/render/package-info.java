/** Plans which pages exist at which URLs, turns the model into template views, and renders them with Freemarker. */
package org.gazette.render;
