package org.gazette.publish;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A site published to a WebDAV server (Maven's {@code dav:http(s)://…} URLs, as the
 * wagon-webdav-jackrabbit wagon uploads): GET, PUT and DELETE with the same credentials.
 */
final class DavRemote implements Remote {
    private final URI base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

    /** {@code base} is an http(s) URL of the site root; {@code credentials} may be null (no authentication). */
    DavRemote(URI base, MavenSettings.Credentials credentials) {
        String s = base.toString();
        this.base = URI.create(s.endsWith("/") ? s : s + "/");
        this.authorization = credentials == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (credentials.username() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        try {
            // The multi-argument constructor percent-encodes what a path may not hold as is.
            return base.resolve(new URI(null, null, path, null).getRawPath());
        } catch (URISyntaxException e) {
            throw new PublishException("not a site path: '" + path + "'", e);
        }
    }

    private HttpResponse<byte[]> send(String method, String path, HttpRequest.BodyPublisher body) {
        URI uri = uri(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).method(method, body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new PublishException(method + " " + uri + " failed: " + e.getMessage()
                    + "\n    hint: is the server up and the URL right (dav:http://host/path/)?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException(method + " " + uri + " was interrupted", e);
        }
    }

    private static PublishException refused(String method, String path, HttpResponse<?> response) {
        String hint = switch (response.statusCode()) {
            case 401, 403 -> "check the <server> credentials in settings.xml (its <id> must match the deploy server id)";
            case 405 -> "the server does not accept WebDAV " + method + " here: enable it (nginx: dav_methods)";
            default -> "see the web server's error log";
        };
        return new PublishException(method + " " + response.uri() + " (file /" + path + ") failed: HTTP "
                + response.statusCode() + "\n    hint: " + hint);
    }

    @Override
    public byte[] read(String path) {
        HttpResponse<byte[]> response = send("GET", path, HttpRequest.BodyPublishers.noBody());
        if (response.statusCode() == 404) {
            return null;
        }
        if (response.statusCode() != 200) {
            throw refused("GET", path, response);
        }
        return response.body();
    }

    @Override
    public void write(String path, byte[] bytes) {
        HttpResponse<byte[]> response = send("PUT", path, HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (response.statusCode() / 100 != 2) {
            throw refused("PUT", path, response);
        }
    }

    @Override
    public void delete(String path) {
        HttpResponse<byte[]> response = send("DELETE", path, HttpRequest.BodyPublishers.noBody());
        if (response.statusCode() / 100 != 2 && response.statusCode() != 404) {
            throw refused("DELETE", path, response);
        }
    }

    @Override
    public void deleteFolder(String path) {
        delete(path.endsWith("/") ? path : path + "/");
    }

    @Override
    public String describe() {
        return base.toString();
    }
}
