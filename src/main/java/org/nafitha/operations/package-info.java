/**
 * Operations: the node's honesty about itself — requests in flight and whether they finish,
 * deadlocked threads, virtual-thread carriers — turned into the liveness probe an orchestrator
 * restarts on, with a thread dump kept of the moment it went wrong.
 */
@NullMarked
@ApplicationModule(displayName = "Operations", allowedDependencies = {})
package org.nafitha.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
