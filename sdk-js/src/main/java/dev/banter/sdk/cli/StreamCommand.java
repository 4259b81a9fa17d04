package dev.banter.sdk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A command that feeds a recorded event stream to a project in a simulated room: replay, profile. */
abstract class StreamCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", defaultValue = ".", paramLabel = "DIR", description = "the project")
    Path dir;

    @Option(names = "--events", required = true, paramLabel = "FILE", description = "the event stream (.jsonl)")
    Path events;

    @Mixin
    RoomOptions room;
}
