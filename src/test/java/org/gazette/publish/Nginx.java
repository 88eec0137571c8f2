package org.gazette.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gazette.testing.Builds;

/**
 * A real nginx on loopback, started as a child process with a generated configuration: one server
 * serves {@code root} through the SHIPPED {@code deploy/nginx/} snippets, a second one accepts
 * WebDAV uploads into the same folder with basic authentication (user {@link #USER}, password
 * {@link #PASSWORD}), as a newsroom's publishing endpoint does.
 */
final class Nginx implements AutoCloseable {
    static final String USER = "publisher";
    static final String PASSWORD = "s3cret-for-tests";
    /** A file name the upload endpoint refuses (403), to test failed uploads. */
    static final String REFUSED = "refused-by-server.html";
    private static final Path DAV_EXT = Path.of("/usr/lib/nginx/modules/ngx_http_dav_ext_module.so");

    private final Process process;
    private final Path prefix;
    final int sitePort;
    final int davPort;

    private Nginx(Process process, Path prefix, int sitePort, int davPort) {
        this.process = process;
        this.prefix = prefix;
        this.sitePort = sitePort;
        this.davPort = davPort;
    }

    /** The nginx binary, or a failure that says what to install. */
    static Path binary() {
        for (String candidate : List.of("/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx")) {
            if (Files.isExecutable(Path.of(candidate))) {
                if (!Files.isRegularFile(DAV_EXT)) {
                    throw new AssertionError("nginx's WebDAV extension module is missing (" + DAV_EXT + "): run "
                            + "'apt-get install libnginx-mod-http-dav-ext' (.ci/run does), or -Dgazette.nginxTests=false to skip");
                }
                return Path.of(candidate);
            }
        }
        throw new AssertionError("nginx is not installed: run 'apt-get install nginx libnginx-mod-http-dav-ext' "
                + "(.ci/run does), or -Dgazette.nginxTests=false to skip the publishing tests");
    }

    static Nginx start(Path prefix, Path root) throws IOException, InterruptedException {
        Path nginx = binary();
        Files.createDirectories(prefix.resolve("logs"));
        Files.createDirectories(prefix.resolve("tmp"));
        Files.createDirectories(root);
        Files.writeString(prefix.resolve("htpasswd"), USER + ":{PLAIN}" + PASSWORD + "\n");
        int site = freePort();
        int dav = freePort();
        Path deploy = Builds.repo().resolve("deploy/nginx");
        String p = prefix.toAbsolutePath().toString();
        String conf = """
                load_module %7$s;
                daemon off;
                master_process off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 256; }
                http {
                    include /etc/nginx/mime.types;
                    default_type application/octet-stream;
                    access_log %1$s/logs/access.log;
                    client_body_temp_path %1$s/tmp/body;
                    proxy_temp_path %1$s/tmp/proxy;
                    fastcgi_temp_path %1$s/tmp/fastcgi;
                    uwsgi_temp_path %1$s/tmp/uwsgi;
                    scgi_temp_path %1$s/tmp/scgi;
                    include %2$s/gazette-maps.conf;
                    server {
                        listen 127.0.0.1:%3$d;
                        root %4$s;
                        include %2$s/gazette-site.conf;
                    }
                    server {
                        listen 127.0.0.1:%5$d;
                        root %4$s;
                        client_max_body_size 0;
                        create_full_put_path on;
                        dav_methods PUT DELETE MKCOL COPY MOVE;
                        dav_ext_methods PROPFIND OPTIONS;
                        dav_access user:rw group:r all:r;
                        auth_basic "Gazette publishing";
                        auth_basic_user_file %6$s;
                        location ~ /%8$s$ {
                            return 403;
                        }
                    }
                }
                """.formatted(p, deploy, site, root.toAbsolutePath(), dav, prefix.resolve("htpasswd").toAbsolutePath(), DAV_EXT,
                REFUSED.replace(".", "\\."));
        Path file = prefix.resolve("nginx.conf");
        Files.writeString(file, conf);
        Process process = new ProcessBuilder(nginx.toString(), "-p", p, "-c", file.toString(), "-e", p + "/logs/error.log")
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
        Nginx server = new Nginx(process, prefix, site, dav);
        server.awaitListening();
        return server;
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("nginx exited with " + process.exitValue() + ":\n" + log());
            }
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), sitePort); Socket d = new Socket(InetAddress.getLoopbackAddress(), davPort)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("nginx did not start listening:\n" + log());
    }

    String url(String path) {
        return "http://127.0.0.1:" + sitePort + path;
    }

    String davUrl() {
        return "dav:http://127.0.0.1:" + davPort + "/";
    }

    /** nginx's own messages, for failures. */
    String log() {
        try {
            return Files.readString(prefix.resolve("logs/stdout.log")) + Files.readString(prefix.resolve("logs/error.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
