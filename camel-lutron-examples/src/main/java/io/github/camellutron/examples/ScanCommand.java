package io.github.camellutron.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.jmdns.JmDNS;
import javax.jmdns.ServiceEvent;
import javax.jmdns.ServiceInfo;
import javax.jmdns.ServiceListener;

/**
 * {@code scan [--timeout 5s]}: lists the Lutron bridges on the local network, browsing mDNS for
 * {@code _lutron._tcp.local.} and {@code _leap._tcp.local.} with JmDNS on every multicast interface. The option
 * {@code --bind ADDRESS} (one interface only) is left out of the usage; tests use it to stay on the loopback.
 */
final class ScanCommand {

    static final List<String> SERVICE_TYPES = List.of("_lutron._tcp.local.", "_leap._tcp.local.");
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private static final List<String> OPTIONS = List.of("--timeout", "--bind");
    /** The bridge id in the SRV target, {@code Lutron-<serial hex>.local} (LEAP.md 1.1). */
    private static final Pattern BRIDGE_ID = Pattern.compile("[Ll]utron-(\\w+)\\.local\\.?");

    private final PrintStream out;
    private final PrintStream err;

    ScanCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Scans; returns 0 when done (bridges found or not), 1 when no interface could browse, 2 on a bad command line. */
    int run(String[] args) {
        Duration timeout;
        List<InetAddress> addresses;
        try {
            Map<String, String> options = Commands.options(List.of(args), OPTIONS);
            timeout = options.containsKey("--timeout") ? Commands.duration(options.get("--timeout")) : DEFAULT_TIMEOUT;
            addresses = options.containsKey("--bind") ? List.of(address(options.get("--bind"))) : multicastAddresses();
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + Commands.SCAN_USAGE);
            return 2;
        }
        if (addresses.isEmpty()) {
            err.println("No network interface that can send multicast: connect to the bridges' network first");
            return 1;
        }
        out.println("Looking for Lutron bridges (mDNS _lutron._tcp and _leap._tcp) for "
                    + Commands.describe(timeout) + "...");
        Bridges bridges = new Bridges();
        List<JmDNS> browsers = new ArrayList<>();
        try {
            for (InetAddress address : addresses) {
                JmDNS browser = JmDNS.create(address, "camel-lutron-scan");
                browsers.add(browser);
                for (String type : SERVICE_TYPES) {
                    browser.addServiceListener(type, bridges);
                }
            }
            Thread.sleep(timeout.toMillis());
        } catch (IOException e) {
            err.println("Cannot browse mDNS: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            browsers.forEach(ScanCommand::close);
        }
        List<String> lines = bridges.lines();
        if (lines.isEmpty()) {
            out.println("No bridges found. HomeWorks QSX processors do not announce themselves: pair them by address.");
        } else {
            lines.forEach(line -> out.println("  " + line));
            out.println(lines.size() + (lines.size() == 1 ? " bridge" : " bridges")
                        + " found. Pair with: java -jar camel-lutron-examples.jar pair ADDRESS");
        }
        return 0;
    }

    private static InetAddress address(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Unknown address " + text, e);
        }
    }

    /** The IPv4 address of every interface that is up, not the loopback, and can multicast. */
    private static List<InetAddress> multicastAddresses() {
        List<InetAddress> addresses = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback() && nic.supportsMulticast()) {
                    Collections.list(nic.getInetAddresses()).stream().filter(a -> a instanceof Inet4Address)
                            .forEach(addresses::add);
                }
            }
        } catch (SocketException e) {
            throw new IllegalArgumentException("Cannot list the network interfaces: " + e.getMessage(), e);
        }
        return addresses;
    }

    private static void close(JmDNS browser) {
        try {
            browser.close();
        } catch (IOException e) {
            // the scan is over; an mDNS socket that does not close cleanly changes nothing for the result
        }
    }

    /** One announced service, as far as the scan needs it. */
    record Service(String type, String instance, String host, List<String> addresses, int port,
                   Map<String, String> txt) {

        /** The service JmDNS resolved; the host is the SRV target without the trailing dot. */
        static Service of(ServiceInfo info) {
            String server = info.getServer() == null ? "" : info.getServer();
            Map<String, String> txt = new TreeMap<>();
            for (String key : Collections.list(info.getPropertyNames())) {
                txt.put(key, info.getPropertyString(key));
            }
            return new Service(info.getType(), info.getName(),
                    server.endsWith(".") ? server.substring(0, server.length() - 1) : server,
                    List.of(info.getHostAddresses()), info.getPort(), txt);
        }

        /** What identifies the bridge: the host, else the instance name. */
        String bridge() {
            return host.isEmpty() ? instance : host;
        }
    }

    /** Collects resolved services and prints one line per bridge, merging the two service types. */
    static final class Bridges implements ServiceListener {

        private final Map<String, Service> services = new ConcurrentHashMap<>();

        @Override
        public void serviceAdded(ServiceEvent event) {
            event.getDNS().requestServiceInfo(event.getType(), event.getName());
        }

        @Override
        public void serviceRemoved(ServiceEvent event) {
            // a bridge that leaves during the scan was still there when it started
        }

        @Override
        public void serviceResolved(ServiceEvent event) {
            add(Service.of(event.getInfo()));
        }

        void add(Service service) {
            services.put(service.type() + " " + service.instance() + " " + service.host(), service);
        }

        /**
         * One line per bridge, sorted: {@code host  addresses  port N (type)...  id=...  txt=...}, such as
         * {@code Lutron-0123abcd.local  192.168.1.30  port 22 (_lutron._tcp)  id=0123ABCD  systype=SmartBridge}.
         */
        List<String> lines() {
            Map<String, List<Service>> byBridge = new TreeMap<>();
            for (Service s : services.values()) {
                byBridge.computeIfAbsent(s.bridge(), k -> new ArrayList<>()).add(s);
            }
            List<String> lines = new ArrayList<>();
            byBridge.forEach((bridge, list) -> {
                list.sort((a, b) -> a.type().compareTo(b.type()));
                Set<String> addresses = new LinkedHashSet<>();
                Map<String, String> txt = new TreeMap<>();
                List<String> ports = new ArrayList<>();
                for (Service s : list) {
                    addresses.addAll(s.addresses());
                    txt.putAll(s.txt());
                    ports.add(s.port() + " (" + s.type().replace(".local.", "") + ")");
                }
                StringBuilder line = new StringBuilder(bridge);
                line.append("  ").append(addresses.isEmpty() ? "(no address)" : String.join(", ", addresses));
                line.append("  port ").append(String.join(", ", ports));
                Matcher id = BRIDGE_ID.matcher(bridge);
                if (id.matches()) {
                    line.append("  id=").append(id.group(1).toUpperCase(Locale.ROOT));
                }
                txt.forEach((key, value) -> line.append("  ").append(key).append(value == null ? "" : "=" + value));
                lines.add(line.toString());
            });
            return lines;
        }
    }
}
