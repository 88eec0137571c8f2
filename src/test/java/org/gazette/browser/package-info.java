/** Tests that open the demo newsroom in a real headless Chromium: layout, keyboard, accessibility and weight. */
package org.gazette.browser;
