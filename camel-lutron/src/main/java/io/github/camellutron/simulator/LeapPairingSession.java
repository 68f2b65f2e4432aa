package io.github.camellutron.simulator;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;

/**
 * One LAP pairing connection (LEAP.md 4 steps 5-7): a status with the permissions when the handshake completes and
 * after a button press, then the answer to the CSR: 401 before the press, the signed certificate after it. The
 * messages have no CommuniqueType, as a bridge sends them. Runs on the simulator's event loop.
 */
final class LeapPairingSession extends SimpleChannelInboundHandler<String> {

    private static final Logger LOG = LoggerFactory.getLogger(LeapPairingSession.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LeapPairingServer server;
    private Channel channel;
    private boolean physicalAccess;

    LeapPairingSession(LeapPairingServer server) {
        this.server = server;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        server.closed(this);
        ctx.fireChannelInactive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof SslHandshakeCompletionEvent handshake) {
            if (handshake.isSuccess()) {
                LOG.debug("Pairing session with {} established", channel.remoteAddress());
                server.secured(this);
                send(status("Public"));
            } else {
                LOG.debug("Pairing handshake with {} failed: {}", channel.remoteAddress(),
                        handshake.cause().toString());
                ctx.close();
            }
        }
        ctx.fireUserEventTriggered(event);
    }

    void grantPhysicalAccess() {
        physicalAccess = true;
        send(status("Public", "PhysicalAccess"));
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, String line) {
        if (line.isBlank()) {
            return;
        }
        JsonNode request;
        try {
            request = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            send(exception(null, "400 BadRequest", "The request is not JSON"));
            return;
        }
        JsonNode header = request.path("Header");
        String tag = header.path("ClientTag").isValueNode() ? header.path("ClientTag").asText() : null;
        JsonNode body = request.path("Body");
        JsonNode parameters = body.path("Parameters");
        if (!"Execute".equals(header.path("RequestType").asText()) || !"/pair".equals(header.path("Url").asText())
            || !"CSR".equals(body.path("CommandType").asText()) || !parameters.path("CSR").isTextual()) {
            send(exception(tag, "400 BadRequest", "Only an Execute /pair request with a CSR is understood here"));
            return;
        }
        if (!physicalAccess) {
            LOG.info("Pairing request from {} before the button press: 401", channel.remoteAddress());
            send(exception(tag, "401 Unauthorized", "Physical access is required: press the pairing button first"));
            return;
        }
        String certificate;
        try {
            certificate = server.sign(parameters.path("CSR").asText(),
                    parameters.path("DeviceUID").asText("000000000000"), parameters.path("DisplayName").asText(""));
        } catch (IllegalArgumentException e) {
            send(exception(tag, "400 BadRequest", "Invalid CSR: " + e.getMessage()));
            return;
        }
        LOG.info("Signed a client certificate for {}", channel.remoteAddress());
        ObjectNode answer = JSON.createObjectNode();
        header(answer, "200 OK", tag, "signing-result;plurality=single");
        answer.putObject("Body").putObject("SigningResult").put("Certificate", certificate)
                .put("RootCertificate", server.rootCertificatePem());
        send(answer);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("Closing pairing session with {} after an error", channel.remoteAddress(), cause);
        ctx.close();
    }

    void close() {
        channel.close();
    }

    private static ObjectNode status(String... permissions) {
        ObjectNode message = JSON.createObjectNode();
        header(message, "200 OK", null, "status;plurality=single");
        var array = message.putObject("Body").putObject("Status").putArray("Permissions");
        for (String permission : permissions) {
            array.add(permission);
        }
        return message;
    }

    private static ObjectNode exception(String tag, String status, String text) {
        ObjectNode message = JSON.createObjectNode();
        header(message, status, tag, "exception;plurality=single");
        message.putObject("Body").putObject("Exception").put("Message", text);
        return message;
    }

    private static void header(ObjectNode message, String status, String tag, String contentType) {
        ObjectNode header = message.putObject("Header").put("StatusCode", status);
        if (tag != null) {
            header.put("ClientTag", tag);
        }
        header.put("ContentType", contentType);
    }

    private void send(ObjectNode message) {
        if (channel.isActive()) {
            channel.writeAndFlush(Unpooled.copiedBuffer(message.toString() + LeapSession.CRLF, StandardCharsets.UTF_8));
        }
    }
}
