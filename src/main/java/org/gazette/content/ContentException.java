package org.gazette.content;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the content has problems; carries all of them, sorted by file and line. */
public final class ContentException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<ContentError> errors;

    public ContentException(List<ContentError> errors) {
        super(errors.size() + (errors.size() == 1 ? " problem" : " problems") + " in the content");
        this.errors = errors.stream().sorted().toList();
    }

    public List<ContentError> errors() {
        return errors;
    }

    /** Every error, one block each, as printed to the editor. */
    public String report() {
        return errors.stream().map(ContentError::format).collect(Collectors.joining("\n"));
    }
}
