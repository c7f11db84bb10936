package org.peaceops.intranet.platform.infrastructure;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The name of this server instance: Payara's instance name (two instances of a deployment group share a
 * host but not a name), the host name outside Payara. Shared directories and job claims carry it so
 * that one instance never takes what another is still working on.
 */
public final class NodeName {

    private NodeName() {
    }

    public static String current() {
        String instance = System.getProperty("com.sun.aas.instanceName");
        if (instance != null && !instance.isBlank()) {
            return instance;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

    /** The name as it may appear in a file name. */
    public static String fileTag() {
        return current().replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
