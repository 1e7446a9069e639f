package org.medlist;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Classes that reach the network, never run: {@link ArchitectureTest} proves its rule catches them. */
final class NetworkOffenders {
    private NetworkOffenders() {}

    static final class OpensASocket {
        Socket open() throws IOException { return new Socket("example.org", 80); }
    }

    static final class OpensAUrl {
        InputStream open() throws IOException { return URI.create("https://example.org").toURL().openStream(); }
    }

    /** Caught only through its supertype, DatagramSocket. */
    static final class ListensForMulticast {
        java.net.MulticastSocket listen() throws IOException { return new java.net.MulticastSocket(4446); }
    }

    static final class SendsHttp {
        HttpResponse<String> send() throws Exception {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("https://example.org")).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
