package org.rookery.application.game;

import java.util.Objects;
import org.rookery.ports.out.ActiveGameCache;
import org.rookery.ports.out.GameBroadcaster;
import org.rookery.ports.out.GameEventLog;
import org.rookery.ports.out.GameSnapshotStore;
import org.rookery.ports.out.IdGenerator;
import org.rookery.ports.out.Scheduler;
import org.rookery.ports.out.TimeSource;

/** The driven ports the live-game service needs, as one parts list for the composition root. Immutable. */
public record LiveGamePorts(
        GameEventLog eventLog,
        GameSnapshotStore snapshots,
        ActiveGameCache cache,
        GameBroadcaster broadcaster,
        TimeSource time,
        IdGenerator ids,
        Scheduler scheduler) {
    public LiveGamePorts {
        Objects.requireNonNull(eventLog, "eventLog");
        Objects.requireNonNull(snapshots, "snapshots");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(broadcaster, "broadcaster");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(scheduler, "scheduler");
    }
}
