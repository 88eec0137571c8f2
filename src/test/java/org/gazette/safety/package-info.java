/** Hostile and broken input: each fails alone with a clear message, or gives a safe result, and never harms the published site. */
package org.gazette.safety;
