package dev.banter.portal;

import com.sun.net.httpserver.HttpServer;
import dev.banter.api.extension.PlatformPolicy;
import dev.banter.core.extension.FileSystemCatalog;
import dev.banter.portal.internal.Guard;
import dev.banter.portal.internal.PortalApi;
import dev.banter.portal.internal.Router;
import dev.banter.portal.internal.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The developer portal: an HTTP server on the loopback interface that serves the single-page app and its JSON API
 * over a workspace of extension projects and a {@link FileSystemCatalog}, with the CLI's checks, scenario runner and
 * sandbox. Every API call needs the session token, which {@link #url()} carries.
 *
 * {@snippet :
 * try (Portal portal = Portal.newBuilder().port(0).workspace(Path.of("work")).catalog(Path.of("catalog")).start()) {
 *     System.out.println(portal.url()); // http://127.0.0.1:PORT/?token=...
 * }
 * }
 *
 * <p>Untrusted extension code runs only in the sandbox (checks, test rooms, scenarios and the staging room).
 *
 * @since 0.4
 */
public final class Portal implements AutoCloseable {

    private final HttpServer server;
    private final PortalApi api;
    private final ExecutorService executor;
    private final String token;
    private final String host;

    private Portal(HttpServer server, PortalApi api, ExecutorService executor, String token, String host) {
        this.server = server;
        this.api = api;
        this.executor = executor;
        this.token = token;
        this.host = host;
    }

    /** A builder with the defaults: 127.0.0.1, port 8470, {@code ./banter-workspace} and {@code ./catalog}. */
    public static Builder newBuilder() {
        return new Builder();
    }

    /** Runs {@code banter portal} on its own: {@code java -cp ... dev.banter.portal.Portal [--port N] ...}. */
    public static void main(String[] args) {
        System.exit(dev.banter.sdk.cli.Banter.commandLine(
                        System.in,
                        new java.io.PrintWriter(System.out, true),
                        new java.io.PrintWriter(System.err, true),
                        false)
                .execute(prepend(args)));
    }

    private static String[] prepend(String[] args) {
        String[] all = new String[args.length + 1];
        all[0] = PortalPlugin.NAME;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    /** The URL to open, with the session token. */
    public String url() {
        return base() + "/?token=" + token;
    }

    /** The URL without the token. */
    public String base() {
        return "http://" + host + ":" + port();
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The session token. */
    public String token() {
        return token;
    }

    /** Stops the server and every test room. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        api.close();
    }

    /** Builds and starts a {@link Portal}. */
    public static final class Builder {
        private String bind = "127.0.0.1";
        private int port = 8470;
        private Path workspace = Path.of("banter-workspace");
        private Path catalog = Path.of("catalog");
        private PlatformPolicy policy = PlatformPolicy.permissive();
        private String token = Guard.newToken();

        private Builder() {}

        /** The address to bind; default 127.0.0.1. Anything but a loopback address needs {@code allowRemote}. */
        public Builder bind(String address) {
            this.bind = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * The port; 0 picks a free one.
         *
         * @throws IllegalArgumentException if it is not 0..65535
         */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port: expected 0..65535, got " + value);
            }
            this.port = value;
            return this;
        }

        /** The directory of the author's projects. */
        public Builder workspace(Path dir) {
            this.workspace = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /** The catalog directory, as {@code banter publish --catalog} uses it. */
        public Builder catalog(Path dir) {
            this.catalog = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /** The platform policy the catalog applies; default permissive. */
        public Builder policy(PlatformPolicy value) {
            this.policy = Objects.requireNonNull(value, "value");
            return this;
        }

        /** A fixed session token instead of a random one (for tests). */
        public Builder token(String value) {
            if (value.length() < 16) {
                throw new IllegalArgumentException("token: expected at least 16 chars, got " + value.length());
            }
            this.token = value;
            return this;
        }

        /**
         * Opens the catalog and starts the server.
         *
         * @throws IllegalArgumentException if the bind address is not a loopback address
         * @throws UncheckedIOException if the port is taken or a directory cannot be used
         */
        public Portal start() {
            InetAddress address;
            try {
                address = InetAddress.getByName(bind);
            } catch (IOException e) {
                throw new IllegalArgumentException("bind: cannot resolve " + bind, e);
            }
            if (!address.isLoopbackAddress()) {
                throw new IllegalArgumentException("bind: expected a loopback address (the portal runs untrusted"
                        + " drafts and has no user accounts), got " + bind);
            }
            PortalApi api = new PortalApi(new Workspace(workspace), FileSystemCatalog.open(catalog, policy));
            HttpServer server;
            try {
                server = HttpServer.create(new InetSocketAddress(address, port), 0);
            } catch (IOException e) {
                api.close();
                throw new UncheckedIOException("cannot listen on " + bind + ":" + port, e);
            }
            int actual = server.getAddress().getPort();
            String host = address.getHostAddress().contains(":")
                    ? "[" + address.getHostAddress() + "]"
                    : address.getHostAddress();
            Guard guard = new Guard(token, Set.of(host + ":" + actual, "localhost:" + actual));
            server.createContext("/", api.routes(new Router(guard)));
            ExecutorService executor = Executors.newFixedThreadPool(4);
            server.setExecutor(executor);
            server.start();
            return new Portal(server, api, executor, token, host);
        }
    }
}
