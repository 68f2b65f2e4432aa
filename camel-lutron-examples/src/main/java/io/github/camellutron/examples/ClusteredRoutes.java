package io.github.camellutron.examples;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;

/**
 * The events of a bridge on a cluster of Camel nodes: every node runs this route, but camel-master starts its
 * {@code lutron-lip:} / {@code lutron-leap:} consumer only on the leader of the namespace, so one node at a time
 * holds the bridge session. When the leader stops, another node takes the leadership, connects and, as after
 * every connect, emits {@code Connected} and a resync of every zone.
 * <p>
 * Every node's {@code CamelContext} needs a {@link org.apache.camel.cluster.CamelClusterService} added as a
 * service before the route starts: the ZooKeeper one {@link #zooKeeperClusterService} makes for nodes on several
 * machines, or the file-lock one {@link #fileLockClusterService} makes for processes sharing a file system. Give
 * each bridge its own namespace, so that leadership is per bridge and the bridges of a site spread over the nodes.
 */
public class ClusteredRoutes extends RouteBuilder {

    /** Where the events go unless told otherwise. */
    public static final String DEFAULT_TO = "log:lutron.cluster";

    private final BridgeEndpoint bridge;
    private final String namespace;
    private final String to;

    /**
     * @param bridge    the bridge whose events the leader consumes
     * @param namespace the cluster namespace: the nodes that share it elect one leader
     */
    public ClusteredRoutes(BridgeEndpoint bridge, String namespace) {
        this(bridge, namespace, DEFAULT_TO);
    }

    /**
     * @param bridge    the bridge whose events the leader consumes
     * @param namespace the cluster namespace: the nodes that share it elect one leader
     * @param to        the endpoint URI the events are sent to
     */
    public ClusteredRoutes(BridgeEndpoint bridge, String namespace, String to) {
        this.bridge = bridge;
        this.namespace = namespace;
        this.to = to;
    }

    @Override
    public void configure() {
        from("master:" + namespace + ":" + bridge.uri()).routeId("clustered-" + bridge.name())
                .to(to);
    }

    /**
     * A ZooKeeper cluster service for one node: each namespace is a Curator leader latch under {@code basePath}, and
     * the node whose ZooKeeper session holds the latch leads it. A node that dies keeps its leadership until its
     * session expires, so {@code sessionTimeout} bounds how long a bridge goes without a consumer; a node cut off
     * from ZooKeeper gives the leadership up once its session is lost, which stops its consumer.
     *
     * @param id             this node's id, unique in the cluster
     * @param nodes          the ZooKeeper ensemble, {@code host1:2181,host2:2181}
     * @param basePath       the znode under which the namespaces' latches live, e.g. {@code /camel-lutron}
     * @param sessionTimeout the ZooKeeper session timeout (the ensemble bounds it to 2 to 20 ticks)
     */
    public static ZooKeeperClusterService zooKeeperClusterService(String id, String nodes, String basePath,
                                                                  Duration sessionTimeout) {
        ZooKeeperClusterService service = new ZooKeeperClusterService();
        service.setId(id);
        service.setNodes(nodes);
        service.setBasePath(basePath);
        service.setSessionTimeout(sessionTimeout.toMillis());
        // a connect that takes longer than a session would be lost anyway
        service.setConnectTimeout(sessionTimeout.toMillis());
        return service;
    }

    /**
     * A file-lock cluster service for one node: the nodes of a cluster use the same {@code root} on a shared
     * filesystem and distinct ids; the node that holds the lock file of a namespace leads it.
     *
     * @param id           this node's id, unique in the cluster
     * @param root         the shared directory of the lock files
     * @param lockInterval how often a node tries to take the lock and the leader writes its heartbeat; also the
     *                     delay before a node that finds other members tries for the first time. Every node must
     *                     use the same interval; a leader whose heartbeat is older than five intervals is stale.
     */
    public static FileLockClusterService fileLockClusterService(String id, Path root, Duration lockInterval) {
        FileLockClusterService service = new FileLockClusterService();
        service.setId(id);
        service.setRoot(root.toString());
        service.setAcquireLockDelay(lockInterval.toMillis(), TimeUnit.MILLISECONDS);
        service.setAcquireLockInterval(lockInterval.toMillis(), TimeUnit.MILLISECONDS);
        return service;
    }
}
