package org.gazette.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Reads an image's pixel size from its header (no decoding), so pages can reserve its space. */
final class ImageSize {
    private static final Pattern SVG_WIDTH = Pattern.compile("<svg[^>]*?\\swidth=\"([0-9.]+)(?:px)?\"", Pattern.DOTALL);
    private static final Pattern SVG_HEIGHT = Pattern.compile("<svg[^>]*?\\sheight=\"([0-9.]+)(?:px)?\"", Pattern.DOTALL);
    private static final Pattern SVG_VIEWBOX = Pattern.compile(
            "<svg[^>]*?\\sviewBox=\"\\s*[-0-9.]+[\\s,]+[-0-9.]+[\\s,]+([0-9.]+)[\\s,]+([0-9.]+)\\s*\"", Pattern.DOTALL);

    /** Width and height in pixels; {@code {0, 0}} when the format does not say. */
    static int[] read(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
            return svg(file);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return new int[] {0, 0};
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not an image file Gazette can read (PNG, JPEG, GIF or SVG)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }

    private static int[] svg(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (!text.contains("<svg")) {
            throw new IOException("not an SVG file");
        }
        Matcher w = SVG_WIDTH.matcher(text);
        Matcher h = SVG_HEIGHT.matcher(text);
        if (w.find() && h.find()) {
            return new int[] {(int) Double.parseDouble(w.group(1)), (int) Double.parseDouble(h.group(1))};
        }
        Matcher box = SVG_VIEWBOX.matcher(text);
        if (box.find()) {
            return new int[] {(int) Double.parseDouble(box.group(1)), (int) Double.parseDouble(box.group(2))};
        }
        return new int[] {0, 0};
    }
}
