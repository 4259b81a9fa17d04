package dev.banter.sdk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A plugin for the tests, listed in the test resources' META-INF/services. */
public final class HelloPlugin implements CommandPlugin {

    @Override
    public String name() {
        return "hello-plugin";
    }

    @Override
    public Object command() {
        return new Hello();
    }

    @Command(name = "hello-plugin", description = "Says hello.")
    static final class Hello implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0")
        String who;

        @Override
        public Integer call() {
            spec.commandLine().getOut().println("hello " + who);
            return 0;
        }
    }
}
