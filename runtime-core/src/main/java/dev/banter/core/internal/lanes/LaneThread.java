package dev.banter.core.internal.lanes;

/** A lane's worker thread; lets code ask whether it runs on a lane (to avoid blocking one). */
public final class LaneThread extends Thread {

    private final Lane lane;

    LaneThread(Runnable body, String name, Lane lane) {
        super(body, name);
        this.lane = lane;
    }

    /** The lane this thread works for. */
    public Lane lane() {
        return lane;
    }

    /** Whether the calling thread is some lane's worker. */
    public static boolean onLane() {
        return Thread.currentThread() instanceof LaneThread;
    }
}
