package org.gazette.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gazette.model.Source;

/** Collects content errors from many files (thread-safe), so a build reports all of them at once. */
public final class Problems {
    private final List<ContentError> errors = Collections.synchronizedList(new ArrayList<>());

    public void add(Source source, String message) {
        errors.add(new ContentError(source, message));
    }

    public void add(Source source, String message, String hint) {
        errors.add(new ContentError(source, message, hint));
    }

    public void addAll(List<ContentError> more) {
        errors.addAll(more);
    }

    /** A copy of the errors collected so far. */
    public List<ContentError> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public int size() {
        return errors.size();
    }

    /** Throws a {@link ContentException} carrying every collected error, if there is any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ContentException(List.copyOf(errors));
        }
    }
}
