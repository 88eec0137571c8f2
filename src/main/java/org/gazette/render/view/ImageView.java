package org.gazette.render.view;

/**
 * A published picture. {@code url} is the file for {@code src} (a resized copy when the picture is
 * processed), {@code srcset} lists every width for {@code <img srcset>} (null when the picture is
 * not resized: SVG, GIF, WebP, AVIF); width and height are the picture's own (0 when unknown), for
 * the aspect ratio. The crops (null when not resized): {@code social} 1200×630 for Open Graph and X,
 * {@code wide} 16:9, {@code standard} 4:3 and {@code square} 1:1 for schema.org. Credit and caption may be null.
 */
public record ImageView(String url, String alt, String credit, String caption, int width, int height, String srcset,
                        CropView social, CropView wide, CropView standard, CropView square) {

    public ImageView(String url, String alt, String credit, String caption, int width, int height) {
        this(url, alt, credit, caption, width, height, null, null, null, null, null);
    }
}
