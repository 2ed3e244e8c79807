package org.rawafid.schedule;

import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;

/**
 * Quartz's settings for the two job stores: in memory (one node, SQLite), or clustered JDBC
 * in PostgreSQL (every setting there is explained where it is made).
 */
final class QuartzProperties {
    private QuartzProperties() {
    }

    private static Properties common(int threads) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
        // A fetch that could not start within a minute of its time is a misfire; its trigger's
        // misfire instruction (fire now) then runs it as soon as a thread is free.
        p.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        return p;
    }

    static Properties inMemory(int threads) {
        Properties p = common(threads);
        p.setProperty("org.quartz.scheduler.instanceName", "rawafid-" + UUID.randomUUID());
        p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        return p;
    }

    static Properties clustered(int threads, FetchScheduler.Cluster cluster) {
        Properties p = common(threads);
        String dataSource = "rawafid-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(dataSource, new PooledConnections(cluster.dataSource()));
        // One scheduler name for every node (it is the cluster's name in the QRTZ_ tables);
        // instance ids are generated (host name + time), so nodes need no configuration.
        p.setProperty("org.quartz.scheduler.instanceName", "rawafid");
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.idleWaitTime", Long.toString(Math.max(1000, cluster.idleWait().toMillis())));
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dataSource);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(cluster.checkin().toMillis()));
        // Job data as strings only (source id, URL, interval): no Java serialisation in the database.
        p.setProperty("org.quartz.jobStore.useProperties", "true");
        // A node takes as many due triggers at once as it has free threads, under the
        // TRIGGER_ACCESS row lock, so nodes share the due work instead of racing for it.
        p.setProperty("org.quartz.scheduler.batchTriggerAcquisitionMaxCount", Integer.toString(threads));
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        return p;
    }

    /** Quartz's view of the shared connection pool (it commits and rolls back itself). */
    private record PooledConnections(DataSource dataSource) implements ConnectionProvider {
        @Override
        public Connection getConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {
            // The pool belongs to the Database, which closes it.
        }

        @Override
        public void initialize() {
        }
    }
}
