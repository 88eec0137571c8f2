package org.gazette.render;

import freemarker.core.TemplateMarkupOutputModel;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gazette.io.Checksums;
import org.gazette.model.Body;
import org.gazette.render.view.ArticleCard;
import org.gazette.render.view.JsonLd;

/**
 * A 128-bit fingerprint of values a template sees: equal fingerprints mean equal values, so the same
 * templates render the same bytes from them. It walks the view records ({@code render.view}, which
 * templates see as their components and nothing else) component by component, lists and maps in
 * their order, texts, whole and floating-point numbers, booleans and markup (by its text). Any other
 * value, whose state or whose face to templates it cannot see, has no fingerprint ({@link #of} gives
 * null): the page is then rendered, never wrongly kept.
 *
 * <p>Not a cryptographic hash: it tells a changed page from an unchanged one, as the content
 * fingerprint's CRCs tell an edited file (whoever can write the newsroom writes the site anyway).
 * Values are mixed in, a short text's characters four at a time, in the manner of MurmurHash3's
 * 128-bit variant; a long text by its UTF-8 bytes' CRCs, which cost less than mixing it once it is
 * long enough to pay for its encoding. A page's JSON-LD ({@link JsonLd}) is mixed in by what it is
 * made from, and never made. An article body ({@link PageBody}) is mixed in by
 * its stored bytes' length and CRCs and the picture rewrites it gets; a body on disk knows its
 * checksum ({@link Body#checksum()}), so a kept page's body is never read. An article card, which shows on several pages of a build, is walked once and then mixed
 * in as its own fingerprint.
 */
public record PageFingerprint(long high, long low) {
    /**
     * Fingerprints of article cards, by the very card (cards never change): a card shows on several
     * pages (its section's, its tags', its authors', the archive's), made once by the renderer's bounded
     * card cache. As large as that cache, so it holds mostly cards still in use.
     */
    private static final Shared CARDS = new Shared(20_000);

    /**
     * Fingerprints of long immutable lists, by the very list: every page of a listing holds the list of all
     * its pages, every archive page the whole year and month tree. Walked on every page, those lists made
     * a large site's listing pages cost the square of their count. Apart from the cards, so the lists of
     * cards each listing page has of its own, kept for nothing, never push cards out.
     */
    private static final Shared LISTS = new Shared(4_096);

    /** Lists this long are mixed in as their own fingerprint, kept for the very list if it cannot change. */
    private static final int LONG_LIST = 8;

    /** The classes of the JDK's immutable lists ({@code List.of}, {@code List.copyOf}, {@code Stream.toList}, their sublists). */
    private static final java.util.Set<Class<?>> IMMUTABLE_LISTS = java.util.Set.of(List.of(1).getClass(),
            List.of(1, 2, 3).getClass(), List.of(1, 2, 3).subList(0, 2).getClass());

    /**
     * Texts this long are mixed in as their UTF-8 bytes' length and CRCs, which run as CPU
     * instructions, instead of character by character.
     */
    private static final int LONG = 1024;

    /** Each thread's characters of the (short) text being mixed in. */
    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[LONG]);

    /** A hash of each record class's name, mixed in for the record's type (its name would be many characters a record). */
    private static final ClassValue<Long> NAMES = new ClassValue<>() {
        @Override
        protected Long computeValue(Class<?> type) {
            return of(type.getName()).high;
        }
    };

    /** The fingerprint of {@code values}, in order; null if one of them cannot be fingerprinted. */
    public static PageFingerprint of(Object... values) {
        Hasher hasher = new Hasher();
        for (Object value : values) {
            if (!hasher.add(value)) {
                return null;
            }
        }
        return hasher.finish();
    }

    /**
     * The fingerprint of a page's own inputs: its path, template, page view and variables. The variables
     * by name: templates never list them, and their map's order changes from one JVM to the next.
     */
    public static PageFingerprint of(PageSpec spec) {
        return of(spec.path(), spec.template(), spec.page(), new TreeMap<>(spec.variables()));
    }

    /** The fingerprint of one text, as {@link #of(Object...)} gives it (without an array). */
    public static PageFingerprint of(String text) {
        Hasher hasher = new Hasher();
        hasher.add((Object) text);
        return hasher.finish();
    }

    /** Mixes values into two 64-bit lanes. */
    private static final class Hasher {
        private static final long C1 = 0x87c37b91114253d5L;
        private static final long C2 = 0x4cf5ad432745937fL;
        private long h1 = 0x9368e53c2f6af274L;
        private long h2 = 0x586dcd208f7cd3fdL;
        private long count;
        private char[] chars = CHARS.get();

        void mix(long k) {
            count++;
            h1 ^= Long.rotateLeft(k * C1, 31) * C2;
            h1 = (Long.rotateLeft(h1, 27) + h2) * 5 + 0x52dce729;
            h2 ^= Long.rotateLeft(k * C2, 33) * C1;
            h2 = (Long.rotateLeft(h2, 31) + h1) * 5 + 0x38495ab5;
        }

        void addText(String s) {
            int n = s.length();
            if (n >= LONG) {
                mix(~n); // apart from every length
                addUtf8(s.getBytes(StandardCharsets.UTF_8));
                return;
            }
            mix(n);
            char[] c = chars;
            // Read from an array: a charAt call a character was most of the time under C1.
            s.getChars(0, n, c, 0);
            int i = 0;
            for (; i + 4 <= n; i += 4) {
                mix(c[i] | (long) c[i + 1] << 16 | (long) c[i + 2] << 32 | (long) c[i + 3] << 48);
            }
            long last = 0;
            for (int shift = 0; i < n; i++, shift += 16) {
                last |= (long) c[i] << shift;
            }
            mix(last);
        }

        /** UTF-8 bytes by their length and CRCs. */
        void addUtf8(byte[] utf8) {
            addChecksum(utf8.length, Checksums.crcs(utf8, utf8.length));
        }

        /** Bytes by their length and CRCs, made apart (a {@link Body.Checksum}): as {@link #addUtf8} mixes them. */
        void addChecksum(int length, long crcs) {
            mix(length);
            mix(crcs);
        }

        /** A fingerprint made apart (of a card, of a long list) under {@code tag}; false if there is none. */
        boolean addKnown(int tag, PageFingerprint known) {
            if (known == null) {
                return false;
            }
            mix(tag);
            mix(known.high);
            mix(known.low);
            return true;
        }

        /** False if {@code value}, or something in it, has no fingerprint. */
        boolean add(Object value) {
            // Classes first: a check against an interface is a slow call under C1.
            if (value == null) {
                mix(0);
            } else if (value instanceof String s) {
                mix(1);
                addText(s);
            } else if (value instanceof ArticleCard card) {
                return addKnown(2, card(card));
            } else if (value instanceof PageBody body) {
                // Its markup is the stored HTML with these rewrites: the body's bytes as stored, not
                // decoded, and not even read when the body knows their checksum.
                mix(13);
                Body.Checksum sum = body.body().checksum();
                if (sum == null) {
                    addUtf8(body.body().encoded());
                } else {
                    addChecksum(sum.length(), sum.crcs());
                }
                return addItems(body.swaps());
            } else if (value instanceof BodyImages.Swap swap) {
                mix(14);
                addText(swap.from());
                addText(swap.to());
            } else if (value instanceof Record r) {
                mix(3);
                return addComponents(r);
            } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                mix(4);
                mix(((Number) value).longValue());
            } else if (value instanceof Boolean b) {
                mix(b ? 6 : 5);
            } else if (value instanceof Double || value instanceof Float) {
                mix(7);
                mix(Double.doubleToLongBits(((Number) value).doubleValue()));
            } else if (value instanceof List<?> list) {
                return addItems(list);
            } else if (value instanceof Map<?, ?> map) {
                // In its order, which is the order a template lists it in.
                mix(11);
                mix(map.size());
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!(entry.getKey() instanceof String key)) {
                        return false;
                    }
                    addText(key);
                    if (!add(entry.getValue())) {
                        return false;
                    }
                }
            } else if (value instanceof JsonLd json) {
                // By what it is made from: the site-wide values it reads besides are in the site-wide fingerprint.
                mix(16);
                return add(json.inputs());
            } else if (value instanceof TemplateMarkupOutputModel<?> markup) {
                mix(12);
                addText(markup.getOutputFormat().getName());
                addText(PageInputs.markup(markup));
            } else {
                return false;
            }
            return true;
        }

        /** The record's type and components, in order: false if it or one of them has no fingerprint. */
        boolean addComponents(Record r) {
            Collection<MethodHandle> accessors = ViewWrapper.components(r);
            if (accessors == null) {
                return false;
            }
            mix(NAMES.get(r.getClass()));
            for (MethodHandle accessor : accessors) {
                try {
                    if (!add(accessor.invokeExact((Object) r))) {
                        return false;
                    }
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            }
            return true;
        }

        /** The list's items, in order: false if one has no fingerprint. */
        boolean addItems(List<?> list) {
            return list.size() >= LONG_LIST ? addKnown(15, shared(list)) : addEachItem(list);
        }

        private boolean addEachItem(List<?> list) {
            mix(10);
            mix(list.size());
            for (Object item : list) {
                if (!add(item)) {
                    return false;
                }
            }
            return true;
        }

        PageFingerprint finish() {
            long a = h1 ^ count;
            long b = h2 ^ count;
            a += b;
            b += a;
            a = Checksums.mix(a);
            b = Checksums.mix(b);
            a += b;
            b += a;
            return new PageFingerprint(a, b);
        }
    }

    /**
     * Forgets the shared values' fingerprints: a build's cards and lists are not seen again once its pages
     * are done, and a JVM that lives on (tests, a preview server) should not hold them.
     */
    public static void forgetShared() {
        CARDS.clear();
        LISTS.clear();
    }

    /** A card's fingerprint, walked once while the card is in use. */
    private static PageFingerprint card(ArticleCard card) {
        return CARDS.get(card, hasher -> hasher.addComponents(card));
    }

    /** A long list's fingerprint: walked once while the list is in use if it cannot change, else each time. */
    private static PageFingerprint shared(List<?> list) {
        if (!IMMUTABLE_LISTS.contains(list.getClass())) {
            Hasher hasher = new Hasher();
            return hasher.addEachItem(list) ? hasher.finish() : null;
        }
        return LISTS.get(list, hasher -> hasher.addEachItem(list));
    }

    /** Fingerprints of values that cannot change, by the very value, while there are fewer than {@code limit}. */
    private static final class Shared {
        private final Map<Object, PageFingerprint> fingerprints = new IdentityHashMap<>();
        private final int limit;

        Shared(int limit) {
            this.limit = limit;
        }

        private synchronized PageFingerprint find(Object value) {
            return fingerprints.get(value);
        }

        /** The fingerprint of {@code value}, made by {@code walk} when not kept; null if it has none. */
        PageFingerprint get(Object value, java.util.function.Predicate<Hasher> walk) {
            PageFingerprint fingerprint = find(value);
            if (fingerprint == null) {
                Hasher hasher = new Hasher();
                if (!walk.test(hasher)) {
                    return null;
                }
                fingerprint = hasher.finish();
                keep(value, fingerprint);
            }
            return fingerprint;
        }

        private synchronized void keep(Object value, PageFingerprint fingerprint) {
            if (fingerprints.size() >= limit) {
                fingerprints.clear();
            }
            fingerprints.put(value, fingerprint);
        }

        synchronized void clear() {
            fingerprints.clear();
        }
    }
}
