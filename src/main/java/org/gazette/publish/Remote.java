package org.gazette.publish;

/**
 * A published site on a server, addressed by site paths ({@code world/index.html}). Every failure
 * throws {@link PublishException} naming the file and what the server said.
 */
interface Remote {
    /** The bytes at {@code path}, or null when there is no such file. */
    byte[] read(String path);

    void write(String path, byte[] bytes);

    /** Removes a file; a file that is already gone is not an error. */
    void delete(String path);

    /** Removes a folder that no longer holds any file of the site; one already gone is not an error. */
    void deleteFolder(String path);

    /** The address, for messages. */
    String describe();
}
