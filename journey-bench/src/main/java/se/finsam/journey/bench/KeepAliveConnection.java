package se.finsam.journey.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 keep-alive connection on a plain socket, for the single-record clients. The JDK's HttpClient hands
 * every exchange between a selector thread and an executor; at 32 clients on this two-core machine that cost the
 * service about a third of a core, so the clients measured their own overhead as much as the service. This writes
 * a request as bytes and reads the status line, the headers and a body of fixed length or in chunks: enough for
 * the service's answers, and nothing more. Like any client it opens a new connection when the server closes one
 * (Tomcat does after 100 requests on a connection).
 */
final class KeepAliveConnection implements AutoCloseable {

    record Answer(int status, String body) {
    }

    private final int port;
    private final String host;
    private final String authorization;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    KeepAliveConnection(int port, String authorization) throws IOException {
        this.port = port;
        this.host = "127.0.0.1:" + port;
        this.authorization = authorization;
        open();
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
    }

    Answer post(String path, String contentType, String body) throws IOException {
        if (socket == null) {
            open();
        }
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: " + authorization
                + "\r\nContent-Type: " + contentType + "\r\nAccept: application/json\r\nContent-Length: "
                + content.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = new byte[headBytes.length + content.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(content, 0, request, headBytes.length, content.length);
        out.write(request);
        out.flush();
        return read();
    }

    private Answer read() throws IOException {
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim();
            String value = header.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) {
                length = Long.parseLong(value);
            } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            } else if (name.equalsIgnoreCase("Connection") && value.equalsIgnoreCase("close")) {
                closing = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                 size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            body.write(in.readNBytes((int) length));
        } else {
            throw new IOException("an answer without a length on a keep-alive connection");
        }
        if (closing) {
            close();
        }
        return new Answer(status, body.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the service closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
